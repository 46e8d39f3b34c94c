"""What Chinese and Japanese share for the date extractor: numbers written in characters, read as figures.

Both write a date as numbers each followed by its unit ("2021年5月7日"), in figures or in characters ("二〇二一年",
"五月七日", "十一月"). DIGITS (a language module's attribute, see viz.dates.engine) scans 〇一二...九 as 0-9, so
"十一月" is scanned as "十1月" and "二十五日" as "2十5日"; the word lists are written in that form (through
`scanned`), and TENS reads the tens."""
# full-width figures, then the number characters (〇 and 零 are 0)
DIGITS = "０１２３４５６７８９〇一二三四五六七八九零"
_TABLE = {ord(c): ord("0") + i % 10 for i, c in enumerate(DIGITS)}
# spaces are typography only ("于 3 月 10 日", "2017 年 1 月"): scanned without them
IGNORABLE = " \u3000\u00a0"


def scanned(word: str) -> str:
    """A word as the extractor scans it (number characters as figures): "一昨日" -> "1昨日"."""
    return word.translate(_TABLE)


def scanned_keys(table: dict) -> dict:
    return {scanned(k): v for k, v in table.items()}


# the numbers 10-99 in characters, as scanned: "十" 10, "十1" 11, "2十" 20, "2十5" 25
TENS = ({"十": 10} | {"十%d" % i: 10 + i for i in range(1, 10)} | {"%d十" % t: 10 * t for t in range(2, 10)}
        | {"%d十%d" % (t, i): 10 * t + i for t in range(2, 10) for i in range(1, 10)})
# a day of the month in characters (10-31), longest first
DAY_WORDS = "|".join(sorted((k for k, v in TENS.items() if v <= 31), key=len, reverse=True))
# the months in figures ("3月", "03月") and characters ("十一月", scanned "十1月")
MONTHS = ({"%d月" % n: n for n in range(1, 13)} | {"0%d月" % n: n for n in range(1, 10)}
          | {"十月": 10, "十1月": 11, "十2月": 12})
