"""A change of side announced by its mover happened where he announced it (kg/extract/placeannounced.py, issue 14,
sixteenth pass): "X announced in Kidal that he had left the coalition"; not where someone else said it ("Police said
in Kisumu that he had surrendered"). Sentences written for these tests; names invented or rare."""

from __future__ import annotations

import pytest

from kg.evaluate import matches
from tests.helpers import event_places

pytestmark = pytest.mark.model

SIDES = ("DEFECTION", "ALLEGIANCE")

ANNOUNCED = [
    (
        "Colonel Brahim Ag Mossa announced in Tabankort on Tuesday that he had left the rebel coalition and would "
        "place his men under the army's command, a spokesman said.",
        "Tabankort",
    ),
    (
        "A senior commander of the Tawana Brigade has announced his defection to the army in a video filmed in Mellit "
        "on Sunday.",
        "Mellit",
    ),
]


@pytest.mark.parametrize(("text", "place"), ANNOUNCED, ids=[p for _, p in ANNOUNCED])
def test_the_movers_announcement_gives_the_place(nlp, text, place):
    found = event_places(nlp, text, SIDES, date="2024-05-02")
    assert any(p is not None and matches(p, place) for p in found), (place, found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Police said in Kisumu on Monday that he had surrendered to the army with his rifle.", "Kisumu"),
        ("The army announced in Wau on Monday that forty rebels had defected to the government.", "Wau"),
    ],
)
def test_someone_elses_word_gives_no_place(nlp, text, wrong):
    found = event_places(nlp, text, SIDES, date="2024-05-02")
    assert not any(p is not None and matches(p, wrong) for p in found), found
