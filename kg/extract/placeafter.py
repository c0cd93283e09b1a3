"""Where an event happened, told after it or by how its sentence opens: the event's place noun placed in a later
sentence ("Attackers torched a police station ... The station is in Pirimo"), the incident taken up again with its
place ("... killed 11 villagers. The killings happened in Tamou"), and the openers that move a story elsewhere
("Separately, ...", "In another incident, ...") after which nothing before says where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles, time
from kg.extract.actors import Actors
from kg.extract.namekinds import actor_word
from kg.extract.placenames import place_mention
from kg.extract.reading import reading_of
from kg.extract.sectionlabels import opens_section
from kg.extract.toponyms import is_named, person_named, place_token
from kg.models import Mention

# Openers that move a story elsewhere: the sentence before no longer says where ("Separately, gunmen ...").
_SCENE_SHIFTS = frozenset({"separately", "elsewhere", "meanwhile"})
_SHIFT_NOUNS = frozenset({"incident", "attack", "development", "raid", "operation", "news", "case"})
_SHIFT_ADJECTIVES = frozenset({"another", "separate", "other", "unrelated", "different", "second"})

# Sentences looked ahead through for where the event's place noun is ("The station is in Pirimo").
_AFTER_REACH = 3
# Verbs that say where a thing is: "The market is in Baidoa", "the camp, located near Kasindi".
_BEING_WHERE = frozenset({"be", "locate", "situate", "lie", "sit", "hold", "base"})


def told_after(noun: Token, actors: Actors) -> Mention | None:
    """Where the event's common place noun is, told in one of the two sentences after it in the same paragraph by the
    same noun made definite: "Attackers torched a police station ... The station is in Pirimo, a town in the north",
    "gunmen raided a cattle market. The market, located near Serevo, ..."."""
    reading = reading_of(noun.doc)
    number = reading.number(noun)
    lemma = noun.lemma_.lower()
    for sent in reading.spans[number + 1 : number + 1 + _AFTER_REACH]:
        if "\n\n" in roles.text_between(roles.sentence(noun), sent):
            return None
        for tok in sent:
            if not (_same_noun(tok, lemma) or _it_is_where(tok)):
                continue
            heads = [tok] + ([tok.head] if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _BEING_WHERE else [])
            heads += [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _BEING_WHERE]
            for head in heads:
                found = _placed_on(head, actors)
                if found is not None:
                    return found
    return None


def _placed_on(head: Token, actors: Actors) -> Mention | None:
    """The first named place of an "in", "at", "near", "outside" or "on" phrase on ``head``: where the thing it
    names is ("The station is in Pirimo") or where the incident happened ("The killings happened in Tamou")."""
    for p in roles.pobjs(head, "in", "at", "near", "outside", "on"):
        place = place_token(p, actors)
        if place is not None and is_named(place):
            return place_mention(place, actors)
    return None


def _same_noun(tok: Token, lemma: str) -> bool:
    """True for the event's place noun made definite: "The station" after "a police station"."""
    return tok.lemma_.lower() == lemma and any(c.lower_ in ("the", "this") for c in tok.children)


def _it_is_where(tok: Token) -> bool:
    """True for "it" saying where a thing is: "It lies on the main road in Bal Kharr" after "stormed a police station.
    The station had been attacked before."."""
    return tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _BEING_WHERE


# Nouns that take an incident up again in the sentence after it, and the verbs that say where it was.
_INCIDENT_NOUNS = frozenset({
    "attack", "assault", "blast", "bombing", "explosion", "strike", "airstrike", "raid", "ambush", "shooting",
    "killing", "massacre", "incident", "violence", "clash", "fighting", "shelling", "defection", "surrender",
})  # fmt: skip
_HAPPENING = frozenset({"happen", "occur", "unfold", "take"})


def later_in_paragraph(sent: Span, reach: int) -> Iterator[Span]:
    """The sentences after ``sent``, ``reach`` at the most, up to a blank line or a sentence that opens elsewhere
    ("Separately, ..."): where a later sentence may tell the place of the incident of ``sent``."""
    reading = reading_of(sent.doc)
    number = reading.number(sent[0])
    for later in reading.spans[number + 1 : number + 1 + reach]:
        if "\n\n" in roles.text_between(sent, later) or shifts_scene(later):
            return
        yield later


def happened_after(sent: Span, actors: Actors) -> Mention | None:
    """Where the incident of ``sent`` happened, told in one of the two sentences after it in the same paragraph:
    "Suspected jihadists killed 11 villagers on Friday. The killings happened in Tamou, near the border", "The attack
    took place in Gidan Kare village", "The blast was near Mwanza" (the incident taken up again by a definite noun or
    "it")."""
    for later in later_in_paragraph(sent, _AFTER_REACH):
        for verb in later:
            lemma = verb.lemma_.lower()
            # "The blast was near Kibaha in Pwani region": the copula of a sentence that only says where
            said_where = lemma == "be" and verb.dep_ == "ROOT"
            if not said_where and (lemma not in _HAPPENING or verb.pos_ not in roles.VERB_POS):
                continue
            if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not any(_takes_up(s) for s in subjects):
                continue
            found = _placed_on(verb, actors)
            if found is not None:
                return found
    return None


# The steps of a change of side told after it, whose "in"/"at" phrase says where it was made: "He surrendered at the
# Delmas 33 station", "The returnees were received in X", "About 120 fighters arrived in X", "were welcomed at ..."
_RECEIVING = frozenset({"surrender", "arrive", "receive", "welcome", "present", "register", "hand", "gather"})
# ... and the gatherings at which it was made: "during a ceremony at Camp Bancasi in Butuan City", "at a rally in X".
_GATHERINGS = frozenset({"ceremony", "rally", "gathering", "parade", "event"})


