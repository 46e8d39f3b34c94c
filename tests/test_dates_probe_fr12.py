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
]


@pytest.mark.parametrize("ref,text,want", CASES)
def test_fr12(ref, text, want):
    got = pairs(text, ref)  # the span may keep its article or preposition ("le 3 mai", "au 3 mai")
    assert [v for _, v in got] == [v for _, v in want], got
    assert all(w in t for (t, _), (w, _) in zip(got, want)), got
