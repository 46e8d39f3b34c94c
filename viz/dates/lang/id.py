"""Indonesian words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr
from ..engine import _alt

CODE = "id"
DAY_FIRST = True

MONTHS = cldr.months("id") | {"pebruari": 2, "nopember": 11, "agt.": 8, "ags.": 8, "sept.": 9}
# "Mei" and "Juni" are also given names ("Mei Lestari"): alone, a month only after a preposition or a word of its
# part, or in a list of months ("Maret dan Mei")
AMBIGUOUS_MONTHS = ("mei", "juni")
MONTH_ALONE_CUE = (r"(?:\b(?:pada|bulan|sejak|hingga|sampai|dari|antara|awal|akhir|pertengahan|penghujung|medio|"
                   r"selama|per|jelang|menjelang|sebelum|setelah|sesudah|usai|mulai|di)|"
                   r"\b(?:" + "|".join(w for w in MONTHS if not w.endswith(".")) + r")\s*(?:,|dan|atau|-|hingga|sampai))")
# Hijri months, as Indonesian writes them ("1 Ramadan 1445 H", "10 Zulhijah 1444 H")
HIJRI_MONTHS = {"muharam": 1, "muharram": 1, "safar": 2, "sapar": 2, "rabiulawal": 3, "rabiul awal": 3,
                "rabiulakhir": 4, "rabiul akhir": 4, "rabiussani": 4, "jumadilawal": 5, "jumadil awal": 5,
                "jumadilakhir": 6, "jumadil akhir": 6, "rajab": 7, "syakban": 8, "syaban": 8, "sya'ban": 8,
                "ramadan": 9, "ramadhan": 9, "syawal": 10, "zulkaidah": 11, "zulqaidah": 11, "dzulqa'dah": 11,
                "zulhijah": 12, "zulhijjah": 12, "dzulhijjah": 12}
# "minggu" is also "week": Sunday only as "hari Minggu"
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
            "hari minggu": 6, "ahad": 6}
WEEKDAY_NOT_AFTER = r"\b(?:salat|sholat|shalat|solat|khotbah|khutbah)"
RANGE_WORDS = ("hingga", "sampai")
FUTURE_CUE = r"\b(?:akan|nanti|mendatang|depan|dijadwalkan|direncanakan|rencananya)\b"
# Indonesian verbs have no tense: the aspect words tell it ("telah", "sudah", "pernah": done; "akan", "bakal": to come),
# before the mention or after a fronted one ("Natal nanti, pemerintah akan ...", "Pada Paskah, polisi telah ...")
PAST_CUE = r"\b(?:telah|sudah|pernah)\b"
FUTURE_AFTER = r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?:akan|bakal|dijadwalkan|direncanakan|rencananya)\b"
PAST_AFTER = r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?:telah|sudah|pernah)\b"

SEASONS = {"musim semi": "SP", "musim panas": "SU", "musim gugur": "FA", "musim dingin": "WI"}

NUMBERS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "lima belas": 15, "dua puluh": 20,
}
VAGUE_NUMBERS = ("beberapa", "sejumlah")  # "beberapa dekade mendatang": FUTURE_REF, not a computed decade
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
UNITS = {"hari": "D", "minggu": "W", "pekan": "W", "bulan": "M", "kuartal": "Q", "triwulan": "Q",
         "tahun": "Y", "dekade": "DEC", "dasawarsa": "DEC", "abad": "CENT"}
_WEEKEND = {"akhir pekan": "WE", "akhir minggu": "WE"}  # the weekend: "akhir pekan lalu", "akhir pekan ini"
# the plural is the reduplicated noun ("bulan-bulan mendatang", "tahun-tahun terakhir")
_REDUP = {w + "-" + w: u for w, u in UNITS.items() if u not in ("Q",)}
UNITS |= _REDUP
UNITS |= _WEEKEND
PLURAL_UNITS = tuple(_REDUP)
# "sebelumnya" (before that), "berikutnya" (the next one) and "kemudian" (later) count from the time told before
# ("tahun berikutnya", the following year; "dua hari kemudian", two days later), not from the day of the text:
# they are no directions from it
DIRS = {"lalu": -1, "yang lalu": -1, "kemarin": -1, "silam": -1, "ini": 0, "depan": 1,
        "mendatang": 1, "yang akan datang": 1}
AGO_FUTURE = ("lagi", "mendatang", "ke depan")
ANCHORED_AFTER = ("kemudian",)  # "dua hari kemudian wali kota mundur": from the story's last date
ANCHORED_BEFORE = ("sebelumnya",)  # "tiga hari sebelumnya"
THAT_UNITS = {"hari": "D", "harinya": "D", "minggu": "W", "pekan": "W", "bulan": "M", "tahun": "Y"}
THAT_RELS = {"keesokan": 1, "berikutnya": 1, "itu": 0}
# name -> (month, day) or ("easter", days after Easter Sunday); a date only after a time preposition ("pada Natal",
# "menjelang Tahun Baru"), with a direction or with a year (see RULES). Indonesian writes the feasts capitalized:
# "tanah natal" is a homeland, "tahun baru ini" a new year. The Islamic feasts (Idul Fitri: 1 Syawal) follow the
# Hijri calendar, which the holiday resolver does not compute: only their Hijri dates are read ("1 Syawal 1445 H").
HOLIDAYS = {"natal": (12, 25), "hari natal": (12, 25), "hari raya natal": (12, 25), "malam natal": (12, 24),
            "tahun baru": (1, 1), "malam tahun baru": (12, 31), "malam pergantian tahun": (12, 31),
            "paskah": ("easter", 0), "hari paskah": ("easter", 0), "jumat agung": ("easter", -2),
            "kenaikan isa almasih": ("easter", 39), "hari kenaikan isa almasih": ("easter", 39),
            "pentakosta": ("easter", 49), "hari kemerdekaan": (8, 17), "hut ri": (8, 17),
            "hari kartini": (4, 21), "hari buruh": (5, 1), "hari pendidikan nasional": (5, 2), "hardiknas": (5, 2),
            "hari kebangkitan nasional": (5, 20), "harkitnas": (5, 20), "hari lahir pancasila": (6, 1),
            "hari kesaktian pancasila": (10, 1), "hari sumpah pemuda": (10, 28), "hari pahlawan": (11, 10),
            "hari ibu": (12, 22), "hari valentine": (2, 14)}
# a sentence of repeated events ("setiap Natal", "harga selalu naik menjelang Natal"): no one date
HABITUAL_CUE = r"\b(?:setiap|tiap|selalu|biasanya|rutin|lazimnya|umumnya|kerap|sering|saban)\b[^.;]{0,60}$"
# a part of the day: "pagi ini" (this morning), "malam ini" (tonight), "tadi malam" (last night)
RELDAYS = {"kemarin": -1, "hari ini": 0, "besok": 1, "kemarin lusa": -2, "lusa": 2, "pagi ini": 0, "siang ini": 0,
           "sore ini": 0, "malam ini": 0, "tadi pagi": 0, "tadi siang": 0, "tadi sore": 0, "tadi malam": -1,
           "besok pagi": 1, "besok malam": 1}
REFS = {"saat ini": "PRESENT_REF", "sekarang": "PRESENT_REF", "kini": "PRESENT_REF", "dewasa ini": "PRESENT_REF",
        "baru-baru ini": "PAST_REF", "belakangan ini": "PAST_REF", "akhir-akhir ini": "PAST_REF",
        "di masa depan": "FUTURE_REF", "pada masa depan": "FUTURE_REF", "di masa mendatang": "FUTURE_REF",
        "pada masa mendatang": "FUTURE_REF", "di masa lalu": "PAST_REF", "pada masa lalu": "PAST_REF"}

MOD_PREFIX = r"\b(?:awal|akhir|pertengahan|penghujung|medio)\s+"

YEAR_CUE = r"\b(?:tahun|sejak|pada|hingga|sampai|dari|antara|dan)"
YEAR_NOT_AFTER = r"[$€£#§]|\d[.,](?!\s)|\b(?:no|hal|nomor|halaman|pasal|ayat|rp|sekitar|lebih\s+dari|sebanyak)\.?"
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|persen)|\s*(?:km|kg|m|ha|ton)\b|\s+(?:orang|jiwa|warga|unit|rumah|kendaraan|"
                   r"personel|pasukan|siswa|mahasiswa|peserta|suara|meter|kilometer|hektare|ton|rupiah|dolar|"
                   r"korban|kasus|pekerja|karyawan|buah|ekor|jemaah)\b)")

_RECENT = r"(?:terakhir|belakangan)\b(?!\s+(?:\w+nya|dari|masa)\b)"
_AFTER_FROM_NOW = r"(?P<after>(?:yang\s+)?lalu|silam|lagi|mendatang|ke\s+depan)\b"
# lowercase "natal" (birth: "tanah natal") and "tahun baru" (a new year) are no feasts; nor another calendar's new
# year ("Tahun Baru Imlek", "Tahun Baru Islam")
_HOLIDAY_START = r"(?!(?-i:natal|tahun\s+baru))"
_HOLIDAY_END = (r"(?!\s+(?:imlek|islam|hijriah|hijriyah|cina|china|saka|lunar|masehi)\b)"
                r"(?:\s+(?:tahun\s+)?{YEAR}|\s+tahun\s+(?P<ydir>lalu|ini|depan)\b|"
                r"\s+(?P<dirb>(?:yang\s+)?lalu|silam|kemarin)\b)?")  # "Natal tahun lalu": last year's
# the feasts' names, checked first (cheap: most words fail at their second or third letter) before the contexts
_IS_HOLIDAY = r"(?=%s(?![\w-]))" % _alt(HOLIDAYS)
_HOLIDAY_AFTER = (r"(?=%s\s+(?:(?:tahun\s+)?(?:1\d\d\d|20\d\d)(?!\d)|(?:yang\s+)?lalu\b|silam\b|tahun\s+(?:lalu|ini|depan)\b))"
                  % _alt(HOLIDAYS))
# the months in a list ("Mei dan Juni", "Januari, Februari dan Maret"): each is a month, "Mei" too
_FULL_MONTHS = "|".join(w for w in MONTHS if not w.endswith("."))

RULES = [
    # holidays, in one rule that starts at the feast's name: after a time preposition, with a direction ("Paskah
    # lalu", "Natal silam"), with a year ("Natal 2019") or the year's direction ("Natal tahun lalu": last year's)
    ("holiday", _IS_HOLIDAY + r"(?:(?<=\bpada\s)|(?<=\bsaat\s)|(?<=\bketika\s)|(?<=\bmenjelang\s)|(?<=\bjelang\s)|"
                r"(?<=\bsebelum\s)|(?<=\bsetelah\s)|(?<=\bsesudah\s)|(?<=\busai\s)|(?<=\bselepas\s)|(?<=\bpasca\s)|"
                r"(?<=\bhingga\s)|(?<=\bsampai\s)|(?<=\bsejak\s)|(?<=\bselama\s)|(?<=\bmenyambut\s)|" + _HOLIDAY_AFTER + ")"
                + _HOLIDAY_START + r"{HOLIDAY}" + _HOLIDAY_END),
    # "keesokan harinya" (the next day), "pada tahun itu", "hari berikutnya": after the story's last date, not today
    ("that_unit", r"(?P<rel>keesokan)\s+(?P<unit>harinya|hari)\b"),
    ("that_unit", r"(?:pada\s+)?(?P<unit>tahun|hari|bulan|minggu|pekan)\s+(?P<rel>itu|berikutnya)\b"),
    # Hijri dates: with the year ("9 Zulhijah 1444 H"), or the months of the feasts without it ("1 Syawal")
    ("hijri", r"{DAY}\s+{HMONTH}\s+(?:tahun\s+)?(?P<hyear>1[34]\d\d)(?!\d)(?:\s*(?:H|Hijriah|Hijriyah)\b\.?)?"),
    ("hijri", r"{DAY}\s+(?P<hmonth>ramadan|ramadhan|syawal|zulhijah|zulhijjah|dzulhijjah|muharam|muharram)(?![\w-])"),
    ("range_days", r"{DAY}\s*(?:-|\u2013|hingga|sampai|s\.d\.|dan)\s*{DAY:b}\s+{MONTH}(?:\s+(?:tahun\s+)?{YEAR})?"),
    # also two months in a list before their year: "Mei dan Juni 2023" (both of 2023)
    ("range_months", r"(?:(?:antara|dari)\s+)?(?:bulan\s+)?{MONTH}\s*(?:dan|hingga|sampai|atau|,)\s*(?:bulan\s+)?{MONTH:b}\s+"
                     r"(?:tahun\s+)?{YEAR}"),
    ("season", r"{SEASON}\s+(?:tahun\s+)?{YEAR}"),
    ("season", r"{SEASON}\s+{DIR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    # the weekday with its day and month in figures, as the dateline of Indonesian news writes it: "Senin (8/4)",
    # "Jakarta, Senin (8/4/2024)"
    ("date", r"(?:hari\s+)?{WEEKDAY}\s*,?\s*\(\s*{DAY}\s*/\s*(?P<mnum>1[0-2]|0?[1-9])(?:\s*/\s*(?:{YEAR}|"
             r"(?P<yy>\d\d)(?!\d)))?\s*\)"),
    ("date", r"(?:(?:hari\s+)?{WEEKDAY},?\s+(?:\(\s*)?)?(?:(?:tanggal|tgl\.?)\s+)?{DAY}\s+{MONTH}"
             r"(?:\s+(?:tahun\s+)?{YEAR})?(?:\s+{DIR})?"),
    ("month", r"(?:bulan\s+)?{MONTH}\s+(?:tahun\s+)?{YEAR}"),
    # "Maret tahun lalu", "Maret tahun depan": the month of the year the direction names
    ("month", r"(?:bulan\s+)?{MONTH}\s+tahun\s+(?P<ydir>lalu|kemarin|ini|depan|mendatang)\b"),
    ("month", r"(?:bulan\s+)?{MONTH}\s+{DIR}"),
    # a month before another in a list ("Mei dan Juni", "Mei, Juni dan Juli"): a month, not a name (the second one
    # is cued by the first: MONTH_ALONE_CUE)
    ("month", r"(?:bulan\s+)?{MONTH}(?:(?=(?P<cued>\s*(?:,|dan|atau|hingga|sampai|-|\u2013)\s*)(?:bulan\s+)?"
              r"(?:" + _FULL_MONTHS + r")(?![\w-]))|)"),
    ("quarter", r"(?:kuartal|triwulan|kwartal)\s+(?:{ORD}|ke-?\s*(?P<qn>[1-4]))(?:\s+(?:tahun\s+)?{YEAR}|"
                r"\s+tahun\s+(?P<ofdir>ini|lalu|depan)\b)?"),
    ("quarter", r"(?-i:Q)(?P<qn>[1-4])(?:\s+|-|/)?{YEAR}?\b"),
    # "semester kedua tahun lalu", "kuartal pertama tahun ini": of the year the direction names
    ("half", r"semester\s+(?:{ORD}|(?P<hn>[12]))(?:\s+(?:tahun\s+)?{YEAR}|\s+tahun\s+(?P<ofdir>ini|lalu|depan)\b)?"),
    # "paruh pertama 2019": a half of a year named (not "paruh pertama pertandingan", of a game)
    ("half", r"paruh\s+(?:{ORD}|(?P<hn>[12]))\s+(?:(?:tahun\s+)?{YEAR}|tahun\s+(?P<ofdir>ini|lalu|depan)\b)"),
    ("decade", r"(?:(?:tahun|era)\s+)?(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))-?an\b"),
    ("century", r"abad\s+(?:ke-?\s*)?(?P<cnum>\d{1,2}|[XVI]{1,5})\b"),
    ("ago", r"{NUM}\s*{UNIT}\s+" + _AFTER_FROM_NOW),
    ("ago", r"{NUM}\s*{UNIT}\s+(?P<after>kemudian|sebelumnya)\b"),
    ("ago", r"(?P<num>se)(?P<unit>hari|minggu|pekan|bulan|tahun)\s+(?P<after>kemudian|sebelumnya)\b"),  # "sehari kemudian"
    # "ribuan tahun lalu", "dua juta tahun yang lalu", "bertahun-tahun lalu", "berabad-abad silam": a vague past (not
    # "tahun lalu", last year)
    ("ago", r"(?P<big>(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan)\s+)?"
            r"(?:ribuan|jutaan|ratusan|puluhan|belasan|miliaran|ribu|juta|miliar))\s+{UNIT}\s+"
            r"(?P<after>(?:yang\s+)?lalu|silam)\b"),
    ("ago", r"(?P<big>ber)(?P<unit>tahun|bulan|minggu|abad|dekade)-(?:tahun|bulan|minggu|abad|dekade)\s+(?P<after>(?:yang\s+)?lalu|silam)\b"),
    # "se-" is "one" written onto the unit: "setahun lalu", "sebulan yang lalu", "seminggu lagi", "sedekade silam"
    ("ago", r"(?P<num>se)(?P<unit>hari|minggu|pekan|bulan|tahun|dekade|dasawarsa|abad)\s+" + _AFTER_FROM_NOW),
    # "beberapa tahun terakhir", "tahun-tahun terakhir", "bulan-bulan belakangan": the recent past; not the final
    # ones of something ("tahun-tahun terakhir hidupnya", "... terakhir dari masa jabatannya")
    ("ago", r"(?P<num>beberapa|sejumlah)\s+{UNIT}\s+" + _RECENT),
    ("ago", r"(?P<unit>" + "|".join(_REDUP) + r")\s+" + _RECENT),
    # not the second half of a reduplicated plural ("bulan-bulan ini": these months)
    ("relunit", r"(?<!\w-){UNIT}\s+{DIR}"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    # "Senin pekan depan", "Jumat minggu lalu": that day of the week named
    ("weekday", r"(?:hari\s+)?{WEEKDAY}(?:\s+(?:pekan|minggu)\s+(?P<wdir>depan|lalu|ini|mendatang)\b|\s+{DIR})?"),
    ("year", r"(?:tahun\s+)?{YEAR}"),
]

# "since" before a year-less date: the last such date ("sejak November"; viz.dates.resolvers._since)
SINCE_WORDS = r"sejak"
