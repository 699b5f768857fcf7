"""Deliver: the rendered briefs written to files (`files.py`) or sent by e-mail (`email.py`)."""
