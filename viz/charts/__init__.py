"""Charts: pure functions of stored tables to ``plotly.graph_objects.Figure``.

The dashboard, the HTML export and notebooks call these same functions. None does I/O, reads
globals or changes its input.
"""

from .event_timeline import event_timeline
from .topic_map import topic_map
from .topic_overview import topic_overview
from .topics_over_time import topics_over_time

__all__ = ["event_timeline", "topic_map", "topic_overview", "topics_over_time"]
