"""Arabic, Persian and Indonesian dates in the everyday grammar of news: one sentence per construction (full dates,
months, years after prepositions, weekdays in past and future clauses, relative days and units, parts of years,
decades, centuries, quarters, halves, seasons, ranges, vague references, other calendars), and the traps that are
no dates (prices, counts, durations, words spelled like months). Reference date: Wednesday 10 April 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


FOUND_AR = [
    ('وقّع الطرفان الاتفاق في 5 مارس 2021 في القاهرة.', [('5 مارس 2021', '2021-03-05')]),
    ('وقّع الطرفان الاتفاق في 5 آذار 2021 في دمشق.', [('5 آذار 2021', '2021-03-05')]),
    ('أعلنت الوزارة في ٥ آذار ٢٠٢١ عن خطة جديدة.', [('٥ آذار ٢٠٢١', '2021-03-05')]),
    ('وفي الخامس من مارس 2021 أعلنت الحكومة حالة الطوارئ.', [('الخامس من مارس 2021', '2021-03-05')]),
    ('ارتفع معدل التضخم في يناير 2022.', [('يناير 2022', '2022-01')]),
    ('ارتفع معدل التضخم في كانون الثاني 2022.', [('كانون الثاني 2022', '2022-01')]),
    ('تأسست الشركة في عام 2015 في دبي.', [('عام 2015', '2015')]),
    ('تعاني البلاد من أزمة اقتصادية منذ 2019.', [('2019', '2019')]),
    ('تعاني البلاد من أزمة اقتصادية منذ عام ٢٠١٩.', [('عام ٢٠١٩', '2019')]),
    ('التقى الرئيس وزير الخارجية يوم الاثنين.', [('يوم الاثنين', '2024-04-08')]),
    ('وسيزور الوزير العاصمة يوم الجمعة.', [('يوم الجمعة', '2024-04-12')]),
    ('أعلنت الحكومة أمس عن حزمة مساعدات جديدة.', [('أمس', '2024-04-09')]),
    ('قال الرئيس اليوم إن المفاوضات مستمرة.', [('اليوم', '2024-04-10')]),
    ('تبدأ الامتحانات غدا في جميع المدارس.', [('غدا', '2024-04-11')]),
    ('وصل الوفد إلى الرياض أول أمس.', [('أول أمس', '2024-04-08')]),
    ('وصل الوفد إلى الرياض أمس الأول.', [('أمس الأول', '2024-04-08')]),
    ('التقى الوزيران الأسبوع الماضي في عمّان.', [('الأسبوع الماضي', '2024-W14')]),
    ('ارتفعت أسعار الخبز هذا الشهر.', [('هذا الشهر', '2024-04')]),
    ('ارتفعت أسعار الخبز خلال الشهر الحالي.', [('الشهر الحالي', '2024-04')]),
    ('ستجرى الانتخابات البرلمانية العام المقبل.', [('العام المقبل', '2025')]),
    ('وستجرى الانتخابات في السنة القادمة.', [('السنة القادمة', '2025')]),
    ('قتل ثلاثة جنود قبل ثلاثة أيام في هجوم.', [('قبل ثلاثة أيام', '2024-04-07')]),
    ('قتل ثلاثة جنود قبل ٣ أيام في هجوم.', [('قبل ٣ أيام', '2024-04-07')]),
    ('ستفتتح المحطة الجديدة بعد ثلاثة أسابيع.', [('بعد ثلاثة أسابيع', '2024-W18')]),
    ('تفشى الوباء في العالم مطلع 2020.', [('مطلع 2020', '2020')]),
    ('تفشى الوباء في العالم أوائل عام 2020.', [('أوائل عام 2020', '2020')]),
    ('انتهت الأزمة منتصف عام 2020.', [('منتصف عام 2020', '2020')]),
    ('انتهت الأزمة أواخر 2020.', [('أواخر 2020', '2020')]),
    ('بدأ المشروع في بداية العام الماضي.', [('بداية العام الماضي', '2023')]),
    ('أغلق المصنع أواخر العام الماضي.', [('أواخر العام الماضي', '2023')]),
    ('أغلق المصنع في نهاية العام الماضي.', [('نهاية العام الماضي', '2023')]),
    ('أعلنت الشركة في وقت سابق من هذا الشهر عن خسائر.', [('هذا الشهر', '2024-04')]),
    ('ستطلق الشركة هاتفا جديدا في وقت لاحق من هذا العام.', [('هذا العام', '2024')]),
    ('هاجر كثيرون في تسعينيات القرن الماضي.', [('تسعينيات القرن الماضي', '199')]),
    ('هاجر كثيرون في التسعينيات.', [('التسعينيات', '199')]),
    ('هاجر كثيرون في الفترة بين 1990 و2000.', [('1990', '1990'), ('2000', '2000')]),
    ('بني القصر في القرن التاسع عشر.', [('القرن التاسع عشر', '18')]),
    ('بني القصر في القرن 19.', [('القرن 19', '18')]),
    ('تراجع الناتج المحلي في الربع الأول من عام 2020.', [('الربع الأول من عام 2020', '2020-Q1')]),
    ('ارتفعت الأرباح في النصف الأول من 2019.', [('النصف الأول من 2019', '2019-H1')]),
    ('اجتاحت موجة حر البلاد الصيف الماضي.', [('الصيف الماضي', '2023-SU')]),
    ('تساقطت الثلوج بكثافة في شتاء 2019.', [('شتاء 2019', '2019-WI')]),
    ('حكم البلاد من 2010 إلى 2015.', [('2010', '2010'), ('2015', '2015')]),
    ('أغلقت المدارس بين مارس ومايو 2020.', [('مارس', '2020-03'), ('مايو 2020', '2020-05')]),
    ('اعتقل الناشط في 5 مارس 2021 وأفرج عنه في اليوم التالي.', [('5 مارس 2021', '2021-03-05'), ('اليوم التالي', '2021-03-06')]),
    ('أعلنت الشركة مؤخرا عن خطة لتسريح العمال.', [('مؤخرا', 'PAST_REF')]),
    ('يقيم الكاتب حاليا في لندن.', [('حاليا', 'PRESENT_REF')]),
    ('من المتوقع أن ترتفع الأسعار خلال الأشهر المقبلة.', [('الأشهر المقبلة', 'FUTURE_REF')]),
    ('تضاعف عدد السياح في السنوات الأخيرة.', [('السنوات الأخيرة', 'PAST_REF')]),
    ('تضاعف عدد السياح خلال السنوات الماضية.', [('السنوات الماضية', 'PAST_REF')]),
    ('كان المصنع مغلقا قبل عقد.', [('قبل عقد', '201')]),
    ('وصل الرئيس إلى باريس الاثنين 8 أبريل.', [('الاثنين 8 أبريل', '2024-04-08')]),
    ('وصل الرئيس إلى باريس يوم الاثنين، 8 نيسان.', [('يوم الاثنين، 8 نيسان', '2024-04-08')]),
    ('صعد الحجاج إلى عرفة في 9 ذي الحجة 1444 هـ.', [('9 ذي الحجة 1444 هـ', '2023-06-27')]),
    ('تراجعت المبيعات خلال الأيام القليلة الماضية.', [('الأيام القليلة الماضية', 'PAST_REF')]),
    ('ارتفعت الأسعار منذ مطلع العام الجاري.', [('مطلع العام الجاري', '2024')]),
    ('ضرب الجفاف المنطقة صيف العام الماضي.', [('صيف العام الماضي', '2023-SU')]),
    ('بدأت الحرب قبل عقدين من الزمن.', [('قبل عقدين', '200')]),
    ('أغلقت المدارس من مارس إلى مايو 2020.', [('مارس', '2020-03'), ('مايو 2020', '2020-05')]),
    ('تراجعت الأرباح في الربع الأول من العام الماضي.', [('الربع الأول من العام الماضي', '2023-Q1')]),
    ('وفي آذار الماضي أعلنت الحكومة خطة جديدة.', [('آذار الماضي', '2024-03')]),
    ('وقّع الرئيس المرسوم في نيسان.', [('نيسان', '2024-04')]),
]
TRAPS_AR = [
    'عاش الأيام الأخيرة من حياته في باريس.',
    'سجل الفريق هدفا في الربع الأول.',
    'قبل عقد صفقة السلاح التقى الوزيران.',
    'بلغ سعر الأونصة 2000 دولار.',
    'استمرت الحرب لمدة عامين.',
    'استمرت المفاوضات ثلاثة أشهر.',
    'اشترى سيارة نيسان جديدة.',
    'حضر المؤتمر 1500 شخص.',
    'التقى الوزير بالسفير قبل عقد الاجتماع.',
    'سجل الفريق هدفين في النصف الأول من المباراة.',
    'عاش الناس في شتاء قارس.',
    'تنتج الشركة سيارات تويوتا ونيسان.',
]
FOUND_FA = [
    ('توافق\u200cنامه در ۵ مارس ۲۰۲۱ امضا شد.', [('۵ مارس ۲۰۲۱', '2021-03-05')]),
    ('توافق\u200cنامه در ۵ مارس ۲۰۲۱ میلادی امضا شد.', [('۵ مارس ۲۰۲۱ میلادی', '2021-03-05')]),
    ('نرخ تورم در ژانویه ۲۰۲۲ افزایش یافت.', [('ژانویه ۲۰۲۲', '2022-01')]),
    ('این شرکت در سال ۲۰۱۵ تأسیس شد.', [('سال ۲۰۱۵', '2015')]),
    ('این کشور از سال ۲۰۱۹ با بحران اقتصادی روبه\u200cرو است.', [('سال ۲۰۱۹', '2019')]),
    ('این کشور از ۲۰۱۹ با بحران روبه\u200cرو است.', [('۲۰۱۹', '2019')]),
    ('رئیس\u200cجمهور روز دوشنبه با وزیر خارجه دیدار کرد.', [('روز دوشنبه', '2024-04-08')]),
    ('وزیر روز جمعه به مشهد سفر خواهد کرد.', [('روز جمعه', '2024-04-12')]),
    ('دولت دیروز بسته حمایتی تازه\u200cای را اعلام کرد.', [('دیروز', '2024-04-09')]),
    ('رئیس\u200cجمهور امروز گفت مذاکرات ادامه دارد.', [('امروز', '2024-04-10')]),
    ('امتحانات فردا در همه مدارس آغاز می\u200cشود.', [('فردا', '2024-04-11')]),
    ('هیئت پریروز وارد ریاض شد.', [('پریروز', '2024-04-08')]),
    ('دو وزیر هفته گذشته در تهران دیدار کردند.', [('هفته گذشته', '2024-W14')]),
    ('دو وزیر هفته\u200cی گذشته در تهران دیدار کردند.', [('هفته\u200cی گذشته', '2024-W14')]),
    ('دو وزیر هفتهٔ گذشته در تهران دیدار کردند.', [('هفتهٔ گذشته', '2024-W14')]),
    ('قیمت نان این ماه افزایش یافت.', [('این ماه', '2024-04')]),
    ('قیمت نان در ماه جاری افزایش یافت.', [('ماه جاری', '2024-04')]),
    ('انتخابات مجلس سال آینده برگزار خواهد شد.', [('سال آینده', '2025')]),
    ('انتخابات مجلس سال دیگر برگزار می\u200cشود.', [('سال دیگر', '2025')]),
    ('سه سرباز سه روز پیش در یک حمله کشته شدند.', [('سه روز پیش', '2024-04-07')]),
    ('سه سرباز ۳ روز پیش در یک حمله کشته شدند.', [('۳ روز پیش', '2024-04-07')]),
    ('ایستگاه جدید سه هفته دیگر افتتاح می\u200cشود.', [('سه هفته دیگر', '2024-W18')]),
    ('همه\u200cگیری در اوایل ۲۰۲۰ آغاز شد.', [('اوایل ۲۰۲۰', '2020')]),
    ('همه\u200cگیری در اوایل سال ۲۰۲۰ آغاز شد.', [('اوایل سال ۲۰۲۰', '2020')]),
    ('بحران در اواسط سال ۲۰۲۰ پایان یافت.', [('اواسط سال ۲۰۲۰', '2020')]),
    ('بحران در اواخر ۲۰۲۰ پایان یافت.', [('اواخر ۲۰۲۰', '2020')]),
    ('پروژه در ابتدای سال گذشته آغاز شد.', [('ابتدای سال گذشته', '2023')]),
    ('کارخانه در پایان سال گذشته تعطیل شد.', [('پایان سال گذشته', '2023')]),
    ('کارخانه اواخر سال گذشته تعطیل شد.', [('اواخر سال گذشته', '2023')]),
    ('شرکت اوایل این ماه از زیان خود خبر داد.', [('اوایل این ماه', '2024-04')]),
    ('شرکت اواخر امسال گوشی تازه\u200cای عرضه خواهد کرد.', [('اواخر امسال', '2024')]),
    ('بسیاری در دهه ۱۹۹۰ مهاجرت کردند.', [('دهه ۱۹۹۰', '199')]),
    ('بسیاری در دهه\u200cی ۱۹۹۰ میلادی مهاجرت کردند.', [('دهه\u200cی ۱۹۹۰ میلادی', '199')]),
    ('این کاخ در قرن نوزدهم ساخته شد.', [('قرن نوزدهم', '18')]),
    ('این کاخ در قرن ۱۹ میلادی ساخته شد.', [('قرن ۱۹ میلادی', '18')]),
    ('تولید ناخالص داخلی در سه\u200cماهه نخست ۲۰۲۰ کاهش یافت.', [('سه\u200cماهه نخست ۲۰۲۰', '2020-Q1')]),
    ('تولید ناخالص داخلی در فصل اول سال ۲۰۲۰ کاهش یافت.', [('فصل اول سال ۲۰۲۰', '2020-Q1')]),
    ('سود شرکت در نیمه نخست سال ۲۰۱۹ افزایش یافت.', [('نیمه نخست سال ۲۰۱۹', '2019-H1')]),
    ('موج گرما تابستان گذشته کشور را فرا گرفت.', [('تابستان گذشته', '2023-SU')]),
    ('در زمستان ۲۰۱۹ برف سنگینی بارید.', [('زمستان ۲۰۱۹', '2019-WI')]),
    ('او از ۲۰۱۰ تا ۲۰۱۵ بر کشور حکومت کرد.', [('۲۰۱۰', '2010'), ('۲۰۱۵', '2015')]),
    ('مدارس بین مارس و مه ۲۰۲۰ تعطیل بودند.', [('مارس', '2020-03'), ('مه ۲۰۲۰', '2020-05')]),
    ('شرکت اخیراً از طرح تعدیل نیرو خبر داد.', [('اخیراً', 'PAST_REF')]),
    ('این نویسنده در حال حاضر در لندن زندگی می\u200cکند.', [('حال حاضر', 'PRESENT_REF')]),
    ('این نویسنده هم\u200cاکنون در لندن زندگی می\u200cکند.', [('هم\u200cاکنون', 'PRESENT_REF')]),
    ('انتظار می\u200cرود قیمت\u200cها در ماه\u200cهای آینده افزایش یابد.', [('ماه\u200cهای آینده', 'FUTURE_REF')]),
    ('شمار گردشگران در سال\u200cهای اخیر دو برابر شد.', [('سال\u200cهای اخیر', 'PAST_REF')]),
    ('شمار گردشگران در سال\u200cهای گذشته دو برابر شد.', [('سال\u200cهای گذشته', 'PAST_REF')]),
    ('این کارخانه یک دهه پیش تعطیل شد.', [('یک دهه پیش', '201')]),
    ('رئیس\u200cجمهور دوشنبه ۸ آوریل وارد پاریس شد.', [('دوشنبه ۸ آوریل', '2024-04-08')]),
    ('زلزله در ۱۴ فروردین ۱۴۰۳ رخ داد.', [('۱۴ فروردین ۱۴۰۳', '2024-04-02')]),
    ('زلزله در تاریخ ۲۵ اسفند ۱۴۰۲ رخ داد.', [('۲۵ اسفند ۱۴۰۲', '2024-03-15')]),
    ('قیمت\u200cها در روزهای آینده افزایش خواهد یافت.', [('روزهای آینده', 'FUTURE_REF')]),
    ('خشکسالی تابستان سال گذشته کشاورزان را آزرد.', [('تابستان سال گذشته', '2023-SU')]),
    ('صادرات در سه ماهه اول سال ۲۰۲۰ کاهش یافت.', [('سه ماهه اول سال ۲۰۲۰', '2020-Q1')]),
    ('این شاعر در قرن بیستم می\u200cزیست.', [('قرن بیستم', '19')]),
    ('جلسه روز پنج\u200cشنبه برگزار خواهد شد.', [('روز پنج\u200cشنبه', '2024-04-11')]),
]
TRAPS_FA = [
    'در روزهای دیگر هوا بهتر بود.',
    'او در قرن چهاردهم هجری می\u200cزیست.',
    'قیمت این خودرو ۲۰۰۰ دلار است.',
    'او به مدت دو سال در زندان بود.',
    'رئیس اداره مهر تأیید را پای نامه زد.',
    'مادر با مهر و محبت فرزندانش را بزرگ کرد.',
    'مه غلیظ جاده را فرا گرفت.',
    '۱۵۰۰ نفر در این مراسم شرکت کردند.',
    'فصل اول این کتاب درباره تاریخ است.',
    'تیم در نیمه اول بازی دو گل زد.',
    'سعدی در قرن هفتم می\u200cزیست.',
    'در سال\u200cهای بعد این شهر رشد کرد.',
]
FOUND_ID = [
    ('Perjanjian itu ditandatangani pada 5 Maret 2021 di Jakarta.', [('5 Maret 2021', '2021-03-05')]),
    ('Inflasi naik tajam pada Januari 2022.', [('Januari 2022', '2022-01')]),
    ('Inflasi naik tajam pada bulan Januari 2022.', [('bulan Januari 2022', '2022-01')]),
    ('Perusahaan itu didirikan pada tahun 2015 di Bandung.', [('tahun 2015', '2015')]),
    ('Perusahaan itu didirikan pada 2015 di Bandung.', [('2015', '2015')]),
    ('Negara itu dilanda krisis ekonomi sejak 2019.', [('2019', '2019')]),
    ('Presiden bertemu Menteri Luar Negeri pada hari Senin.', [('hari Senin', '2024-04-08')]),
    ('Menteri akan berkunjung ke Surabaya pada hari Jumat.', [('hari Jumat', '2024-04-12')]),
    ('Pemerintah kemarin mengumumkan paket bantuan baru.', [('kemarin', '2024-04-09')]),
    ('Presiden mengatakan hari ini bahwa perundingan terus berlanjut.', [('hari ini', '2024-04-10')]),
    ('Ujian nasional dimulai besok di seluruh sekolah.', [('besok', '2024-04-11')]),
    ('Rombongan itu tiba di Riyadh kemarin lusa.', [('kemarin lusa', '2024-04-08')]),
    ('Kedua menteri bertemu pekan lalu di Jakarta.', [('pekan lalu', '2024-W14')]),
    ('Kedua menteri bertemu minggu lalu di Jakarta.', [('minggu lalu', '2024-W14')]),
    ('Harga beras naik bulan ini.', [('bulan ini', '2024-04')]),
    ('Pemilihan umum akan digelar tahun depan.', [('tahun depan', '2025')]),
    ('Tiga tentara tewas tiga hari lalu dalam serangan itu.', [('tiga hari lalu', '2024-04-07')]),
    ('Tiga tentara tewas 3 hari yang lalu dalam serangan itu.', [('3 hari yang lalu', '2024-04-07')]),
    ('Stasiun baru itu akan dibuka tiga minggu lagi.', [('tiga minggu lagi', '2024-W18')]),
    ('Stasiun baru itu akan dibuka tiga pekan mendatang.', [('tiga pekan mendatang', '2024-W18')]),
    ('Pandemi mulai menyebar pada awal 2020.', [('awal 2020', '2020')]),
    ('Pandemi mulai menyebar pada awal tahun 2020.', [('awal tahun 2020', '2020')]),
    ('Krisis itu berakhir pada pertengahan 2020.', [('pertengahan 2020', '2020')]),
    ('Krisis itu berakhir pada akhir 2020.', [('akhir 2020', '2020')]),
    ('Proyek itu dimulai pada awal tahun lalu.', [('awal tahun lalu', '2023')]),
    ('Pabrik itu ditutup pada akhir tahun lalu.', [('akhir tahun lalu', '2023')]),
    ('Perusahaan itu melaporkan kerugian pada awal bulan ini.', [('awal bulan ini', '2024-04')]),
    ('Perusahaan itu akan meluncurkan ponsel baru akhir tahun ini.', [('akhir tahun ini', '2024')]),
    ('Banyak warga merantau pada tahun 1990-an.', [('tahun 1990-an', '199')]),
    ('Banyak warga merantau pada era 90-an.', [('era 90-an', '199')]),
    ('Istana itu dibangun pada abad ke-19.', [('abad ke-19', '18')]),
    ('Istana itu dibangun pada abad XIX.', [('abad XIX', '18')]),
    ('Ekonomi menyusut pada kuartal pertama 2020.', [('kuartal pertama 2020', '2020-Q1')]),
    ('Ekonomi menyusut pada kuartal I 2020.', [('kuartal I 2020', '2020-Q1')]),
    ('Laba perusahaan naik pada semester pertama 2019.', [('semester pertama 2019', '2019-H1')]),
    ('Laba perusahaan naik pada paruh pertama 2019.', [('paruh pertama 2019', '2019-H1')]),
    ('Gelombang panas melanda Eropa musim panas lalu.', [('musim panas lalu', '2023-SU')]),
    ('Salju turun lebat pada musim dingin 2019.', [('musim dingin 2019', '2019-WI')]),
    ('Ia memimpin negara itu dari 2010 hingga 2015.', [('2010', '2010'), ('2015', '2015')]),
    ('Ia memimpin negara itu dari tahun 2010 sampai 2015.', [('tahun 2010', '2010'), ('2015', '2015')]),
    ('Sekolah ditutup antara Maret dan Mei 2020.', [('Maret', '2020-03'), ('Mei 2020', '2020-05')]),
    ('Perusahaan itu baru-baru ini mengumumkan PHK.', [('baru-baru ini', 'PAST_REF')]),
    ('Penulis itu saat ini tinggal di London.', [('saat ini', 'PRESENT_REF')]),
    ('Harga diperkirakan naik dalam beberapa bulan mendatang.', [('beberapa bulan mendatang', 'FUTURE_REF')]),
    ('Harga diperkirakan naik pada bulan-bulan mendatang.', [('bulan-bulan mendatang', 'FUTURE_REF')]),
    ('Jumlah wisatawan meningkat dua kali lipat dalam beberapa tahun terakhir.', [('beberapa tahun terakhir', 'PAST_REF')]),
    ('Pabrik itu ditutup satu dekade lalu.', [('satu dekade lalu', '201')]),
    ('Pabrik itu ditutup sedekade lalu.', [('sedekade lalu', '201')]),
    ('Presiden tiba di Paris pada Senin, 8 April.', [('Senin, 8 April', '2024-04-08')]),
    ('Presiden tiba di Paris, Senin (8/4).', [('Senin (8/4)', '2024-04-08')]),
    ('Jemaah haji wukuf di Arafah pada 9 Zulhijah 1444 H.', [('9 Zulhijah 1444 H.', '2023-06-27')]),
    ('Harga emas naik setahun lalu.', [('setahun lalu', '2023')]),
    ('Ia pindah ke Bandung sebulan yang lalu.', [('sebulan yang lalu', '2024-03')]),
    ('Belakangan ini harga cabai melonjak.', [('Belakangan ini', 'PAST_REF')]),
    ('Kendaraan listrik akan lebih murah di masa depan.', [('di masa depan', 'FUTURE_REF')]),
    ('Jakarta, Senin (8/4/2024) - Presiden meresmikan bendungan.', [('Senin (8/4/2024)', '2024-04-08')]),
    ('Umat Islam mulai berpuasa pada 1 Ramadan 1445 H.', [('1 Ramadan 1445 H.', '2024-03-11')]),
    ('Harga rumah melonjak pada tahun-tahun terakhir.', [('tahun-tahun terakhir', 'PAST_REF')]),
]
TRAPS_ID = [
    'Ia menghabiskan tahun-tahun terakhir hidupnya di Bali.',
    'Harga pada bulan-bulan ini stabil.',
    'Harga emas mencapai 2000 dolar per ons.',
    'Sebanyak 1500 orang menghadiri acara itu.',
    'Ia bekerja selama dua tahun di sana.',
    'Mei Lestari memenangi lomba menyanyi.',
    'Juni Astuti terpilih sebagai ketua.',
    'Tim itu mencetak dua gol pada paruh pertama pertandingan.',
]

FOUND = ([("ar",) + c for c in FOUND_AR] + [("fa",) + c for c in FOUND_FA] + [("id",) + c for c in FOUND_ID])
TRAPS = [("ar", t) for t in TRAPS_AR] + [("fa", t) for t in TRAPS_FA] + [("id", t) for t in TRAPS_ID]


@pytest.mark.parametrize("lang, text, expected", FOUND)
def test_dates_found(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got
        got.remove(p)  # each expected mention is a mention of its own ("2015" ... "that year")


@pytest.mark.parametrize("lang, text", TRAPS)
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # the day after or before the one told is no day counted from the text's date (tomorrow, yesterday)
    ("fa", "این فعال در ۵ مارس ۲۰۲۱ بازداشت شد و روز بعد آزاد شد.", [("۵ مارس ۲۰۲۱", "2021-03-05")]),
    ("id", "Dua hari kemudian polisi menangkap pelaku.", []),
    ("id", "Tahun berikutnya ia pindah ke Surabaya.", []),
    ("id", "Ia sudah tiba tiga hari sebelumnya.", []),
    # ... while "lagi" (from now) and "lalu" (ago) are counted from it
    ("id", "Ia akan tiba dua minggu lagi.", [("dua minggu lagi", "2024-W17")]),
])
def test_anaphoric_words_are_not_counted_from_the_text_date(lang, text, expected):
    assert pairs(text, lang) == expected
