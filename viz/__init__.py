"""viz: topics and timelines for multilingual document collections."""
__version__ = "0.1.0"
