"""French, Dutch and Indonesian dates in news sentences never tuned on: holidays (fixed and moveable feasts,
resolved in the tense of their clause), everyday constructions ("le mois dernier", "begin maart", "tiga hari lalu",
decades, centuries, quarters, "the next day" from the story's date), and traps that are no date (Father Christmas,
Easter Island, a person called Noël or Mei, the planet Mars, a price, a count, a duration).

Written from the grammar of each language; values as TimeML (TempEval-3) gives them; reference date a Wednesday.
Moveable feasts around it: Easter Sunday 2023-04-09, 2024-03-31, 2025-04-20; Pentecost 2024-05-19."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday, in ISO week 15


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


FOUND = [
    # French: holidays
    ('fr', 'Les négociations reprendront après Noël.', [('Noël', '2024-12-25')]),  # feast, future clause
    ('fr', "À Noël, toute la famille s'était réunie à Lyon.", [('Noël', '2023-12-25')]),  # feast, past clause
    ('fr', 'Noël dernier, les magasins sont restés ouverts.', [('Noël dernier', '2023-12-25')]),  # with a direction
    ('fr', 'Le chantier doit être achevé avant Noël prochain.', [('Noël prochain', '2024-12-25')]),  # direction, future
    ('fr', 'Noël 2019 restera dans les mémoires des sinistrés.', [('Noël 2019', '2019-12-25')]),  # with a year
    ('fr', 'La veille de Noël, un incendie a ravagé une église de Rouen.', [('veille de Noël', '2023-12-24')]),  # eve
    ('fr', "Le jour de l'an, le président a présenté ses vœux aux Français.", [("jour de l'an", '2024-01-01')]),  # new year
    ('fr', 'Lors de la Saint-Sylvestre, 500 voitures ont été incendiées.', [('Saint-Sylvestre', '2023-12-31')]),  # new year's eve
    ('fr', 'Le lundi de Pâques, les autoroutes étaient saturées.', [('lundi de Pâques', '2024-04-01')]),  # easter monday
    ('fr', 'Pâques 2023 est tombé un 9 avril.', [('Pâques 2023', '2023-04-09')]),  # easter with a year
    ('fr', 'À Pâques, les églises étaient pleines.', [('Pâques', '2024-03-31')]),  # easter, past
    ('fr', 'Le pèlerinage aura lieu à la Pentecôte.', [('Pentecôte', '2024-05-19')]),  # pentecost, future
    ('fr', 'Les cimetières seront fleuris pour la Toussaint.', [('Toussaint', '2024-11-01')]),  # all saints
    # French: everyday constructions
    ('fr', 'Le mois dernier, le chômage a reculé de 2 %.', [('Le mois dernier', '2024-03')]),  # last month
    ('fr', 'Le mois prochain, les loyers augmenteront.', [('Le mois prochain', '2024-05')]),  # next month
    ('fr', 'Début mars, le gouvernement a présenté son plan.', [('Début mars', '2024-03')]),  # early month
    ('fr', "Fin 2019, l'entreprise comptait 300 salariés.", [('Fin 2019', '2019')]),  # late year
    ('fr', 'Mi-juin, les résultats seront publiés.', [('Mi-juin', '2024-06')]),  # mid month
    ('fr', 'Il y a trois jours, un séisme a frappé la région.', [('Il y a trois jours', '2024-04-07')]),  # days ago
    ('fr', 'Dans deux semaines, les électeurs retourneront aux urnes.', [('Dans deux semaines', '2024-W17')]),  # in weeks
    ('fr', 'La semaine prochaine, le Sénat examinera le texte.', [('La semaine prochaine', '2024-W16')]),  # next week
    ('fr', 'La semaine dernière, le Sénat a rejeté le texte.', [('La semaine dernière', '2024-W14')]),  # last week
    ('fr', 'Lundi dernier, la police a arrêté deux suspects.', [('Lundi dernier', '2024-04-08')]),  # last monday
    ('fr', 'Le sommet se tiendra jeudi à Bruxelles.', [('jeudi', '2024-04-11')]),  # weekday, future
    ('fr', 'Ce week-end, des orages sont attendus dans le Sud.', [('Ce week-end', '2024-W15-WE')]),  # this weekend
    ('fr', 'Dans les années 1990, la ville a connu une forte croissance.', [('les années 1990', '199')]),  # decade
    ('fr', 'Au XIXe siècle, le village comptait 2000 habitants.', [('XIXe siècle', '18')]),  # century
    ('fr', 'Au premier trimestre 2023, les ventes ont augmenté.', [('premier trimestre 2023', '2023-Q1')]),  # quarter
    ('fr', 'Le 3 mars, le ministre a démissionné. Le lendemain, son successeur a été nommé.',
     [('Le 3 mars', '2024-03-03'), ('Le lendemain', '2024-03-04')]),  # the next day, from the story's date
    ('fr', "L'an dernier, les exportations ont chuté.", [("L'an dernier", '2023')]),  # last year
    ('fr', "L'année prochaine, la taxe sera supprimée.", [("L'année prochaine", '2025')]),  # next year
    ('fr', "L'été dernier, la sécheresse a touché tout le pays.", [("L'été dernier", '2023-SU')]),  # last summer
    ('fr', 'Le 5 avril, le maire a inauguré la piscine.', [('Le 5 avril', '2024-04-05')]),  # day month
    ('fr', 'En mars dernier, les prix ont flambé.', [('mars dernier', '2024-03')]),  # month with a direction
    ('fr', 'Il y a dix ans, la mine a fermé.', [('Il y a dix ans', '2014')]),  # years ago
    ('fr', 'Dans les années 80, la sidérurgie a décliné.', [('les années 80', '198')]),  # decade, two digits
    ('fr', 'Les travaux seront terminés avant la fin de l\'année.', [("la fin de l'année", '2024')]),  # end of the year
    ('fr', 'Le rover a atterri sur Mars en 2021.', [('en 2021', '2021')]),  # the planet, and a year
    ('fr', 'Le vendredi saint, les fidèles ont suivi le chemin de croix.', [('vendredi saint', '2024-03-29')]),  # good friday
    ('fr', "Au Nouvel An, des feux d'artifice ont illuminé le ciel.", [('Nouvel An', '2024-01-01')]),  # new year
    ('fr', 'Depuis la Toussaint, le prix du gaz a augmenté.', [('Toussaint', '2023-11-01')]),  # since: past
    ('fr', 'Il sera de retour pour la Saint-Valentin.', [('Saint-Valentin', '2025-02-14')]),  # valentine's, future
    ('fr', 'Lundi de Pâques, les routes étaient chargées.', [('Lundi de Pâques', '2024-04-01')]),  # not the weekday
    ("fr", "En début d'année, les prix ont augmenté.", [("début d'année", '2024')]),  # early this year
    ('fr', "D'ici la fin du mois, le texte sera voté.", [('la fin du mois', '2024-04')]),  # end of this month
    ('fr', 'À la fin du mois dernier, le texte a été voté.', [('À la fin du mois dernier', '2024-03')]),  # end of last month
    ('fr', 'Au printemps dernier, la récolte a été mauvaise.', [('printemps dernier', '2023-SP')]),  # season, direction
    ('fr', "Au premier trimestre de l'année dernière, les ventes ont chuté.",
     [("premier trimestre de l'année dernière", '2023-Q1')]),  # quarter of last year
    ('fr', "Au second semestre de l'an dernier, la croissance a ralenti.",
     [("second semestre de l'an dernier", '2023-H2')]),  # half of last year
    ('fr', 'Lundi de la semaine prochaine, le Sénat votera.', [('Lundi de la semaine prochaine', '2024-04-15')]),  # weekday of next week
    ('fr', "L'Assomption tombe un jeudi cette année.", [('cette année', '2024')]),  # a weekday, then "cette année"
    # Dutch: holidays
    ('nl', 'Met Kerstmis was de hele familie bij elkaar.', [('Kerstmis', '2023-12-25')]),  # christmas, past
    ('nl', 'Na de kerst gaan de onderhandelingen verder.', [('kerst', '2024-12-25')]),  # christmas, future
    ('nl', 'Vorige kerst werden er minder bomen verkocht.', [('Vorige kerst', '2023-12-25')]),  # with a direction
    ('nl', 'Kerstmis 2019 vierde hij in het ziekenhuis.', [('Kerstmis 2019', '2019-12-25')]),  # with a year
    ('nl', 'Met Pasen waren de kerken vol.', [('Pasen', '2024-03-31')]),  # easter, past
    ('nl', 'Rond Pinksteren opent het nieuwe zwembad.', [('Pinksteren', '2024-05-19')]),  # pentecost, future
    ('nl', 'Op Koningsdag trokken duizenden mensen naar Amsterdam.', [('Koningsdag', '2023-04-27')]),  # king's day, past
    ('nl', 'Op Koningsdag zal de koning Emmen bezoeken.', [('Koningsdag', '2024-04-27')]),  # king's day, future
    ('nl', 'Op oudejaarsavond werden in Rotterdam twintig auto\'s in brand gestoken.',
     [('oudejaarsavond', '2023-12-31')]),  # new year's eve
    ('nl', 'Op nieuwjaarsdag sprong een groep zwemmers in de Noordzee.', [('nieuwjaarsdag', '2024-01-01')]),  # new year
    ('nl', 'Op tweede paasdag was het druk op de wegen.', [('tweede paasdag', '2024-04-01')]),  # easter monday
    # Dutch: everyday constructions
    ('nl', 'Begin maart werd de wet aangenomen.', [('Begin maart', '2024-03')]),  # early month
    ('nl', 'Halverwege juni worden de resultaten bekend.', [('Halverwege juni', '2024-06')]),  # mid month
    ('nl', 'Eind 2019 telde het bedrijf 300 werknemers.', [('Eind 2019', '2019')]),  # late year
    ('nl', 'Vorige maand daalde de inflatie.', [('Vorige maand', '2024-03')]),  # last month
    ('nl', 'Volgende week beslist de rechter.', [('Volgende week', '2024-W16')]),  # next week
    ('nl', 'Vorige week werd de burgemeester beëdigd.', [('Vorige week', '2024-W14')]),  # last week
    ('nl', 'Over drie maanden gaat de nieuwe brug open.', [('Over drie maanden', '2024-07')]),  # in months
    ('nl', 'Vier dagen geleden werd de jongen voor het laatst gezien.', [('Vier dagen geleden', '2024-04-06')]),  # ago
    ('nl', 'Volgend jaar stijgt de AOW-leeftijd.', [('Volgend jaar', '2025')]),  # next year
    ('nl', 'Vorig jaar sloten veertig winkels hun deuren.', [('Vorig jaar', '2023')]),  # last year
    ('nl', 'In de jaren tachtig was de werkloosheid hoog.', [('de jaren tachtig', '198')]),  # decade words
    ('nl', 'In de twintigste eeuw groeide de stad snel.', [('de twintigste eeuw', '19')]),  # century words
    ('nl', 'Zaterdag demonstreerden duizenden mensen in Den Haag.', [('Zaterdag', '2024-04-06')]),  # weekday, past
    ('nl', 'Op 12 maart kondigde de minister maatregelen aan.', [('12 maart', '2024-03-12')]),  # day month
    ('nl', 'Dit weekend wordt het zomers warm.', [('Dit weekend', '2024-W15-WE')]),  # this weekend
    ('nl', 'In het voorjaar van 2022 brak de oorlog uit.', [('het voorjaar van 2022', '2022-SP')]),  # season year
    ('nl', 'In het derde kwartaal van 2023 kromp de economie.', [('het derde kwartaal van 2023', '2023-Q3')]),  # quarter
    ('nl', 'Op 3 maart trad de minister af. De volgende dag werd zijn opvolger benoemd.',
     [('3 maart', '2024-03-03'), ('De volgende dag', '2024-03-04')]),  # the next day, from the story's date
    ('nl', 'Vanavond spreekt de premier het land toe.', [('Vanavond', '2024-04-10')]),  # tonight
    ('nl', 'Sinds Koningsdag is de sfeer in de stad veranderd.', [('Koningsdag', '2023-04-27')]),  # since: past
    ('nl', 'Voor kerst wil het kabinet een akkoord.', [('kerst', '2024-12-25')]),  # present tense: a plan
    ('nl', 'Afgelopen Pasen regende het.', [('Afgelopen Pasen', '2024-03-31')]),  # the latest easter
    ('nl', 'Op Prinsjesdag presenteert het kabinet de begroting.', [('Prinsjesdag', '2024-09-17')]),  # 3rd tuesday of sept.
    ('nl', 'Mei Ling opent in mei een restaurant.', [('mei', '2024-05')]),  # the name is not the month
    ('nl', 'In de tweede helft van dit jaar stijgen de prijzen.', [('de tweede helft van dit jaar', '2024-H2')]),  # H2
    ('nl', 'In het eerste kwartaal van vorig jaar kromp de economie.',
     [('het eerste kwartaal van vorig jaar', '2023-Q1')]),  # quarter of last year
    ('nl', 'Maandag volgende week beslist de rechter.', [('Maandag volgende week', '2024-04-15')]),  # weekday of next week
    ('nl', 'Vrijdag vorige week werd hij gearresteerd.', [('Vrijdag vorige week', '2024-04-05')]),  # weekday of last week
    ('nl', 'Gisteravond brak er brand uit.', [('Gisteravond', '2024-04-09')]),  # last night
    # Indonesian: holidays
    ('id', 'Pemerintah akan membuka jalan tol baru sebelum Natal.', [('Natal', '2024-12-25')]),  # christmas, future
    ('id', 'Pada Natal lalu, gereja itu dipadati jemaat.', [('Natal lalu', '2023-12-25')]),  # with a direction
    ('id', 'Natal 2019 dirayakan secara sederhana di Ambon.', [('Natal 2019', '2019-12-25')]),  # with a year
    ('id', 'Pada malam Natal, polisi berjaga di gereja-gereja.', [('malam Natal', '2023-12-24')]),  # eve, past
    ('id', 'Menjelang Tahun Baru, harga tiket kereta melonjak.', [('Tahun Baru', '2024-01-01')]),  # new year, past
    ('id', 'Pada malam Tahun Baru, jalanan Jakarta ditutup.', [('malam Tahun Baru', '2023-12-31')]),  # new year's eve
    ('id', 'Saat Paskah, umat Kristiani memadati gereja.', [('Paskah', '2024-03-31')]),  # easter, past
    ('id', 'Upacara akan digelar pada Hari Kemerdekaan di Ibu Kota Nusantara.',
     [('Hari Kemerdekaan', '2024-08-17')]),  # independence day, future
    # Indonesian: everyday constructions
    ('id', 'Pekan lalu, polisi menangkap dua tersangka.', [('Pekan lalu', '2024-W14')]),  # last week
    ('id', 'Pada awal Maret, pemerintah mengumumkan kenaikan harga BBM.', [('awal Maret', '2024-03')]),  # early month
    ('id', 'Pada akhir 2019, perusahaan itu memiliki 300 karyawan.', [('akhir 2019', '2019')]),  # late year
    ('id', 'Tiga hari lalu, banjir merendam ratusan rumah.', [('Tiga hari lalu', '2024-04-07')]),  # days ago
    ('id', 'Tahun depan, pemerintah akan menaikkan pajak.', [('Tahun depan', '2025')]),  # next year
    ('id', 'Industri tekstil berkembang pesat pada 1990-an.', [('1990-an', '199')]),  # decade
    ('id', 'Bulan lalu, inflasi turun menjadi 2,5 persen.', [('Bulan lalu', '2024-03')]),  # last month
    ('id', 'Minggu depan, DPR akan membahas RUU itu.', [('Minggu depan', '2024-W16')]),  # next week
    ('id', 'Dua minggu lagi, hasil pemilu akan diumumkan.', [('Dua minggu lagi', '2024-W17')]),  # in weeks
    ('id', 'Senin lalu, presiden melantik menteri baru.', [('Senin lalu', '2024-04-08')]),  # last monday
    ('id', 'Pada pertengahan Juni, musim kemarau akan dimulai.', [('pertengahan Juni', '2024-06')]),  # mid month
    ('id', 'Candi itu dibangun pada abad ke-19.', [('abad ke-19', '18')]),  # century
    ('id', 'Pada kuartal pertama 2023, ekonomi tumbuh 5 persen.', [('kuartal pertama 2023', '2023-Q1')]),  # quarter
    ('id', 'Tahun lalu, ekspor batu bara menurun.', [('Tahun lalu', '2023')]),  # last year
    ('id', 'Kemarin, gempa mengguncang Sulawesi.', [('Kemarin', '2024-04-09')]),  # yesterday
    ('id', 'Mei dan Juni diperkirakan menjadi puncak musim kemarau.',
     [('Mei', '2024-05'), ('Juni', '2024-06')]),  # two months in a list, no preposition
    ('id', 'Sepanjang Mei dan Juni, harga cabai akan melonjak.', [('Mei', '2024-05'), ('Juni', '2024-06')]),  # list
    ('id', 'Inflasi tercatat tinggi pada Mei dan Juni 2023.', [('Mei', '2023-05'), ('Juni 2023', '2023-06')]),  # list, year
    ('id', 'Sejak 2015, desa itu tidak pernah banjir.', [('2015', '2015')]),  # since year
    ('id', 'Paskah lalu, gereja itu dibom.', [('Paskah lalu', '2024-03-31')]),  # the latest easter
    ('id', 'Mei, Juni dan Juli adalah bulan terkering.', [('Mei', '2024-05'), ('Juni', '2024-06'), ('Juli', '2024-07')]),  # list
    ('id', 'Antara Mei dan Juni 2023, harga naik.', [('Mei', '2023-05'), ('Juni 2023', '2023-06')]),  # range
    ('id', 'Akhir pekan lalu, tiga orang tewas dalam kecelakaan.', [('Akhir pekan lalu', '2024-W14-WE')]),  # last weekend
    ('id', 'Akhir pekan ini, cuaca diperkirakan cerah.', [('Akhir pekan ini', '2024-W15-WE')]),  # this weekend
    ('id', 'Senin pekan depan, sidang akan dilanjutkan.', [('Senin pekan depan', '2024-04-15')]),  # weekday of next week
    ('id', 'Tadi malam, gempa mengguncang Bali.', [('Tadi malam', '2024-04-09')]),  # last night
    ('id', 'Pagi ini, presiden bertemu menteri.', [('Pagi ini', '2024-04-10')]),  # this morning
    ('id', 'Pada paruh kedua tahun ini, ekonomi akan tumbuh.', [('paruh kedua tahun ini', '2024-H2')]),  # H2 this year
    ('id', 'Pada kuartal pertama tahun lalu, ekonomi tumbuh 5 persen.',
     [('kuartal pertama tahun lalu', '2023-Q1')]),  # quarter of last year
]

TRAPS = [
    # French
    ('fr', 'Le Père Noël a distribué des cadeaux aux enfants.'),  # father christmas
    ('fr', 'Noël Mamère a critiqué le projet de loi.'),  # a person
    ("fr", "L'île de Pâques attire de nombreux touristes."),  # easter island
    ('fr', 'Les œufs de Pâques en chocolat se vendent bien.'),  # easter eggs
    ('fr', 'Le marché de Noël attire des milliers de visiteurs.'),  # christmas market
    ('fr', "La sonde s'est posée sur Mars."),  # the planet, capitalised after a word
    ('fr', 'La conquête de Mars fascine les ingénieurs.'),  # the planet, after "de"
    ('fr', 'Le ministre a répondu à Noël Mamère.'),  # a person, after a preposition
    ('fr', 'Le Nouvel An chinois sera célébré dans le 13e arrondissement.'),  # a lunar new year
    ('fr', 'Chaque année à Noël, les prix des jouets augmentent.'),  # habitual: no one date
    ('fr', 'Les vacances de Pâques commencent bientôt.'),  # the easter holidays
    ("fr", "Le concert aura lieu à l'église de la Toussaint."),  # a church
    ('fr', "Les fêtes de fin d'année approchent."),  # the holiday season
    ('fr', 'Le maréchal Juin a commandé le corps expéditionnaire.'),  # a surname
    ('fr', 'Le billet coûte 1500 euros.'),  # price
    ('fr', '2000 personnes ont manifesté à Paris.'),  # count
    ('fr', 'Les travaux ont duré trois ans.'),  # duration
    ('fr', "Il a passé deux semaines à l'hôpital."),  # duration 2
    # Dutch
    ('nl', 'De kerstman deelde cadeautjes uit aan de kinderen.'),  # father christmas (compound)
    ('nl', 'Paaseiland ligt midden in de Stille Oceaan.'),  # easter island (compound)
    ('nl', 'Mei Li won de finale in twee sets.'),  # a name at the start of the sentence
    ('nl', 'Volgens Mei Li is het plan te duur.'),  # a name
    ('nl', 'De fiets kostte 1500 euro.'),  # price
    ('nl', 'Bij de fabriek werken 2000 mensen.'),  # count
    ('nl', 'De verbouwing duurde drie maanden.'),  # duration
    ('nl', 'Kerstmis is het feest van de geboorte van Christus.'),  # the feast, no date
    ('nl', 'Elk jaar met Kerstmis stijgen de prijzen.'),  # habitual: no one date
    ('nl', 'Het Chinees Nieuwjaar wordt in Amsterdam gevierd.'),  # a lunar new year
    # Indonesian
    ('id', 'Mei Lestari memenangkan lomba menyanyi itu.'),  # a name
    ('id', 'Pohon Natal raksasa dipasang di pusat perbelanjaan.'),  # christmas tree
    ('id', 'Pulau Paskah terkenal dengan patung-patung Moai.'),  # easter island
    ('id', 'Harga tiket pesawat selalu naik menjelang Natal.'),  # habitual: no one date
    ('id', 'Harga beras mencapai Rp 15000 per kilogram.'),  # price
    ('id', 'Sebanyak 2000 orang mengikuti aksi itu.'),  # count
    ('id', 'Ia dipenjara selama tiga tahun.'),  # duration
    ('id', 'Ia kembali ke tanah natal setelah 20 tahun.'),  # "natal": birth (homeland), lower case
    ('id', 'Perayaan Tahun Baru Imlek berlangsung meriah.'),  # the lunar new year
    ('id', 'Tim itu bertanding di Natal, Brasil.'),  # the city
    ('id', 'Setiap Natal, gereja itu dipadati jemaat.'),  # habitual: no one date
    ('id', 'Merayakan Natal bersama keluarga adalah tradisi.'),  # generic
]


# known failures (see the module docstring of each language): a bare capitalised month opening a sentence is read as
# the month, even when it is the planet
KNOWN_FAILURES = [
    ('fr', 'Mars est la quatrième planète du système solaire.'),  # the planet, at the start of a sentence
]


@pytest.mark.parametrize("lang, text, expected", FOUND)
def test_dates_found(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("lang, text", TRAPS)
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)


@pytest.mark.xfail(reason="a capitalised month opening a sentence: the month or a name, undecidable by rule", strict=True)
@pytest.mark.parametrize("lang, text", KNOWN_FAILURES)
def test_known_failures(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)


@pytest.mark.parametrize("text, expected", [
    # Indonesian "Maret tahun lalu": March of last year (not the last March and "tahun lalu", two mentions)
    ("Pada Maret tahun lalu ia meninggal.", [("Maret tahun lalu", "2023-03")]),
    ("Maret tahun ini ia meninggal.", [("Maret tahun ini", "2024-03")]),
    ("Pada Maret tahun depan akan ada pemilu.", [("Maret tahun depan", "2025-03")]),
    ("Bulan Maret lalu ia meninggal.", [("Bulan Maret lalu", "2024-03")]),
])
def test_indonesian_month_of_the_year_named_after_it(text, expected):
    assert pairs(text, "id") == expected
