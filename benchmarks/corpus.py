"""A synthetic newsroom day: invented wire stories about disputes, varied into many distinct articles.

Every story, place and person here is made up. Each template is filled with a different
pair of countries, names, city, dates and numbers per article, so no two articles share
their text (a model cache or a string store sees genuinely new input, as in production).
"""

from __future__ import annotations

import datetime as dt
import random

COUNTRIES = [
    "Estmark",
    "Wendria",
    "Northland",
    "Southland",
    "Karvonia",
    "Belmora",
    "Ostrava Republic",
    "Taluna",
    "Mirovia",
    "Quessa",
    "Dravenia",
    "Lusk",
    "Orlanda",
    "Pereth",
    "Sundara",
    "Valtaria",
]
FIRST = [
    "Ana",
    "Tomas",
    "Leila",
    "Jonas",
    "Odile",
    "Marek",
    "Ines",
    "Pavel",
    "Sara",
    "Yusuf",
    "Elin",
    "Rafael",
    "Nadia",
    "Henrik",
    "Amara",
    "Dmitri",
    "Lucia",
    "Kofi",
    "Mei",
    "Anders",
]
LAST = [
    "Berg",
    "Vidal",
    "Hassan",
    "Rell",
    "Sarn",
    "Novak",
    "Okafor",
    "Lind",
    "Moreau",
    "Castell",
    "Petrov",
    "Amari",
    "Keller",
    "Duarte",
    "Mensah",
    "Varga",
    "Holm",
    "Sato",
    "Ibarra",
    "Quist",
]
CITIES = [
    "Geneva",
    "Vienna",
    "Oslo",
    "Doha",
    "Nairobi",
    "Helsinki",
    "Lisbon",
    "Valletta",
    "Accra",
    "Montevideo",
]
MEDIATORS = ["Norway", "Switzerland", "Qatar", "the African Union", "the European Union", "Turkey", "Kenya"]
RIVERS = ["Kessel", "Oder", "Sava", "Tarn", "Lena", "Orra", "Vesna"]

TEMPLATES = [
    """{a} and {b} agree to resume border talks in {city}

{CITY}, {date_long} ({wire}) - {a} and {b} will resume talks on their disputed border next week, officials \
from both governments said on {weekday}, after a pause of {months} months that followed clashes near the \
{river} valley.

{a}'s Foreign Minister {p1} told reporters that her government was ready to sign a framework agreement, \
but only if {b} withdraws its troops from the {river} valley. "We will not negotiate under the barrel of a \
gun," {p1_last} said.

{b}'s president, {p2}, rejected the demand. "Our forces will stay until the refugees can return home \
safely," he said in a televised address. {b} wants an international monitoring mission before any pullback, \
a government spokesman said.

{mediator_cap}, which hosts the talks, said the next round would open on {next_date}. The United Nations \
envoy {p3} will mediate, and {mediator2} has offered to guarantee any deal. A referendum on the agreement is \
planned for {later_month}.
""",
    """Harbour pact stalls over fishing quotas

{CITY}, {date_long} ({wire}) - Talks between {a} and {b} on a shared harbour agreement stalled on \
{weekday} after the two governments failed to agree on fishing quotas in the {river} Bay, negotiators from \
both delegations said.

{a}'s fisheries minister, {p1}, said his country would sign only if {b} cut its trawler fleet in the bay by \
{pct} percent. "We cannot share a harbour with a fleet that empties our waters," {p1_last} told reporters \
outside the conference hall.

{b}'s chief negotiator, {p2}, rejected the demand and said {b} wanted an independent survey of fish stocks \
before any cut. "Numbers first, promises later," she said.

{mediator_cap}, which has hosted earlier rounds, offered to fund the survey. The next round of talks is \
scheduled for {next_date} in {city}. Fishing unions in both countries have threatened to blockade the port \
if no deal is reached by the end of {later_month}.
""",
    """Strike talks collapse as {a} dockworkers reject wage offer

{CITY}, {date_long} ({wire}) - Negotiations between {a}'s national port authority and the dockworkers' \
union collapsed late on {weekday}, union leaders said, raising the prospect of a strike that could halt \
{pct} percent of the country's exports.

The union's general secretary, {p1}, said members would walk out on {next_date} unless the authority \
raised its offer of a {small} percent pay rise. "We have been patient for {months} months. Patience has \
run out," {p1_last} said at a rally in the capital.

The authority's chairman, {p2}, said the offer was final and warned that a strike would cost the economy \
millions a day. He said the authority was open to talks on working hours but not on pay.

Labour Minister {p3} urged both sides to accept mediation by a retired judge. The government has not ruled \
out emergency legislation, a ministry spokeswoman said. A similar dispute in {later_month} {prev_year} \
ended after a ten-day stoppage.
""",
    """{b} demands compensation before water deal on the {river}

{CITY}, {date_long} ({wire}) - {b} will not sign a water-sharing treaty with {a} until it receives \
compensation for crops lost to last year's drought, its water minister said on {weekday}.

"There can be no agreement while our farmers are paying for a dam they did not build," Minister {p2} told \
parliament. {b} says the dam upstream on the {river} cut its share of the river's flow by {pct} percent.

{a} rejected the claim. Its energy minister, {p1}, said the dam had been filled according to a schedule \
agreed in {prev_year} and that {a} was prepared to share flow data every week. "We are ready to talk \
tomorrow, without conditions," {p1_last} said.

{mediator_cap} and the World Bank have offered technical help. Experts from the three parties are due to \
meet in {city} on {next_date}, and ministers could follow in {later_month} if the experts agree on the data.
""",
    """Ceasefire holds in {region} as prisoner exchange is set

{CITY}, {date_long} ({wire}) - A ceasefire between {a} and rebels of the {region} Liberation Front held for \
a {nth} day on {weekday}, and both sides said they would exchange prisoners next week under a deal \
brokered by {mediator}.

The front's spokesman, {p2}, said {big} prisoners would be freed on each side on {next_date}. The rebels \
insist that any lasting truce must include the withdrawal of government forces from {small} towns in the \
region.

{a}'s defence minister, {p1}, said the army would stay in the towns to protect civilians. "We will not \
hand our people over to armed groups," {p1_last} said. The government wants the front to disarm before \
political talks begin.

The International Committee of the Red Cross will oversee the exchange, its regional director {p3} said. \
Talks on a permanent ceasefire are expected to open in {city} in {later_month}.
""",
    """Trade row deepens as {a} threatens tariffs on {b} steel

{CITY}, {date_long} ({wire}) - {a} will impose tariffs of {pct} percent on steel from {b} from \
{next_date} unless {b} ends subsidies to its mills, {a}'s trade minister {p1} said on {weekday}.

"We have asked for fair competition for {months} months and received only promises," {p1_last} said in a \
statement. {a} has filed a complaint with the World Trade Organization.

{b}'s economy minister, {p2}, called the threat unjustified and said {b} would respond in kind. "If they \
raise tariffs, we will answer on their cars and their wine," {p2_last} said, adding that {b} remained open \
to talks in {city}.

The European Commission urged both governments to settle the dispute through negotiation. Industry groups \
in {a} said {big} jobs depended on a deal before {later_month}.
""",
]

