"""Leftovers of earlier reviews (Swahili, Hindi, Spanish): each fix with its traps. Sentences are our own."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2020, 6, 15)  # a Monday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


# 1. "today" is judged by the cue next to it (a tensed verb before or after it in its clause), one "today" at a time:
# a long text of many "today"s decides each as it would alone (and no longer scans the clause from each of them; nor
# takes the verb next to the "आज" of the sentence before, across a danda "।", which the clause window does not cut)
@pytest.mark.parametrize("lang, dated, generic, word", [
    ("sw", "Mwanariadha huyo leo ameweka rekodi mpya.", "Kompyuta zinazotumika leo zimejengwa kwa nambari za bainari.",
     "leo"),
    ("sw", "Bunge litakutana leo mjini Dodoma.", "Vijana wanaoishi leo wataishi maisha marefu kuliko babu zao.", "leo"),
    ("hi", "मंत्री ने आज घोषणा की।", "आज हम जानते हैं कि पृथ्वी गोल है।", "आज"),
    ("hi", "आज संसद में नया विधेयक पेश किया गया।", "रोमन साम्राज्य ने बहुत कुछ खोजा और जो आज हम जानते हैं वह उसी से आया।",
     "आज"),
])
def test_today_one_at_a_time(lang, dated, generic, word):
    assert pairs(dated, lang) == [(word, "2020-06-15")]
    assert pairs(generic, lang) == [(word, "PRESENT_REF")]
    long = " ".join([dated, generic] * 40)
    assert pairs(long, lang) == [(word, "2020-06-15"), (word, "PRESENT_REF")] * 40


# 2. Swahili "Mei" before a capitalised word is a name ("Mei Ling") unless a word that only opens a time stands before it
@pytest.mark.parametrize("text, expected", [
    ("Mnamo Mei Rais Samia alizindua mradi mpya wa maji mjini Dodoma.", [("Mei", "2020-05")]),
    ("Tangu Mei Serikali imeajiri walimu elfu sita.", [("Mei", "2020-05")]),
    ("Mgomo wa madaktari utaendelea hadi Mei Waziri atakapotoa jibu.", [("Mei", "2021-05")]),
    ("Mwishoni mwa Mei Bunge litapitisha bajeti ya serikali.", [("Mwishoni mwa Mei", "2021-05")]),
    ("Mvua kubwa zilinyesha mwezi wa Mei Dodoma na Singida.", [("Mei", "2020-05")]),
    # traps: a person named Mei, after a word also said of a person
    ("Mei Ling alifika jana kutoka Beijing.", [("jana", "2020-06-14")]),
    ("Rafiki wa Mei Ling alifika jana.", [("jana", "2020-06-14")]),
    ("Juma na Mei Chen walifunga ndoa Zanzibar.", []),
    ("Kabla ya Mei Ling kufika, mkutano ulikuwa umeanza.", []),
])
def test_sw_month_mei_after_a_time_word(text, expected):
    assert pairs(text, "sw") == expected

