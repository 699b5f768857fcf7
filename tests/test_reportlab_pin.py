"""`briefing/render/fonts.py` patches two ReportLab functions at import: the shaping of a word in
a paragraph (to note which characters each glyph draws) and the ToUnicode map of a subset font (so
shaped text copies back out). pyproject pins ReportLab to the releases these patches were tested
on; this test fails when an install brings other code behind the patched names, so a version bump
is a conscious change: re-test the shaped-script tests, then update the fingerprints and the pin."""

from __future__ import annotations

import hashlib
import inspect

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

import briefing.render.fonts as fonts

TESTED_RELEASES = ("5.1.0",)
# sha256 of the source of each function the patches wrap or replace, in the tested releases
FINGERPRINTS = {
    "shapeFragWord": "f8998a5c442279baa41e8a327f7b36062d9dc12954360b2a2d435244a3792738",
    "makeToUnicodeCMap": "71783731cbe452d862ba7db5a5087a4c0847f9127def9b9d7022ea25a3ee908a",
}


def fingerprint(function: object) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()  # type: ignore[arg-type]


def test_the_installed_reportlab_is_a_tested_release() -> None:
    assert reportlab.Version in TESTED_RELEASES


def test_the_patched_functions_are_the_ones_the_patches_were_written_for() -> None:
    assert fingerprint(ttfonts.shapeFragWord) == FINGERPRINTS["shapeFragWord"]
    assert fingerprint(fonts._ORIGINAL_CMAP) == FINGERPRINTS["makeToUnicodeCMap"]


def test_the_patches_are_in_place_where_reportlab_calls_them() -> None:
    assert paragraph.shapeFragWord is fonts._shape_and_remember
    assert ttfonts.makeToUnicodeCMap is fonts._to_unicode_cmap
    # the paragraph module still shapes words through the name the patch replaces
    assert "shapeFragWord(" in inspect.getsource(paragraph)


def test_the_fingerprint_tells_two_functions_apart() -> None:
    assert fingerprint(ttfonts.shapeFragWord) != fingerprint(fonts._ORIGINAL_CMAP)