def received_after(sent: Span, actors: Actors) -> Mention | None:
    """Where the change of side of ``sent`` was made, told in one of the two sentences after it in the same paragraph
    by a step of it: "Twenty-three members of the NPA returned to the fold on Thursday. The returnees presented 17
    firearms during a ceremony at Camp Bancasi in Butuan City", "... defected to the government. About 120 fighters
    arrived in Buulo Xaawo with technicals." A wire story's dateline names where it was filed; such a sentence names
    where the men came in."""
    apart = told_apart(sent)
    undated = time.explicit(sent.text, None) is None
    for later in later_in_paragraph(sent, 2):
        if apart(later) or (undated and time.explicit(later.text, None) is not None):
            return None  # another moment's steps: "A similar group had surrendered in Bajaur in 2017"
        for tok in later:
            lemma = tok.lemma_.lower()
            step = lemma in _RECEIVING and tok.pos_ in roles.VERB_POS
            if not (step or (lemma in _GATHERINGS and tok.pos_ == "NOUN")):
                continue
            found = _came_in_at(tok, actors) or _gathering_place(tok, actors)
            if found is not None:
                return found
    return None


def _came_in_at(head: Token, actors: Actors) -> Mention | None:
    """The place of an "in" or "at" phrase on a step of a change of side, whatever the small model tagged its name:
    "were received in Qaryat al-Sawma'ah" (tagged PERSON), "surrendered at the Delmas 33 station"; not a person the
    document names ("Commander X said") nor a people's word."""
    found = _placed_on(head, actors)
    if found is not None:
        return found
    for p in roles.pobjs(head, "in", "at"):
        named = p.pos_ == "PROPN" and not p.is_upper
        site = p.lemma_.lower() in lexicon.FACILITY_NOUNS and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and not c.ent_id_ for c in p.children
        )
        if (named or site) and not p.ent_id_ and not person_named(p) and not actor_word(p):
            return place_mention(p, actors)
    return None


def _gathering_place(verb: Token, actors: Actors) -> Mention | None:
    """The place of a gathering on ``verb``: "presented 17 firearms during a ceremony at Camp Bancasi", "were welcomed
    at ceremonies in Sagaing and Magway regions"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _GATHERINGS):
            found = _came_in_at(noun, actors)
            if found is not None:
                return found
    return None


def _takes_up(subject: Token) -> bool:
    """True for "it" or a definite incident noun: "The killings", "This attack", "the incident"."""
    if subject.lower_ == "it":
        return True
    return subject.lemma_.lower() in _INCIDENT_NOUNS and any(
        c.lower_ in ("the", "this", "these", "that") for c in subject.children
    )


def shifts_scene(sent: Span) -> bool:
    """True for a sentence that opens by moving the story elsewhere: "Separately, ...", "Elsewhere,
    ...", "In another incident, ...", "In a separate attack, ...", a round-up's place label ("Tsafe: ...")."""
    words = [t for t in sent[:6] if not t.is_punct]
    if not words:
        return False
    if opens_section(sent):
        return True  # "Tsafe: Residents reported ...": a round-up's next place
    if words[0].lower_ in _SCENE_SHIFTS:
        return True
    return (
        words[0].lower_ == "in"
        and len(words) > 2
        and any(w.lower_ in _SHIFT_ADJECTIVES for w in words[1:3])
        and any(w.lemma_.lower() in _SHIFT_NOUNS for w in words[2:4])
    )


def told_apart(sent: Span) -> Callable[[Span], bool]:
    """A test of whether another sentence tells another moment than ``sent``: both name a date and the dates differ
    ("pledged allegiance to X in 2018. In January 2020 its fighters ambushed a convoy near Y": Y is not where the
    pledge was made).  A year and a month or day in it agree."""
    date = time.explicit(sent.text, None)
    if date is None:
        return lambda _: False

    def apart(other: Span) -> bool:
        theirs = time.explicit(other.text, None)
        return theirs is not None and not (theirs.startswith(date) or date.startswith(theirs))

    return apart


def opens_at(place: Token) -> bool:
    """True when ``place`` opens its sentence in a fronted locative phrase: "In Odesa, a drone hit a port warehouse"
    moves the story to Odesa, so Odesa is that sentence's scene, not the one of an incident told before it."""
    sent = place.sent
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.i != sent.start or prep.lower_ not in ("in", "at", "near"):
        return False
    end = place.right_edge.i + 1
    return end < sent.end and place.doc[end].text == ","


def opens_elsewhere(sent: Span) -> bool:
    """True for a sentence that opens at a place of its own ("In Odesa, a drone hit ..."): the scene of what it tells,
    not of an incident told before it (:func:`opens_at`)."""
    return any(opens_at(t) for t in sent[1:6])


def recalled(place: Token) -> bool:
    """True when ``place`` stands in a "when" clause on the object of "since", which recalls an earlier incident as
    a yardstick (issue 14, twenty-first pass): in "the raid was the deadliest since 4 June, when gunmen burned the
    clinic at Ounianga", Ounianga is no scene for the sentences after it."""
    for head in place.ancestors:
        if head.dep_ == "relcl" and any(c.lower_ == "when" for c in head.children):
            anchor = head.head
            return anchor.dep_ == "pobj" and anchor.head.lower_ == "since"
    return False
