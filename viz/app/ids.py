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
