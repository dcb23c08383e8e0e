"""Negotiation rounds: open points, the agenda of a round, and what changed between versions."""
