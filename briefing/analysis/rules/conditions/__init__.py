"""Conditions read from clause structure: `find_condition` (finder.py) tries the marked clause
(markers.py), then the demand nouns, lines drawn, demand verbs and obligations (demands.py), then terms
without a marker (terms.py), over the clause helpers they share (clauses.py)."""
