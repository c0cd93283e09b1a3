"""Places that real incident summaries, monitoring notes and wire stories give in shapes of their own (issue 14,
eighteenth pass, docs/EXTRACTION.md): a dated header whose date ends at a pipe or that the sentence splitter cut after
its mark, the step of a change of side told after it with its place ("The men were received in X"), a force's initials
on a site ("an FARDC position"), which say whose it is and not where, and a note's parenthesised place list after a
group's name. Sentences written for these tests; the towns are names invented or rare, as in real logs."""

from __future__ import annotations

import pytest

from kg.evaluate import matches
from tests.helpers import event_places

pytestmark = pytest.mark.model

VIOLENT = ("ATTACK", "AIRSTRIKE")
SIDES = ("DEFECTION", "ALLEGIANCE")


def _has(found: list[str | None], place: str) -> bool:
    return any(p is not None and matches(p, place) for p in found)


@pytest.mark.parametrize(
    ("text", "types", "place"),
    [
        (
            "14/06/2024 | Kandiwal-Pur, Sindh. Gunmen on motorcycles fired at a police van, wounding two constables.",
            VIOLENT,
            "Kandiwal-Pur",
        ),
        (
            "05/01/2025 — Gwarimbe, Borno. Twelve fighters of the JAS faction surrendered to troops with their rifles.",
            SIDES,
            "Gwarimbe",
        ),
    ],
    ids=["pipe", "cut after its dash"],
)
def test_a_dated_header_in_its_real_shapes_gives_the_place(nlp, text, types, place):
    found = event_places(nlp, text, types, date="2025-01-05")
    assert _has(found, place), (place, found)
    assert not any(p is not None and "/20" in p for p in found), found  # the header's date is no part of the place


def test_a_date_ending_at_a_pipe_inside_prose_is_no_header(nlp):
    text = "Gunmen attacked a police van in Kandiwal-Pur on 14/06/2024 | two constables were wounded."
    found = event_places(nlp, text, VIOLENT, date="2024-06-14")
    assert _has(found, "Kandiwal-Pur"), found


RECEIVED = [
    (
        "KAMPALA — Forty fighters of the ADF have abandoned the group and surrendered to the army, officials said on "
        "Monday. The men were received in Bwera-Kasese by the district commissioner.",
        "Bwera-Kasese",
    ),
    (
        "MANILA — Eleven members of the New People's Army surrendered to the army on Thursday, the brigade said. "
        "The returnees handed over 9 rifles during a ceremony at Camp Lantapan in Maramag town.",
        "Camp Lantapan",
    ),
    (
        "MOGADISHU — Fighters of a clan militia broke with al-Shabaab and joined government forces on Tuesday. "
        "About 80 fighters arrived in Ceel Qooxle with four technicals.",
        "Ceel Qooxle",
    ),
]


@pytest.mark.parametrize(("text", "place"), RECEIVED, ids=[p for _, p in RECEIVED])
def test_a_change_of_side_takes_the_place_of_its_step_told_after_it(nlp, text, place):
    found = event_places(nlp, text, ("DEFECTION",), date="2024-05-06")
    assert _has(found, place), (place, found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a step of another moment: the first group came in years before
        (
            "KAMPALA — Forty fighters of the ADF surrendered to the army on 3 May 2024, officials said. In 2019, a "
            "first group arrived in Bwera-Kasese.",
            "Bwera-Kasese",
        ),
        # a step dated apart from an undated change of side: an earlier group's
        (
            "KAMPALA — Forty fighters of the ADF have surrendered to the army, officials said. A first group had "
            "arrived in Bwera-Kasese in 2017.",
            "Bwera-Kasese",
        ),
        # a later sentence that is no step of it: where the men had fought
        (
            "KAMPALA — Forty fighters of the ADF have abandoned the group and surrendered to the army, officials said. "
            "The men said they had fought in Beni-Ville for years.",
            "Beni-Ville",
        ),
    ],
)
def test_no_step_no_place_from_it(nlp, text, wrong):
    found = event_places(nlp, text, ("DEFECTION",), date="2024-05-06")
    assert not _has(found, wrong), found


