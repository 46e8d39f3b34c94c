"""The written schema of every table viz stores.

Stages exchange these tables and nothing else; the run directory holds one Parquet file per
table plus ``manifest.json``. Column names are defined here once and imported everywhere.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 2

# --- file names in a run directory -------------------------------------------------------
DOCUMENTS = "documents"
PASSAGES = "passages"
TOPICS = "topics"
MENTIONS = "mentions"
EVENTS = "events"
TOPIC_TERMS = "topic_terms"  # each topic's terms per language, with translation groups
TOPIC_HIERARCHY = "topic_hierarchy"  # the merge tree over the topics (coarser levels)
TABLES = (DOCUMENTS, PASSAGES, TOPICS, MENTIONS, EVENTS, TOPIC_TERMS, TOPIC_HIERARCHY)
# each topic's terms per period, with its trend (viz.topics.over_time); optional: a run written
# before it, or re-written by curation, has none and reads it as an empty table
TOPIC_TERMS_TIME = "topic_terms_time"
OPTIONAL_TABLES = (TOPIC_TERMS_TIME,)
MANIFEST = "manifest.json"
EMBEDDINGS = "embeddings.npy"  # float16, one row per passage in passage_id order
REDUCED = "reduced.npy"  # float32, the 5-D UMAP vectors the topics were clustered in, same rows
CURATION_LOG = "curation.jsonl"  # one JSON object per topic change, oldest first

# --- shared column names ------------------------------------------------------------------
DOC_ID = "doc_id"
PASSAGE_ID = "passage_id"
TOPIC_ID = "topic_id"
MENTION_ID = "mention_id"
EVENT_ID = "event_id"
TEXT = "text"
TITLE = "title"
DATE = "date"
DATE_PRECISION = "date_precision"
LANG = "lang"
SOURCE = "source"
URL = "url"
PATH_OR_ROW = "path_or_row"
ORDINAL = "ordinal"
START = "start"
END = "end"
X = "x"
Y = "y"
LABEL = "label"
TERMS = "terms"
SIZE = "size"
LANGUAGES = "languages"
VALUE = "value"
GRANULARITY = "granularity"
DATE_START = "date_start"
DATE_END = "date_end"
KIND = "kind"
N_MENTIONS = "n_mentions"
N_DOCUMENTS = "n_documents"
DOC_IDS = "doc_ids"
REPRESENTATIVE = "representative"
DATE_INFERRED = "date_inferred"  # publication date guessed from the text, never the given one
DATE_INFERRED_REASON = "date_inferred_reason"
# why a given publication date was left out (absurd for the corpus: year 9999, 0001, 2300), with
# the date as given; null for a usable date. ``date`` is then empty, so no axis is stretched.
DATE_FLAG = "date_flag"
BASIS = "basis"  # what a date value rests on: text, publication, reference, inferred, context
LABEL_SOURCE = "label_source"  # "auto" (from the terms) or "user" (renamed by a person)
SURFACE = "surface"
CLUSTER_ID = "cluster_id"  # the density micro-cluster a passage is in, merged into topics
TOPIC_ID_ORIGINAL = "topic_id_original"  # the clustering's own assignment, before outliers joined
LABEL_LANG = "label_lang"  # the language a topic's label and terms are written in
RANK = "rank"
TERM = "term"
GROUP = "group"  # translation group of a term within its topic; -1 when it has none
PARENT_ID = "parent_id"
CHILD_ID = "child_id"
DISTANCE = "distance"
N_TOPICS = "n_topics"
PARENT_TERMS = "parent_terms"
PERIOD = "period"
PERIOD_START = "period_start"
COUNT = "count"
SHARE = "share"
TREND = "trend"

OUTLIER_TOPIC = -1

_lang_counts = pa.map_(pa.string(), pa.int64())

SCHEMAS: dict[str, pa.Schema] = {
    DOCUMENTS: pa.schema(
        [
            (DOC_ID, pa.string()),
            (PATH_OR_ROW, pa.string()),
            (TITLE, pa.string()),
            (DATE, pa.date32()),  # publication date, nullable
            (DATE_PRECISION, pa.string()),  # "day", "month", "year" or null
            (DATE_INFERRED, pa.date32()),  # only for documents without a given date
            (DATE_INFERRED_REASON, pa.string()),
            (LANG, pa.string()),
            (SOURCE, pa.string()),
            (URL, pa.string()),
            (TEXT, pa.string()),
            (DATE_FLAG, pa.string()),  # nullable; see DATE_FLAG
        ]
    ),
    PASSAGES: pa.schema(
        [
            (PASSAGE_ID, pa.int64()),
            (DOC_ID, pa.string()),
            (ORDINAL, pa.int32()),
            (START, pa.int64()),  # offsets in the document text
            (END, pa.int64()),
            (TEXT, pa.string()),
            (LANG, pa.string()),
            (TOPIC_ID, pa.int32()),  # -1 for outliers
            # -1 where the clustering left the passage an outlier (before it joined its nearest
            # topic); otherwise the same as topic_id at build time (curation leaves it alone)
            (TOPIC_ID_ORIGINAL, pa.int32()),
            # micro-cluster (after outliers joined one; -1: still an outlier); topics are groups
            # of these, so the run can be re-cut into any number of topics without re-clustering
            (CLUSTER_ID, pa.int32()),
            (X, pa.float32()),
            (Y, pa.float32()),
        ]
    ),
    TOPICS: pa.schema(
        [
            (TOPIC_ID, pa.int32()),
            (LABEL, pa.string()),
            (TERMS, pa.list_(pa.string())),
            (SIZE, pa.int64()),
            (LANGUAGES, _lang_counts),  # passage counts per language
            (REPRESENTATIVE, pa.list_(pa.int64())),  # passage ids closest to the centre
            (LABEL_SOURCE, pa.string()),
            (LABEL_LANG, pa.string()),  # language of the label and of ``terms``
        ]
    ),
    TOPIC_TERMS: pa.schema(
        [
            (TOPIC_ID, pa.int32()),
            (LANG, pa.string()),
            (RANK, pa.int32()),  # 0 = the most distinctive term of the topic in that language
            (TERM, pa.string()),
            (GROUP, pa.int32()),  # terms of one topic sharing a group translate each other
        ]
    ),
    TOPIC_HIERARCHY: pa.schema(
        [
            # each merge of two nodes (topics or earlier merges) into a new parent node, in
            # merge order; n_topics is the number of topics left after it
            (PARENT_ID, pa.int32()),
            (CHILD_ID, pa.int32()),
            (DISTANCE, pa.float64()),
            (N_TOPICS, pa.int32()),
            (PARENT_TERMS, pa.list_(pa.string())),
        ]
    ),
    TOPIC_TERMS_TIME: pa.schema(
        [
            # one row per topic and period holding dated passages of it (outliers and undated
            # passages left out), by topic, then period
            (TOPIC_ID, pa.int32()),
            (PERIOD, pa.string()),  # its name: 2021-03-04, 2021-W09, 2021-03, 2021-Q1, 2021
            (PERIOD_START, pa.date32()),  # its first day
            (GRANULARITY, pa.string()),  # day / week / month / quarter / year (one per run)
            (COUNT, pa.int64()),  # passages of the topic in the period
            (SHARE, pa.float64()),  # of the period's dated, assigned passages
            (TERMS, pa.list_(pa.string())),  # class-TF-IDF terms, tuned as topics_over_time
            (TREND, pa.string()),  # "emerging", "fading" or "" (per topic; rule: topic_time)
        ]
    ),
    MENTIONS: pa.schema(
        [
            (MENTION_ID, pa.int64()),
            (PASSAGE_ID, pa.int64()),
            (DOC_ID, pa.string()),
            (START, pa.int64()),  # offsets in the passage text
            (END, pa.int64()),
            (TEXT, pa.string()),
            (VALUE, pa.string()),  # TIMEX3-style; "" when unresolved
            (GRANULARITY, pa.string()),
            (DATE_START, pa.date32()),
            (DATE_END, pa.date32()),
            (KIND, pa.string()),  # absolute / relative / anchored
            (BASIS, pa.string()),
            (TOPIC_ID, pa.int32()),
            (EVENT_ID, pa.int64()),  # null when the mention has no resolved value
        ]
    ),
    EVENTS: pa.schema(
        [
            (EVENT_ID, pa.int64()),
            (VALUE, pa.string()),
            (DATE_START, pa.date32()),
            (DATE_END, pa.date32()),
            (GRANULARITY, pa.string()),
            (TOPIC_ID, pa.int32()),
            (TITLE, pa.string()),  # a representative sentence
            (N_MENTIONS, pa.int64()),
            (N_DOCUMENTS, pa.int64()),
            (LANGUAGES, _lang_counts),  # mention counts per language
            (DOC_IDS, pa.list_(pa.string())),
            (SURFACE, pa.list_(pa.string())),  # the date as written, distinct forms
            (KIND, pa.string()),  # how the date was written (absolute wins over relative)
            (BASIS, pa.string()),  # what its value rests on (text wins over publication ...)
        ]
    ),
}

# Nullable columns added after a schema version was fixed: a writer may leave them out (runs
# written before them, hand-made tables) and the store writes them as nulls.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {DOCUMENTS: (DATE_FLAG,)}

# --- tables stages exchange but a run does not store -------------------------------------
# Each is checked where a stage hands it over (:func:`check`), so a stage that returns half a
# table fails there, naming the table, not three stages later.
DATE_MENTIONS = "date_mentions"  # the dates stage's mentions, before events group them
INFERRED_DATES = "inferred_dates"  # publication dates read from documents' text
STAGE_SCHEMAS: dict[str, pa.Schema] = {
    DATE_MENTIONS: pa.schema([f for f in SCHEMAS[MENTIONS] if f.name not in (TOPIC_ID, EVENT_ID)]),
    INFERRED_DATES: pa.schema([SCHEMAS[DOCUMENTS].field(c)
                               for c in (DOC_ID, DATE_INFERRED, DATE_INFERRED_REASON)]),
}


class SchemaError(ValueError):
    """A table handed from one stage to the next lacks columns its schema requires."""


def check(table: str, df, *, where: str = "") -> None:
    """Raise :class:`SchemaError` unless ``df`` has every column of ``table`` (a stored table
    or a stage table); extra columns are allowed, a stage may carry more than it hands over."""
    schema = SCHEMAS.get(table) or STAGE_SCHEMAS[table]
    optional = OPTIONAL_COLUMNS.get(table, ())
    missing = [c for c in schema.names if c not in df.columns and c not in optional]
    if missing:
        at = f" ({where})" if where else ""
        raise SchemaError(f"table {table!r}{at} lacks columns {', '.join(missing)}")


def columns(table: str) -> list[str]:
    """Column names of ``table`` in their stored order (a stage table's in its order)."""
    return (SCHEMAS.get(table) or STAGE_SCHEMAS[table]).names


def as_text(value) -> str | None:
    """A nullable string cell as ``str`` or ``None`` (pandas may hold NaN or NA for missing)."""
    if value is None or not isinstance(value, str):
        return None
    return value or None
