"""General lexicons: reporting and stance verbs, condition markers, roles, and a gazetteer.

The gazetteer lists states with their other names, demonyms, capitals and
seats of government, plus blocs and international bodies. It names places and
institutions, never office holders: who speaks for whom is read from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs that introduce speech or a statement: "X said", "said X", "X told reporters".
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "declare",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "underscore",
        "reiterate",
        "insist",
        "claim",
        "assert",
        "argue",
        "warn",
        "confirm",
        "deny",
        "explain",
        "write",
        "tweet",
        "post",
        "report",
        "quote",
        "cite",
        "suggest",
        "indicate",
        "signal",
        "acknowledge",
        "admit",
        "concede",
        "remark",
        "comment",
        "clarify",
        "reply",
        "respond",
        "answer",
        "describe",
        "call",
        "maintain",
        "predict",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "urge",
        "demand",
        "ask",
        "repeat",
        "mention",
        "highlight",
        "point",
        "contend",
        "allege",
        "accuse",
        "criticize",
        "criticise",
        "condemn",
        "hail",
        "welcome",
        "praise",
        "reaffirm",
        "affirm",
        "assure",
        "caution",
        "complain",
        "charge",
        "counter",
        "dismiss",
        "reject",
        "raise",
        "express",
    ]
)

# Verbs by which a party takes a stance without quoting anyone: "Hamas has insisted on ...".
STANCE_VERBS = frozenset(
    [
        "want",
        "seek",
        "demand",
        "insist",
        "reject",
        "refuse",
        "accept",
        "agree",
        "offer",
        "propose",
        "plan",
        "aim",
        "intend",
        "hope",
        "expect",
        "decline",
        "dismiss",
        "rule",
        "oppose",
        "support",
        "back",
        "endorse",
        "favour",
        "favor",
        "welcome",
        "condemn",
        "criticize",
        "criticise",
        "accuse",
        "call",
        "urge",
        "press",
        "push",
        "threaten",
        "warn",
        "vow",
        "pledge",
        "promise",
        "commit",
        "withdraw",
        "suspend",
        "halt",
        "resume",
        "boycott",
        "walk",
        "abandon",
        "sign",
        "ratify",
        "approve",
        "veto",
        "block",
        "refrain",
        "consider",
        "prepare",
        "ready",
        "determine",
        "sanction",
        "impose",
        "lift",
        "reimpose",
        "retaliate",
        "respond",
        "counter",
        "make",
        "present",
        "submit",
        "table",
        "send",
        "negotiate",
        "bargain",
        "talk",
        "meet",
        "discuss",
        "engage",
        "open",
        "express",
        "raise",
        "underscore",
        "stress",
        "describe",
        "announce",
        "declare",
        "confirm",
        "deny",
        "claim",
        "say",
        "tell",
        "note",
        "add",
        "state",
        "insist",
        "require",
        "need",
        "fail",
    ]
)

# Either kind: a verb by which a party speaks or takes a stance.
STATEMENT_VERBS = REPORTING_VERBS | STANCE_VERBS

# Reporting verbs whose grammatical subject is the reporter, not the speaker: "Interfax quoted X as saying".
QUOTING_VERBS = frozenset({"quote", "cite"})

SPEECH_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "address", "speech", "post", "letter", "update", "release"}
)

# Condition markers, most specific first; each maps to a short label for the brief.
CONDITION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        ("only if", r"\bonly (?:if|when|after|once)\b"),
        (
            "on condition",
            # "speaking on condition of anonymity" is how a reporter protects a source, not a condition.
            r"\bon (?:the )?condition (?:that|of)\b(?! anonymity)|\bconditional (?:on|upon)\b|\bconditioned on\b",
        ),
        ("provided", r"\bprovided(?: that)?\b|\bproviding that\b"),
        ("as long as", r"\bas long as\b|\bso long as\b"),
        ("unless", r"\bunless\b"),
        (
            "not until",
            r"\b(?:not|no|never|won't|will not|cannot|can't|rul(?:ed|es|ing) out|refus\w+|reject\w*)\b[^.;]{0,120}?\buntil\b|\bnot until\b",
        ),
        (
            "until",
            r"\b(?:will|would|shall)\b[^.;]{0,60}\b(?:hold|remain|stay|continue|keep|fight|strike)\w*\b[^.;]{0,60}\buntil\b",
        ),
        ("while", r"\bcan be no \w+ while\b|\bno \w+ (?:can|will) \w+ while\b"),
        (
            "before",
            r"\b(?:must|should|has to|have to|need to|needs to)\b[^.;]{0,80}\bbefore\b|\bbefore (?:agreeing|any|signing|talks|negotiations|a deal|resuming|returning)\b",
        ),
        (
            "first",
            r"\b(?:must|has to|have to|need to|needs to) first\b|\bbut first\b|\bfirst,? (?:we|they|it|you) (?:must|have to|need to)\b",
        ),
        (
            # "the treaty text should be signed first": the whole demand, not a clause opened by a marker
            "done first",
            r"\b(?:must|should|has to|have to|needs? to) be \w+ first\b",
        ),
        ("in exchange for", r"\bin (?:exchange|return) for\b"),
        ("prerequisite", r"\b(?:pre-?condition|prerequisite|precondition)s?\b|\bas a condition\b"),
        ("without", r"\b(?:not|never|won't|will not|refuse[sd]?|cannot|can't)\b[^.;]{0,80}\bwithout\b"),
        ("red line", r"\bnon-negotiable\b|\bred lines?\b|\bnot up for negotiation\b|\bnot negotiable\b"),
        (
            "demand",
            r"\bdemand(?:ed|ing)\b|\bdemands? (?:that|for|to)\b|\binsist(?:s|ed|ing)? on\b"
            r"|\bs(?:eek|eeks|ought|eeking) (?:\w+ ){0,2}(?:assurances|guarantees|commitments)\b"
            r"|\bcall(?:ed|s|ing)? on (?:the )?\w+(?: \w+)? to\b",
        ),
        (
            "must",
            r"\bmust\b[^.;]{0,80}\b(?:as part of|for|in) (?:any|a|the)(?: \w+){0,2} (?:deal|agreement|accord|settlement|ceasefire|truce)\b",
        ),
        ("require", r"\b(?:requires?|required|requiring)\b"),
        ("when ready", r"\bwhen (?:they|it|he|she|the \w+) (?:is|are) ready\b"),
        ("if", r"\bif\b"),
    )
)

# Words that make a main clause about a deal, talks or peace: an "if" there sets a condition.
DEAL_WORDS = frozenset(
    [
        "talk",
        "talks",
        "negotiate",
        "negotiation",
        "negotiations",
        "dialogue",
        "deal",
        "agreement",
        "accord",
        "treaty",
        "truce",
        "ceasefire",
        "peace",
        "settlement",
        "sign",
        "ready",
        "willing",
        "open",
        "prepared",
        "agree",
        "accept",
        "end",
        "stop",
        "cease",
        "release",
        "return",
        "withdraw",
        "resume",
        "continue",
        "meet",
        "offer",
        "contract",
        "strike",
        "work",
        "bargain",
        "compromise",
    ]
)

# Nouns that name a role a third party plays, mapped to the label the brief shows.
ROLE_WORDS: dict[str, str] = {
    "mediate": "mediator",
    "mediator": "mediator",
    "mediation": "mediator",
    "broker": "mediator",
    "facilitate": "facilitator",
    "facilitator": "facilitator",
    "host": "host",
    "guarantor": "guarantor",
    "guarantee": "guarantor",
    "observer": "observer",
    "monitor": "monitor",
    "back": "backer",
    "backer": "backer",
    "support": "backer",
    "sponsor": "sponsor",
    "envoy": "envoy",
    "sanction": "sanctions",
    "arm": "arms supplier",
    "ally": "ally",
}

# Words in an organisation's name that tell its kind; the kind decides which generic
# descriptions ("the union", "the company") can refer to it.
ORG_KINDS: dict[str, str] = {
    "union": "union",
    "unions": "union",
    "workers": "union",
    "machinists": "union",
    "teamsters": "union",
    "federation": "union",
    "guild": "union",
    "association": "union",
    "nurses": "union",
    "teachers": "union",
    "employees": "union",
    "pilots": "union",
    "brotherhood": "union",
    "confederation": "union",
    "local": "union",
    "district": "union",
    "company": "company",
    "inc": "company",
    "corp": "company",
    "corporation": "company",
    "co": "company",
    "ltd": "company",
    "plc": "company",
    "group": "company",
    "airlines": "company",
    "airways": "company",
    "motors": "company",
    "health": "company",
    "producers": "company",
    "employers": "company",
    "studios": "company",
    "holdings": "company",
    "systems": "company",
    "technologies": "company",
    "energy": "company",
    "bank": "company",
    "forces": "armed",
    "army": "armed",
    "militia": "armed",
    "front": "armed",
    "brigades": "armed",
    "movement": "movement",
    "party": "movement",
    "council": "government",
    "ministry": "government",
    "government": "government",
    "administration": "government",
}

# Generic descriptions that refer back to a party already named: "the union said".
GENERIC_PARTY_NOUNS: dict[str, str] = {
    "union": "union",
    "machinists": "union",
    "workers": "union",
    "company": "company",
    "carrier": "company",
    "firm": "company",
    "manufacturer": "company",
    "employer": "company",
    "management": "company",
    "group": "any",
    "coalition": "any",
    "alliance": "any",
    "movement": "movement",
    "militia": "armed",
    "rebels": "armed",
    "army": "state",  # "the army", "the military": the state's own forces
    "military": "state",
    "paramilitary": "armed",
    "government": "government",
    "administration": "government",
    "ministry": "government",
    "cabinet": "government",
    "commission": "government",
    "authorities": "government",
    # The employer in a labour dispute: a school district, a board, the management.
    "district": "company",
    "board": "company",
}

# People's titles: their presence makes a PERSON a speaker for a party, and they are
# skipped when a title is turned into a name.
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "trade",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "special",
        "ambassador",
        "chief",
        "commander",
        "general",
        "leader",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "negotiator",
        "representative",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "ayatollah",
        "supreme",
        "deputy",
        "senior",
        "official",
        "officer",
        "ceo",
        "coo",
        "cfo",
        "executive",
        "press",
        "mr",
        "mrs",
        "ms",
        "dr",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "diplomat",
        "top",
        "lead",
        "chief",
        "army",
        "military",
        "gen.",
        "lt.",
        "col.",
        "adviser",
        "advisor",
        "aide",
        "counsel",
        "attorney",
        "speaker",
        "commissioner",
        "high",
        "pm",
        "fm",
        "negotiator",
        "counterpart",
    ]
)

# News agencies, broadcasters and platforms are sources of reports, not parties.
_NEWS_SOURCE_NAMES = {
    "reuters",
    "ap",
    "afp",
    "associated press",
    "agence france-presse",
    "interfax",
    "tass",
    "ria novosti",
    "xinhua",
    "bbc",
    "cnn",
    "al jazeera",
    "bloomberg",
    "dpa",
    "efe",
    "ansa",
    "anadolu",
    "anadolu agency",
    "kyodo",
    "yonhap",
    "irna",
    "isna",
    "tasnim",
    "fars",
    "sputnik",
    "ukrinform",
    "unian",
    "the guardian",
    "guardian",
    "new york times",
    "the new york times",
    "washington post",
    "the washington post",
    "wall street journal",
    "the wall street journal",
    "financial times",
    "axios",
    "politico",
    "nbc",
    "abc",
    "cbs",
    "fox news",
    "sky news",
    "i24news",
    "times of israel",
    "haaretz",
    "twitter",
    "x",
    "facebook",
    "telegram",
    "instagram",
    "youtube",
    "truth social",
    "wafa",
    "sana",
    "saba",
    "suna",
    "mena",
    "itar-tass",
    "ria",
    "nhk",
    "cctv",
    "global times",
    "le monde",
    "der spiegel",
    "el pais",
    "dawn",
    "the hindu",
}


def is_news_source(name: str) -> bool:
    """A news agency, broadcaster or platform: a source of reports, never a party to the dispute."""
    low = re.sub(r"^the\s+", "", name.lower().strip())
    if lookup_place(name) is not None:
        return False  # "International Atomic Energy Agency" is a body of the gazetteer, not a newsroom
    return low in _NEWS_SOURCE_NAMES or low.endswith(" news agency")


@dataclass(frozen=True)
class Place:
    """A state or bloc with every name the text may use for it."""

    name: str
    kind: str  # "state", "bloc", "body"
    names: tuple[str, ...]  # the name and its variants
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()  # capitals and seats of government, used as metonyms

    def all_names(self) -> tuple[str, ...]:
        return self.names + self.demonyms + self.seats


# name | other names | demonyms | capitals and seats of government
_STATES = """
United States|US,U.S.,USA,U.S.A.,America,United States of America,the United States,the US,the U.S.|American,Americans,U.S.-|Washington,White House,Pentagon,State Department
Russia|Russian Federation|Russian,Russians|Moscow,Kremlin
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
China|People's Republic of China,PRC|Chinese|Beijing
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London,Downing Street,Whitehall
France|French Republic|French|Paris,Elysee,Élysée
Germany||German,Germans|Berlin
Italy||Italian,Italians|Rome
Spain||Spanish|Madrid
Poland||Polish|Warsaw
Turkey|Türkiye,Turkiye|Turkish|Ankara
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Syria|Syrian Arab Republic|Syrian,Syrians|Damascus
Israel||Israeli,Israelis|Jerusalem
Palestine|Palestinian territories,Palestinian Authority|Palestinian,Palestinians|Ramallah
Lebanon||Lebanese|Beirut
Jordan||Jordanian|Amman
Egypt||Egyptian,Egyptians|Cairo
Saudi Arabia|Kingdom of Saudi Arabia|Saudi,Saudis|Riyadh
Qatar||Qatari|Doha
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati|Abu Dhabi
Oman|Sultanate of Oman|Omani|Muscat
Yemen||Yemeni|Sanaa
Kuwait||Kuwaiti|Kuwait City
Bahrain||Bahraini|Manama
Sudan|Republic of Sudan|Sudanese|Khartoum,Port Sudan
South Sudan||South Sudanese|Juba
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Eritrea||Eritrean|Asmara
Somalia||Somali|Mogadishu
Kenya||Kenyan|Nairobi
Libya||Libyan|Tripoli
Tunisia||Tunisian|Tunis
Algeria||Algerian|Algiers
Morocco||Moroccan|Rabat
Nigeria||Nigerian|Abuja
South Africa||South African|Pretoria
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa
Rwanda||Rwandan|Kigali
Uganda||Ugandan|Kampala
Mali||Malian|Bamako
Niger||Nigerien|Niamey
Chad||Chadian|N'Djamena
India||Indian|New Delhi,Delhi
Pakistan||Pakistani|Islamabad
Afghanistan||Afghan|Kabul
Bangladesh||Bangladeshi|Dhaka
Japan||Japanese|Tokyo
South Korea|Republic of Korea|South Korean|Seoul
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
Taiwan||Taiwanese|Taipei
Vietnam|Viet Nam|Vietnamese|Hanoi
Philippines||Philippine,Filipino|Manila
Indonesia||Indonesian|Jakarta
Malaysia||Malaysian|Kuala Lumpur
Thailand||Thai|Bangkok
Myanmar|Burma|Burmese|Naypyidaw
Cambodia||Cambodian|Phnom Penh
Australia||Australian|Canberra
New Zealand||New Zealander|Wellington
Canada||Canadian,Canadians|Ottawa
Mexico||Mexican,Mexicans|Mexico City
Brazil||Brazilian|Brasilia,Brasília
Argentina||Argentine,Argentinian|Buenos Aires
Colombia||Colombian,Colombians|Bogota,Bogotá
Venezuela||Venezuelan|Caracas
Cuba||Cuban|Havana
Chile||Chilean|Santiago
Peru||Peruvian|Lima
Norway||Norwegian|Oslo
Sweden||Swedish|Stockholm
Finland||Finnish|Helsinki
Denmark||Danish|Copenhagen
Netherlands|the Netherlands,Holland|Dutch|Amsterdam,The Hague
Belgium||Belgian|
Switzerland||Swiss|Bern
Austria||Austrian|Vienna
Hungary||Hungarian|Budapest
Romania||Romanian|Bucharest
Bulgaria||Bulgarian|Sofia
Greece||Greek|Athens
Cyprus||Cypriot|Nicosia
Serbia||Serbian,Serb,Serbs|Belgrade
Kosovo||Kosovar,Kosovan|Pristina
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Croatia||Croatian|Zagreb
Albania||Albanian|Tirana
North Macedonia|Macedonia|Macedonian|Skopje
Montenegro||Montenegrin|Podgorica
Moldova||Moldovan|Chisinau
Belarus||Belarusian|Minsk
Georgia||Georgian|Tbilisi
Armenia||Armenian,Armenians|Yerevan
Azerbaijan||Azerbaijani,Azeri|Baku
Kazakhstan||Kazakh|Astana
Ireland||Irish|Dublin
Portugal||Portuguese|Lisbon
Lithuania||Lithuanian|Vilnius
Latvia||Latvian|Riga
Estonia||Estonian|Tallinn
Czech Republic|Czechia|Czech|Prague
Slovakia||Slovak|Bratislava
Vatican|Holy See|Vatican|Vatican City
"""

_BLOCS = """
European Union|EU,E.U.,European Commission,European Council,EU Commission|European|Brussels|bloc
North Atlantic Treaty Organization|NATO|||bloc
United Nations|UN,U.N.,UN Security Council,Security Council,United Nations Security Council,UNSC|||body
African Union|AU,A.U.|||bloc
Arab League|League of Arab States|||bloc
ASEAN|Association of Southeast Asian Nations|||bloc
BRICS||||bloc
G7|Group of Seven,G-7|||bloc
G20|Group of 20,G-20|||bloc
Gulf Cooperation Council|GCC|||bloc
Organization for Security and Co-operation in Europe|OSCE|||body
International Atomic Energy Agency|IAEA|||body
International Monetary Fund|IMF|||body
World Trade Organization|WTO|||body
World Bank||||body
International Committee of the Red Cross|ICRC,Red Cross|||body
IGAD|Intergovernmental Authority on Development|||bloc
ECOWAS|Economic Community of West African States|||bloc
Organization of American States|OAS|||bloc
Catholic Church|Vatican,Holy See|||body
Global South||||bloc
"""


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(",") if x.strip())


def _load_places() -> tuple[Place, ...]:
    places = []
    for line in _STATES.strip().splitlines():
        name, others, demonyms, seats = [*line.split("|"), "", "", ""][:4]
        places.append(Place(name, "state", (name, *_split(others)), _split(demonyms), _split(seats)))
    for line in _BLOCS.strip().splitlines():
        name, others, demonyms, seats, kind = [*line.split("|"), "", "", "", ""][:5]
        places.append(Place(name, kind or "bloc", (name, *_split(others)), _split(demonyms), _split(seats)))
    return tuple(places)


PLACES: tuple[Place, ...] = _load_places()


def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in PLACES:
        for alias in place.all_names():
            key = normalise_name(alias)
            index.setdefault(key, place)
    return index


def normalise_name(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ").strip()
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s?$", "", text)
    return " ".join(text.split()).lower().rstrip(".")


_PLACE_INDEX = _index()


def lookup_place(text: str) -> Place | None:
    """The state or bloc a name, demonym, capital or seat of government stands for."""
    key = normalise_name(text)
    if key in _PLACE_INDEX:
        return _PLACE_INDEX[key]
    if key.endswith("s") and key[:-1] in _PLACE_INDEX:  # plural demonyms: "Qataris"
        return _PLACE_INDEX[key[:-1]]
    return None


def place_pattern() -> re.Pattern[str]:
    """One regex for every place name, longest first, matched on word boundaries."""
    names = sorted({a for p in PLACES for a in p.all_names() if len(a) > 1}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
