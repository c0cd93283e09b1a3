"""DEFECTION and ALLEGIANCE in the styles of real reports (issue 14): encyclopaedic group histories with years and
aliases, wire windows on mass defections and surrenders, ministry statements on fighters who "laid down their arms",
officials, pilots and politicians who defect, groups announcing bay'ah, "loyal to" inside long sentences, and the
calls, offers and amnesties that are not defections.  Passages written for these tests; the expected roles were
written before kg was run on them."""

from __future__ import annotations

import re

import pytest
from helpers import events, stated

from kg.models import EventType

pytestmark = pytest.mark.model

DEF, ALL = EventType.DEFECTION, EventType.ALLEGIANCE


def _events(nlp, text, kind):
    return stated(events(nlp, text, kind))


def _norm(text: str) -> list[str]:
    words = re.sub(r"[^\w\s-]", " ", re.sub(r"'s\b", "", text.lower())).split()
    while words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return words


def _word(a: str, b: str) -> bool:
    """Equal words, or a name and its adjective ("Syria" ~ "Syrian", "Korea" ~ "Korean")."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


def _same(gold: str, said: str) -> bool:
    """The scorer's containment rule, simplified: one string is a whole-word part of the other."""
    g, s = _norm(gold), _norm(said)
    short, long_ = (g, s) if len(g) <= len(s) else (s, g)
    starts = range(len(long_) - len(short) + 1)
    return bool(short) and any(all(_word(x, y) for x, y in zip(long_[i:], short, strict=False)) for i in starts)


def _names(mention) -> tuple[str, ...]:
    """What a role says, as the scorer reads it: the span's text and the label of the actor it stands for."""
    return () if mention is None else (mention.span.text, mention.entity.label)


def _fits(event, agent, target, to, place) -> bool:
    def said(gold, mentions):
        return gold is None or any(_same(gold, name) for m in mentions for name in _names(m))

    return (
        said(agent, event.agents)
        and said(target, event.targets)
        and said(to, [event.to] if event.to else [])
        and said(place, [event.location] if event.location else [])
    )


def _check(nlp, text, kind, agent, target, to, place):
    events = _events(nlp, text, kind)
    said = [
        (
            [m.span.text for m in e.agents],
            [m.span.text for m in e.targets],
            e.to.span.text if e.to else None,
            e.location.span.text if e.location else None,
        )
        for e in events
    ]
    assert any(_fits(e, agent, target, to, place) for e in events), said


