"""Component ids of the dashboard, defined once."""

TOPICS = "filter-topics"
LANGUAGES = "filter-languages"
SOURCES = "filter-sources"
DATES = "filter-dates"
RESET = "filter-reset"
STATUS = "filter-status"
SEARCH = "filter-search"  # words a passage must hold (case and accents folded)
EXPORT_VIEW = "export-view"  # link: the current view as an offline report (report.html)

MAP = "chart-map"
OVERVIEW = "chart-overview"
OVER_TIME = "chart-over-time"
TIMELINE = "chart-timeline"

TIME_BASIS = "over-time-basis"
TIME_SCALE = "over-time-scale"
MAP_SELECT = "map-select-mode"  # shift-drag on the map: a box or a lasso
TIME_GROUP = "over-time-group"  # one line per topic, per language or per source

READER = "reader"

VERSION = "run-version"  # bumped after every curation change, so every view redraws
PAYLOAD = "run-payload"  # URL of the run's browser payload (changes with the run's version)
READ = "read-request"  # what the browser asks the reader to show: {kind, id, n}
URL_INIT = "url-init"  # fires once on page load: filters are restored from the URL
TOOLTIP = "map-tooltip"  # the map's hover card, filled by the browser as text
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
CONFIG = "browser-config"  # these ids, for the browser code
SELECTION = "map-selection"  # a box on the map [x0, y0, x1, y1] that restricts every view
MENTIONED = "mentioned-dates"  # [from, to]: passages that mention a date in this range
SEARCH_MODE = "search-mode"  # words or meaning (assets/workbench.js reads it)
SEARCH_HITS = "search-hits"  # the hit list beside the reader, filled as text
TABLES = "workbench-tables"  # the Tables panel (events, documents)
EVENT_TABLE = "table-events"
DOCUMENT_TABLE = "table-documents"
SELECTION_CSV = "selection-csv"  # link: the shown passages as CSV