def test_a_forces_initials_on_a_site_are_whose_it_is_not_where(nlp):
    text = (
        "03/02/2024 — Kiboro-Ndule, North Kivu, DRC. A drone launched by M23 dropped an explosive on an FARDC "
        "position, killing two soldiers."
    )
    found = event_places(nlp, text, VIOLENT, date="2024-02-03")
    assert _has(found, "Kiboro-Ndule"), found


def test_a_sites_own_name_stays_its_place(nlp):
    found = event_places(nlp, "Gunmen attacked the Kibonge camp on Monday, killing two guards.", VIOLENT, date="2024")
    assert _has(found, "Kibonge camp"), found


def test_a_notes_parenthesised_places_after_a_group_give_the_town(nlp):
    text = (
        "On 4 March 2024, some 40 fighters of a clan militia declared allegiance to the federal government and joined "
        "the Darwish forces (Garsaale, Galguduud)."
    )
    found = event_places(nlp, text, ("ALLEGIANCE",), date="2024-03-04")
    assert _has(found, "Garsaale"), found


def test_parenthesised_names_without_an_area_are_no_place(nlp):
    text = "On 4 March 2024, gunmen attacked a bus carrying two traders (Hassan, Abdi), killing both."
    found = event_places(nlp, text, VIOLENT, date="2024-03-04")
    assert not any(p is not None and p in ("Hassan", "Abdi") for p in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Separatist rebels in the Papua highlands shot dead a motorcycle taxi driver in Tanggu Raya regency on "
            "Monday, police said.",
            "Tanggu Raya regency",
        ),
        ("Gunmen from Sokoto state killed five farmers in Dange-Wamba LGA on Sunday, police said.", "Dange-Wamba"),
    ],
)
def test_an_area_noun_with_its_name_on_the_victim_is_where(nlp, text, place):
    found = event_places(nlp, text, VIOLENT, date="2024-05-27")
    assert _has(found, place), (place, found)


def test_an_area_noun_without_a_name_is_no_place_of_its_own(nlp):
    # near miss: "the regency" names nothing, "Tanggu Raya regency" does
    from kg.extract.actors import Actors
    from kg.extract.toponyms import place_token

    named = nlp("Rebels shot dead a driver in Tanggu Raya regency on Monday.")
    bare = nlp("Rebels shot dead a driver in the regency on Monday.")
    assert place_token(next(t for t in named if t.lower_ == "regency"), Actors(named)) is not None
    assert place_token(next(t for t in bare if t.lower_ == "regency"), Actors(bare)) is None


def test_parenthesised_areas_after_a_place_noun_belong_to_it(nlp):
    # near miss: the areas qualify the settlement before them, which stays the place
    text = "On 31 August 2024, armed herders raided the Kori-Bala settlement (Damboa, Borno) and rustled cattle."
    found = event_places(nlp, text, VIOLENT, date="2024-08-31")
    assert _has(found, "Kori-Bala"), found
    assert not any(p == "Damboa" for p in found), found


def test_the_town_a_header_names_is_not_its_area(nlp):
    # "the town" stands for the header's town, not for the area written after it
    text = "11/01/2025 | Tongomayel, Soum. JNIM fighters besieging the town fired mortars at the army camp."
    found = event_places(nlp, text, VIOLENT, date="2025-01-11")
    assert _has(found, "Tongomayel"), found
    assert not any(p == "Soum" for p in found), found


def test_initials_after_the_sites_own_name_are_part_of_it(nlp):
    # near miss: "IDP" is the camp's kind, "Lukodi" its name; the camp stays the place
    text = "In northern Uganda, rebels attacked the Lukodi IDP camp in 2004, killing dozens."
    found = event_places(nlp, text, VIOLENT, date="2024")
    assert _has(found, "Lukodi IDP camp"), found
