"""Probe texts for places written inside other phrases and for fillers that are no place (issue 14, eighth pass):
a newspaper's or an organisation's name after "the offices of", a place inside the target's own phrase ("residents of
Nambwa village, Meluco district"), a place and its area linked by "in" with no comma ("at Shibganj upazila in
Chapainawabganj"), a local area word before the name ("in vereda La Gurupera (Tarazá, Antioquia)", "barangay
Casanayan"), a monitoring note's single area in parentheses ("Paletwa township (Chin)"), a border named by a country
("on the Thai border"), and the event's place noun placed in a later sentence ("The station is in Pirimo"). About
half the names are invented: real reports name villages nobody has heard of. Each is (text, event types, place), the
place written before kg ran on the text. Used by tests/test_extract_places_nested.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")
SIDES = ("DEFECTION", "ALLEGIANCE")

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- the owner of a facility is no place: the town is ---
    (
        "Gunmen stormed the offices of the weekly Le Canard Rouge in Ouagadougou and beat two journalists.",
        VIOLENT,
        "Ouagadougou",
    ),
    ("Masked men stormed the offices of the weekly Tamburi Voice in Kelemba on Friday night.", VIOLENT, "Kelemba"),
    (
        "Unidentified gunmen attacked the headquarters of the newspaper Al-Fajr al-Jadid in Misrata.",
        VIOLENT,
        "Misrata",
    ),
    ("Suspected militants attacked the office of the Kivu Relief Committee in Uvira.", VIOLENT, "Uvira"),
    ("Unknown men set fire to the premises of the Mountain Echo weekly in Bamenda.", VIOLENT, "Bamenda"),
    # --- a place inside the target's own phrase ---
    (
        "Insurgents beheaded three residents of Nambwa village, Meluco district, Cabo Delgado province.",
        VIOLENT,
        "Nambwa village",
    ),
    ("Gunmen killed five residents of Kotolo village in Dumbara district on Saturday.", VIOLENT, "Kotolo village"),
    ("Residents of Kabalo said militiamen had burnt down dozens of houses overnight.", VIOLENT, "Kabalo"),
    ("Attackers set fire to the Paris offices of the satirical magazine early on Wednesday.", VIOLENT, "Paris"),
    # --- a place and its area linked by "in", however the parser hung it ---
    (
        "On 4 March, BNP activists attacked Awami League supporters at Shibganj upazila in Chapainawabganj.",
        VIOLENT,
        "Shibganj upazila",
    ),
    (
        "On 8 April, Awami League men attacked a rival group at Kholapur upazila in Durmanganj district.",
        VIOLENT,
        "Kholapur upazila",
    ),
    ("Militants attacked a police post near Beremko in Walundi district.", VIOLENT, "Beremko"),
    ("On 11 May, NSAG attacked a convoy near Garango village in Tenkodogo district.", VIOLENT, "Garango village"),
    # --- a local area word before the name; a single area in parentheses ---
    (
        "On 3 May 2021, ELN militants killed a farmer in vereda La Gurupera (Taraza, Antioquia).",
        VIOLENT,
        "La Gurupera",
    ),
    (
        "On 12 June, suspected AGC members shot dead a social leader in vereda El Mirlo (Pelambre, Cordoba).",
        VIOLENT,
        "El Mirlo",
    ),
    (
        "Militants killed a soldier in corregimiento La Caucana of Taraza municipality.",
        VIOLENT,
        "La Caucana",
    ),
    (
        "More than 40 NPA rebels surrendered to the military in barangay Casanayan, Pilar town, Capiz.",
        SIDES,
        "Casanayan",
    ),
    (
        "On 23 May 2023, clashes between AA and Tatmadaw were reported in Paletwa township (Chin).",
        VIOLENT,
        "Paletwa township",
    ),
    # --- a border named by a country ---
    ("Turkish jets struck PKK positions along the Iraqi border on Sunday.", VIOLENT, "the Iraqi border"),
    (
        "Government troops captured part of a Kelan rebel stronghold on the Tanzanian border after two days of "
        "fighting.",
        VIOLENT,
        "the Tanzanian border",
    ),
    # --- the event's place noun placed in a later sentence ---
    (
        "Unknown attackers torched a police station, officials said. The station is in Pirimo, a town in the north.",
        VIOLENT,
        "Pirimo",
    ),
    (
        "Gunmen raided a cattle market at dawn, killing six traders. The market, located near Serevo, had been "
        "attacked twice this year.",
        VIOLENT,
        "Serevo",
    ),
]

# Places, and fillers that are no place, which are not where the event happened.
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Gunmen stormed the offices of the weekly Le Canard Rouge in Ouagadougou and beat two journalists.",
        VIOLENT,
        "Le Canard Rouge",
    ),
    (
        "Suspected militants attacked the office of the Kivu Relief Committee in Uvira.",
        VIOLENT,
        "Kivu Relief Committee",
    ),
    ("On 23 May 2023, clashes between AA and Tatmadaw were reported in Paletwa township (Chin).", VIOLENT, "Chin"),
    (
        "Gunmen attacked a police post in Kotolo on Monday, then fled toward the Niger border.",
        VIOLENT,
        "the Niger border",
    ),
    ("The Tamburi Liberation Front in Kelemba district attacked a patrol.", VIOLENT, "Tamburi Liberation Front"),
    (
        "Troops fought the Tamburi Liberation Front in Kelemba district, killing 12.",
        VIOLENT,
        "Tamburi Liberation Front",
    ),
    ("Gunmen killed five residents of Kotolo village in Dumbara district on Saturday.", VIOLENT, "Dumbara district"),
    ("Gunmen killed two officials of Mali's customs service in Tessit on Monday.", VIOLENT, "Mali"),
    (
        "Militants killed a soldier in the town Council's compound in Lokoja.",
        VIOLENT,
        "Council",
    ),
]
