"""factcheck: a command-line fact-checker for economic figures."""

__version__ = "0.1.0"
