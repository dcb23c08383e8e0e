"""akkoord: drafts agreements between residents' initiatives and municipalities in the heat transition."""

__version__ = "0.1.0"
