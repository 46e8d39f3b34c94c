"""Arabic, Turkish and Persian dates as agency wires write them (Al Jazeera, Anadolu, IRNA, BBC Persian, Wikinews):
constructions the earlier probes (test_dates_probe_arfaid, test_dates_probe_nltrru) do not cover. Weekdays with
a direction word, parts of the current or last month, decades and centuries in words, the double month names of
Arabic wires ("5 مارس/آذار 2021"), Eastern Arabic and Persian digits, Hijri and Solar Hijri dates, Turkish case
endings on dates ("1 Ocak'tan", "yarından"), Persian "پارسال" and Solar seasons; and the traps that are no dates
(month words as names or nouns, counts of people, durations, clock times, names of movements).

Values are the TimeML/TempEval-3 ones (always Gregorian), reference date Wednesday 10 April 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


FOUND_AR = [
    ('قال المتحدث باسم الجيش إن الهجوم وقع الثلاثاء الماضي.', [('الثلاثاء الماضي', '2024-04-09')]),
    ('ويعقد مجلس الأمن جلسة طارئة يوم الخميس المقبل.', [('يوم الخميس المقبل', '2024-04-11')]),
    ('ستنطلق المحادثات الأحد المقبل في الدوحة.', [('الأحد المقبل', '2024-04-14')]),
    ('ارتفعت أسعار الوقود مطلع الشهر الجاري.', [('مطلع الشهر الجاري', '2024-04')]),
    ('أعلنت الوزارة أواخر الشهر الماضي عن خطة تقشف.', [('أواخر الشهر الماضي', '2024-03')]),
    ('شهدت البلاد حربا أهلية في منتصف التسعينيات.', [('منتصف التسعينيات', '199')]),
    ('اندلعت الاحتجاجات أواخر السبعينيات.', [('أواخر السبعينيات', '197')]),
    ('ازدهرت السينما المصرية في الستينيات من القرن الماضي.', [('الستينيات من القرن الماضي', '196')]),
    ('شهد القرن العشرين حربين عالميتين.', [('القرن العشرين', '19')]),
    ('يواجه العالم تحديات كبيرة في القرن الحادي والعشرين.', [('القرن الحادي والعشرين', '20')]),
    ('سيعقد الوزراء اجتماعات مكثفة خلال الأسبوع الجاري.', [('الأسبوع الجاري', '2024-W15')]),
    ('تعيش سوريا أزمة إنسانية منذ عام 2011.', [('عام 2011', '2011')]),
    ('بدأ الحصار منذ عام ٢٠٠٧.', [('عام ٢٠٠٧', '2007')]),
    ('وقّعت الحكومة الاتفاق في 5 مارس/آذار 2021.', [('5 مارس/آذار 2021', '2021-03-05')]),
    ('أعلنت الشركة نتائجها في ١٥ يناير/كانون الثاني ٢٠٢٢.', [('١٥ يناير/كانون الثاني ٢٠٢٢', '2022-01-15')]),
    ('غزا العراق الكويت في 2 أغسطس/آب 1990.', [('2 أغسطس/آب 1990', '1990-08-02')]),
    ('انخفضت صادرات النفط في أكتوبر/تشرين الأول الماضي.', [('أكتوبر/تشرين الأول الماضي', '2023-10')]),
    ('ستجري الانتخابات في يونيو/حزيران المقبل.', [('يونيو/حزيران المقبل', '2024-06')]),
    ('أعلن الجيش اليوم الأربعاء مقتل ثلاثة مسلحين.', [('اليوم الأربعاء', '2024-04-10')]),
    ('وقال مسؤول أمس الثلاثاء إن المفاوضات تعثرت.', [('أمس الثلاثاء', '2024-04-09')]),
    ('تستأنف الدراسة غداً في جميع المدارس.', [('غداً', '2024-04-11')]),
    ('ويقيم اللاجئون حالياً في مخيمات مؤقتة.', [('حالياً', 'PRESENT_REF')]),
    ('كشفت دراسة نشرت مؤخراً عن ارتفاع معدلات البطالة.', [('مؤخراً', 'PAST_REF')]),
    ('بدأ الصيام في 1 رمضان 1445 هـ الموافق 11 مارس 2024.', [('1 رمضان 1445 هـ', '2024-03-11'),
                                                              ('11 مارس 2024', '2024-03-11')]),
    ('يصادف يوم عاشوراء ١٠ محرم ١٤٤٦ هـ.', [('١٠ محرم ١٤٤٦ هـ', '2024-07-16')]),
    ('توفي الفنان في الأول من يناير 2020.', [('الأول من يناير 2020', '2020-01-01')]),
    ('ألقي القبض على المشتبه به السبت 6 أبريل/نيسان.', [('السبت 6 أبريل/نيسان', '2024-04-06')]),
    ('تنتهي المهلة نهاية الشهر الجاري.', [('نهاية الشهر الجاري', '2024-04')]),
    ('تضاعف الدين العام خلال العقد الماضي.', [('العقد الماضي', '201')]),
    ('سيزور الرئيس الصين الأسبوع المقبل.', [('الأسبوع المقبل', '2024-W16')]),
    ('التقى الزعيمان قبل أسبوعين في جنيف.', [('قبل أسبوعين', '2024-W13')]),
    ('أعلنت الشركة إفلاسها قبل شهرين.', [('قبل شهرين', '2024-02')]),
    ('سيصل الوفد بعد غد إلى القاهرة.', [('بعد غد', '2024-04-12')]),
    ('نما الاقتصاد بنسبة 3% في 2023.', [('2023', '2023')]),
    ('افتتح المتحف في شهر مايو من العام الماضي.', [('شهر مايو من العام الماضي', '2023-05')]),
    ('سجلت الشركة أرباحا قياسية في الربع الأخير من عام 2023.', [('الربع الأخير من عام 2023', '2023-Q4')]),
    ('وصلت درجات الحرارة إلى مستويات قياسية صيف 2023.', [('صيف 2023', '2023-SU')]),
    ('اجتمع الوزراء في 10 أبريل 2024م بالرياض.', [('10 أبريل 2024م', '2024-04-10')]),
    ('وقعت الحادثة في ٣ فبراير الماضي.', [('٣ فبراير الماضي', '2024-02-03')]),
    ('ستُفتتح البطولة في 15 يونيو المقبل.', [('15 يونيو المقبل', '2024-06-15')]),
    ('ولد الشاعر عام 1950 في بيروت.', [('عام 1950', '1950')]),
    ('تظاهر الآلاف في عطلة نهاية الأسبوع الماضي.', [('عطلة نهاية الأسبوع الماضي', '2024-W14-WE')]),
    ('سيجتمع القادة خلال عطلة نهاية الأسبوع.', [('عطلة نهاية الأسبوع', '2024-W15-WE')]),
    ('غداً الخميس تبدأ القمة في الرياض.', [('غداً الخميس', '2024-04-11')]),
    ('افتتح الملعب في 20 سبتمبر/أيلول 2023.', [('20 سبتمبر/أيلول 2023', '2023-09-20')]),
    ('تراجعت الصادرات في سبتمبر/أيلول 2023.', [('سبتمبر/أيلول 2023', '2023-09')]),
    ('تراجعت الأرباح في الربع الأخير من العام الماضي.', [('الربع الأخير من العام الماضي', '2023-Q4')]),
    ('سيتضاعف الطلب على الكهرباء خلال العقد المقبل.', [('العقد المقبل', '203')]),
    ('يحتجز الصحفي منذ 2 نوفمبر/تشرين الثاني الماضي.', [('2 نوفمبر/تشرين الثاني الماضي', '2023-11-02')]),
]
TRAPS_AR = [
    'مارس الرئيس ضغوطا كبيرة على البرلمان.',  # "practised"
    'انتقد حميد شباط الحكومة المغربية.',  # a surname
    'تحدث الكاتب عن أسطورة تموز وعشتار.',  # the god Tammuz
    'أعلنت قوى 14 آذار رفضها للقرار.',  # the March 14 Alliance of Lebanon
    'اعتقلت الشرطة 2000 متظاهر.',  # a count
    'استقبلت المدينة 1900 لاجئ.',  # a count
    'استمر الحصار لمدة ثلاث سنوات.',  # a duration
    'وصل القطار عند الساعة 10:30 صباحا.',  # a clock time
    'التقى رجب طيب أردوغان بالرئيس الفرنسي.',  # a first name
    'تقدمت الرحلة رقم 2024 إلى البوابة.',  # a flight number
    'رفض النادي تجديد هذا العقد.',  # this contract
    'وقع اللاعب على العقد الحالي مع النادي.',  # the current contract
    'بلغ عدد النازحين 1950 نازحا في المخيم.',  # a count in the accusative
]

FOUND_TR = [
    ("Bakan geçen salı Brüksel'de temaslarda bulundu.", [('geçen salı', '2024-04-09')]),
    ("Heyet önümüzdeki cuma Ankara'ya gelecek.", [('önümüzdeki cuma', '2024-04-12')]),
    ("Geçen Salı Brüksel'de bir zirve yapıldı.", [('Geçen Salı', '2024-04-09')]),
    ("Enflasyon bu yılın başında yüzde 65'e ulaştı.", [('bu yılın başında', '2024')]),
    ('Şirket 2020 yılının sonunda iflas etti.', [('2020 yılının sonunda', '2020')]),
    ("1980'lerin ortasında ekonomi liberalleşti.", [("1980'ler", '198')]),
    ("2000'li yılların başında internet yaygınlaştı.", [("2000'li yıllar", '200')]),
    ('20. yüzyılın başında imparatorluk çöktü.', [('20. yüzyıl', '19')]),
    ('21. yüzyılda iklim krizi derinleşiyor.', [('21. yüzyıl', '20')]),
    ("Darbe girişimi 15 Temmuz 2016'da gerçekleşti.", [('15 Temmuz 2016', '2016-07-15')]),
    ("Cumhuriyet 29 Ekim 1923'te ilan edildi.", [('29 Ekim 1923', '1923-10-29')]),
    ("Yeni düzenleme 1 Ocak'tan itibaren yürürlüğe girecek.", [('1 Ocak', '2025-01-01')]),
    ('Fiyatlar Mart ayında yüzde 3 arttı.', [('Mart ayında', '2024-03')]),
    ("Seçimler Haziran'da yapılacak.", [('Haziran', '2024-06')]),
    ('Hisseler Ocak ayından bu yana yüzde 20 değer kaybetti.', [('Ocak ayından', '2024-01')]),
    ("2019'da kurulan şirket 500 kişiye istihdam sağlıyor.", [('2019', '2019')]),
    ("Gazeteci 3 Şubat'tan beri tutuklu bulunuyor.", [('3 Şubat', '2024-02-03')]),
    ('Eski bakan halen cezaevinde bulunuyor.', [('halen', 'PRESENT_REF')]),
    ('Günümüzde gençlerin çoğu sosyal medya kullanıyor.', [('Günümüzde', 'PRESENT_REF')]),
    ('Geçtiğimiz günlerde yeni bir yasa kabul edildi.', [('Geçtiğimiz günlerde', 'PAST_REF')]),
    ('Önümüzdeki günlerde sıcaklıklar artacak.', [('Önümüzdeki günlerde', 'FUTURE_REF')]),
    ('Geçen ay işsizlik oranı düştü.', [('Geçen ay', '2024-03')]),
    ('Gelecek hafta Meclis tatile girecek.', [('Gelecek hafta', '2024-W16')]),
    ('Bu hafta piyasalarda dalgalanma yaşandı.', [('Bu hafta', '2024-W15')]),
    ('Geçen hafta sonu binlerce kişi miting düzenledi.', [('Geçen hafta sonu', '2024-W14-WE')]),
    ('İki yıl önce deprem bölgeyi vurdu.', [('İki yıl önce', '2022')]),
    ('Üç ay önce açılan köprü kapatıldı.', [('Üç ay önce', '2024-01')]),
    ("2023'ün son çeyreğinde büyüme yavaşladı.", [("2023'ün son çeyreğinde", '2023-Q4')]),
    ('2022 yılı Şubat ayında savaş başladı.', [('2022 yılı Şubat ayında', '2022-02')]),
    ("14 Mayıs 2023'teki seçimlerde iktidar kazandı.", [('14 Mayıs 2023', '2023-05-14')]),
    ("Cumartesi Ankara'da büyük bir miting düzenlendi.", [('Cumartesi', '2024-04-06')]),
    ("Bakan 12 Nisan Cuma günü Berlin'e gidecek.", [('12 Nisan Cuma günü', '2024-04-12')]),
    ('Geçen yıl ihracat rekor kırdı.', [('Geçen yıl', '2023')]),
    ("Temmuz 2023'te kurulan komisyon raporunu açıkladı.", [('Temmuz 2023', '2023-07')]),
    ('Proje 2025 yılında tamamlanacak.', [('2025 yılında', '2025')]),
    ("Fabrika 1990'dan beri üretim yapıyor.", [('1990', '1990')]),
    ('Perşembe günü grev yapılacak.', [('Perşembe günü', '2024-04-11')]),
    ("Anlaşma 9 Nisan'da imzalandı.", [('9 Nisan', '2024-04-09')]),
    ('Yeni tarifeler yarından itibaren geçerli olacak.', [('yarından', '2024-04-11')]),
    ('Geçen yüzyılda iki dünya savaşı yaşandı.', [('Geçen yüzyılda', '19')]),
    ('Geçen sonbaharda seçim yapıldı.', [('Geçen sonbaharda', '2023-FA')]),
    ('Gelecek ay vergiler artacak.', [('Gelecek ay', '2024-05')]),
    ('Geçtiğimiz perşembe günü patlama meydana geldi.', [('Geçtiğimiz perşembe günü', '2024-04-04')]),
    ('Gelecek pazartesi okullar açılacak.', [('Gelecek pazartesi', '2024-04-15')]),
    ('Dünden beri elektrik yok.', [('Dünden', '2024-04-09')]),
    ('2023 yılı Aralık ayında faizler yükseldi.', [('2023 yılı Aralık ayında', '2023-12')]),
    ('Geçen yüzyılın başında salgın yayıldı.', [('Geçen yüzyılın başında', '19')]),
]
TRAPS_TR = [
    'Martı sahilde balık yakaladı.',  # seagull
    'Köylüler tarlada ekim yapıyor.',  # sowing
    'Dedem ocak başında hikâyeler anlatırdı.',  # hearth
    'Nisan Yılmaz ödülü aldı.',  # a first name
    'Polis 2000 gösterici gözaltına aldı.',  # a count
    'Depremde 1950 bina yıkıldı.',  # a count
    'Proje son üç yılda tamamlandı.',  # a duration
    "Toplantı saat 14.30'da başladı.",  # a clock time
    'Bu pazar hızla büyüyor.',  # this market
    'İnşaat üç yıl boyunca sürdü.',  # a duration
    'Bölgede 2000 aile yaşıyor.',  # a count
    'Gelecek pazar araştırması yayımlandı.',  # the future market survey
]

FOUND_FA = [
    ('حمله سه\u200cشنبه گذشته در نزدیکی مرز رخ داد.', [('سه\u200cشنبه گذشته', '2024-04-09')]),
    ('هیئت ایرانی پنجشنبه آینده به وین سفر می\u200cکند.', [('پنجشنبه آینده', '2024-04-11')]),
    ('قیمت خودرو در اوایل سال جاری افزایش یافت.', [('اوایل سال جاری', '2024')]),
    ('وزارت نفت اواخر ماه گذشته از طرح جدید رونمایی کرد.', [('اواخر ماه گذشته', '2024-03')]),
    ('بسیاری از ایرانیان در دهه ۱۳۶۰ مهاجرت کردند.', [('دهه ۱۳۶۰', '198')]),
    ('جنگ ایران و عراق در دهه ۶۰ رخ داد.', [('دهه ۶۰', '198')]),
    ('این بنا در قرن بیست و یکم ساخته شده است.', [('قرن بیست و یکم', '20')]),
    ('زلزله ۲۲ بهمن ۱۴۰۲ خسارت زیادی به بار آورد.', [('۲۲ بهمن ۱۴۰۲', '2024-02-11')]),
    ('سال نو در ۱ فروردین ۱۴۰۳ آغاز شد.', [('۱ فروردین ۱۴۰۳', '2024-03-20')]),
    ('انقلاب ایران در ۲۲ بهمن ۱۳۵۷ به پیروزی رسید.', [('۲۲ بهمن ۱۳۵۷', '1979-02-11')]),
    ('انقلاب در سال ۱۳۵۷ رخ داد.', [('سال ۱۳۵۷', '1978')]),
    ('بانک مرکزی ۲۰ ژانویه ۲۰۲۵ نرخ بهره را اعلام خواهد کرد.', [('۲۰ ژانویه ۲۰۲۵', '2025-01-20')]),
    ('نرخ تورم در ژوئن گذشته به اوج رسید.', [('ژوئن گذشته', '2023-06')]),
    ('دیروز عصر چند انفجار در شهر شنیده شد.', [('دیروز', '2024-04-09')]),
    ('امروز صبح رئیس\u200cجمهور وارد نیویورک شد.', [('امروز', '2024-04-10')]),
    ('اکنون بیش از یک میلیون نفر در این شهر زندگی می\u200cکنند.', [('اکنون', 'PRESENT_REF')]),
    # the preposition stays outside the mention (SPAN_DROP), as in "در حال حاضر" -> "حال حاضر"
    ('به تازگی گزارشی درباره آلودگی هوا منتشر شد.', [('تازگی', 'PAST_REF')]),
    ('به\u200cتازگی گزارشی درباره آلودگی هوا منتشر شد.', [('به\u200cتازگی', 'PAST_REF')]),
    ('پارسال صادرات نفت کاهش یافت.', [('پارسال', '2023')]),
    ('امسال بارندگی کمتر از حد معمول بود.', [('امسال', '2024')]),
    ('دو سال پیش سیل بزرگی این منطقه را ویران کرد.', [('دو سال پیش', '2022')]),
    ('سه ماه پیش قرارداد امضا شد.', [('سه ماه پیش', '2024-01')]),
    ('چند روز پیش یک هواپیما سقوط کرد.', [('چند روز پیش', 'PAST_REF')]),
    ('هفته آینده مذاکرات در ژنو از سر گرفته می\u200cشود.', [('هفته آینده', '2024-W16')]),
    ('وزیر اقتصاد هفته پیش استعفا داد.', [('هفته پیش', '2024-W14')]),
    ('مجلس این هفته لایحه بودجه را بررسی می\u200cکند.', [('این هفته', '2024-W15')]),
    ('ماه آینده قیمت بنزین افزایش می\u200cیابد.', [('ماه آینده', '2024-05')]),
    ('شنبه ۱۸ فروردین نمایشگاه کتاب افتتاح شد.', [('شنبه ۱۸ فروردین', '2024-04-06')]),
    ('درآمد شرکت در نیمه دوم سال ۲۰۲۳ کاهش یافت.', [('نیمه دوم سال ۲۰۲۳', '2023-H2')]),
    ('این شرکت از سال ۲۰۱۱ در بازار حضور دارد.', [('سال ۲۰۱۱', '2011')]),
    ('سقوط هواپیما در ۸ ژانویه ۲۰۲۰ رخ داد.', [('۸ ژانویه ۲۰۲۰', '2020-01-08')]),
    ('جلسه بعدی در ۲۵ آوریل برگزار خواهد شد.', [('۲۵ آوریل', '2024-04-25')]),
    ('مذاکرات در ماه مارس متوقف شد.', [('ماه مارس', '2024-03')]),
    ('این پل در اوایل دهه ۱۹۷۰ ساخته شد.', [('اوایل دهه ۱۹۷۰', '197')]),
    ('آخر هفته گذشته هزاران نفر تظاهرات کردند.', [('آخر هفته گذشته', '2024-W14-WE')]),
    ('در سال ۱۴۰۲ تورم به ۴۰ درصد رسید.', [('سال ۱۴۰۲', '2023')]),
    ('پاییز امسال انتخابات برگزار می\u200cشود.', [('پاییز امسال', '2024-FA')]),
    ('رئیس\u200cجمهور سه\u200cشنبه ۹ آوریل به پکن رفت.', [('سه\u200cشنبه ۹ آوریل', '2024-04-09')]),
    ('روز گذشته دو فروند موشک شلیک شد.', [('روز گذشته', '2024-04-09')]),
    ('بامداد امروز زلزله\u200cای به بزرگی ۵ ریشتر رخ داد.', [('امروز', '2024-04-10')]),
    ('۱۰ روز پیش سفیر احضار شد.', [('۱۰ روز پیش', '2024-03-31')]),
    ('صادرات در مارس سال گذشته کاهش یافت.', [('مارس سال گذشته', '2023-03')]),
    ('این آخر هفته کنسرتی در تهران برگزار می\u200cشود.', [('این آخر هفته', '2024-W15-WE')]),
    ('مسابقه آخر هفته آینده برگزار خواهد شد.', [('آخر هفته آینده', '2024-W16-WE')]),
    ('یکشنبه ۱۹ فروردین ۱۴۰۳ مدارس بازگشایی شد.', [('یکشنبه ۱۹ فروردین ۱۴۰۳', '2024-04-07')]),
]
TRAPS_FA = [
    'پلیس ۳ تیر هوایی شلیک کرد.',  # three warning shots ("تیر": a shot, an arrow)
    'تیر به هدف خورد.',  # an arrow
    'مصرف روزانه ۱۰۰۰ واحد ویتامین دی توصیه می\u200cشود.',  # vitamin D
    '۲۰۰۰ معترض بازداشت شدند.',  # a count
    'پلیس ۱۴۰۰ معترض را بازداشت کرد.',  # a count (not the Solar year 1400)
    'پرواز شماره ۱۴۰۳ لغو شد.',  # a flight number
    'مذاکرات سه ماه طول کشید.',  # a duration
    'جلسه ساعت ۱۸:۳۰ آغاز شد.',  # a clock time
    'بهمن چند کوهنورد را زیر برف مدفون کرد.',  # an avalanche
    'سرباز ۲ تیر شلیک کرد.',  # two shots
]

FOUND = ([("ar",) + c for c in FOUND_AR] + [("tr",) + c for c in FOUND_TR] + [("fa",) + c for c in FOUND_FA])
# fixed after the probe
FOUND += [
    # "منذ" before a count is "ago" (like "قبل"), kept in the mention; before a year, "since", left out
    ("ar", 'قتل خمسة أشخاص منذ ثلاثة أيام في اشتباكات.', [('منذ ثلاثة أيام', '2024-04-07')]),
    ("ar", 'يعمل هنا منذ 2019.', [('2019', '2019')]),
    # a season of a Solar Hijri year (calendars.r_solar_season)
    ("fa", 'در بهار ۱۴۰۳ بارندگی افزایش یافت.', [('بهار ۱۴۰۳', '2024-SP')]),
    ("fa", 'زمستان ۱۴۰۲ سردترین زمستان دهه بود.', [('زمستان ۱۴۰۲', '2023-WI')]),
]
TRAPS = [("ar", t) for t in TRAPS_AR] + [("tr", t) for t in TRAPS_TR] + [("fa", t) for t in TRAPS_FA]


@pytest.mark.parametrize("lang, text, expected", FOUND)
def test_dates_found(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got
        got.remove(p)


@pytest.mark.parametrize("lang, text", TRAPS)
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # "امسال" (this year) is a direction of a season ("پاییز امسال"), not of a unit: "شش ماه امسال" is six months of
    # this year, not this month
    ("fa", "در شش ماه امسال سه بار قیمت\u200cها بالا رفت.", [("امسال", "2024")]),
    # "گذشته" after a Gregorian month is its direction; "پارسال" is last year
    ("fa", "پارسال در ژوئیه گذشته سیل آمد.", [("پارسال", "2023"), ("ژوئیه گذشته", "2023-07")]),
    # a weekday in lower case after a direction word; "Pazar" alone stays the market
    ("tr", "Geçen pazar Pazar yerinde yangın çıktı.", [("Geçen pazar", "2024-04-07")]),
])
def test_exact(lang, text, expected):
    assert pairs(text, lang) == expected
