"""End to end on real corpora in ../shared/corpora (slow: real embedder, BERTopic, dates)."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from viz import schema as S
from viz.build import BuildConfig, build
from tests.conftest import corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "run"
    return build(BuildConfig(paths=[str(corpus("seeds"))], out=str(out), progress=False))


def test_seeds_languages_share_topics_with_english(seeds_run):
    p = seeds_run.passages
    assert set(p[S.LANG]) == {"en", "fr", "id"}
    english_topics = set(p[(p[S.LANG] == "en") & (p[S.TOPIC_ID] != S.OUTLIER_TOPIC)][S.TOPIC_ID])
    for lang in ("fr", "id"):
        mine = p[(p[S.LANG] == lang) & (p[S.TOPIC_ID] != S.OUTLIER_TOPIC)]
        assert len(mine) > 0, f"every {lang} passage is unassigned"
        shared = mine[S.TOPIC_ID].isin(english_topics).mean()
        assert shared >= 0.8, f"only {shared:.0%} of {lang} passages share a topic with English"


def test_seeds_labels_have_no_stop_words(seeds_run):
    from viz.stopwords import stop_words_for

    stops = stop_words_for(["en", "fr", "id"])
    for terms in seeds_run.topics[S.TERMS]:
        assert not set(terms[:3]) & stops, terms


def test_seeds_mentions_include_the_known_dates(seeds_run):
    values = set(seeds_run.mentions[S.VALUE])
    assert {"1980", "2021", "2022", "2021-05-07"} <= values
    # no publication dates given: relative expressions are kept but not guessed
    m = seeds_run.mentions
    assert (m[m[S.TEXT].str.lower() == "last october"][S.VALUE] == "").all()
    assert not m[S.TEXT].str.contains("Friday prayers", case=False).any()


def test_seeds_with_metadata_resolve_relative_dates(tmp_path):
    """Publication dates given through metadata.csv resolve 'April 5' and 'last October'."""
    seeds = corpus("seeds")
    files = {p.name: p for p in seeds.glob("*.txt")}
    tehran = next(n for n, p in files.items() if "Tehran Times" in p.read_text() or
                  "TEHRAN -" in p.read_text())
    french = next(n for n in files if n.startswith("003"))
    meta = tmp_path / "metadata.csv"
    meta.write_text(f"file,date\n{tehran},2024-04-03\n{french},2021-05-12\n", encoding="utf-8")
    # the corpus folder is read-only and must not be copied: point a folder of links at it
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, path in files.items():
        (folder / name).symlink_to(path)
    meta.rename(folder / "metadata.csv")
    run = build(BuildConfig(paths=[str(folder)], out=str(tmp_path / "run"), progress=False))
    docs = run.documents.set_index(S.DOC_ID)
    assert docs.loc[tehran, S.DATE] == pd.Timestamp("2024-04-03")
    m = run.mentions
    got = set(zip(m[m[S.DOC_ID] == tehran][S.TEXT], m[m[S.DOC_ID] == tehran][S.VALUE]))
    assert ("April 5", "2024-04-05") in got
    assert ("last October", "2023-10") in got
    assert {"2021-05-07", "2021-05-10"} <= set(m[m[S.DOC_ID] == french][S.VALUE])


def test_wikinews_uses_the_date_column_and_resolves_relative_dates(tmp_path):
    path = corpus("wikinews", "wikinews_2019_2020.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:60]]
    sub = tmp_path / "wikinews60.jsonl"
    sub.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    run = build(BuildConfig(paths=[str(sub)], out=str(tmp_path / "run"), progress=False))
    docs = run.documents.set_index(S.DOC_ID)
    for r in rows:
        assert docs.loc[str(r["id"]), S.DATE] == pd.Timestamp(r["date"][:10])
    m = run.mentions.merge(run.documents[[S.DOC_ID, S.DATE]], on=S.DOC_ID)
    relative = m[(m[S.KIND] == "relative") & (m[S.VALUE] != "")]
    assert len(relative) >= 10
    # e.g. "on Monday" / "yesterday" land within a few weeks of the publication date
    days = relative[relative[S.GRANULARITY] == "day"]
    assert len(days) >= 5
    gap = (days[S.DATE_START] - days[S.DATE]).dt.days.abs()
    assert (gap <= 14).mean() >= 0.9
