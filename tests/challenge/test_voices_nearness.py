"""Challenge suite (issue #25, who says it): a line is bound to the voice the text names, never to
the side named nearest. A quote after an office that belongs to no side ("Premier Ada Venn's office
said ...") is that office's; an 'it' after a body no side owns is that body, not a side one of its
clauses names.

Each case is an invented article; each failed before its mechanism landed (controls aside)."""

from __future__ import annotations

from . import points_of

NURSES = "The Tarsk nurses' union and the Orlen Health Authority are at odds over staffing on night wards.\n"


def test_a_quote_after_an_office_of_no_side_is_not_the_last_sides() -> None:
    text = (
        NURSES + "The union rejected the authority's latest pay offer on Monday.\n"
        "Premier Ada Venn's office said the walkout was unlawful.\n"
        '"We will not negotiate while wards are empty," the statement said.\n'
        "The union said it would resume talks only if the night bonus was restored.\n"
    )
    union = points_of(text, "Tarsk")
    assert not any("negotiate" in point for point in union), union
    assert any("night bonus" in point for point in union), union  # the union's own line stays


def test_a_quote_after_a_sides_own_statement_stays_the_sides() -> None:
    # positive control: the body that spoke is a side, and its statement's quote is its own
    text = (
        NURSES + "The union rejected the authority's latest pay offer on Monday.\n"
        "The Orlen Health Authority said the walkout was unlawful.\n"
        '"We will not negotiate while wards are empty," the statement said.\n'
    )
    authority = points_of(text, "Orlen")
    assert any("negotiate" in point for point in authority), authority


FISHING = (
    "Norland and Valdoria are at odds over the fishing accord.\nNorland said it wanted the quota cut by a third.\n"
)


def test_it_after_an_office_of_no_side_is_not_the_side_its_clause_names() -> None:
    text = (
        FISHING + "Governor Ilse Marrow's office is also calling for drift nets to be banned and is unhappy "
        "that Valdoria may close two harbours.\n"
        "It also wants a larger share of the herring catch for small boats.\n"
        "Valdoria said the quota was unfair.\n"
    )
    valdoria = points_of(text, "Valdoria")
    assert not any("herring" in point for point in valdoria), valdoria
    assert any("unfair" in point for point in valdoria), valdoria


def test_it_after_a_sides_own_office_stays_the_sides() -> None:
    # positive control: the office a side owns is the side, and so is the 'it' after it
    text = (
        FISHING + "Norland's fisheries office is also calling for drift nets to be banned and is unhappy "
        "that Valdoria may close two harbours.\n"
        "It also wants a larger share of the herring catch for small boats.\n"
    )
    norland = points_of(text, "Norland")
    assert any("herring" in point for point in norland), norland


LEASE = (
    "Norland and Valdoria are at odds over the harbour lease.\n"
    "Valdoria's foreign minister Mila Strand said the lease would be settled through talks.\n"
)


def test_a_scare_quote_voiced_by_a_region_of_no_side_is_not_the_last_speakers() -> None:
    text = LEASE + 'But Abkhazia also warned against any "grab of its coastline" and set up a task force.\n'
    valdoria = points_of(text, "Valdoria")
    assert not any("coastline" in point for point in valdoria), valdoria
    assert any("through talks" in point for point in valdoria), valdoria


def test_a_scare_quote_voiced_by_a_side_stays_the_sides() -> None:
    # positive control: the side itself voices it
    text = LEASE + 'But Valdoria also warned against any "grab of its coastline" and set up a task force.\n'
    valdoria = points_of(text, "Valdoria")
    assert any("coastline" in point for point in valdoria), valdoria
