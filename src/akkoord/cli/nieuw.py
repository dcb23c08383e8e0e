"""Command `nieuw` (the wizard)."""