WIRES = ["Wire", "Ledger", "Courier", "Dispatch"]


def _person(rng: random.Random) -> tuple[str, str]:
    last = rng.choice(LAST)
    return f"{rng.choice(FIRST)} {last}", last


def article(n: int, seed: int = 0) -> str:
    """Article number `n`: a template filled with names, places, dates and numbers drawn for `n`."""
    rng = random.Random(seed * 1_000_003 + n)
    a, b = rng.sample(COUNTRIES, 2)
    (p1, p1_last), (p2, p2_last), (p3, _) = (_person(rng) for _ in range(3))
    date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    next_date = date + dt.timedelta(days=rng.randrange(3, 40))
    later = date + dt.timedelta(days=rng.randrange(60, 200))
    mediator, mediator2 = rng.sample(MEDIATORS, 2)
    city = rng.choice(CITIES)
    fields = {
        "a": a,
        "b": b,
        "p1": p1,
        "p1_last": p1_last,
        "p2": p2,
        "p2_last": p2_last,
        "p3": p3,
        "city": city,
        "CITY": city.upper(),
        "wire": rng.choice(WIRES),
        "date_long": f"{date:%B} {date.day}, {date.year}",
        "weekday": f"{date:%A}",
        "next_date": f"{next_date:%B} {next_date.day}",
        "later_month": f"{later:%B}",
        "prev_year": str(date.year - 1),
        "months": str(rng.randrange(2, 19)),
        "pct": str(rng.randrange(8, 45)),
        "small": str(rng.randrange(2, 9)),
        "big": str(rng.randrange(40, 900)),
        "nth": rng.choice(["third", "fifth", "tenth", "twelfth"]),
        "river": rng.choice(RIVERS),
        "region": rng.choice(RIVERS) + "land",
        "mediator": mediator,
        "mediator_cap": mediator[0].upper() + mediator[1:],
        "mediator2": mediator2,
    }
    text = TEMPLATES[n % len(TEMPLATES)].format(**fields)
    return text + f"\n(Reporting by {p3}; editing by desk {n})\n"


def corpus(count: int, seed: int = 0) -> list[str]:
    return [article(n, seed) for n in range(count)]
