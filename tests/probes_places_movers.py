"""Probe texts for the twentieth place pass (issue 14): a change of side placed by the mover's own phrase ("fighters
from X surrendered", "a commander in the X hills switched sides", "the militia of the X area") when nothing else in
the text places it, and a definite "the town" or "the village" that stands for a village named before that GeoNames
does not list ("Displaced families had sheltered in X for months. On Sunday gunmen attacked the village"). Names are
invented, as real reports name villages nobody has heard of. Each is (text, event types, place), the place written
before kg ran on the text. Used by tests/test_extract_places_movers.py."""

from __future__ import annotations

SIDES = ("DEFECTION", "ALLEGIANCE")
VIOLENT = ("ATTACK", "AIRSTRIKE")

# The place the mover's own phrase names, and a village a definite place noun stands for.
PROBES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "LOKOJA — Eleven members of the Ansaru faction from Ogbagba-Ekiti surrendered to troops of the 12 Brigade on "
        "Saturday, the army said.",
        SIDES,
        "Ogbagba-Ekiti",
    ),
    (
        "Thirty fighters from Kwadzogbe deserted the militia and gave themselves up to the army on Friday, a spokesman "
        "said.",
        SIDES,
        "Kwadzogbe",
    ),
    (
        "MONGO — A rebel commander in the Batha-Ouest hills has switched sides and joined the army, state radio "
        "reported.",
        SIDES,
        "the Batha-Ouest hills",
    ),
    (
        "ABECHE — The militia of the Kassara-Nord area announced on Tuesday that it was now loyal to the transitional "
        "council.",
        SIDES,
        "the Kassara-Nord area",
    ),
    (
        "Displaced families had sheltered in Mbaloko-Sud for months. On Sunday gunmen attacked the village, killing "
        "seven people, a local official said.",
        VIOLENT,
        "Mbaloko-Sud",
    ),
    (
        "Militants were seen on the hills above Kufr Dabsa-Gharbi on Monday. By dawn they had overrun the town and "
        "burned its market, residents said.",
        VIOLENT,
        "Kufr Dabsa-Gharbi",
    ),
]

# The deed's own place stays the place, whatever the mover's phrase names.
KEPT: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Dozens of fighters from Ndalu-Kope surrendered to soldiers at Gombiri-Tasha on Monday, the army said.",
        SIDES,
        "Gombiri-Tasha",
    ),
]

# Places the mover's past or a region's name gives, which are not where the event happened.
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Dozens of fighters from Ndalu-Kope surrendered to soldiers at Gombiri-Tasha on Monday, the army said.",
        SIDES,
        "Ndalu-Kope",
    ),
]