# (text, defector, side left, side joined, place); None: not checked
DEFECTIONS = [
    # wire windows
    (
        "BEIRUT (Reuters) - A Syrian army colonel defected to the rebels in Idlib province on Sunday, bringing with "
        "him a tank and 20 soldiers, opposition activists said. The colonel appeared in a video posted online.",
        "A Syrian army colonel",
        "Syrian army",
        "the rebels",
        "Idlib province",
    ),
    (
        "MAIDUGURI, Nigeria (AP) - More than 1,000 Boko Haram fighters and their families have surrendered to the "
        "Nigerian military in recent weeks, officials said on Tuesday. The fighters came out of the Sambisa Forest "
        "in small groups. Many said they had been starving.",
        "More than 1,000 Boko Haram fighters",
        "Boko Haram",
        "the Nigerian military",
        None,
    ),
    (
        "MOGADISHU - A senior al-Shabaab commander has defected to the Somali government, the information ministry "
        "said on Saturday. Moktar Ali Abdi surrendered to Somali forces in the town of Jowhar along with two "
        "bodyguards.",
        "A senior al-Shabaab commander",
        "al-Shabaab",
        "the Somali government",
        None,
    ),
    (
        "MOGADISHU - A senior al-Shabaab commander has defected to the Somali government, the information ministry "
        "said on Saturday. Moktar Ali Abdi surrendered to Somali forces in the town of Jowhar along with two "
        "bodyguards.",
        "Moktar Ali Abdi",
        None,
        "Somali forces",
        "Jowhar",
    ),
    (
        "Dozens of rebels from the Nour al-Din al-Zenki movement went over to Hayat Tahrir al-Sham during the "
        "clashes in western Aleppo, the Syrian Observatory for Human Rights said.",
        "Dozens of rebels",
        "the Nour al-Din al-Zenki movement",
        "Hayat Tahrir al-Sham",
        None,
    ),
    (
        "Some 300 Boko Haram members surrendered to troops in Konduga, Borno State, on Wednesday, a military "
        "spokesman said.",
        "Some 300 Boko Haram members",
        "Boko Haram",
        "troops",
        "Konduga",
    ),
    (
        "A Syrian army colonel defected and joined the Free Syrian Army in Homs, the opposition said.",
        "A Syrian army colonel",
        "Syrian army",
        "the Free Syrian Army",
        "Homs",
    ),
    (
        "A Russian officer who deserted from his unit in the Kherson region surrendered to Ukrainian forces near "
        "the village of Ivanivka, Ukraine's military intelligence said.",
        "A Russian officer",
        None,
        "Ukrainian forces",
        "Ivanivka",
    ),
    (
        "In 1961 he deserted from the Portuguese army and went over to the MPLA.",
        None,
        "the Portuguese army",
        "the MPLA",
        None,
    ),
    (
        "Mukhtar Robow, the former deputy leader of al-Shabaab, surrendered to the Somali government in Hudur in "
        "August 2017, four years after he had broken with the group's leadership.",
        "Mukhtar Robow",
        "al-Shabaab",
        "the Somali government",
        "Hudur",
    ),
    (
        "Abu Omar al-Shishani joined the Islamic State in 2013 after leaving Jaish al-Muhajireen wal-Ansar.",
        "Abu Omar al-Shishani",
        "Jaish al-Muhajireen wal-Ansar",
        "the Islamic State",
        None,
    ),
    # ministry and army statements
    (
        "Army spokesman Brig. Gen. Onyema Nwachukwu said 1,212 terrorists and their families surrendered to troops "
        "of Operation Hadin Kai in Bama and Gwoza local government areas.",
        "1,212 terrorists",
        None,
        "troops of Operation Hadin Kai",
        "Bama",
    ),
    (
        "The NPA rebel, identified only by his alias Ka Jerry, surrendered to the 403rd Infantry Brigade in "
        "Malaybalay City, Bukidnon, bringing with him an M16 rifle, the army said.",
        "The NPA rebel",
        "NPA",
        "the 403rd Infantry Brigade",
        "Malaybalay City",
    ),
    (
        "According to a statement by the Ministry of Interior, 73 militants, including three local commanders, "
        "laid down their arms and surrendered to security forces in Kunar province.",
        "73 militants",
        None,
        "security forces",
        "Kunar province",
    ),
    (
        "The Ministry of Defence announced that 245 members of the ADF laid down their arms in North Kivu over "
        "the past month and returned to the national fold.",
        "245 members of the ADF",
        "ADF",
        None,
        "North Kivu",
    ),
    # officials and pilots
    (
        "A North Korean diplomat stationed in Kuwait has defected to South Korea with his family, Seoul's "
        "unification ministry said on Thursday.",
        "A North Korean diplomat",
        "North Korea",
        "South Korea",
        None,
    ),
    (
        "A Venezuelan air force lieutenant flew a helicopter to Colombia and requested asylum on Tuesday, "
        "Colombian migration officials said.",
        "A Venezuelan air force lieutenant",
        "Venezuela",
        "Colombia",
        None,
    ),
    (
        "Russian helicopter pilot Maxim Kuzminov defected to Ukraine in August, flying a Mi-8 helicopter across "
        "the front line.",
        "Maxim Kuzminov",
        "Russia",
        "Ukraine",
        None,
    ),
    (
        "Lt. Col. Hussein Harmoush, one of the first officers to defect from the Syrian army, announced the "
        "formation of the Free Officers Movement in June 2011.",
        "Hussein Harmoush",
        "the Syrian army",
        None,
        None,
    ),
    (
        "Among the defectors was Brigadier General Manaf Tlass, a commander in the Republican Guard and a "
        "longtime friend of the Assad family.",
        "Manaf Tlass",
        "the Republican Guard",
        None,
        None,
    ),
    (
        "The Syrian ambassador to Iraq, Nawaf al-Fares, announced his defection on Wednesday in a video broadcast "
        "by Al Jazeera.",
        "Nawaf al-Fares",
        "Syria",
        None,
        None,
    ),
    # politicians
    (
        "Veteran MP Douglas Carswell defected from the Conservatives to UKIP in August 2014, triggering a "
        "by-election in Clacton.",
        "Douglas Carswell",
        "the Conservatives",
        "UKIP",
        None,
    ),
    (
        "Senator Arlen Specter switched parties in April 2009, leaving the Republicans to join the Democrats.",
        "Senator Arlen Specter",
        "the Republicans",
        "the Democrats",
        None,
    ),
    (
        "Three lawmakers of the ruling party crossed the floor to join the opposition Movement for Democratic "
        "Change on Tuesday.",
        "Three lawmakers",
        "the ruling party",
        "the opposition Movement for Democratic Change",
        None,
    ),
    (
        "The governor of Kano, Abdullahi Ganduje, defected from the PDP to the APC in 2014 along with four other "
        "governors.",
        "Abdullahi Ganduje",
        "the PDP",
        "the APC",
        None,
    ),
    # the side left, read off the defector's own phrase
    (
        "Hundreds of fighters loyal to the Islamic State surrendered to the SDF at Baghouz.",
        None,
        "the Islamic State",
        "the SDF",
        "Baghouz",
    ),
    (
        "Several policemen from the Kandahar police defected to the Taliban with their weapons.",
        "Several policemen",
        "the Kandahar police",
        "the Taliban",
        None,
    ),
    (
        "Hundreds of Ukrainian servicemen have deserted in Donetsk since March.",
        "Hundreds of Ukrainian servicemen",
        "Ukraine",
        None,
        "Donetsk",
    ),
    # "deserted" parsed as a participle on the name, with a finite verb coordinated to it
    (
        "Ahmad Shah, a 25-year-old Afghan National Army soldier, deserted with his rifle and joined the Taliban.",
        "Ahmad Shah",
        "Afghan National Army",
        "the Taliban",
        None,
    ),
    ("A militant known as Abu Hajer surrendered to the Kurdish YPG in Hasakah.", "Abu Hajer", None, "YPG", "Hasakah"),
    ("Two colonels were among the defectors, the Observatory said.", "Two colonels", None, None, None),
    (
        "The former emir of Ansar Dine, now a defector living in Bamako, gave an interview to a French newspaper.",
        "The former emir",
        "Ansar Dine",
        None,
        None,
    ),
    # ministries' reintegration statements: fighters who lay down their arms and join a peace process
    (
        "In a ceremony at the governor's compound, 32 Taliban fighters laid down their arms and joined the peace "
        "process, the Interior Ministry said.",
        "32 Taliban fighters",
        "Taliban",
        None,
        None,
    ),
    (
        "Tribal elders brokered the surrender of 45 ADF fighters to the Congolese army in Beni territory.",
        "45 ADF fighters",
        None,
        "the Congolese army",
        "Beni territory",
    ),
    (
        "An al-Qaeda bomb maker handed himself over at an army post in Kidal, the Malian army said.",
        "An al-Qaeda bomb maker",
        "al-Qaeda",
        None,
        "Kidal",
    ),
    (
        "Forty MNLA fighters handed over their weapons to the Malian army near Kidal on Friday.",
        "Forty MNLA fighters",
        None,
        "the Malian army",
        "Kidal",
    ),
    (
        "A group of 14 soldiers from the 7th Division went over to the rebels near Hama.",
        "A group of 14 soldiers",
        "the 7th Division",
        "the rebels",
        "Hama",
    ),
    (
        "The defection of the commander, which took place in Raqqa, was announced by the Kurdish YPG.",
        "the commander",
        None,
        None,
        "Raqqa",
    ),
    (
        "The congressman switched parties in 2019, leaving the Democrats to join the Republicans.",
        "The congressman",
        "the Democrats",
        "the Republicans",
        None,
    ),
]


