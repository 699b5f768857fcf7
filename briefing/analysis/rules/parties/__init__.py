"""Parties and the people who speak for them, read from the text: `build_registry` (registry.py)
runs the readers in order; names.py holds how a name reads, organisations.py, places.py (the
gazetteer), persons.py (people and their titles) and coreference.py (generic descriptions and
later mentions) each read one kind of mention into the `Registry` (types.py)."""
