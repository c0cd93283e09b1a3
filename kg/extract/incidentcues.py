"""What a mention's own words say about the incident it tells, for the merge of one incident's mentions
(kg.extract.incidents): words that point back to an incident told before, and words that keep it apart.

* pointing back: an anaphoric noun ("the blast", "this attack", "one of three attacks"), the doers named again
  by a definite noun or a pronoun ("the assailants struck", "They surrounded the village"), a target named again
  ("stormed the camp"), a claim or a group's word of its own fighters' deed ("claimed the bombing");
* keeping apart: a word before the trigger for another incident ("another attack", "a second blast") or a time
  recalled with what happened then ("since January, when jihadists killed ..."), a series ("many attacks",
  "has repeatedly attacked"), a recalled time's place after the trigger, direct speech, and an air strike told
  in a phrase that backs another deed ("backed by coalition helicopters").

Each test reads one event (and for the links, the incident it may join); the words are tables in
kg/extract/lexicon/incidents.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import responses
from kg.extract.anaphora import QUANTITY_WORDS, head_word, text_before
from kg.extract.lexicon import (
    ANAPHORIC_HEADS,
    CLAIM_WORDS,
    DETERMINERS,
    DISTINCT_WORDS,
    DOER_HEADS,
    HABITUAL_WORDS,
    INCIDENT_WORDS,
    ORDINALS,
    OTHER_ONES,
    SERIES_WORDS,
    SUPPORT_NOUNS,
    SUPPORT_PARTICIPLES,
)
from kg.models import EntityKind, Event, EventType, Mention

# Kinds of entity that are called by a name (a place is named when its words are capitalised: :func:`is_named`).
NAMED_KINDS = frozenset({EntityKind.STATE, EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.PERSON})
WORD = re.compile(r"[\w'-]+")
_RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
_ONE_OF = re.compile(r"\b(?:was|is|were)\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def trigger_word(event: Event) -> str:
    return event.trigger.text.lower()


def is_named(mention: Mention) -> bool:
    """A place or actor called by a proper name ("Susangerd", "eastern Beirut"), not a common noun
    ("the southern city", "20 people")."""
    if mention.entity.kind in NAMED_KINDS:
        return True
    if mention.entity.kind is not EntityKind.PLACE:
        return False
    words = WORD.findall(mention.span.text)
    return any(w[:1].isupper() for w in words[1:]) or bool(words and words[0][:1].isupper() and words[0] != "The")


def quoted(event: Event) -> bool:
    """True when the trigger of ``event`` is inside direct speech (an odd number of quotation marks before it)."""
    before = text_before(event)
    return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def is_anaphoric(event: Event) -> bool:
    """True for a trigger noun introduced by a definite or demonstrative determiner: "the blast"."""
    if trigger_word(event) not in ANAPHORIC_HEADS:
        return False
    before = text_before(event)
    if _ONE_OF.search(before):
        return True  # "This was one of three related attacks on polling stations": the series of the one told
    words = [w.lower() for w in WORD.findall(re.split(r"[,;:.!?()]", before)[-1])[-5:]]
    return any(w in DETERMINERS and not _clause_that(words, n) for n, w in enumerate(words) if n > 0 or len(words) < 5)


# Auxiliaries after which "that" is a relative pronoun, not a determiner: "a mobile artillery piece that had been
# shelling Kurdish forces" (the piece's own deed), not "that shelling".
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "would", "will", "could", "may"})
# Verbs of saying and knowing after which "that" opens a clause: "The sources added that Houthi drones targeted".
_SAYING = frozenset(
    {"said", "says", "added", "stated", "confirmed", "reported", "claimed", "announced", "alleged", "insisted"}
    | {"acknowledged", "explained", "noted", "warned", "denied", "showed", "indicated", "believed", "believe", "know"}
)


def _clause_that(words: list[str], n: int) -> bool:
    """True when ``words[n]`` is "that" opening a clause, not a determiner: after a verb of saying ("added that
    Houthi drones") or before an auxiliary ("a piece that had been shelling")."""
    if words[n] != "that":
        return False
    return (n > 0 and words[n - 1] in _SAYING) or (n + 1 < len(words) and words[n + 1] in _AUXILIARIES)


def names_doers_again(event: Event) -> bool:
    """True when the agent is a definite unnamed doer that points back: "The assailants struck two
    villages", "The gunmen also shot at ambulances"."""
    for agent in event.agents:
        words = WORD.findall(agent.span.text.lower())
        if len(words) >= 2 and (words[0] in DETERMINERS or words[0] in QUANTITY_WORDS) and words[-1] in DOER_HEADS:
            return True  # "the gunmen", "one attacker", "two of the attackers"
    return False


def names_doers_by_pronoun(cluster: Event, mention: Event) -> bool:
    """True when the agent of ``mention`` is a pronoun that stands for an agent of ``cluster``: "Fighters of
    Katiba Macina raided Ogossagou ... 'They surrounded the village and shot people'"."""
    keys = {m.entity.key for m in cluster.agents}
    return any(m.span.text.lower() in _DOER_PRONOUNS and m.entity.key in keys for m in mention.agents)


_DOER_PRONOUNS = frozenset({"they", "it", "he", "she"})


def names_target_again(cluster: Event, mention: Event) -> bool:
    """True when a target of ``mention`` is a definite description whose head noun names a target of
    ``cluster`` again: "an attack on a military camp" ... "Fighters stormed the camp at Sanam"."""
    heads = {head_word(m.span.text) for m in cluster.targets} - {""}
    for target in mention.targets:
        words = WORD.findall(target.span.text.lower())
        if len(words) >= 2 and words[0] in DETERMINERS and head_word(target.span.text) in heads:
            return True
    return False


# A doer's own account, in reported speech, of the deed the story tells: "Al-Qawsi said he had left the Houthis
# because of their crimes", "they told reporters they had joined the army's side", "The military said it had
# targeted ...".
OWN_ACCOUNT = re.compile(
    r"\b(?:said|says|stated|told\s+\w+|explained|added|confirmed|acknowledged|insisted)\s+(?:that\s+)?"
    r"(?:he|she|it|they)\s+(?:had\s+)?$",
    re.IGNORECASE,
)


def is_own_account(event: Event) -> bool:
    """True for a change of side or a pledge told by its mover, after the fact ("X said he had left the Houthis"):
    the story's incident told again, not another."""
    return event.type in (EventType.DEFECTION, EventType.ALLEGIANCE) and bool(OWN_ACCOUNT.search(text_before(event)))


def is_claim(event: Event) -> bool:
    """True when the event's sentence claims or attributes an incident ("claimed the attack"), or an armed side says
    its own fighters or arms did it ("Islamic State said its fighters had detonated the car", "The Houthis later said
    their naval forces had targeted the ship", "The military acknowledged that its drone had targeted the vehicles")."""
    if any(w.lower() in CLAIM_WORDS for w in WORD.findall(event.sentence.text)):
        return True
    return bool(OWN_DEED.search(event.sentence.text)) and any(m.entity.kind in _ARMED_SIDES for m in event.agents)


_ARMED_SIDES = frozenset({EntityKind.ARMED_GROUP, EntityKind.STATE})
# A statement of the speaker's own fighters' or arms' deed: "said that its fighters had", "said one of the group's
# fighters", "acknowledged that its drone had".
# Forces and arms count only as the subject of a perfect ("its troops had ..."), not in any phrase ("its forces in
# the region").
OWN_DEED = re.compile(
    r"\b(?:said|says|announced|stated)\b[^.;]*?\b(?:its|their|the group's)\s+(?:\w+\s+)?"
    r"(?:fighters|militants|mujahideen|members|bombers|commandos)\b"
    r"|\b(?:said|says|announced|stated|acknowledged|admitted|confirmed)\b[^.;]*?\b(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:forces|troops|units|drones?|jets|aircraft|warplanes)\s+(?:had|have|has)\b",
    re.IGNORECASE,
)


def is_series(event: Event) -> bool:
    """True for a trigger noun that names several incidents ("many attacks", "a series of bombings") or a
    habitual verb ("has repeatedly attacked")."""
    words = [w.lower() for w in WORD.findall(text_before(event))]
    if words and words[-1] in HABITUAL_WORDS or words[-2:-1] and words[-2] in HABITUAL_WORDS:
        return True  # "has repeatedly attacked", "have often been targeted"
    return trigger_word(event).endswith("s") and any(w in SERIES_WORDS for w in words[-4:])


def barrier_offset(event: Event) -> int:
    """The offset of the last word before the trigger that announces a different incident, or -1."""
    start = event.sentence.start
    offset, previous = -1, ""
    words = list(WORD.finditer(text_before(event)))
    for n, match in enumerate(words):
        word = match.group().lower()
        if word in OTHER_ONES and n + 3 < len(words) and not _event_noun_follows(words[n + 1 : n + 4]):
            continue  # "one other was wounded in the attack": more victims, not another attack
        if (previous, word) in _RECIPROCALS:
            previous = word
            continue  # "New Delhi and Beijing blamed each other for the clash": the sides, not another clash
        if word in DISTINCT_WORDS or (word in ORDINALS and previous == "a"):
            offset = start + match.start()
        previous = word
    for match in _RECALLED.finditer(text_before(event)):
        offset = max(offset, start + match.start())
    return max(offset, responses.barrier(event))  # "Troops launched a counter-attack": the answer, not the attack


def without_recalled_place(event: Event) -> Event:
    """``event`` without a place read in a recalled time's clause after its trigger: "The raid was the deadliest
    since January, when jihadists killed 40 farmers in Zabarmari" does not put the raid in Zabarmari, nor "Militants
    beheaded a truck driver, a day after U.S. warplanes pounded hideouts in Fallujah" the beheading in Fallujah."""
    loc, start = event.location, event.sentence.start
    after = event.sentence.text[max(0, event.trigger.end - start) :]
    recalled = _RECALLED.search(after) or RECALLED_AFTER.search(after)
    if (
        loc is None
        or recalled is None
        or not event.trigger.end + recalled.start() <= loc.span.start < event.sentence.end
    ):
        return event
    return replace(event, location=None)


# "The attack came weeks after", "comes two days after", ", a day after": an incident placed at a distance in time
# from another one, which the words after "after" tell.  A duration ("the siege lasted 12 hours before troops ...")
# is no such distance.
RECALLED_AFTER = re.compile(
    r"(?:\b(?:came|comes|come|coming|occurred|occurs|happened|happens|followed|follows)|,)\s+"
    r"(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+)?(?:[\w-]+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+after\s+(?![^,;.]*\b(?:the|this|that)\s*$)",
    re.IGNORECASE,
)

# A time recalled with what happened then: "the deadliest since January, when jihadists killed 40 farmers", "in
# 2019, when gunmen stormed ...": the clause tells an earlier incident, not the one the story is about.
_RECALLED = re.compile(
    r"\b(?:since|in|until|before|last)\s+(?:\w+\s+){0,2}?(?:\w+day|\d{4}|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|year|month|week)\s*,\s*when\b",
    re.IGNORECASE,
)


def _event_noun_follows(following: list[re.Match[str]]) -> bool:
    """True when one of the next words names an incident: "another attack", "in other bombings"."""
    return any(m.group().lower() in ANAPHORIC_HEADS | INCIDENT_WORDS for m in following)


def supporting(event: Event) -> bool:
    """True when ``event`` is an air strike told in a phrase that backs another deed of its sentence: "backed by
    coalition helicopters", "under cover of Russian air strikes", "with coalition air support"."""
    if event.type is not EventType.AIRSTRIKE:
        return False  # "Peshmerga fighters backed by coalition air strikes captured the town": the assault itself
    before = text_before(event)
    if trigger_word(event) in SUPPORT_NOUNS and _SUPPORT_PREPOSITION.search(before):
        return True  # "with coalition air support", "under Russian air cover"
    return _SUPPORT.search(before) is not None


_BACKED_BY = "|".join(sorted(SUPPORT_PARTICIPLES))  # "backed by"
_SUPPORT_OF = "|".join(sorted(SUPPORT_NOUNS))  # "the support of", "support from"
_SUPPORT = re.compile(
    rf"\b(?:(?:{_BACKED_BY})\s+by|(?:{_SUPPORT_OF})\s+(?:of|from))\s+(?:[\w'-]+\s+){{0,5}}$", re.IGNORECASE
)
_SUPPORT_PREPOSITION = re.compile(r"\b(?:with|under)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


# A noun for the incident named by its year or by a past period, as an earlier incident is named in a story's
# background: "the 2005 London transport bombings", "the 2021 attack on Palma", "last year's raid on the camp".
_DATED_NOUN = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Za-z][\w'-]*\s+){0,3}$|\blast\s+(?:week|month|year)'s\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def dated(event: Event, published: str | None = None) -> bool:
    """True when the trigger is an incident noun named by a year other than the story's or by a past period: "The
    blast was the deadliest in Britain since the 2005 London transport bombings", "involved in the 2021 attack on
    Palma".  Such a noun tells an incident of the story's background, not the story's own ("the attack", "Monday's
    attack"); "the 2024 attack" in a story of 2024 may be the story's."""
    if trigger_word(event) not in ANAPHORIC_HEADS:
        return False
    found = _DATED_NOUN.search(re.split(r"[,;:.!?()]", text_before(event))[-1])
    if found is None:
        return False
    year = found.group("year")
    return year is None or published is None or not published.startswith(year)


# Words between an incident noun and the place it is told at: "the blast at the Abbey Gate", "the attack on the
# Radisson Blu in Bamako", "the battle for Mosul"; a place after a comma or a verb belongs to another word.
_AT_PLACE = re.compile(
    r"\s*(?:at|in|on|near|outside|inside|across|along|of|for|over|around|against|into)\s+(?:[\w'-]+\s+){0,6}$",
    re.IGNORECASE,
)
# A place written as the noun's modifier: "the Mogadishu bombing", "Sunday's Kabul attack".
_PLACE_BEFORE = re.compile(r"^[\w'-]*\s*(?:[\w'-]+\s+){0,1}$")


def without_loose_place(event: Event) -> Event:
    """``event`` without its place when it is an incident noun with no participants and the place is not the noun's
    own: "Doctors at Medina hospital said they were overwhelmed by the wounded from the explosion" (the speakers'
    place), "MARAWI CITY - ... The army said the firefight lasted about an hour" (the dateline's).  "The blast at the
    Abbey Gate" and "the Mogadishu bombing" keep theirs."""
    loc = event.location
    if loc is None or event.agents or event.targets or event.to or not is_anaphoric(event):
        return event
    if trigger_word(event).endswith("s"):
        return event  # "the three attacks were coordinated": several incidents, not the one told
    text, start = event.sentence.text, event.sentence.start
    if event.trigger.end <= loc.span.start < event.sentence.end:
        if _AT_PLACE.fullmatch(text[event.trigger.end - start : loc.span.start - start]):
            return event
        return replace(event, location=None)
    if loc.span.end <= event.trigger.start and loc.span.start >= start:
        if _PLACE_BEFORE.fullmatch(text[loc.span.end - start : event.trigger.start - start]):
            return event
    return replace(event, location=None)


# An incident noun counted among others of a period: "It was the second attack in the province this week", "the
# third such bombing this month", "the latest in a string of raids".
_COUNTED = re.compile(
    r"\b(?:the|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|latest|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:such|major|deadly|deadliest|big|biggest|[\w-]+ly)\s+)?$",
    re.IGNORECASE,
)
# What opens a list of the earlier incidents after such a count: a colon, a semicolon or a dash.
_LIST_OPENS = re.compile(r"[:;]|\s[\u2014\u2013-]\s")


def listed_after_count(incident: Event, mention: Event) -> bool:
    """True when ``mention`` follows, in its sentence, a noun that counts ``incident`` among others of a period and a
    colon or dash that opens the list of those others: "It was the second attack in the province this week: on
    Monday, a suicide bomber blew himself up at a police checkpoint" (the bombing is an earlier incident, not the
    story's).  Without the count the words after a colon may detail the incident told."""
    text, start = mention.sentence.text, mention.sentence.start
    for told in incident.evidence:
        if told.sentence.start != start or told.trigger.end > mention.trigger.start:
            continue
        if _COUNTED.search(text[: told.trigger.start - start]) and _LIST_OPENS.search(
            text[told.trigger.end - start : mention.trigger.start - start]
        ):
            return True
    return False
