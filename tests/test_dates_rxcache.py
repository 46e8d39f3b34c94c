"""The compiled patterns kept between processes (viz.dates.rxcache): a pattern built from the cache file is the
pattern ``re`` compiles, and any trouble with the file falls back to ``re.compile``."""
from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import time

import pytest

from viz.dates import engine, rxcache

PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>mai|juin)\s+(?P<year>\d{4})", re.I),
    (r"(?-i:\W)(?:(?P<a>last|next)\s+(?P<w>monday|friday)|(?P<y>(?:19|20)\d\d)(?!\d))", re.I),
    (r"(?<=(?=\bMay\b)...)\w+", 0),
    (r"[\u0660-\u0669]+|\w+(?:['\u2019]\w+)?", 0),
]
TEXTS = ["le 7 mai 2021 et 12 juin 1999", "Last Monday, then in 2019 and next friday", "May Mayo May",
         "\u0661\u0664 don't l\u2019an"]


def _same(a: re.Pattern, b: re.Pattern):
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


def _files(tmp_path):
    return sorted((tmp_path / "re").glob("*.marshal"))


def test_patterns_from_the_file_match_as_re_compiles_them(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    first = rxcache.PatternCache("t")
    compiled = [first.compile(p, f) for p, f in PATTERNS]
    assert first.new
    first.save()
    assert len(_files(tmp_path)) == 1
    second = rxcache.PatternCache("t")  # as a new process would: read from the file
    monkeypatch.setattr(rxcache, "_generate", lambda *a: pytest.fail("compiled again instead of read"))
    again = [second.compile(p, f) for p, f in PATTERNS]
    assert not second.new
    for (p, f), a, b in zip(PATTERNS, compiled, again):
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))


