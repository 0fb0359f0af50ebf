"""News reliability scorer: read articles, extract features, score, explain, report."""

__version__ = "0.1.0"
