"""More probe texts for where an event happened, in the shapes real sources write and kg missed: datelines with a
colon or an agency after a town ("SRINAGAR:", "Imphal, Jun 12 (PTI)"), protest news ("Kisumu's Kondele area",
"outside the district collectorate in Kozhikode"), facilities with a capitalised head ("the Dhaka University
campus", "the Bab al-Hawa crossing"), villages GeoNames does not know ("the village of Ghunda Kalay"), roads
("the highway linking A and B"), the place told in another sentence ("The attack took place in ...", "in the same
district"), and an event with several places. Each is (text, event types, the place the event is in), the place
written before kg ran on the text. Used by tests/test_extract_places.py."""

from __future__ import annotations

VIOLENT = ("ATTACK", "AIRSTRIKE")

PROBES: list[tuple[str, tuple[str, ...], str]] = [
    # --- datelines kg did not read: a colon, a title-case town before an agency, a town and a date ---
    (
        "SRINAGAR: Militants hurled a grenade at a CRPF bunker on Monday evening, injuring two personnel and a "
        "passer-by, police said.",
        VIOLENT,
        "Srinagar",
    ),
    (
        "Imphal, Jun 12 (PTI) Suspected militants ambushed an Assam Rifles patrol on Saturday, killing two "
        "jawans, officials said.",
        VIOLENT,
        "Imphal",
    ),
    (
        "Mogadishu (AFP) - Al-Shabaab fighters attacked a military base before dawn on Sunday, killing at least "
        "eight soldiers, a local commander said.",
        VIOLENT,
        "Mogadishu",
    ),
    (
        "Peshawar, Pakistan — Two gunmen shot dead a polio vaccination worker on Tuesday morning, police said.",
        VIOLENT,
        "Peshawar",
    ),
    (
        "BHUBANESWAR, March 3: Maoists torched three vehicles engaged in road construction work and assaulted "
        "a contractor's staff, police said on Friday.",
        VIOLENT,
        "Bhubaneswar",
    ),
    # --- protest news: possessive places, facilities of a town, crowd control ---
    (
        "Police fired tear gas and live bullets to disperse hundreds of opposition supporters in Kisumu's "
        "Kondele area on Monday, witnesses said.",
        VIOLENT,
        "Kondele",
    ),
    (
        "Police lathi-charged a group of students protesting outside the district collectorate in Kozhikode "
        "on Thursday against the fee hike.",
        VIOLENT,
        "Kozhikode",
    ),
    (
        "Supporters of the ruling party attacked opposition activists with sticks and stones at the Dhaka "
        "University campus, leaving at least 20 injured.",
        VIOLENT,
        "Dhaka University",
    ),
    (
        "Angry villagers set fire to a police post at Bhangar in South 24 Parganas district after a youth died "
        "in custody.",
        VIOLENT,
        "Bhangar",
    ),
    (
        "Security forces opened fire on demonstrators in the town of Kerkera on Saturday, killing one "
        "protester, rights groups said.",
        VIOLENT,
        "Kerkera",
    ),
    # --- facilities and crossings with a capitalised head ---
    (
        "A car bomb exploded near the Bab al-Hawa crossing on the Turkish border on Thursday, killing at least "
        "five people, a monitor said.",
        VIOLENT,
        "Bab al-Hawa",
    ),
    (
        "Gunmen stormed the Radisson Blu hotel in Bamako on Friday and took scores of guests hostage.",
        VIOLENT,
        "Bamako",
    ),
    (
        "A rocket struck near the Green Zone in the early hours of Sunday, causing no casualties, the Iraqi "
        "military said.",
        VIOLENT,
        "Green Zone",
    ),
    # --- villages GeoNames does not know: the place noun says what the name is ---
    (
        "Taliban insurgents attacked a security outpost in the village of Ghunda Kalay late on Wednesday, "
        "killing three local policemen.",
        VIOLENT,
        "Ghunda Kalay",
    ),
    (
        "Suspected herdsmen killed 11 people in an overnight raid on Ungwan Gora village, a local official "
        "told reporters.",
        VIOLENT,
        "Ungwan Gora",
    ),
    (
        "Armed men on motorbikes attacked Koulikouro Bas, a hamlet of about 300 people, burning granaries and "
        "killing four herders.",
        VIOLENT,
        "Koulikouro Bas",
    ),
    # --- roads: the highway linking two towns ---
    (
        "Insurgents ambushed a fuel convoy on the highway linking Kandahar and Uruzgan on Saturday, setting "
        "ablaze at least a dozen tankers.",
        VIOLENT,
        "Kandahar",
    ),
    (
        "Gunmen attacked a passenger bus on the Maiduguri-Damboa road, killing at least seven travellers, "
        "militia sources said.",
        VIOLENT,
        "Maiduguri",
    ),
    # --- the place told in another sentence of the window ---
    (
        "Two soldiers were killed and five wounded when their vehicle was hit by a roadside bomb on Sunday. "
        "The attack took place in Zhari district of Kandahar province, a provincial spokesman said.",
        VIOLENT,
        "Zhari",
    ),
    (
        "Gunmen killed a police officer in Jalalabad on Monday. Hours later, a bomb exploded at a market in the "
        "same city, wounding six people.",
        VIOLENT,
        "Jalalabad",
    ),
    (
        "The explosion happened at around 9 a.m. in a crowded market. Officials said at least 12 people were "
        "killed when a suicide bomber detonated his vest. The market is in Baidoa, some 250 km northwest of "
        "Mogadishu.",
        VIOLENT,
        "Baidoa",
    ),
    (
        "Fighting erupted in Sirte, Libya, on Monday as militias clashed for a second day. The clashes left at "
        "least 30 dead, a hospital official said. Residents said that rockets hit homes in the city centre.",
        VIOLENT,
        "Sirte",
    ),
    # --- monitoring notes with unusual areas ---
    (
        "On 22 November 2021, unknown gunmen attacked Dan Kade (Kankara LGA, Katsina), killing 3 villagers and "
        "abducting others.",
        VIOLENT,
        "Dan Kade",
    ),
    (
        "On 5 April 2022, Ukrainian forces shelled positions of the Russian military in Izium (Izium raion, "
        "Kharkiv oblast). Casualties unknown.",
        VIOLENT,
        "Izium",
    ),
    (
        "On 17 March 2023, Fano militia clashed with ENDF soldiers near Debre Markos town (Misraq Gojjam, "
        "Amhara). Fatalities unknown.",
        VIOLENT,
        "Debre Markos",
    ),
    # --- reports and pages: places as the story tells them ---
    (
        "In the early hours of 14 February, coalition aircraft struck an ISIS headquarters building in al-Bab, "
        "destroying it along with a weapons depot located nearby.",
        VIOLENT,
        "al-Bab",
    ),
    (
        "During the battle, government forces launched repeated assaults on rebel-held positions in the "
        "eastern districts of Aleppo, supported by Russian air power.",
        VIOLENT,
        "Aleppo",
    ),
    (
        "The 2nd Battalion conducted a raid on an insurgent safe house in the Zhari district, capturing two "
        "suspected bomb makers.",
        VIOLENT,
        "Zhari",
    ),
    (
        "The militants launched a three-pronged assault on Mocimboa da Praia, a port town in Cabo Delgado "
        "province, and briefly held it.",
        VIOLENT,
        "Mocimboa da Praia",
    ),
    # --- headline and description items ---
    (
        "Gunmen kill six at church in Burkina Faso's Dablo\nSix people including a priest were killed when "
        "gunmen attacked a Catholic church during Sunday mass, the mayor said.",
        VIOLENT,
        "Dablo",
    ),
    (
        "Drone strike hits wedding party in Yemen's al-Bayda\nA drone strike killed at least 12 people on their "
        "way to a wedding, local officials said.",
        ("AIRSTRIKE",),
        "al-Bayda",
    ),
    (
        "Clashes in Tripoli leave 13 dead\nRival militias fought with heavy weapons overnight in the southern "
        "suburbs, the health ministry said.",
        VIOLENT,
        "Tripoli",
    ),
    # --- several places: the event's own one ---
    (
        "Pakistani troops fired mortar shells at Indian posts across the Line of Control in Poonch district "
        "on Sunday, officials in Jammu said.",
        VIOLENT,
        "Poonch",
    ),
    (
        "Militants based in Afghanistan's Kunar province attacked a border post in Pakistan's Bajaur district "
        "overnight, killing two soldiers.",
        VIOLENT,
        "Bajaur",
    ),
    (
        "The rebels, who had retreated from Goma last year, attacked an army camp in Rutshuru on Tuesday, "
        "a spokesman for the army said.",
        VIOLENT,
        "Rutshuru",
    ),
    # --- defections with the place told by a lower-case place noun ---
    (
        "More than 40 fighters of the group surrendered to the army in the village of Nguetchewe on "
        "Wednesday, a military spokesman said.",
        ("DEFECTION",),
        "Nguetchewe",
    ),
    (
        "A group of 15 Maoist cadres surrendered before police in Dantewada on Friday, the superintendent of "
        "police said.",
        ("DEFECTION",),
        "Dantewada",
    ),
    # --- a lower-case area noun with a name: "X district", "X province" the NER missed ---
    (
        "Unidentified gunmen shot dead two health workers in Shangla district's Alpuri tehsil on Wednesday, "
        "police said.",
        VIOLENT,
        "Alpuri",
    ),
    (
        "Al-Shabaab militants attacked Qansaxdheere district headquarters early on Monday, the regional governor said.",
        VIOLENT,
        "Qansaxdheere",
    ),
    (
        "Bandits raided Gidan Bawa community in Maru local government area of Zamfara state, killing nine residents.",
        VIOLENT,
        "Gidan Bawa",
    ),
]

