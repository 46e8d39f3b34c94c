"""What every language's date test file asks of its own sentences (tests/test_dates_XX.py): the mentions each sentence
of FOUND yields, and no mention at all in a trap of TRAPS."""
from __future__ import annotations

import pytest

from viz.dates import extract_dates


def pairs_for(lang, ref):
    """(text, value) of each mention of a text in `lang`, said on `ref` unless told otherwise."""
    def pairs(text, ref=ref):
        return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]
    return pairs


def found_and_traps(pairs, found, traps, exact=False):
    """The two tests of a language file: each (text, expected) of `found` yields the expected mentions (among others,
    or exactly those with `exact`), and each text of `traps` yields none."""
    @pytest.mark.parametrize("text, expected", found)
    def test_dates_found(text, expected):
        got = pairs(text)
        if exact:
            assert got == expected
        for p in expected:
            assert p in got, got

    @pytest.mark.parametrize("text", traps)
    def test_traps_are_not_dates(text):
        assert pairs(text) == [], pairs(text)

    return test_dates_found, test_traps_are_not_dates
