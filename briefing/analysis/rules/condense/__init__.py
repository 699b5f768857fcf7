"""Items as propositions: what a side does or wants, in at most twenty words (propositions.py),
without the attribution frame (frames.py), in the words a reader can take in (wording.py), merged
and ranked per side (ranking.py)."""
