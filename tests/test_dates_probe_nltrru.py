"""Dutch, Turkish and Russian dates: one news sentence per everyday construction, with the traps of each language.

Written from the grammar of each language (cases, suffixes, word order); reference date a Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


FOUND = [
    # Dutch
    ('nl', 'De overeenkomst werd op 5 maart 2021 in Brussel ondertekend.', [('5 maart 2021', '2021-03-05')]),  # full date
    ('nl', 'In maart 2021 stegen de prijzen fors.', [('maart 2021', '2021-03')]),  # month year
    ('nl', 'In 2021 werd het bedrijf verkocht.', [('2021', '2021')]),  # in year
    ('nl', 'Sinds 2015 woont hij in Gent.', [('2015', '2015')]),  # since year
    ('nl', 'Maandag zei de minister dat hij niet aftreedt.', [('Maandag', '2024-04-08')]),  # weekday past
    ('nl', 'De verdachte werd op maandag opgepakt.', [('maandag', '2024-04-08')]),  # weekday past 2
    ('nl', 'Het parlement zal vrijdag over de wet stemmen.', [('vrijdag', '2024-04-12')]),  # weekday future
    ('nl', 'Vrijdag stemt het parlement over de wet.', [('Vrijdag', '2024-04-12')]),  # weekday future 2
    ('nl', 'Gisteren werd de verdachte opgepakt.', [('Gisteren', '2024-04-09')]),  # yesterday
    ('nl', 'De premier heeft vandaag zijn ontslag aangeboden.', [('vandaag', '2024-04-10')]),  # today
    ('nl', 'Morgen beslist het kabinet over de begroting.', [('Morgen', '2024-04-11')]),  # tomorrow
    ('nl', 'Eergisteren brak er brand uit in de haven.', [('Eergisteren', '2024-04-08')]),  # day before yesterday
    ('nl', 'Vorige week werd de staking afgeblazen.', [('Vorige week', '2024-W14')]),  # last week
    ('nl', 'Deze maand stijgen de huren opnieuw.', [('Deze maand', '2024-04')]),  # this month
    ('nl', 'Volgend jaar gaan de belastingen omhoog.', [('Volgend jaar', '2025')]),  # next year
    ('nl', 'Volgend jaar gaan de belastingen omhoog, zei de minister.', [('Volgend jaar', '2025')]),  # next year 2
    ('nl', 'Drie dagen geleden verdween de jongen.', [('Drie dagen geleden', '2024-04-07')]),  # N days ago
    ('nl', 'Over twee weken worden de uitslagen bekendgemaakt.', [('Over twee weken', '2024-W17')]),  # in N weeks
    ('nl', 'Begin 2020 brak de pandemie uit.', [('Begin 2020', '2020')]),  # early year
    ('nl', 'Medio 2020 werden de regels versoepeld.', [('Medio 2020', '2020')]),  # mid year
    ('nl', 'Halverwege 2020 werden de regels versoepeld.', [('Halverwege 2020', '2020')]),  # mid year 2
    ('nl', 'Eind 2020 kwam het vaccin beschikbaar.', [('Eind 2020', '2020')]),  # late year
    ('nl', 'Eind 2020 kwam het vaccin beschikbaar.', [('Eind 2020', '2020')]),  # late year 2
    ('nl', 'Begin vorig jaar werd de fabriek gesloten.', [('Begin vorig jaar', '2023')]),  # beginning last year
    ('nl', 'Aan het begin van vorig jaar werd de fabriek gesloten.', [('het begin van vorig jaar', '2023')]),  # beginning last year 2
    ('nl', 'Eind vorig jaar daalde de werkloosheid.', [('Eind vorig jaar', '2023')]),  # end last year
    ('nl', 'Aan het einde van vorig jaar daalde de werkloosheid.', [('het einde van vorig jaar', '2023')]),  # end last year 2
    ('nl', 'Eerder deze maand kondigde het bedrijf ontslagen aan.', [('Eerder deze maand', '2024-04')]),  # earlier this month
    ('nl', 'Later dit jaar opent de nieuwe brug.', [('Later dit jaar', '2024')]),  # later this year
    ('nl', 'In de jaren negentig groeide de economie snel.', [('de jaren negentig', '199')]),  # 1990s words
    ('nl', 'In de jaren 90 was de werkloosheid hoog.', [('de jaren 90', '199')]),  # 1990s digits
    ('nl', "In de jaren '90 was de werkloosheid hoog.", [("de jaren '90", '199')]),  # 1990s digits 2
    ('nl', 'In de jaren 1990 was de werkloosheid hoog.', [('de jaren 1990', '199')]),  # 1990s digits 3
    ('nl', 'In de negentiende eeuw werd de spoorlijn aangelegd.', [('de negentiende eeuw', '18')]),  # 19th c. ordinal word
    ('nl', 'In de 19e eeuw werd de spoorlijn aangelegd.', [('de 19e eeuw', '18')]),  # 19th c. ordinal digits
    ('nl', 'In de 19de eeuw werd de spoorlijn aangelegd.', [('de 19de eeuw', '18')]),  # 19th c. ordinal digits 2
    ('nl', 'In de XIXe eeuw werd de spoorlijn aangelegd.', [('de XIXe eeuw', '18')]),  # 19th c. roman
    ('nl', 'In het eerste kwartaal van 2020 kromp de economie.', [('het eerste kwartaal van 2020', '2020-Q1')]),  # Q1
    ('nl', 'In de eerste helft van 2019 steeg de omzet.', [('de eerste helft van 2019', '2019-H1')]),  # H1
    ('nl', 'Afgelopen zomer was het extreem droog.', [('Afgelopen zomer', '2023-SU')]),  # last summer
    ('nl', 'Vorige zomer was het extreem droog.', [('Vorige zomer', '2023-SU')]),  # last summer 2
    ('nl', 'In de winter van 2019 vroor het hard.', [('de winter van 2019', '2019-WI')]),  # winter year
    ('nl', 'In winter 2019 vroor het hard.', [('winter 2019', '2019-WI')]),  # winter year 2
    ('nl', 'Van 2010 tot 2015 woonde hij in Parijs.', [('2010', '2010'), ('2015', '2015')]),  # range years
    ('nl', 'Tussen maart en mei 2020 waren de winkels dicht.', [('maart', '2020-03'), ('mei 2020', '2020-05')]),  # range months
    ('nl', 'Van maart tot mei 2020 waren de winkels dicht.', [('maart', '2020-03'), ('mei 2020', '2020-05')]),  # range months 2
    ('nl', 'Onlangs werd een nieuwe directeur benoemd.', [('Onlangs', 'PAST_REF')]),  # recently
    ('nl', 'Momenteel werken er 200 mensen in de fabriek.', [('Momenteel', 'PRESENT_REF')]),  # currently
    ('nl', 'Op dit moment werken er 200 mensen in de fabriek.', [('dit moment', 'PRESENT_REF')]),  # now
    ('nl', 'In de komende maanden worden meer banen geschrapt.', [('de komende maanden', 'FUTURE_REF')]),  # coming months
    ('nl', 'In de afgelopen jaren is de prijs verdubbeld.', [('de afgelopen jaren', 'PAST_REF')]),  # recent years
    ('nl', 'De laatste jaren is de prijs verdubbeld.', [('De laatste jaren', 'PAST_REF')]),  # recent years 2
    ('nl', 'Een decennium geleden was de wijk arm.', [('Een decennium geleden', '201')]),  # decade ago
    ('nl', 'Tien jaar geleden was de wijk arm.', [('Tien jaar geleden', '2014')]),  # ten years ago
    ('nl', 'Maandag 8 april sprak de minister de Kamer toe.', [('Maandag 8 april', '2024-04-08')]),  # date with weekday
    ('nl', 'Op maandag 8 april sprak de minister de Kamer toe.', [('maandag 8 april', '2024-04-08')]),  # date with weekday 2
    # Turkish
    ('tr', "Anlaşma 5 Mart 2021'de Ankara'da imzalandı.", [('5 Mart 2021', '2021-03-05')]),  # full date
    ('tr', "Mart 2021'de fiyatlar arttı.", [('Mart 2021', '2021-03')]),  # month year
    ('tr', '2021 yılının mart ayında fiyatlar arttı.', [('2021 yılının mart ayında', '2021-03')]),  # month year 2
    ('tr', "2021'de şirket satıldı.", [('2021', '2021')]),  # in year
    ('tr', '2021 yılında şirket satıldı.', [('2021 yılında', '2021')]),  # in year 2
    ('tr', "2015'ten beri İstanbul'da yaşıyor.", [('2015', '2015')]),  # since year
    ('tr', "2015 yılından bu yana İstanbul'da yaşıyor.", [('2015 yılından', '2015')]),  # since year 2
    ('tr', 'Bakan Pazartesi günü açıklama yaptı.', [('Pazartesi günü', '2024-04-08')]),  # weekday past
    ('tr', 'Bakan pazartesi günü açıklama yaptı.', [('pazartesi günü', '2024-04-08')]),  # weekday past lc
    ('tr', 'Meclis Cuma günü yasayı oylayacak.', [('Cuma günü', '2024-04-12')]),  # weekday future
    ('tr', 'Meclis cuma günü yasayı oylayacak.', [('cuma günü', '2024-04-12')]),  # weekday future lc
    ('tr', 'Dün şüpheli gözaltına alındı.', [('Dün', '2024-04-09')]),  # yesterday
    ('tr', 'Başbakan bugün istifasını sundu.', [('bugün', '2024-04-10')]),  # today
    ('tr', 'Yarın kabine toplanacak.', [('Yarın', '2024-04-11')]),  # tomorrow
    ('tr', 'Önceki gün limanda yangın çıktı.', [('Önceki gün', '2024-04-08')]),  # day before yesterday
    ('tr', 'Evvelsi gün limanda yangın çıktı.', [('Evvelsi gün', '2024-04-08')]),  # day before yesterday 2
    ('tr', 'Geçen hafta grev iptal edildi.', [('Geçen hafta', '2024-W14')]),  # last week
    ('tr', 'Bu ay kiralar yine artıyor.', [('Bu ay', '2024-04')]),  # this month
    ('tr', 'Gelecek yıl vergiler artacak.', [('Gelecek yıl', '2025')]),  # next year
    ('tr', 'Önümüzdeki yıl vergiler artacak.', [('Önümüzdeki yıl', '2025')]),  # next year 2
    ('tr', 'Üç gün önce çocuk kayboldu.', [('Üç gün önce', '2024-04-07')]),  # N days ago
    ('tr', 'Sonuçlar iki hafta sonra açıklanacak.', [('iki hafta sonra', '2024-W17')]),  # in N weeks
    ('tr', '2020 başında salgın başladı.', [('2020 başında', '2020')]),  # early year
    ('tr', "2020'nin başlarında salgın başladı.", [("2020'nin başlarında", '2020')]),  # early year 2
    ('tr', '2020 ortasında kurallar gevşetildi.', [('2020 ortasında', '2020')]),  # mid year
    ('tr', '2020 yılının ortasında kurallar gevşetildi.', [('2020 yılının ortasında', '2020')]),  # mid year 2
    ('tr', '2020 sonunda aşı geldi.', [('2020 sonunda', '2020')]),  # late year
    ('tr', "2020'nin sonlarında aşı geldi.", [("2020'nin sonlarında", '2020')]),  # late year 2
    ('tr', 'Geçen yılın başında fabrika kapandı.', [('Geçen yılın başında', '2023')]),  # beginning last year
    ('tr', 'Geçen yılın sonunda işsizlik düştü.', [('Geçen yılın sonunda', '2023')]),  # end last year
    ('tr', 'Bu ayın başlarında şirket işten çıkarmaları duyurdu.', [('Bu ayın başlarında', '2024-04')]),  # earlier this month
    ('tr', 'Bu yılın ilerleyen aylarında yeni köprü açılacak.', [('Bu yılın', '2024')]),  # later this year
    ('tr', 'Yeni köprü bu yıl içinde açılacak.', [('bu yıl', '2024')]),  # later this year 2
    ('tr', 'Doksanlı yıllarda ekonomi hızla büyüdü.', [('Doksanlı yıllar', '199')]),  # 1990s words
    ('tr', 'Doksanlarda ekonomi hızla büyüdü.', [('Doksanlar', '199')]),  # 1990s words 2
    ('tr', "1990'larda işsizlik yüksekti.", [("1990'lar", '199')]),  # 1990s digits
    ('tr', "1990'lı yıllarda işsizlik yüksekti.", [("1990'lı yıllar", '199')]),  # 1990s digits 2
    ('tr', "90'lı yıllarda işsizlik yüksekti.", [("90'lı yıllar", '199')]),  # 1990s digits 3
    ('tr', '19. yüzyılda demiryolu inşa edildi.', [('19. yüzyıl', '18')]),  # 19th c. ordinal
    ('tr', 'On dokuzuncu yüzyılda demiryolu inşa edildi.', [('On dokuzuncu yüzyıl', '18')]),  # 19th c. ordinal word
    ('tr', 'XIX. yüzyılda demiryolu inşa edildi.', [('XIX. yüzyıl', '18')]),  # 19th c. roman
    ('tr', "2020'nin ilk çeyreğinde ekonomi küçüldü.", [("2020'nin ilk çeyreğinde", '2020-Q1')]),  # Q1
    ('tr', '2020 yılının ilk çeyreğinde ekonomi küçüldü.', [('2020 yılının ilk çeyreğinde', '2020-Q1')]),  # Q1 2
    ('tr', "2019'un ilk yarısında satışlar arttı.", [("2019'un ilk yarısında", '2019-H1')]),  # H1
    ('tr', '2019 yılının ilk yarısında satışlar arttı.', [('2019 yılının ilk yarısında', '2019-H1')]),  # H1 2
    ('tr', 'Geçen yaz kuraklık yaşandı.', [('Geçen yaz', '2023-SU')]),  # last summer
    ('tr', '2019 kışında sert bir don yaşandı.', [('2019 kışında', '2019-WI')]),  # winter year
    ('tr', '2019 yılının kışında sert bir don yaşandı.', [('2019 yılının kışında', '2019-WI')]),  # winter year 2
    ('tr', "2010'dan 2015'e kadar Paris'te yaşadı.", [('2010', '2010'), ('2015', '2015')]),  # range years
    ('tr', "2010-2015 yılları arasında Paris'te yaşadı.", [('2010', '2010'), ('2015', '2015')]),  # range years 2
    ('tr', 'Mart ile Mayıs 2020 arasında dükkanlar kapalıydı.', [('Mart', '2020-03'), ('Mayıs 2020', '2020-05')]),  # range months
    ('tr', 'Mart-Mayıs 2020 döneminde dükkanlar kapalıydı.', [('Mart', '2020-03'), ('Mayıs 2020', '2020-05')]),  # range months 2
    ('tr', 'Son zamanlarda yeni bir müdür atandı.', [('Son zamanlarda', 'PAST_REF')]),  # recently
    ('tr', 'Geçenlerde yeni bir müdür atandı.', [('Geçenlerde', 'PAST_REF')]),  # recently 2
    ('tr', 'Şu anda fabrikada 200 kişi çalışıyor.', [('Şu anda', 'PRESENT_REF')]),  # currently
    ('tr', 'Şimdi fabrikada 200 kişi çalışıyor.', [('Şimdi', 'PRESENT_REF')]),  # now
    ('tr', 'Önümüzdeki aylarda daha fazla işten çıkarma yapılacak.', [('Önümüzdeki aylarda', 'FUTURE_REF')]),  # coming months
    ('tr', 'Son yıllarda fiyatlar iki katına çıktı.', [('Son yıllarda', 'PAST_REF')]),  # recent years
    ('tr', 'On yıl önce mahalle yoksuldu.', [('On yıl önce', '2014')]),  # decade ago
    ('tr', 'Bakan 8 Nisan Pazartesi günü meclise hitap etti.', [('8 Nisan Pazartesi günü', '2024-04-08')]),  # date with weekday
    # Russian
    ('ru', 'Соглашение было подписано 5 марта 2021 года в Брюсселе.', [('5 марта 2021 года', '2021-03-05')]),  # full date
    ('ru', 'В марте 2021 года цены резко выросли.', [('марте 2021 года', '2021-03')]),  # month year
    ('ru', 'В 2021 году компания была продана.', [('2021 году', '2021')]),  # in year
    ('ru', 'С 2015 года он живёт в Казани.', [('2015 года', '2015')]),  # since year
    ('ru', 'В понедельник министр заявил, что не уйдёт в отставку.', [('понедельник', '2024-04-08')]),  # weekday past
    ('ru', 'В пятницу парламент будет голосовать по закону.', [('пятницу', '2024-04-12')]),  # weekday future
    ('ru', 'Парламент проголосует по закону в пятницу.', [('пятницу', '2024-04-12')]),  # weekday future 2
    ('ru', 'Вчера подозреваемый был задержан.', [('Вчера', '2024-04-09')]),  # yesterday
    ('ru', 'Премьер-министр сегодня подал в отставку.', [('сегодня', '2024-04-10')]),  # today
    ('ru', 'Завтра правительство рассмотрит бюджет.', [('Завтра', '2024-04-11')]),  # tomorrow
    ('ru', 'Позавчера в порту произошёл пожар.', [('Позавчера', '2024-04-08')]),  # day before yesterday
    ('ru', 'На прошлой неделе забастовку отменили.', [('прошлой неделе', '2024-W14')]),  # last week
    ('ru', 'В этом месяце тарифы снова вырастут.', [('этом месяце', '2024-04')]),  # this month
    ('ru', 'В следующем году налоги повысят.', [('следующем году', '2025')]),  # next year
    ('ru', 'Три дня назад пропал мальчик.', [('Три дня назад', '2024-04-07')]),  # N days ago
    ('ru', 'Через две недели объявят результаты.', [('Через две недели', '2024-W17')]),  # in N weeks
    ('ru', 'В начале 2020 года началась пандемия.', [('начале 2020 года', '2020')]),  # early year
    ('ru', 'В середине 2020 года ограничения ослабили.', [('середине 2020 года', '2020')]),  # mid year
    ('ru', 'В конце 2020 года появилась вакцина.', [('конце 2020 года', '2020')]),  # late year
    ('ru', 'В начале прошлого года завод закрыли.', [('начале прошлого года', '2023')]),  # beginning last year
    ('ru', 'В конце прошлого года безработица снизилась.', [('конце прошлого года', '2023')]),  # end last year
    ('ru', 'Ранее в этом месяце компания объявила о сокращениях.', [('этом месяце', '2024-04')]),  # earlier this month
    ('ru', 'В начале этого месяца компания объявила о сокращениях.', [('начале этого месяца', '2024-04')]),  # earlier this month 2
    ('ru', 'Позже в этом году откроется новый мост.', [('этом году', '2024')]),  # later this year
    ('ru', 'До конца этого года откроется новый мост.', [('конца этого года', '2024')]),  # later this year 2
    ('ru', 'В девяностые годы экономика быстро росла.', [('девяностые годы', '199')]),  # 1990s words
    ('ru', 'В девяностых годах экономика быстро росла.', [('девяностых годах', '199')]),  # 1990s words 2
    ('ru', 'В 1990-х годах безработица была высокой.', [('1990-х годах', '199')]),  # 1990s digits
    ('ru', 'В 90-е годы безработица была высокой.', [('90-е годы', '199')]),  # 1990s digits 2
    ('ru', 'В 1990-е безработица была высокой.', [('1990-е', '199')]),  # 1990s digits 3
    ('ru', 'В девятнадцатом веке построили железную дорогу.', [('девятнадцатом веке', '18')]),  # 19th c. ordinal
    ('ru', 'В 19 веке построили железную дорогу.', [('19 веке', '18')]),  # 19th c. digits
    ('ru', 'В XIX веке построили железную дорогу.', [('XIX веке', '18')]),  # 19th c. roman
    ('ru', 'Здание построено в конце XIX века.', [('конце XIX века', '18')]),  # 19th c. roman 2
    ('ru', 'В первом квартале 2020 года экономика сократилась.', [('первом квартале 2020 года', '2020-Q1')]),  # Q1
    ('ru', 'В первой половине 2019 года продажи выросли.', [('первой половине 2019 года', '2019-H1')]),  # H1
    ('ru', 'Прошлым летом была сильная засуха.', [('Прошлым летом', '2023-SU')]),  # last summer
    ('ru', 'Летом прошлого года была сильная засуха.', [('Летом прошлого года', '2023-SU')]),  # last summer 2
    ('ru', 'Зимой 2019 года ударили сильные морозы.', [('Зимой 2019 года', '2019-WI')]),  # winter year
    ('ru', 'С 2010 по 2015 год он жил в Париже.', [('2010', '2010'), ('2015 год', '2015')]),  # range years
    ('ru', 'С марта по май 2020 года магазины были закрыты.', [('марта', '2020-03'), ('май 2020 года', '2020-05')]),  # range months
    ('ru', 'Между мартом и маем 2020 года магазины были закрыты.', [('мартом', '2020-03'), ('маем 2020 года', '2020-05')]),  # range months 2
    ('ru', '5 марта 2021 года было подписано соглашение. На следующий день акции выросли.', [('5 марта 2021 года', '2021-03-05'), ('следующий день', '2021-03-06')]),  # following day
    ('ru', 'Недавно был назначен новый директор.', [('Недавно', 'PAST_REF')]),  # recently
    ('ru', 'В настоящее время на заводе работают 200 человек.', [('настоящее время', 'PRESENT_REF')]),  # currently
    ('ru', 'Сейчас на заводе работают 200 человек.', [('Сейчас', 'PRESENT_REF')]),  # now
    ('ru', 'В ближайшие месяцы будут сокращены новые рабочие места.', [('ближайшие месяцы', 'FUTURE_REF')]),  # coming months
    ('ru', 'В ближайшие годы цены вырастут.', [('ближайшие годы', 'FUTURE_REF')]),  # coming months 2
    ('ru', 'В последние годы цены удвоились.', [('последние годы', 'PAST_REF')]),  # recent years
    ('ru', 'За последние несколько лет цены удвоились.', [('последние несколько лет', 'PAST_REF')]),  # recent years 2
    ('ru', 'Десятилетие назад район был бедным.', [('Десятилетие назад', '201')]),  # decade ago
    ('ru', 'Десять лет назад район был бедным.', [('Десять лет назад', '2014')]),  # ten years ago
    ('ru', 'В понедельник, 8 апреля, министр выступил в Думе.', [('понедельник, 8 апреля', '2024-04-08')]),  # date with weekday
]
TRAPS = [
    ('nl', 'Keizer Augustus stierf in Nola.'),  # name month
    ('nl', 'Robinson Crusoe noemde zijn knecht Vrijdag.'),  # name weekday
    ('nl', 'Hij betaalde 2000 euro voor de fiets.'),  # price
    ('nl', 'Bij het bedrijf werken 1500 mensen.'),  # count
    ('nl', 'De bouw duurde twee jaar lang.'),  # duration
    ('nl', 'Hij werkte drie maanden aan het boek.'),  # duration 2
    ('tr', 'Pazar yerinde büyük bir kalabalık vardı.'),  # market
    ('tr', 'Pazar çok kalabalıktı.'),  # market 2
    ('tr', 'Aralık kapıdan soğuk hava giriyordu.'),  # ajar
    ('tr', 'Bilet 2000 liraya satıldı.'),  # price
    ('tr', 'Törene 1500 kişi katıldı.'),  # count
    ('tr', 'İnşaat iki yıl boyunca sürdü.'),  # duration
    ('tr', 'İki yıldır bu şirkette çalışıyor.'),  # duration 2
    ('ru', 'Марта Иванова выступила на конференции.'),  # name
    ('ru', 'Мая Плисецкая танцевала в Большом театре.'),  # name 2
    ('ru', 'Робинзон Крузо назвал своего слугу Пятница.'),  # name weekday
    ('ru', 'Билет стоит 2000 рублей.'),  # price
    ('ru', 'На митинг пришли 1500 человек.'),  # count
    ('ru', 'Строительство велось в течение двух лет.'),  # duration
    ('ru', 'Строительство длилось три года.'),  # duration 2
]


@pytest.mark.parametrize("lang, text, expected", FOUND)
def test_dates_found(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("lang, text", TRAPS)
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)