def test_a_damaged_file_falls_back_and_is_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    cache = rxcache.PatternCache("t")
    cache.compile(*PATTERNS[0])
    cache.save()
    path = _files(tmp_path)[0]
    path.write_bytes(b"\x00not marshal")
    cache = rxcache.PatternCache("t")
    _same(cache.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    cache.save()
    _same(rxcache.PatternCache("t").compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    # a file whose checksum does not match what it holds (a bit flipped in the code): compiled afresh
    cache.save()
    data = bytearray(path.read_bytes())
    data[-40] ^= 1
    path.write_bytes(bytes(data))
    cache = rxcache.PatternCache("t")
    _same(cache.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert cache.new


def test_an_unwritable_cache_and_the_switch_off_still_compile(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VIZ_CACHE_DIR", str(blocker))
    cache = rxcache.PatternCache("t")
    _same(cache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    cache.save()  # no error
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path / "off"))
    monkeypatch.setenv("VIZ_RE_CACHE", "0")
    cache = rxcache.PatternCache("t")
    _same(cache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    cache.save()
    assert not (tmp_path / "off").exists()
    with pytest.raises(re.error):  # a wrong pattern is still the caller's error
        rxcache.PatternCache("t").compile("(unclosed")


def test_the_file_keeps_only_the_patterns_of_the_last_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    cache = rxcache.PatternCache("t")
    for p, f in PATTERNS:
        cache.compile(p, f)
    cache.save()
    cache = rxcache.PatternCache("t")  # a later version of the patterns: only the first is still used
    cache.compile(*PATTERNS[0])
    cache.save()
    cache = rxcache.PatternCache("t")
    cache._load()
    assert len(cache.entries) == 1


def test_a_language_compiled_from_the_cache_finds_the_same_dates(tmp_path, monkeypatch):
    """English compiled twice, the second time from the file the first wrote: same master regex, same dates."""
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    mod = importlib.import_module("viz.dates.lang.en")
    cold = engine.Lang(mod)
    assert any(f.name.startswith("en-") for f in _files(tmp_path))
    generate = rxcache._generate
    monkeypatch.setattr(rxcache, "_generate", lambda *a: pytest.fail("the warm build compiled %r" % (a[0][:60],)))
    # nor does it derive the rules' guards or the words' prefix trees again: they are in the file too
    first_chars_seq, alt = engine.first_chars_seq, engine._alt
    monkeypatch.setattr(engine, "first_chars_seq", lambda *a, **k: pytest.fail("guards derived again"))
    monkeypatch.setattr(engine, "_alt", lambda *a, **k: pytest.fail("prefix tree built again"))
    warm = engine.Lang(mod)
    monkeypatch.setattr(rxcache, "_generate", generate)
    monkeypatch.setattr(engine, "first_chars_seq", first_chars_seq)
    monkeypatch.setattr(engine, "_alt", alt)
    assert warm.rule_guards == cold.rule_guards
    assert warm.master.pattern == cold.master.pattern and warm.master.groupindex == cold.master.groupindex
    text = ("On Tuesday the court ruled that the May 5, 2020 deadline stands; last October it met, "
            "in the 1990s it grew, and the next meeting is in March 2025.")
    ref = dt.date(2024, 4, 10)
    got = [(m.text, m.value) for m in engine.extract(text, warm, ref)]
    assert got == [(m.text, m.value) for m in engine.extract(text, cold, ref)]
    assert ("May 5, 2020", "2020-05-05") in got and ("last October", "2023-10") in got


def test_an_entry_of_another_pattern_is_not_used(tmp_path, monkeypatch):
    """A file whose checksum holds but whose entry under a pattern's key is another pattern's (a stale or foreign
    writer): its named groups differ, so the pattern is compiled afresh."""
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    cache = rxcache.PatternCache("t")
    cache.compile(*PATTERNS[0])
    cache.compile(*PATTERNS[1])
    cache.save()
    cache = rxcache.PatternCache("t")
    cache._load()
    k0 = rxcache._key(PATTERNS[0][0], int(PATTERNS[0][1]))
    k1 = rxcache._key(PATTERNS[1][0], int(PATTERNS[1][1]))
    cache.entries[k0] = cache.entries[k1]  # the entry of pattern 1 under the key of pattern 0
    cache.new = True
    cache.used = {k0, k1}
    cache.save()
    fresh = rxcache.PatternCache("t")
    _same(fresh.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert fresh.new


def test_derived_values_are_kept_under_what_they_depend_on(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    cache = rxcache.PatternCache("t")
    value = [{"a", "B"}, {"\\d"}]
    assert cache.memo("guard of x", lambda: value) == value
    assert cache.memo("guard of y", lambda: None) is None
    cache.save()
    cache = rxcache.PatternCache("t")
    assert cache.memo("guard of x", lambda: pytest.fail("computed again")) == value
    assert cache.memo("guard of z", lambda: "new") == "new" and cache.new
    # a value marshal cannot write is returned, not kept
    assert cache.memo("an object", lambda: object) is object
    assert cache.memo("an object", lambda: 7) == 7


def test_a_rule_compiled_on_first_use_stays_in_the_file(tmp_path, monkeypatch):
    """A rule's own regex is compiled when a text first needs it and written to the file then; a later process that
    does not use it keeps its entry (PatternCache.keep)."""
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    mod = importlib.import_module("viz.dates.lang.en")
    lang = engine.Lang(mod)
    assert all(rx.rx is None for _kind, rx in lang.rules)  # lazy: none compiled by the build
    got = engine.extract("It opened on May 5, 2020.", lang, dt.date(2021, 1, 1))
    assert [(m.text, m.value) for m in got] == [("May 5, 2020", "2020-05-05")]
    used = [rx.src for _kind, rx in lang.rules if rx.rx is not None]
    assert used
    keys = {rxcache._key(src, int(re.I)) for src in used}
    engine.Lang(mod)  # another process that uses no rule, and saves
    cache = rxcache.PatternCache("en")
    cache._load()
    assert keys <= set(cache.entries)


def test_a_new_version_removes_the_month_old_files_of_earlier_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    cache = rxcache.PatternCache("t")
    cache.compile(*PATTERNS[0])
    cache.save()
    ours = _files(tmp_path)[0]
    stem = ours.name[:-len(".marshal")].rsplit("-", 1)[0]
    older = ours.parent / (stem + "-0badc0de.marshal")  # written by an earlier version of the code
    other_python = ours.parent / "t-1-cpython-399-3.99.0-20220615-0badc0de.marshal"
    other_language = ours.parent / (stem.replace("t-", "u-", 1) + "-0badc0de.marshal")
    recent = ours.parent / (stem + "-00c0ffee.marshal")  # another version still in use (a checkout beside an install)
    month_ago = time.time() - rxcache._STALE_S - 60
    for f in (older, other_python, other_language, recent):
        f.write_bytes(b"x")
        if f is not recent:
            os.utime(f, (month_ago, month_ago))
    cache.compile(*PATTERNS[1])
    cache.save()
    assert sorted(f.name for f in _files(tmp_path)) == sorted([ours.name, other_python.name, other_language.name,
                                                                recent.name])
