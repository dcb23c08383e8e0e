"""Commands `controleer` and `uitleg` (the checks engine)."""
