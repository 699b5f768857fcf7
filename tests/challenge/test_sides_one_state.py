"""Challenge suite (issue #25, class 1): a state and its own court are one side.

When the court of a state acts in the story ('the Peruvian Constitutional Court froze the miner's licence'), the
state is not a second side beside it; a union or a company named with the state's demonym is no
organ of it and stays a side of its own. Invented articles."""

from __future__ import annotations

from . import brief_of

STATE_AND_ITS_COURT = (
    "Peruvian Constitutional Court Judge Luis Marca froze the export licence of Andes Copper on Thursday. In a "
    "40-page ruling, the judge found that the miner had cleared forest near Cusco without a permit from Peru. "
    "Until the hills are replanted, no ore from the mine may leave Peru, the Peruvian Constitutional Court said in a "
    "statement. Andes Copper has not commented."
)


def test_a_state_is_not_a_side_beside_its_own_court() -> None:
    names = [side.name for side in brief_of(STATE_AND_ITS_COURT).sides]
    assert "Peruvian Constitutional Court" in names, names
    assert "Peru" not in names, names


STATE_AND_A_UNION_NAMED_FOR_IT = (
    "The Chilean Dockers Union began a strike at the northern ports on Monday, and it will stay out until wages "
    "rose by 9 percent, the union said. Chile's labour minister Rosa Vidal said the government would not negotiate "
    "while the ports were closed. The union turned down a 4 percent raise the government had offered."
)


def test_a_union_named_for_its_state_stays_a_side_against_it() -> None:
    names = [side.name for side in brief_of(STATE_AND_A_UNION_NAMED_FOR_IT).sides]
    assert "Chilean Dockers Union" in names and "Chile" in names, names
