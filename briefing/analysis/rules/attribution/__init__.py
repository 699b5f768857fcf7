"""Who said or did what: one `Statement` per sentence that a party voices or acts in
(statements.py), read through the attribution frame (frame.py), its quotes (quotes.py), its speaker
(speakers.py) and whether its verb takes a stance (stances.py)."""