# --- written after the steps above, before kg ran on them ---
PROBES += [
    (
        "Three policemen were wounded when a grenade was thrown at their patrol vehicle on Friday evening. Police "
        "later cordoned off the area and launched a search operation. The incident occurred in the Pulwama district "
        "of south Kashmir.",
        VIOLENT,
        "Pulwama",
    ),
    (
        "Suicide attack on army camp in Borno's Monguno\nJihadists drove an explosives-laden truck into the gate of "
        "the camp before dawn. Soldiers repelled the assault after a two-hour gunfight, a military source said. At "
        "least four soldiers were killed.",
        VIOLENT,
        "Monguno",
    ),
    (
        "BIR AL-ABED, Egypt (AP) — Militants detonated a bomb and then opened fire on worshippers during Friday "
        "prayers, officials said.",
        VIOLENT,
        "Bir al-Abed",
    ),
    (
        "Gunmen shot dead a local journalist in Pakistan's Khairpur district on Sunday, police said.",
        VIOLENT,
        "Khairpur",
    ),
    (
        "A suicide bomber blew himself up near the Torkham border crossing on Wednesday, killing a customs official "
        "and two porters.",
        VIOLENT,
        "Torkham",
    ),
]

# --- protest and political-violence news, written before kg ran on them (five more were riots, which the guidelines
# leave out: a mob attacking a mosque, protesters storming a building; dropped) ---
PROBES += [
    (
        "In Thiruvananthapuram, BJP workers attacked the CPI(M) district committee office and damaged vehicles parked "
        "nearby.",
        VIOLENT,
        "Thiruvananthapuram",
    ),
    (
        "Police used water cannon and tear gas against hundreds of demonstrators who gathered outside the parliament "
        "building in Tbilisi on Thursday night.",
        VIOLENT,
        "Tbilisi",
    ),
    (
        "Security forces shot dead two protesters in the northern city of Sulaymaniyah during demonstrations over "
        "unpaid salaries.",
        VIOLENT,
        "Sulaymaniyah",
    ),
    (
        "Hundreds of farmers blocked the Ambala-Chandigarh highway on Monday; police lathi-charged them when they "
        "tried to break through barricades near Shambhu border.",
        VIOLENT,
        "Shambhu",
    ),
    (
        "Unidentified assailants hurled a petrol bomb at the house of a Trinamool Congress leader in Bhatpara late on "
        "Saturday, police said.",
        VIOLENT,
        "Bhatpara",
    ),
    (
        "Riot police fired rubber bullets at crowds gathered at Tahrir Square.",
        VIOLENT,
        "Tahrir Square",
    ),
    (
        "Opposition activists were beaten by ruling party cadres at a rally in Chattogram's Patiya upazila.",
        VIOLENT,
        "Patiya",
    ),
    (
        "Police in Nairobi fired tear gas to disperse protesters who had gathered in the city centre.",
        VIOLENT,
        "Nairobi",
    ),
    (
        "Clashes broke out between supporters of rival parties in Karachi's Lyari area, leaving three people wounded.",
        VIOLENT,
        "Lyari",
    ),
]

# --- pages: "the city" told before by its name, written before kg ran on them ---
PROBES += [
    (
        "Ramadi, the capital of Anbar province, had been under government control since 2014. In May 2015, Islamic "
        "State fighters overran the city after a months-long siege.",
        VIOLENT,
        "Ramadi",
    ),
    (
        "Kunduz is the capital of Kunduz province and a major trade hub in northern Afghanistan.\n\nIn October 2016, "
        "Taliban insurgents attacked the city from four directions.",
        VIOLENT,
        "Kunduz",
    ),
    (
        "The village of Baga lies on the shore of Lake Chad. Boko Haram fighters attacked the village in January 2015, "
        "killing hundreds of residents.",
        VIOLENT,
        "Baga",
    ),
]

# (text, event types, a place named in the text that is not where the event happened)
NOT_THERE: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Kabul said on Monday that Pakistani forces had shelled villages in Kunar province overnight.",
        VIOLENT,
        "Kabul",
    ),
    (
        "Moscow's forces pounded Ukrainian positions near Bakhmut on Tuesday, the general staff said.",
        VIOLENT,
        "Moscow",
    ),
]
