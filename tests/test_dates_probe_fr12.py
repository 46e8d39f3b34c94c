"""French dates in regional daily and agency news (court reports, local politics, street names, sport): our own
sentences, values written before the code was run, with the traps next to each rule (names, street names, sets)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

THU = dt.date(2002, 3, 14)  # a Thursday
TUE = dt.date(2001, 11, 6)  # a Tuesday
MON = dt.date(2003, 6, 23)  # a Monday


def pairs(text, ref):
    return [(m.text, m.value) for m in extract_dates(text, lang="fr", reference_date=ref)]


CASES = [
    # a hearing sent on to a later date ("renvoyée au", "différé au") is ahead, not a past told by the passive
    (THU, "L'audience a été renvoyée au 3 mai.", [("3 mai", "2002-05-03")]),
    (THU, "Le procès a été renvoyé au 12 juin à la demande de la défense.", [("12 juin", "2002-06-12")]),
    (THU, "Le jugement a été différé au 2 avril.", [("2 avril", "2002-04-02")]),
    # ... while a passive past told of the date still makes it past
    (THU, "Le prévenu a été interpellé à son domicile le 2 mai.", [("2 mai", "2001-05-02")]),
    # a demonstrative after a date opens the next phrase: "le 11 juin cette année" is two mentions
    (MON, "La fête tombe le 11 juin cette année.", [("11 juin", "2003-06-11"), ("cette année", "2003")]),
    (TUE, "Le salon ouvrira le 3 décembre cette fois à Metz.", [("3 décembre", "2001-12-03")]),
    (THU, "Le vote a eu lieu le 3 mars dernier.", [("3 mars dernier", "2002-03-03")]),
    (THU, "Le club fêtera son centenaire le 3 avril prochain.", [("3 avril prochain", "2002-04-03")]),
    # a street, square or school named after a date is a place; a month after a name's first part is a name
    (THU, "Un accident s'est produit rue du 8-Mai-1945 vers 18 h.", []),
    (THU, "Le marché se tiendra place du 14-Juillet.", []),
    (TUE, "L'avenue du 11-Novembre sera refaite en 2002.", [("2002", "2002")]),
    (MON, "Le collège du 19-Mars-1962 accueillera 400 élèves en septembre.", [("septembre", "2003-09")]),
    (THU, "Les riverains de l'avenue du Maréchal-Juin se plaignent du bruit.", []),
    (THU, "La ville a été libérée le 8 mai 1945.", [("8 mai 1945", "1945-05-08")]),
    (THU, "Mi-Juin, les résultats seront connus.", [("Mi-Juin", "2002-06")]),
    # a capitalised weekday after a word in lower case is a name; "chaque lundi" is a set
    (THU, "Jean Lundi, conseiller général, a présidé la séance.", []),
    (THU, "Robinson et Vendredi seront à l'affiche du théâtre.", []),
    (THU, "Le témoin, Paul Dimanche, a été entendu par les gendarmes.", []),
    (THU, "La bibliothèque est ouverte chaque samedi matin.", []),
    (THU, "Samedi, les pompiers sont intervenus à trois reprises.", [("Samedi", "2002-03-09")]),
    (THU, "Les pompiers sont intervenus samedi à trois reprises.", [("samedi", "2002-03-09")]),
    (THU, "Le Vendredi saint, les cloches se tairont.", [("Vendredi saint", "2002-03-29")]),
    # the future of "atteindre", "rejoindre", "recevoir": the coming day
    (THU, "Samedi, le club recevra Guingamp à Marcel-Picot.", [("Samedi", "2002-03-16")]),
    (TUE, "Mercredi, le cortège rejoindra la préfecture.", [("Mercredi", "2001-11-07")]),
    (THU, "Mardi, les syndicats atteindront leur objectif, disent-ils.", [("Mardi", "2002-03-19")]),
    (THU, "Mardi, le club a reçu Guingamp.", [("Mardi", "2002-03-12")]),
    # a count after a four-digit number ("2000 supporters", "2002 millions") is no year; a year before an article
    # and its noun still is
    (THU, "Le club compte 1500 licenciés et 2000 supporters.", []),
    (THU, "Un fonds de 2002 millions d'euros a été débloqué.", []),
    (THU, "La salle a accueilli 1985 entrées samedi.", [("samedi", "2002-03-09")]),
    (THU, "En 1998 les électeurs avaient choisi la gauche.", [("1998", "1998")]),
    (THU, "En 2000 les habitants avaient refusé le projet.", [("2000", "2000")]),

    # "à la même époque l'an dernier": the same month a year earlier; the year phrase is its own mention; without a
    # year phrase or a month before it, "à la même époque" is no date
    (THU, "Le trafic a progressé par rapport à l'an dernier à la même époque.",
     [("l'an dernier", "2001"), ("même époque", "2001-03")]),
    (TUE, "À la même époque l'année dernière, l'usine tournait à plein.",
     [("même époque", "2000-11"), ("l'année dernière", "2000")]),
    (THU, "En janvier, les ventes ont reculé par rapport à la même époque de l'an passé.",
     [("janvier", "2002-01"), ("même époque", "2001-01"), ("l'an passé", "2001")]),
    (THU, "Les deux frères sont nés à la même époque.", []),
    (THU, "À la même époque, le maire était en vacances.", []),
    # a season alone after a preposition of time, in a clause told in the future or the past; in the present any
    # such season; a festival's name is none
    (THU, "Les travaux de la rocade commenceront à l'automne.", [("l'automne", "2002-FA")]),
    (THU, "Au printemps, la nouvelle piscine ouvrira ses portes.", [("printemps", "2002-SP")]),
    (TUE, "Le chantier avait été interrompu pendant l'été.", [("l'été", "2001-SU")]),
    (THU, "Avant l'été, le conseil municipal votera le plan de circulation.", [("l'été", "2002-SU")]),
    (THU, "En hiver, les routes du massif sont dangereuses.", []),
    (THU, "Le Printemps de Bourges a accueilli 60000 spectateurs.", []),
    (THU, "Au printemps dernier, la crue avait emporté le pont.", [("printemps dernier", "2001-SP")]),
    # a weekday with its day of the month, the month left out: the weekday picks the month; not a score or a count
    (THU, "La réunion publique aura lieu jeudi 21, à 20 h 30, à la mairie.", [("jeudi 21", "2002-03-21")]),
    (THU, "Le loto se déroulera samedi 16 à la salle des fêtes.", [("samedi 16", "2002-03-16")]),
    (THU, "Mercredi 13 à 14 h, les élus ont reçu les riverains.", [("Mercredi 13", "2002-03-13")]),
    (TUE, "Mercredi 31, le conseil avait voté le budget.", [("Mercredi 31", "2001-10-31")]),
    (THU, "Dimanche 2 à 1, Nancy s'est imposé face à Metz.", [("Dimanche", "2002-03-10")]),
    (THU, "Samedi 15 personnes ont été interpellées.", [("Samedi", "2002-03-09")]),
    (THU, "Lundi 18 h, le conseil s'est réuni.", [("Lundi", "2002-03-11")]),
    # the present of "avoir lieu" and of the verbs that schedule ("se réunit", "se tient") tells what is ahead; its
    # past ("a eu lieu") and the plain passé composé still tell the past
    (THU, "La réunion publique a lieu samedi à 20 h à la salle polyvalente.", [("samedi", "2002-03-16")]),
    (THU, "Samedi, l'assemblée générale a lieu à la mairie.", [("Samedi", "2002-03-16")]),
    (THU, "Le conseil municipal se réunit mardi pour voter le budget.", [("mardi", "2002-03-19")]),
    (THU, "La réunion publique a eu lieu samedi à la salle polyvalente.", [("samedi", "2002-03-09")]),
    (THU, "Le conseil municipal s'est réuni mardi pour voter le budget.", [("mardi", "2002-03-12")]),
    (THU, "Le salon de l'habitat se tient le 5 avril au parc des expositions.", [("5 avril", "2002-04-05")]),
    # "en fin de semaine", "en début de semaine prochaine": this week, the next; "en ce moment": the present;
    # "la nouvelle année": the year of the nearest New Year's Day, not a school year
    (THU, "Les résultats du concours seront connus en fin de semaine.", [("fin de semaine", "2002-W11")]),
    (THU, "Le vote aura lieu en début de semaine prochaine.", [("début de semaine prochaine", "2002-W12")]),
    (THU, "Une fin de semaine agitée attend les commerçants.", []),
    (THU, "En ce moment, les ouvriers refont la toiture de l'église.", [("En ce moment", "PRESENT_REF")]),
    (dt.date(2002, 1, 3), "Les commerçants abordent la nouvelle année avec confiance.", [("nouvelle année", "2002")]),
    (dt.date(2001, 12, 20), "La nouvelle année verra l'arrivée de l'euro.", [("nouvelle année", "2002")]),
    (THU, "Une nouvelle année de crise s'annonce pour les agriculteurs.", []),
    (MON, "La nouvelle année scolaire débutera le 2 septembre.", [("2 septembre", "2003-09-02")]),
    # "trois jours plus tôt", "deux jours auparavant": back from the story's last date; none with no date before
    (THU, "Le suspect a été interpellé le 5 mars. Trois jours auparavant, il avait volé une voiture.",
     [("5 mars", "2002-03-05"), ("Trois jours auparavant", "2002-03-02")]),
    (THU, "Le suspect a été interpellé le 5 mars. Deux jours plus tôt, il avait été vu à Metz.",
     [("5 mars", "2002-03-05"), ("Deux jours plus tôt", "2002-03-03")]),
    (THU, "Trois jours plus tôt, rien ne laissait prévoir le drame.", []),
    # "le 11-Septembre" names the day of the attacks; "ces jours-ci" is the present
    (THU, "Depuis le 11-Septembre, les contrôles ont été renforcés à l'aéroport.", [("11-Septembre", "2001-09-11")]),
    (THU, "Le dossier a été rouvert ces jours-ci par le parquet.", [("ces jours-ci", "PRESENT_REF")]),
    # a capitalised month before a capitalised word is a name's first part, unless after "en", "depuis", "fin"...
    (MON, "Mars Express atteindra la planète rouge en décembre.", [("décembre", "2003-12")]),
    (MON, "En Juin Jacques Chirac recevra les maires.", [("Juin", "2003-06")]),
    (MON, "Fin Mars Les élus voteront le budget.", [("Fin Mars", "2004-03")]),
    (MON, "Mars 2003 : le conseil municipal a voté la hausse des tarifs.", [("Mars 2003", "2003-03")]),
    # "un jeudi": any Thursday, not this week's
    (MON, "Cette année, la fête du village tombe un jeudi.", [("Cette année", "2003"), ("jeudi", "XXXX-WXX-4")]),
    (MON, "Le maire a reçu les élus jeudi.", [("jeudi", "2003-06-19")]),
    # "la nuit de samedi à dimanche", "la nuit du 3 au 4 octobre": one night, dated by the day it begins
    (THU, "L'accident s'est produit dans la nuit de samedi à dimanche sur la RN 4.",
     [("nuit de samedi à dimanche", "2002-03-09")]),
    (TUE, "Les faits s'étaient déroulés dans la nuit du 3 au 4 octobre.", [("nuit du 3 au 4 octobre", "2001-10-03")]),
    (THU, "Le festival se tiendra du 3 au 5 mai.", [("3", "2002-05-03"), ("5 mai", "2002-05-05")]),
    (THU, "Le club joue de samedi à dimanche un tournoi.", [("samedi", "2002-03-09"), ("dimanche", "2002-03-10")]),
    # "l'avenir de ...": the future of something, no date; "à l'avenir" still is
    (THU, "Les salariés s'inquiètent pour l'avenir de l'usine.", []),
    (THU, "L'avenir du club reste incertain après la défaite.", []),
    (THU, "Le quotidien L'Avenir a cessé de paraître.", []),
    (THU, "À l'avenir, les élus devront publier leur patrimoine.", [("l'avenir", "FUTURE_REF")]),
    # "depuis" + a weekday is past, even after a verb that schedules ("se tient", "a lieu"): the trial runs since Monday
    (THU, "Le procès, qui se tient depuis lundi devant le tribunal de Metz, doit s'achever vendredi.",
     [("lundi", "2002-03-11"), ("vendredi", "2002-03-15")]),
    (THU, "La conférence des maires a lieu depuis mardi à Strasbourg.", [("mardi", "2002-03-12")]),
    (THU, "Le jury se réunit depuis samedi à huis clos.", [("samedi", "2002-03-09")]),
    (THU, "Le jury se réunit samedi à huis clos.", [("samedi", "2002-03-16")]),
    # a bare season before a present passive or a state ("est ouverte", "sont surveillées") is any such season; the
    # passé composé of the verbs that take "être" ("est devenu") and "a été" still tell the past; "au Printemps" with a
    # capital is the department store
    (THU, "En été, la plage est surveillée par les sauveteurs.", []),
    (THU, "Pendant l'hiver, le gymnase est réservé aux écoles.", []),
    (THU, "Au printemps, les sentiers sont balisés par les bénévoles.", []),
    (THU, "En automne, la forêt est fréquentée par les chasseurs.", []),
    (THU, "Pendant l'été, la piscine a été fermée pour travaux.", [("l'été", "2001-SU")]),
    (THU, "En été, le gymnase est devenu trop petit.", [("été", "2001-SU")]),
    (THU, "Elle a acheté son manteau au Printemps.", []),
    # a numeral or a quantifier between a year and a count noun: the year stays ("En 2000 trois candidats")
    (THU, "En 2000 trois listes s'étaient présentées et quatre candidats avaient été élus.", [("2000", "2000")]),
    (THU, "En 1997 deux candidats avaient été élus au premier tour.", [("1997", "1997")]),
    (THU, "Depuis 1999 plusieurs familles occupent l'immeuble.", [("1999", "1999")]),
    (THU, "En 1996 quelques adhérents avaient quitté le club.", [("1996", "1996")]),
    (THU, "La commune compte 2000 nouveaux habitants.", []),
    # "l'un samedi, l'autre dimanche": the pronoun, not the article of "un samedi"
    (THU, "Deux réunions ont eu lieu, l'un samedi et l'autre dimanche.", [("samedi", "2002-03-09"), ("dimanche", "2002-03-10")]),
    (THU, "L'un lundi, l'autre mardi, les deux suspects ont été entendus.", [("lundi", "2002-03-11"), ("mardi", "2002-03-12")]),
    (THU, "Le marché se tient un mardi sur deux.", [("mardi", "XXXX-WXX-2")]),
    # "un match de milieu de semaine": a kind of match, no week; "en milieu de semaine" is this week
    (THU, "Le club dispute un match de milieu de semaine.", []),
    (THU, "Les résultats seront connus en milieu de semaine.", [("milieu de semaine", "2002-W11")]),

    # a day the press names with a hyphen and a capital ("le 11-Novembre", "le défilé du 14-Juillet") is that day of
    # the year its tense picks; with its year, that day ("les commémorations du 8-Mai-1945"); "le pont du 1er-Mai"
    # is the long weekend, no bridge; a street, a square or a school named so is a place
    (THU, "Les cérémonies du 11-Novembre se dérouleront devant la mairie.", [("11-Novembre", "2002-11-11")]),
    (THU, "Le défilé du 14-Juillet avait attiré la foule sur les quais.", [("14-Juillet", "2001-07-14")]),
    (THU, "Les départs pour le pont du 1er-Mai seront nombreux.", [("1er-Mai", "2002-05-01")]),
    (THU, "Les commémorations du 8-Mai-1945 ont réuni les anciens combattants.", [("8-Mai-1945", "1945-05-08")]),
    (THU, "Les élèves de l'école du 11-Novembre ont planté un arbre.", []),
    (THU, "La fête foraine s'installera place du 14-Juillet.", []),
    (THU, "Depuis le 11-Septembre, la sécurité a été renforcée.", [("11-Septembre", "2001-09-11")]),
    # the future of the verbs in -indre with a one-letter stem ("peindra", "joindra")
    (TUE, "Jeudi, l'artiste peindra la fresque de la gare.", [("Jeudi", "2001-11-08")]),
    (THU, "Mardi, la commune joindra sa voix à celle du département.", [("Mardi", "2002-03-19")]),

    # a hearing or a match sent on to a date ("renvoyé, faute de juges, au", "reporté au") is ahead; not the day one
    # was sent away ("renvoyé le"), nor one told in the pluperfect ("avait été renvoyée au")
    (THU, "L'audience a été renvoyée, à la demande de la défense, au 4 février.", [("4 février", "2003-02-04")]),
    (TUE, "Le match a été reporté au 10 janvier en raison du gel.", [("10 janvier", "2002-01-10")]),
    (TUE, "Le joueur a été renvoyé le 10 janvier.", [("10 janvier", "2001-01-10")]),
    (TUE, "L'audience, qui avait été renvoyée au 10 janvier, s'est finalement tenue.", [("10 janvier", "2001-01-10")]),

    # a fronted date set off by a comma: its clause's future verb may stand five words on ("Samedi, la maison de la
    # culture ouvrira"); not past a second comma or a past verb
    (THU, "Samedi, la salle des fêtes accueillera le loto.", [("Samedi", "2002-03-16")]),
    (TUE, "Lundi de Pâques, le comité des fêtes organisera une chasse aux œufs.", [("Lundi de Pâques", "2002-04-01")]),
    (THU, "Samedi, le président du conseil général a annoncé qu'il sera candidat.", [("Samedi", "2002-03-09")]),
    (THU, "Samedi, le maire de la commune, qui sera candidat, a démissionné.", [("Samedi", "2002-03-09")]),

    # "programmé" as "prévu": a plan; the match planned then called off is past
    (THU, "Deux concerts sont programmés, l'un samedi à l'église, l'autre dimanche au temple.",
     [("samedi", "2002-03-16"), ("dimanche", "2002-03-17")]),
    (THU, "Le match programmé samedi a été annulé à cause de la neige.", [("samedi", "2002-03-09")]),

    # a date moved to, with its weekday ("renvoyée au mardi 9 avril"), is ahead; "reporté de samedi à dimanche" in a
    # past story is two past days
    (THU, "L'audience a été renvoyée au mardi 9 avril.", [("mardi 9 avril", "2002-04-09")]),
    (THU, "Le match a été reporté au samedi 23 mars en raison de la neige.", [("samedi 23 mars", "2002-03-23")]),
    (THU, "Le match, reporté de samedi à dimanche à cause de la neige, s'est joué devant 500 personnes.",
     [("samedi", "2002-03-09"), ("dimanche", "2002-03-10")]),
    # a fronted date's future stops at "que", "qui": the future of a subordinate clause is not its clause's
    (THU, "Mardi, le préfet a déclaré qu'il viendra.", [("Mardi", "2002-03-12")]),
    (THU, "Dimanche, les cyclistes du club qui courront à Metz ont été récompensés.", [("Dimanche", "2002-03-10")]),
    # a plan ("est prévue"), a fall ("est retombée") or an election ("est élue") after a bare season is no state
    (TUE, "Au printemps, une consultation est prévue dans les quartiers.", [("printemps", "2002-SP")]),
    (TUE, "Au printemps, l'équipe est retombée en division d'honneur.", [("printemps", "2001-SP")]),
    (TUE, "Au printemps, elle est élue présidente de l'association.", [("printemps", "2001-SP")]),
    (TUE, "Au printemps, le parc est fermé aux voitures.", []),
    # "ont lieu depuis", "se tient depuis": since a past day, whatever future the main clause tells
    (THU, "Les fouilles, qui ont lieu depuis juillet, se termineront en novembre.",
     [("juillet", "2001-07"), ("novembre", "2002-11")]),
    (THU, "Les travaux, qui ont lieu depuis lundi, s'achèveront vendredi.", [("lundi", "2002-03-11"), ("vendredi", "2002-03-15")]),
    # a hall or a memorial named after a day is a place
    (THU, "La salle du 11-Novembre accueille le marché aux puces.", []),
    (THU, "Une gerbe a été déposée devant la stèle du 19-Mars.", []),
]


@pytest.mark.parametrize("ref,text,want", CASES)
def test_fr12(ref, text, want):
    got = pairs(text, ref)  # the span may keep its article or preposition ("le 3 mai", "au 3 mai")
    assert [v for _, v in got] == [v for _, v in want], got
    assert all(w in t for (t, _), (w, _) in zip(got, want)), got
