"""French dates in the style of a regional daily (council meetings, fire brigades, feasts, courts), written by the
project: the whole probe the seventh session scored before changing anything (71 of 74 right then), kept as tests,
and the saints' feasts of regional life it found missing (HOLIDAYS in viz/dates/lang/fr.py), with their traps: a
saint's name without its article is a place ("à Sainte-Barbe"), inside a longer name a church or a town."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

pairs = pairs_for("fr", dt.date(2002, 11, 14))  # a Thursday, ISO week 46


@pytest.mark.parametrize("text,expected", [
    ("Le conseil municipal s'est réuni avant-hier en mairie.", [("avant-hier", "2002-11-12")]),
    ("Samedi dernier, les pompiers sont intervenus rue Gambetta.", [("Samedi dernier", "2002-11-09")]),
    ("Lundi, le maire a inauguré la nouvelle salle des fêtes.", [("Lundi", "2002-11-11")]),
    ("Lundi prochain, le conseil votera le budget.", [("Lundi prochain", "2002-11-18")]),
    ("La réunion aura lieu mardi à la mairie.", [("mardi", "2002-11-19")]),
    ("Le tribunal correctionnel a jugé mardi un automobiliste.", [("mardi", "2002-11-12")]),
    ("Le match se jouera ce week-end à Épinal.", [("ce week-end", "2002-W46-WE")]),
    ("La semaine prochaine, les travaux reprendront.", [("La semaine prochaine", "2002-W47")]),
    ("Le mois dernier, le chômage a encore augmenté.", [("Le mois dernier", "2002-10")]),
    ("L'année prochaine, l'usine fermera ses portes.", [("L'année prochaine", "2003")]),
    ("Le chantier a débuté courant avril.", [("courant avril", "2002-04")]),
    ("Les travaux commenceront début mars.", [("début mars", "2003-03")]),
    ("Dans les années 1980, la ville comptait vingt mille habitants.", [("les années 1980", "198")]),
    ("Il y a trois ans, l'entreprise employait quatre cents personnes.", [("Il y a trois ans", "1999")]),
    ("Le festival se déroulera jeudi 12 décembre.", [("jeudi 12 décembre", "2002-12-12")]),
    ("La loi entrera en vigueur le 1er janvier prochain.", [("le 1er janvier prochain", "2003-01-01")]),
    ("Cet été, la sécheresse a touché les agriculteurs.", [("Cet été", "2002-SU")]),
    ("Au printemps prochain, la piscine rouvrira.", [("printemps prochain", "2003-SP")]),
    ("Les ventes ont progressé au premier semestre 2002.", [("premier semestre 2002", "2002-H1")]),
    ("La cérémonie s'est tenue à la Toussaint.", [("Toussaint", "2002-11-01")]),
    ("Le 28 novembre, le tribunal rendra son jugement.", [("Le 28 novembre", "2002-11-28")]),
    ("En janvier, les tarifs augmenteront.", [("janvier", "2003-01")]),
    ("La manifestation de dimanche a rassemblé cinq cents personnes.", [("dimanche", "2002-11-10")]),
    # saints' feasts after their article
    ("Pour la Saint-Nicolas, le défilé traversera la ville.", [("Saint-Nicolas", "2002-12-06")]),
    ("À la Sainte-Catherine, les enfants planteront des arbres.", [("Sainte-Catherine", "2002-11-25")]),
    ("Les feux seront allumés pour la Saint-Jean.", [("Saint-Jean", "2003-06-24")]),
    # traps: a place, a church, a town, a planet, a count, a duration
    ("Il habite à Sainte-Barbe depuis 1990.", [("1990", "1990")]),
    ("Le bateau est arrivé à Saint-Martin.", []),
    ("L'église Saint-Nicolas a été restaurée.", []),
    ("Il vit à Saint-Nicolas-de-Port.", []),
    ("Le club compte 2000 adhérents.", []),
    ("Paul Mai a été élu président du club.", []),
])
def test_regional_daily(text, expected):
    assert pairs(text) == expected
