"""Air strikes told by what flies, aircraft brought down, missiles that hit, and strikes told of a kind (issue 14,
eleventh pass).  Sentences written for these tests, a third of them with places and groups no gazetteer knows."""

from __future__ import annotations

import pytest
from helpers import asserted_types

from kg.models import EventType

pytestmark = pytest.mark.model

ATTACKS = {EventType.ATTACK, EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        "The air force said its Alpha Jets neutralised scores of terrorists at Tumbun Rego on the lake shore.",
        "Turkish F-16s shot down an unidentified drone near the border with Syria.",
        "The Iranian-made drone was intercepted by a fighter jet before it reached the border, the military said.",
        "Allied bombing raids on the cities went on for months.",
        "Two loitering munitions slammed into an ammunition depot at Velyka Soloma before dawn.",
        "Russian Tu-22M3 bombers launched cruise missiles at the port of Odesa, Ukraine's air force said.",
        "Russian aviation struck positions of the 47th Brigade near Novomykhailivka overnight, the General Staff said.",
        "A helicopter fired on protesters in the town of Laiza, killing six.",
        "A suicide drone crashed into a residential building in Zaporizhzhia, killing two people.",
        "Russian Aerospace Forces struck militant positions in Idlib province, the Russian Defence Ministry said.",
        "The army said its air component struck an ADF camp near Beni.",
        "Air assets of the coalition engaged an ISIS mortar team near Hajin.",
        "Air-dropped bombs hit the village of Karoma twice on Sunday.",
        "Glide bombs hit Kharkiv overnight, injuring 12, the governor said.",
        "Jets circled over Saada for hours on Tuesday. Residents said three houses were destroyed. The Houthi-run "
        "health ministry said the attacks killed eight people.",
        "Ankara said it neutralised 12 PKK terrorists in air operations in the Gara region.",
        "The Nigerian Air Force said it had destroyed a Boko Haram logistics base near Gwoza.",
        "The strike by a US drone was the first in the region this year; elders said it killed two fighters of the "
        "Zinder Brigade near Koumbari.",
    ],
)
def test_a_deed_whose_doer_flies_is_an_air_strike(nlp, text):
    assert EventType.AIRSTRIKE in asserted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Sukhoi jet was seen circling over Habbarin shortly before noon. Minutes later the bombing levelled two "
        "buildings near the mosque, killing nine.",
        "Drones were heard over the camp at Mellit for most of the night. The strike hit a tent where commanders of "
        "the Rapid Support Forces slept.",
        "Witnesses described a jet swooping low over the river. The bombing destroyed the only bridge linking Sarbat "
        "and Ennadi.",
    ],
)
def test_the_strike_after_aircraft_seen_or_heard_is_an_air_strike(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS == {EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        "Anti-aircraft guns of the Jabhat al-Nasr group fired at government positions on the ridge above Ajnad.",
        "Government troops stormed the village after a night of heavy shelling, residents said.",
        "Three mortar shells landed near the police station in Ganda, residents said.",
        "Sea drones struck the Kerch bridge early on Monday.",
        "A Ukrainian naval drone attacked a Russian patrol ship in the Black Sea.",
        "Air defence forces of the Zarkovo garrison fired on the militia's positions across the river.",
        "The shelling hit the market in Ganda. It killed four people, residents said.",
        "Russia fired 40 missiles at Ukraine overnight, the air force said.",
        "Russia fired 40 missiles overnight, Ukraine's air force said. The strikes hit energy facilities in Lviv.",
        "BAMAKO - A truck packed with explosives rammed a base of the peacekeepers near Tessit, wounding nine. Three "
        'were evacuated by helicopter. "We came under attack at dawn," a spokesman said. No group has claimed the '
        "bombing.",
        "Jets circled over Saada for hours on Tuesday. Gunmen later attacked a checkpoint on the city's edge. The "
        "attack killed eight people.",
    ],
)
def test_ground_fire_is_an_attack_not_an_air_strike(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS == {EventType.ATTACK}


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they had downed a U.S. MQ-9 Reaper over Marib province.",
        "Rebels of the Sahel Liberation Army claimed to have brought down an army helicopter near Ansongo.",
        "A Shahed drone was downed over Kyiv region overnight; no casualties were reported.",
        "Mortar rounds fell on a market in Ganda, wounding eleven people.",
        "Russian forces launched cruise missiles at the port of Odesa.",
        "Ukrainian forces carried out 12 strikes on Russian positions, the General Staff reported.",
    ],
)
def test_aircraft_brought_down_and_missiles_that_hit_are_attacks(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS == {EventType.ATTACK}


@pytest.mark.parametrize(
    "text",
    [
        "Workers downed tools at the plant in Kelvara on Monday.",
        "The scandal brought down the government in 2019.",
        "Police intercepted a truck carrying cigarettes near the border.",
        "North Korea launched a ballistic missile on Tuesday.",
        "Iran unveiled a new ballistic missile at a parade in Tehran.",
        "The army displayed mortar rounds and loitering munitions at the parade.",
        "The company's shares bombed after it reported a quarterly loss.",
        "Critics carpet-bombed the minister's proposal in a heated parliamentary debate.",
        "A surveillance drone crashed in a field near the base at Tarvuk.",
        "The teachers' union staged strikes on Monday in Lagos.",
        "Nurses struck on Monday over pay, the general secretary of their union said.",
    ],
)
def test_downed_tools_tests_parades_and_figures_are_no_attacks(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike typically costs less than a manned sortie, analysts say.",
        "In military usage, an air strike means an attack on a ground target made by aircraft.",
        "Strikes of this kind range from a single guided bomb to waves of heavy bombers.",
        "Each strike is reviewed by a targeting cell before it is approved.",
        "Helicopter gunships usually strike at night, when the militants move.",
        "The drones are used to attack tanks and artillery positions.",
        "Warlords often bomb villages to punish those who refuse to pay taxes.",
    ],
)
def test_strikes_told_of_a_kind_are_no_events(nlp, text):
    assert not asserted_types(nlp, text) & ATTACKS


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed three men in a car near Marib on Monday.",
        "Each strike on Tuesday hit a fuel depot of the Tarnas Hawks near Zalinda.",
        "Boko Haram often attacks villages in Borno state.",
        "The drones were used to attack tanks near Avdiivka.",
        "Jets strike rebel positions near Aleppo.",
    ],
)
def test_the_same_words_of_one_deed_stay_events(nlp, text):
    assert asserted_types(nlp, text) & ATTACKS
