"""Component ids of the dashboard, defined once."""

TOPICS = "filter-topics"
LANGUAGES = "filter-languages"
SOURCES = "filter-sources"
DATES = "filter-dates"
RESET = "filter-reset"
STATUS = "filter-status"

MAP = "chart-map"
OVERVIEW = "chart-overview"
OVER_TIME = "chart-over-time"
TIMELINE = "chart-timeline"

TIME_BASIS = "over-time-basis"
TIME_SCALE = "over-time-scale"

READER = "reader"

VERSION = "run-version"  # bumped after every curation change, so every view redraws
CURATE_TOPICS = "curate-topics"
CURATE_LABEL = "curate-label"
CURATE_RENAME = "curate-rename"
CURATE_MERGE = "curate-merge"
CURATE_SPLIT = "curate-split"
CURATE_DELETE = "curate-delete"
CURATE_MESSAGE = "curate-message"
CURATE_LEVEL = "curate-level"  # number of topics for a coarser level
CURATE_COARSEN = "curate-coarsen"
CURATE_RELEVEL = "curate-relevel"
