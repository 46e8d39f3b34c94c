"""Language-independent fallback: ISO dates, numeric dates, "2021-05", bare years."""

CODE = "base"
DAY_FIRST = True
MONTHS = {}
YEAR_NOT_AFTER = r"[$€£¥#§]|\d[.,](?!\s)"
YEAR_NOT_BEFORE = r"\s*(?:%|[-\u2013]?\s*(?:km|kg|mm|cm|m|ft|mph|kph|lbs?|hours|hrs)\b)"
YEAR_CUE = r"(?!)"

RULES = [
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>\d{4})(?![\d/]|\.\d)"),
    ("numeric_ym", r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d-])"),
    ("year", r"{YEAR}"),
]