@pytest.mark.parametrize(("text", "agent", "target", "to", "place"), DEFECTIONS)
def test_defections_in_real_styles(nlp, text, agent, target, to, place):
    _check(nlp, text, DEF, agent, target, to, place)


# (text, pledger, pledged to)
ALLEGIANCES = [
    (
        "Wilayat Sinai, formerly known as Ansar Bayt al-Maqdis, announced its allegiance to the Islamic State in "
        "November 2014.",
        "Wilayat Sinai",
        "the Islamic State",
    ),
    (
        "Jund al-Aqsa, a Salafist group founded in 2012 by former members of the Nusra Front, declared its loyalty "
        "to Hayat Tahrir al-Sham in February 2017.",
        "Jund al-Aqsa",
        "Hayat Tahrir al-Sham",
    ),
    (
        "Katibat al-Battar al-Libi, a unit of Libyan fighters that had fought in Syria, returned to Derna in 2014 "
        "and pledged allegiance to the Islamic State.",
        "Katibat al-Battar al-Libi",
        "the Islamic State",
    ),
    (
        "In 2014, the Mujahideen Shura Council in the Environs of Jerusalem, a coalition of Salafi jihadist groups "
        "based in the Gaza Strip, announced its allegiance to ISIS.",
        "the Mujahideen Shura Council in the Environs of Jerusalem",
        "ISIS",
    ),
    (
        "Isnilon Hapilon, who had been named emir of the Islamic State's Southeast Asia branch after he swore "
        "loyalty to al-Baghdadi in 2014, was killed in Marawi in October 2017.",
        "Isnilon Hapilon",
        "al-Baghdadi",
    ),
    (
        "Militants loyal to the Tehrik-i-Taliban Pakistan commander Mullah Fazlullah have been blamed for the "
        "killing of the school's principal.",
        "Militants",
        "Mullah Fazlullah",
    ),
    (
        "On 18 May, fighters loyal to the Government of National Accord, backed by Turkish drones, retook the "
        "al-Watiya air base from forces loyal to Khalifa Haftar after a six-week siege.",
        "fighters",
        "the Government of National Accord",
    ),
    (
        "On 18 May, fighters loyal to the Government of National Accord, backed by Turkish drones, retook the "
        "al-Watiya air base from forces loyal to Khalifa Haftar after a six-week siege.",
        "forces",
        "Khalifa Haftar",
    ),
    (
        "Heavy fighting broke out on Thursday in the southern city of Aden between separatists of the Southern "
        "Transitional Council and troops loyal to President Abd Rabbuh Mansur Hadi, leaving at least 12 people "
        "dead, medical sources said.",
        "troops",
        "President Abd Rabbuh Mansur Hadi",
    ),
    (
        "According to residents, gunmen loyal to a local warlord known as Commander Zabit Jalil seized the "
        "district centre of Sang Charak in Sar-e Pul province overnight.",
        "gunmen",
        "Commander Zabit Jalil",
    ),
    (
        "Militiamen loyal to the powerful cleric Moqtada al-Sadr, who have been deployed around Samarra since "
        "2014, clashed with the federal police on Friday.",
        "Militiamen",
        "Moqtada al-Sadr",
    ),
    (
        "Sweden formally joined NATO in March 2024, becoming the alliance's 32nd member.",
        "Sweden",
        "NATO",
    ),
    (
        "Hundreds of young men from the Pankisi Gorge travelled to Syria, where many of them joined the Islamic State.",
        "many of them",
        "the Islamic State",
    ),
    (
        "After his release in 2011 Ahmed Iman Ali joined al-Shabaab, rising to become one of its senior commanders.",
        "Ahmed Iman Ali",
        "al-Shabaab",
    ),
    (
        "In a statement on Saturday, the Ansar al-Sharia brigade in Benghazi, one of the largest militias in "
        "eastern Libya, said it had pledged bay'ah to Abu Bakr al-Baghdadi.",
        "the Ansar al-Sharia brigade",
        "Abu Bakr al-Baghdadi",
    ),
    (
        "In a statement posted online, the Jamaat-ul-Ahrar faction declared its allegiance to the Islamic State's "
        "Khorasan Province.",
        "the Jamaat-ul-Ahrar faction",
        "Khorasan Province",
    ),
    (
        "In an audio statement released on Sunday, the Nigerian group Boko Haram announced its allegiance to the "
        "Islamic State, according to a translation by SITE.",
        "Boko Haram",
        "the Islamic State",
    ),
    (
        "The Abu Sayyaf group, which is based in the southern Philippines, released a video in which its leader "
        "Isnilon Hapilon pledged bay'ah to Abu Bakr al-Baghdadi.",
        "Isnilon Hapilon",
        "Abu Bakr al-Baghdadi",
    ),
    (
        "Jund al-Khilafah in Tunisia said in a statement that it had given its bay'ah to the caliph, Abu Bakr "
        "al-Baghdadi.",
        "Jund al-Khilafah",
        "the caliph",
    ),
    (
        "Abu Omar al-Shishani joined the Islamic State in 2013 after leaving Jaish al-Muhajireen wal-Ansar.",
        "Abu Omar al-Shishani",
        "the Islamic State",
    ),
    (
        "Abu Bakr Shekau reiterated his group's loyalty to al-Baghdadi in a video released on Sunday.",
        "Abu Bakr Shekau",
        "al-Baghdadi",
    ),
    (
        "The militants, who are loyal to Ayman al-Zawahiri, control several villages in the area.",
        "The militants",
        "Ayman al-Zawahiri",
    ),
    ("Ansar al-Islam merged into the Islamic State in August 2014.", "Ansar al-Islam", "the Islamic State"),
    (
        "The group's leader, Abubakar Shekau, pledged allegiance to the Islamic State in a March 2015 audio message.",
        "Abubakar Shekau",
        "the Islamic State",
    ),
    (
        "Some of the commanders declared their loyalty to Baghdadi, while others remained loyal to the Taliban.",
        "Some of the commanders",
        "Baghdadi",
    ),
    (
        "The Wagner Group, a Russian mercenary company loyal to the Kremlin, deployed fighters to Mali in 2021.",
        "The Wagner Group",
        "the Kremlin",
    ),
    (
        "Hundreds of foreign fighters from Central Asia have enlisted in the ranks of Hayat Tahrir al-Sham.",
        "Hundreds of foreign fighters",
        "Hayat Tahrir al-Sham",
    ),
]


