"""Answers: the typed model of one agreement and loading it from a YAML answers file."""
