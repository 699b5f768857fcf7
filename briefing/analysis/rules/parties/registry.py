"""Parties and the people who speak for them, read from the text.

A *party* is a state, bloc or organisation; a *person* is a named speaker.
Mentions of the same party under different names (Norland, Velika, the
palace, Norlandic) collapse into one party through the gazetteer; organisations
collapse through acronyms ("Tamari Liberation Front (TLF)") and generic
descriptions ("the union"). A person belongs to the party named in their title
or apposition ("Valdorian Foreign Minister Jonas Lind", "X, President Y's
press secretary", "Y of the State Council of Norland").
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.rules.parties.apposed import descriptions_beside_names
from briefing.analysis.rules.parties.clipped import clipped_names
from briefing.analysis.rules.parties.coreference import alias_mentions, generic_mentions
from briefing.analysis.rules.parties.misread_people import (
    people_named_for_a_trade,
    people_named_like_bodies,
    persons_described_as_orgs,
)
from briefing.analysis.rules.parties.names import names_cut_at_verbs
from briefing.analysis.rules.parties.organisations import (
    arms_of_one_party,
    employers_of_titled_people,
    org_mentions,
    persons_that_are_orgs,
    remnants_of_longer_names,
    unnamed_entity_subjects,
)
from briefing.analysis.rules.parties.owned_names import names_without_their_leader
from briefing.analysis.rules.parties.persons import (
    affiliate_persons,
    orgs_that_are_persons,
    person_genders,
    person_mentions,
)
from briefing.analysis.rules.parties.places import (
    country_groups,
    groups_named_by_members,
    place_mentions,
    unlisted_states,
)
from briefing.analysis.rules.parties.products import products_named_as_parties
from briefing.analysis.rules.parties.short_names import company_names_taken_for_places
from briefing.analysis.rules.parties.untagged import untagged_bodies
from briefing.analysis.rules.types import Registry


def build_registry(doc: Doc) -> Registry:
    reg = Registry()
    names_cut_at_verbs(doc)
    place_mentions(doc, reg)
    person_mentions(doc, reg)
    org_mentions(doc, reg)
    unnamed_entity_subjects(doc, reg)
    untagged_bodies(doc, reg)
    groups_named_by_members(doc, reg)
    unlisted_states(doc, reg)
    company_names_taken_for_places(doc, reg)
    persons_that_are_orgs(reg)
    persons_described_as_orgs(doc, reg)
    people_named_for_a_trade(reg)
    people_named_like_bodies(doc, reg)
    products_named_as_parties(doc, reg)
    orgs_that_are_persons(doc, reg)
    employers_of_titled_people(doc, reg)
    names_without_their_leader(reg)
    alias_mentions(doc, reg)
    generic_mentions(doc, reg)
    descriptions_beside_names(doc, reg)
    country_groups(doc, reg)
    persons_that_are_orgs(reg)  # again: "the Tamlin union" may only now be a party
    arms_of_one_party(reg)
    remnants_of_longer_names(reg)
    clipped_names(reg)  # 'Minfin' of the Ministry of Finance
    affiliate_persons(doc, reg)
    person_genders(doc, reg)
    return reg
