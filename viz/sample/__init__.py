"""viz's own sample corpus: 30 short invented news items in English, French and Indonesian.

Written for viz (CC0); see ``corpus/README.md`` and ``corpus/EVENTS.md`` for the dated events.
"""

from pathlib import Path

SAMPLE_CORPUS = Path(__file__).parent / "corpus"