@pytest.mark.parametrize(("text", "agent", "target"), ALLEGIANCES)
def test_allegiances_in_real_styles(nlp, text, agent, target):
    _check(nlp, text, ALL, agent, target, None, None)


NOT_ASSERTED = [
    # calls, offers, amnesties, hopes, refusals
    ("The ministry said militants who lay down their arms will be pardoned under the amnesty programme.", DEF),
    ("The government renewed its offer of amnesty to all Boko Haram fighters who surrender.", DEF),
    ("The ministry called on the remaining fighters to surrender and return to the national fold.", DEF),
    ("Rebels who refuse to lay down their weapons will be pursued, the minister warned.", DEF),
    ("The government has offered an amnesty to members of armed groups who surrender their weapons by March.", DEF),
    ("The Taliban urged Afghan soldiers to defect and join the Islamic Emirate.", DEF),
    ("The opposition has repeatedly called on officers to abandon the regime.", DEF),
    ("Officials hope that more commanders will defect in the coming weeks.", DEF),
    ("He refused to surrender to the rebels and was killed in the fighting.", DEF),
    ("Any soldier who deserts his post will face a court martial, the army warned.", DEF),
    ("The president offered to pardon deserters who return to their units before the end of the year.", DEF),
    # things that are no defection
    ("Under the peace agreement signed in 2016, some 7,000 FARC guerrillas laid down their arms.", DEF),
    ("Kurdish fighters from Turkey joined the YPG in Kobani.", DEF),
    ("Two Conservative MPs said they would not stand again at the next election.", DEF),
    ("The minister resigned from the cabinet on Friday over the budget.", DEF),
    # things that are no allegiance
    ("The Syrian Democratic Forces, backed by the US-led coalition, captured the town of Tabqa in May.", ALL),
    ("The Labour Party formed an alliance with the Greens ahead of the election.", ALL),
    ("Rebel representatives joined the talks in Astana on Monday.", ALL),
    ("Qatar pledged support for the Syrian opposition at the conference in Brussels.", ALL),
    ("The militia, which is allied with the government, controls most of the border crossings.", ALL),
    ("Pro-Assad militias shelled the rebel-held suburbs of Damascus on Tuesday.", ALL),
    ("Turkey joined the coalition's air campaign against the Islamic State in August 2015.", ALL),
    ("The commander called on all factions in Idlib to pledge allegiance to the new emir.", ALL),
    ("Ukraine applied to join NATO in September 2022.", ALL),
    ("Finland's parliament voted to join NATO on Tuesday.", ALL),
    ("The Jaish al-Islam group refused to join Hayat Tahrir al-Sham.", ALL),
    ("The soldiers sworn in on Monday will join the 5th Brigade.", ALL),
    ("The local council pledged its support to the new governor.", ALL),
    ("Opposition parties joined forces ahead of the election.", ALL),
    ("Gulf states pledged $2 billion to rebuild the city.", ALL),
    ("The two opposition parties merged into a new alliance before the election.", ALL),
    # A merger of armed groups is a joining (the eval guidelines' own record lists merging rebel groups as each other's
    # pledgers; tests/test_extract_mergers.py); a merger of businesses is none.
    ("The brigade's former commander merged his two transport companies in 2016.", ALL),
]


@pytest.mark.parametrize(("text", "kind"), NOT_ASSERTED)
def test_calls_offers_and_look_alikes_are_not_asserted(nlp, text, kind):
    assert not _events(nlp, text, kind)


def test_a_war_the_side_gone_to_was_in_is_no_place(nlp):
    text = "He resigned as interior minister in February 2011 and defected to the rebel side in the Libyan civil war."
    (event,) = _events(nlp, text, DEF)
    assert event.to is not None and event.to.span.text == "the rebel side"
    assert event.location is None
