"""Items as propositions: what a side does or wants (propositions.py), in at most twenty words
(fitting.py), without the attribution frame (frames.py), the right way round (polarity.py), in the
words a reader can take in (wording.py), passing the well-formedness gate (gate.py), merged and
ranked per side (ranking.py)."""
