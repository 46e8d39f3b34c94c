"""English dates, business and economy news of 2004-2011 in the Wikinews style (our own sentences):

A. a quarter named by the month it ends with ("the December quarter", "the June quarter of 2009"), resolved as the
quarter rules resolve an ordinal quarter (told in the past after the quarter's start: last year's);
B. "fiscal 2005", "fiscal year 2009": the year with "fiscal" in the mention, as TimeML marks it; not a fiscal year
written with two years ("fiscal 2009-10"), left as before."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

REF = dt.date(2009, 10, 20)  # a Tuesday
pairs = pairs_for("en", REF)


# A. a quarter named by its last month
@pytest.mark.parametrize("ref,text,expected", [
    (REF, "The maker expects revenue of about $11 billion in the December quarter.",
     [("the December quarter", "2009-Q4")]),
    (REF, "The firm sold 5 million phones in the June quarter.", [("the June quarter", "2009-Q2")]),
    (REF, "Profit rose in the March quarter of 2008.", [("the March quarter of 2008", "2008-Q1")]),
    (REF, "Shipments fell in the September quarter.", [("the September quarter", "2009-Q3")]),
    # said in January: a December quarter told in the past is the one just ended
    (dt.date(2008, 1, 22), "The company sold 2.3 million handsets in the December quarter.",
     [("the December quarter", "2007-Q4")]),
    (dt.date(2010, 7, 16), "The maker will report its results for the June quarter on Tuesday.",
     [("the June quarter", "2010-Q2"), ("Tuesday", "2010-07-20")]),
    # ... not a month that ends no quarter, nor the month alone
    (REF, "Sales rose in the October quarter.", [("October", "2009-10")]),
    (REF, "Sales were strong in December.", [("December", "2009-12")]),
])
def test_month_quarter(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# B. fiscal years
@pytest.mark.parametrize("text,expected", [
    ("The chip maker expects sales to double in fiscal 2011.", [("fiscal 2011", "2011")]),
    ("Revenue for fiscal year 2009 was $36 billion.", [("fiscal year 2009", "2009")]),
    ("For fiscal 2010, the airline forecast a small profit.", [("fiscal 2010", "2010")]),
    ("Lawmakers approved the fiscal 2010 budget on Monday.", [("fiscal 2010", "2010"), ("Monday", "2009-10-19")]),
    ("Profit fell in the first half of fiscal 2009.", [("the first half of fiscal 2009", "2009-H1")]),
    ("Net income rose in the fiscal 2009 third quarter.", [("the fiscal 2009 third quarter", "2009-Q3")]),
])
def test_fiscal_year(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["The deficit for fiscal year 2009-10 was larger than planned.",
                                  "The budget for fiscal 2008/09 was cut twice."])
def test_fiscal_two_years(text):
    assert not any(t.startswith("fiscal") for t, _ in pairs(text))  # (left to the rules of two years)
