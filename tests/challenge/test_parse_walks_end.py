"""Walks up the parse end at the sentence's root, whatever the root is.

spaCy makes a new `Token` object on every access, so `tok.head is tok` never holds: a walk that
stops on identity runs forever from a word under a root that is no verb ('Talks in Lisbon, the
third round.'). Each walk runs in a child process with a time limit, so a regression fails here
instead of hanging the suite (as it hung a batch worker on an HTML page's verbless lines)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

WALK_SECONDS = 60  # a parse and four walks over a few short lines take about 5 s on a loaded machine

# Lines whose root is a noun: headlines, captions, datelines, lists of names.
VERBLESS_LINES = (
    "Talks in Lisbon, the third round.",
    "Portugal, a possible host, and Spain, its neighbour.",
    "A summit of the bloc's leaders in the spring.",
)

_WALKS = textwrap.dedent(
    """
    import sys
    import spacy
    from briefing.lang import load_profile
    from briefing.analysis.rules import role_denials

    english = next(n for n in load_profile("en").models if spacy.util.is_package(n))
    nlp = spacy.load(english)
    for line in sys.argv[1:]:
        doc = nlp(line)
        for tok in doc:
            role_denials.supposed(tok)
            role_denials.unreal(tok)
            role_denials.proposed_event(tok)
    print("ended")
    """
)


def test_walks_up_a_verbless_line_end_at_its_root() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WALKS, *VERBLESS_LINES], capture_output=True, text=True, timeout=WALK_SECONDS
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ended"]
