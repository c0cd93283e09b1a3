"""Dependency-tree helpers that find who did what to whom around a trigger token.

They return spaCy tokens (role heads); :mod:`kg.extract.actors` turns heads into mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon

A = TypeVar("A")
T = TypeVar("T")

VERB_POS = ("VERB", "AUX")
# Verbs whose object is an event noun the subject performs: "ISIS launched an attack".
LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "stage",
        "mount",
        "claim",
        "perpetrate",
        "commit",
        "execute",
        "begin",
        "lead",
        "order",
        "unleash",
        "step",
        "intensify",
        "continue",
        "resume",
        "undertake",
        "initiate",
        "wage",
        "plan",
        "threaten",
        "make",
        "start",
        "escalate",
        "renew",
        "coordinate",
        "orchestrate",
        "organise",
        "organize",
        "direct",
        "fight",
        "pledge",
        "swear",
        "take",
        "declare",
        "give",
        "offer",
        "reaffirm",
        "announce",
        "switch",
        "transfer",
        "prepare",
        "plot",
        "mastermind",
        "do",
        "push",
        "press",
        "deliver",
        "fly",
        "drop",
        "fire",
        "provide",
        "open",
        "exchange",
        "retaliate",  # "coalition jets retaliated with air raids on Sanaa"
        "respond",
        "react",
    }
)
# Verbs whose subject is an event noun and whose object is the victim: "an airstrike killed five".
IMPACT_VERBS = frozenset(
    {
        "kill",
        "hit",
        "destroy",
        "target",
        "engage",
        "wound",
        "injure",
        "damage",
        "strike",
        "claim",
        "leave",
        "erode",
        "pound",
        "devastate",
        "flatten",
        "level",
        "rock",
        "shake",
        "rip",
        "tear",
        "batter",
        "weaken",
        "degrade",
        "disrupt",
        "dislodge",
        "oust",
        "repel",
        "repulse",
        "rout",
        "defeat",
    }
)


PERPETRATORS = frozenset(
    {
        "suspect",
        "perpetrator",
        "gunman",
        "shooter",
        "attacker",
        "bomber",
        "mastermind",
        "assailant",
        "organiser",
        "organizer",
    }
)
# Nouns a participle hangs from when the participle's real subject is the speaker:
# "Shekau released a statement pledging loyalty" -> Shekau pledges.
UTTERANCES = frozenset(
    {
        "statement",
        "message",
        "video",
        "audio",
        "recording",
        "tape",
        "audiotape",
        "speech",
        "letter",
        "post",
        "communique",
        "declaration",
        "announcement",
        "tweet",
    }
)


# What a role may not be filled with.  Weapons and devices are what an attack is made with ("a landmine
# killed two soldiers", "fired grenade launchers at the base"); event nouns are the attack itself ("this
# latest attack", "fire"); neither is who did it.  A weapon is a fine target ("destroyed a mortar"), and
# a weapon or deed with an actor's name on it ("Russian missiles", "Boko Haram's bombs") stands for the
# actor.
WEAPON_HEADS = frozenset(
    {
        "bomb",
        "landmine",
        "mine",
        "ied",
        "grenade",
        "launcher",
        "rpg",
        "rocket",
        "missile",
        "mortar",
        "shell",
        "bullet",
        "rifle",
        "gun",
        "pistol",
        "explosive",
        "device",
        "vest",
        "belt",
        "knife",
        "machete",
        "projectile",
        "munition",
        "round",
        "ammunition",
        "weapon",
        "firearm",
        "cannon",
        "booby-trap",
        "shrapnel",
    }
)
DEED_HEADS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "raid",
        "bombing",
        "shelling",
        "fire",
        "gunfire",
        "blast",
        "explosion",
        "series",
        "wave",
        "barrage",
        "salvo",
        "assault",
        "ambush",
        "violence",
        "clash",
        "fighting",
        "offensive",
        "incident",
        "basis",
    }
)
_WHEN_WORDS = frozenset({"date", "period", "occasion", "time"})  # "two related bombings on this date"
_NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _counted_victims(token: Token) -> bool:
    return (
        token.dep_ in ("dobj", "nsubjpass")
        and token.head.lemma_.lower() in ("kill", "wound", "injure", "maim", "leave")
        and not token.ent_type_ == "DATE"
    )


# Prepositions a report opens with before a comma: "Near Baiji, two strikes struck ...".
FRONTED_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "in", "at", "across", "along", "throughout"})


def fronted_place(token: Token) -> bool:
    """True when ``token`` is in a fronted locative the parser did not read as one: the sentence opens
    with a capitalised preposition word that is not a preposition in the tree, then only proper names,
    then a comma ("Near Baiji, two strikes struck ..."), and the small model tagged the phrase a person
    and made it the subject.  Such a phrase is where, never who."""
    sent = sentence(token)
    doc = token.doc
    first = doc[sent.start]
    if first.lower_ not in FRONTED_PREPOSITIONS or not first.is_title or first.dep_ == "prep":
        return False
    end = sent.start + 1
    while end < sent.end and doc[end].pos_ == "PROPN":
        end += 1
    return end > sent.start + 1 and end < sent.end and doc[end].text == "," and sent.start <= token.i < end


def can_fill(token: Token, *, doer: bool) -> bool:
    """True when ``token`` may head a role filler: an actor, person, organisation, collective, place or
    thing, never a date, a number, a measure or a dash; and, as the doer (``doer``), never a weapon
    or the deed itself unless an actor's name is on it.  Used where rules hand over their role tokens."""
    if token.ent_type_ in _NOT_PARTICIPANTS or token.lemma_.lower() in lexicon.TIME_WORDS | _WHEN_WORDS:
        return False
    if is_reflexive(token):
        return False  # "blew himself up"
    if token.lemma_.lower() in ("responsibility", "credit"):
        return False  # what is claimed for an attack, never who did it or to whom
    if token.pos_ == "NUM" or token.like_num:
        # "18 of 25 drones"; the victims counted by a casualty verb ("killing 2") when nothing else names
        # them; never a doer, a year or a figure elsewhere ("the 2,000 ... pushed that number above 50,000").
        return bool(pobjs(token, "of")) or (not doer and _counted_victims(token))
    if not any(ch.isalpha() for ch in token.text):
        return False  # "-"
    if not doer and _instrument(token):
        return False  # "the attackers used roadside bombs", "detonated explosives": what it was done with
    if doer and fronted_place(token):
        return False  # "Near Baiji, two strikes struck ..."
    if doer and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        lemma = token.lemma_.lower()
        if lemma in WEAPON_HEADS or lemma in DEED_HEADS:
            return any(
                c.dep_ in ("poss", "compound", "amod", "nmod")
                and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.ent_id_)
                for c in token.children
            ) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    return True


# Verbs whose object is what an attack is made with, never what it is against.
_WIELD_VERBS = frozenset({"use", "employ", "detonate", "plant", "carry", "wield", "brandish", "set", "deploy"})


def _instrument(token: Token) -> bool:
    """True for a weapon that is the object of a verb of wielding it ("used roadside bombs")."""
    return (
        token.dep_ == "dobj"
        and token.lemma_.lower() in WEAPON_HEADS
        and token.head.lemma_.lower() in _WIELD_VERBS
        and not any(c.ent_type_ or c.ent_id_ for c in token.children if c.dep_ in ("poss", "compound", "amod"))
    )


def aimed_at(weapon: Token) -> list[Token]:
    """What a weapon was aimed at: "an explosive device targeting a vehicle", "a rocket aimed at the base"."""
    for c in weapon.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("target", "aim", "hit", "strike"):
            found = list(children(c, "dobj")) + pobjs(c, "at", "on")
            if found:
                return found[:1]
    return []


# Attackers whose death in their own attack is no attack on them ("the bomber was killed", "blew himself up").
_SELF_KILLERS = frozenset({"bomber", "attacker", "assailant", "gunman", "gunmen", "shooter", "perpetrator"})


def is_reflexive(token: Token) -> bool:
    return token.lower_ in ("himself", "herself", "themselves", "itself")


def casualties(verb: Token) -> Token | None:
    """Who the casualty clause of ``verb`` names: ", killing four officers", ", leaving 12 injured"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in IMPACT_VERBS:
            obj = first(children(c, "dobj"))
            if obj is not None and obj.lemma_.lower() not in _NOT_VICTIMS:
                return obj
    return None


def own_death(patient_token: Token) -> bool:
    """True when the one a violence verb with no doer acts on is the attacker ("the bomber was killed",
    "the attackers died") or a reflexive ("blew himself up")."""
    if patient_token.lower_ in ("himself", "herself", "themselves"):
        return True
    return patient_token.lemma_.lower() in _SELF_KILLERS or patient_token.lower_ in _SELF_KILLERS


_ACTOR_LABELS = ("ORG", "PERSON", "NORP", "GPE")
_PLEDGE_VERBS = frozenset({"swear", "swore", "sworn", "pledge", "pledged", "declare", "declared"})
# What may stand between a doer named first and its verb when the parse lost the link: an apposition
# ("Ansar Bayt al-Maqdis, the Egyptian militant group, swore allegiance"), modifiers and adverbs.
_BETWEEN_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM", "ADV", "PART"})


def leading_doer(trigger: Token, *, taken: Iterable[Token] = ()) -> Token | None:
    """When the parse gives ``trigger`` no doer, the named actor right before it: the nearest name
    in the sentence (not in a prepositional phrase, not a role already taken) separated from the
    trigger only by an apposition, modifiers or adverbs, and for an event noun by the verb before it
    ("... swore allegiance").  A pattern over the words, for trees the small model broke."""
    sent = sentence(trigger)
    taken_i = {t.i for t in taken}
    doc = trigger.doc
    end = trigger.i
    if trigger.pos_ in ("NOUN", "PROPN"):
        # Only an event noun after its verb ("swore allegiance", "launched an attack", with "swore"
        # tagged ADJ); a name before a bare noun is mostly its place ("the Orlando massacre").
        verb = next(
            (t for t in reversed(doc[sent.start : end]) if t.pos_ not in ("DET", "ADJ") or t.lower_ in _PLEDGE_VERBS),
            None,
        )
        if verb is None or verb.lemma_.lower() not in LIGHT_VERBS | _PLEDGE_VERBS and verb.lower_ not in _PLEDGE_VERBS:
            return None
        end = verb.i
    elif trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None  # "Syrian civilians killed": a name before a bare participle is who it was done to
    for i in range(end - 1, sent.start - 1, -1):
        tok = doc[i]
        if (tok.ent_type_ in _ACTOR_LABELS and not (tok.ent_type_ == "GPE" and not tok.ent_id_)) or tok.ent_id_:
            ent_start = i
            while ent_start > sent.start and doc[ent_start - 1].ent_iob_ == "I" and tok.ent_iob_ != "B":
                ent_start -= 1
                if doc[ent_start].ent_iob_ == "B":
                    break
            root = tok
            while root.head.i != root.i and ent_start <= root.head.i <= i:
                root = root.head
            if root.dep_ in ("amod", "compound", "nmod") and i < root.head.i < trigger.i:
                root = root.head  # "ISIS militants", "the Egyptian militant group"
            if root.dep_ == "appos" and root.head.i < root.i:
                root = root.head  # "Ansar Bayt al-Maqdis, the Egyptian militant group, swore ..."
            if root.dep_ in ("pobj", "dobj", "poss") or any(doc[k].i in taken_i for k in range(ent_start, i + 1)):
                return None
            if ent_start > sent.start and doc[ent_start - 1].pos_ == "ADP":
                return None
            return root
        if tok.pos_ not in _BETWEEN_POS:
            return None
    return None


# Rules ask the same questions of a trigger's sentence many times, and spaCy answers each
# ``token.sent`` by building a new Span, and each iteration of it with a new Token per word.  So the
# sentences of a document are listed once, and what rules compute from a sentence or a token is
# remembered with them.  Only the document being read is kept: every Span and Token holds its Doc,
# and a Doc holds its batch's whole tensor (over 1 MB), so caches that outlive a document leak
# (an index keyed weakly by Doc whose values held the Doc's Spans kept every Doc: 1.7 GB at 10,000
# articles).  Extraction reads one document at a time, so one entry is all the caching there is.
class _Document:
    __slots__ = ("doc", "per_sentence", "per_token", "spans", "starts")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = list(doc.sents)
        self.starts = [sent.start for sent in self.spans]
        self.per_sentence: dict[tuple[str, int], object] = {}  # (name, sentence number) -> value
        self.per_token: dict[tuple[str, int], object] = {}  # (name, token index) -> value


_current: _Document | None = None


def _document(doc: Doc) -> _Document:
    global _current
    current = _current
    if current is None or current.doc is not doc:  # the old Doc is alive while held: no reuse of ids
        current = _current = _Document(doc)
    return current


def _sentence_number(document: _Document, token: Token) -> int:
    return bisect_right(document.starts, token.i) - 1


def _remembered(memo: dict[tuple[str, int], object], key: tuple[str, int], compute: Callable[[A], T], arg: A) -> T:
    try:
        return memo[key]  # type: ignore[return-value]
    except KeyError:
        value = memo[key] = compute(arg)
        return value


def text_between(before: Span, after: Span) -> str:
    """The document's text from the end of ``before`` to the start of ``after``.

    ``doc.text[before.end_char : after.start_char]`` without ``doc.text``, which joins every token of
    the document on each call: once per event, that made long documents quadratic (24,000 tokens of
    "Rebels attacked the town and" took 388 s).
    """
    doc = before.doc
    gap = [doc[before.end - 1].whitespace_] if before.end > 0 else []
    return "".join(gap + [t.text_with_ws for t in doc[before.end : after.start]])


def sentence(token: Token) -> Span:
    """``token.sent``, from a per-document index of its sentences."""
    document = _document(token.doc)
    return document.spans[_sentence_number(document, token)]


def per_sentence(token: Token, name: str, compute: Callable[[Span], T]) -> T:
    """``compute(sentence(token))``, computed once per sentence of the document and ``name``."""
    document = _document(token.doc)
    number = _sentence_number(document, token)
    return _remembered(document.per_sentence, (name, number), compute, document.spans[number])


def per_token(token: Token, name: str, compute: Callable[[Token], T]) -> T:
    """``compute(token)``, computed once per token of the document and ``name``."""
    return _remembered(_document(token.doc).per_token, (name, token.i), compute, token)


def _lemmas(sent: Span) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in sent)


def _text(sent: Span) -> str:
    return sent.text


def sentence_text(token: Token) -> str:
    """The text of ``token``'s sentence (``token.sent.text``, cached)."""
    return per_sentence(token, "text", _text)


def sentence_lemmas(token: Token) -> frozenset[str]:
    """The lower-cased lemmas of ``token``'s sentence, cached per sentence."""
    return per_sentence(token, "lemmas", _lemmas)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Russian, Syrian and US" -> three tokens)."""
    out = [token]
    for c in token.conjuncts:
        if c.i not in {t.i for t in out} and c.pos_ == token.pos_ or c.pos_ in ("PROPN", "NOUN", "ADJ"):
            if c not in out:
                out.append(c)
    return sorted(out, key=lambda t: t.i)


def pair_sides(obj: Token) -> list[Token]:
    """The sides named by the object of "between": its conjuncts, or, when the parser hung the first side
    as a modifier of the second ("between the army and Houthi rebels" with "army" a modifier of
    "rebels"), the last noun before the phrase's one "and" and the object itself.  An "and" inside a
    name ("the Islamic State of Iraq and the Levant") splits nothing."""
    sides = conjuncts(obj)
    if len(sides) > 1:
        return sides
    doc = obj.doc
    ands = [t for t in doc[obj.left_edge.i : obj.i] if t.lower_ == "and" and t.dep_ == "cc"]
    if len(ands) != 1 or ands[0].ent_iob_ == "I":
        return sides
    first = [t for t in doc[obj.left_edge.i : ands[0].i] if t.pos_ in ("NOUN", "PROPN")]
    return [first[-1], obj] if first else sides


def children(token: Token, *deps: str) -> Iterator[Token]:
    """Children of ``token`` with one of the dependency labels ``deps``."""
    return (c for c in token.children if c.dep_ in deps)


def first(tokens: Iterable[Token]) -> Token | None:
    return next(iter(tokens), None)


def is_passive(verb: Token) -> bool:
    # "IS militants attacked": the small model reads the group's name "IS" as a passive auxiliary.
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") and not c.ent_id_ for c in verb.children) or (
        _gapped_passive(verb)
    )


def _gapped_passive(verb: Token) -> bool:
    """A passive participle whose auxiliary is gapped: "Three soldiers were killed and four others injured",
    where the parser gives "injured" an active subject ("others") that is in fact its patient."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    )


def pobjs(token: Token, *preps: str) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` ("attacks on X" -> X)."""
    out: list[Token] = []
    for p in token.children:
        if p.dep_ in ("prep", "agent", "dative") and p.lower_ in preps:
            out.extend(c for c in p.children if c.dep_ in ("pobj", "pcomp"))
    return out


def to_objects(token: Token) -> list[Token]:
    """Objects of ``to`` on ``token``, including the small model's misparse of "to ISIS" as an
    infinitive ("pledged allegiance to ISIS" -> xcomp ISIS with aux "to")."""
    found = pobjs(token, "to")
    if found:
        return found
    for c in token.children:
        if (
            c.dep_ in ("xcomp", "advcl")
            and (c.ent_type_ or c.tag_ in ("NNP", "NNPS"))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return [c]
    return []


def subject(verb: Token, *, depth: int = 0) -> Token | None:
    """The doer of ``verb``: its active subject, passive ``by`` agent, or the subject it inherits
    as a conjunct, complement, participle or relative clause."""
    if depth > 4:
        return None
    if is_passive(verb):
        by = pobjs(verb, "by")
        if by:
            return by[0]
        for deed in pobjs(verb, "in", "during"):
            if deed.lemma_.lower() in DEED_HEADS and pobjs(deed, "by"):
                return pobjs(deed, "by")[0]  # "12 people were killed in an attack by Boko Haram"
        for hands in pobjs(verb, "at"):
            if hands.lower_ == "hands" and pobjs(hands, "of"):
                return pobjs(hands, "of")[0]  # "killed at the hands of Assad"
        for c in verb.children:
            # "he was bombed and killed by coalition aircraft": the agent follows the last conjunct.
            if c.dep_ == "conj" and is_passive(c) or (c.dep_ == "conj" and c.tag_ == "VBN"):
                by = pobjs(c, "by")
                if by:
                    return by[0]
    else:
        # "Outside Ramadi, militants attacked ...": a fronted place the parser made a second subject is no doer.
        subj = first(c for c in children(verb, "nsubj") if not fronted_place(c))
        if subj is not None:
            if subj.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _event_before_place(verb.head) or verb.head
            return subj
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD"):
        by = pobjs(verb, "by")
        if by:
            return by[0]  # "a convoy ambushed by militants"
        root = sentence(verb).root
        if verb.tag_ == "VBD" and verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
            # A finite verb is no participle: "A teenager armed with a knife stabbed three people" parsed with
            # "stabbed" hung on "knife" and the noun as the root; the root is the doer.
            return root
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and pobjs(verb, "by"):
        return pobjs(verb, "by")[0]  # "captured by ISIL in 2014 and retaken by Iraqi forces in 2016"
    if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and not is_passive(verb):
        return subject(verb.head, depth=depth + 1)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in VERB_POS:
        return subject(verb.head, depth=depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS:
        # "suspected of blowing up a plane", "defected after killing two superiors"
        outer = verb.head.head
        accused = first(children(outer, "dobj"))
        if outer.lemma_.lower() in _ACCUSE and verb.head.lower_ in ("of", "for") and accused is not None:
            return accused  # "officials accused Russia of attacking": the accused is the doer
        if outer.dep_ == "acl" and outer.head.pos_ in ("NOUN", "PROPN"):
            return outer.head
        return subject(outer, depth=depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "Iraqi operations to retake Mosul", "their efforts to reclaim the town"
        found, _ = noun_agent(verb.head)

        for inner in [] if found else pobjs(verb.head, "of"):
            found, _ = noun_agent(inner)  # "the start of Iraqi operations to retake Mosul"

            if found:
                break

        return found[0] if found else None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if verb.head.lemma_.lower() in UTTERANCES and verb.head.head.pos_ in VERB_POS:
            return subject(verb.head.head, depth=depth + 1)
        return verb.head
    if verb.dep_ == "relcl" and not is_passive(verb):
        return verb.head
    if verb.tag_ == "VBG" and depth == 0:
        # A participle the parser hung off a noun (", burning homes and killing 65 people") still
        # belongs to the clause: its doer is the subject of the nearest verb above it.
        for anc in verb.ancestors:
            if anc.pos_ == "VERB":
                subj = first(children(anc, "nsubj"))
                return subj if subj is not None and subj.lower_ not in lexicon.RELATIVE_PRONOUNS else None
    return None


def _event_before_place(noun: Token) -> Token | None:
    """For a relative clause hung on the place of an event noun ("the attack in Nairobi, which killed
    67 people"), or on the place or facility it was against, up to two phrases away ("the attack on a
    hotel in Mogadishu that killed 20 people"), the event noun: a place kills nobody."""
    for _ in range(2):
        place = noun.ent_type_ in ("GPE", "LOC", "FAC") or (
            noun.lemma_.lower() in lexicon.PLACE_NOUNS and noun.ent_type_ not in ("PERSON", "NORP", "ORG")
        )
        if not place or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at", "near", "on", "against"):
            return None
        event = noun.head.head
        if event.pos_ == "NOUN" and event.lemma_.lower() in DEED_HEADS:
            return event
        noun = event
    return None


def patient(verb: Token) -> Token | None:
    """The one ``verb`` acts on: direct object, passive subject, or a reduced relative's noun."""
    if is_passive(verb):
        subj = first(children(verb, "nsubj" if _gapped_passive(verb) else "nsubjpass"))
        if subj is not None:
            if subj.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
            return patient(verb.head)
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in VERB_POS and is_passive(verb.head):
        return patient(verb.head)
    obj = first(children(verb, "dobj"))
    if obj is not None:
        return obj
    if verb.dep_ in ("acl",) and verb.tag_ == "VBN":
        return verb.head  # "the village bombed by ..." -> village
    if verb.dep_ == "relcl" and verb.tag_ == "VBN":
        return verb.head
    return None


def governor(noun: Token) -> Token | None:
    """The verb an event noun hangs from, through a preposition if need be ("responsibility for the
    attack" -> claimed; "in an airstrike" -> killed)."""
    head = noun.head
    if noun.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
            head = head.head  # "claimed responsibility for the attack"
    if noun.dep_ == "conj":
        return governor(noun.head) if noun.head.pos_ in ("NOUN", "PROPN") else noun.head
    if head.pos_ in VERB_POS:
        return head
    return None


# Verbs of taking a place: "an offensive that captured Mosul".
_TAKING = frozenset({"capture", "seize", "retake", "recapture", "overrun", "take", "liberate"})
# How a device is put where it goes off: "a roadside bomb planted by Taliban insurgents".
_PLANTING = frozenset({"plant", "place", "lay", "set", "hide", "leave"})
_ACTOR_COMPOUNDS = frozenset(
    {
        "regime",
        "government",
        "coalition",
        "army",
        "military",
        "rebel",
        "militia",
        "insurgent",
        "police",
        "navy",
        "opposition",
        "militant",
        "jihadist",
        "taliban",
    }
)
_PURPOSE_VERBS = frozenset({"disperse", "kill", "target", "hit", "stop", "repel", "drive", "scatter", "punish"})
# Verbs whose object is charged with the deed in their "of"/"for" complement.
_ACCUSE = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "convict", "indict"})
_NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT")
# "X was involved in / took part in / cooperated with Y in the bombings": X (and Y) did it.
_PARTICIPATE = frozenset({"involve", "participate", "cooperate", "engage", "collaborate", "implicate"})
# Objects of impact verbs that are measurements, not victims ("pushed that number above 50,000").
_NOT_VICTIMS = frozenset(
    {
        "number",
        "figure",
        "total",
        "count",
        "toll",
        "tally",
        "milestone",
        "record",
        "level",
        "price",
        "rate",
        "share",
        "hope",
        "effort",
        "chance",
        "support",
        "way",
        "responsibility",  # "the attack, for which ISIS-K claimed responsibility"
        "credit",
    }
)


def noun_agent(noun: Token) -> tuple[list[Token], str]:
    """The doer of an event noun and how it was found: possessive, ``by`` phrase, actor modifier
    ("Russian airstrikes", "ISIS attack"), or the subject of a light verb ("X carried out attacks")."""
    poss = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in _NOT_ACTORS]
    if poss:
        return poss, "syntax"
    by = pobjs(noun, "by") or _blamed(noun)
    if by:
        return by, "syntax"
    if noun.lemma_.lower() in lexicon.AERIAL_LEMMAS:
        owners = [
            t for t in pobjs(noun, "of") if t.ent_type_ in ("ORG", "GPE", "NORP") or t.ent_id_ or t.pos_ == "PROPN"
        ]
        if owners:
            return owners, "syntax"  # "a drone of the Military Forces of Turkey struck ..."
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LIGHT_VERBS | _PLANTING:
            by = pobjs(c, "by")
            if by:
                return by, "syntax"  # "the attack ... carried out by the Taliban", "a bomb planted by X"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in LIGHT_VERBS:
        by = pobjs(noun.head, "by")
        if by:
            return by, "syntax"  # "the attack was carried out / claimed by ISGS"
    if noun.dep_ == "dobj" and not is_passive(noun.head):
        # "condemned the murder of David Haines by ISIL terrorists": an active verb has no by-agent of its
        # own, so a by-phrase after its object that the parser hung on the verb is the object's doer.
        by = [t for t in pobjs(noun.head, "by") if t.i > noun.i and can_fill(t, doer=True)]
        if by:
            return by[:1], "syntax"
    if noun.head.dep_ == "prep" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsible":
        # "The group was responsible for the 2008 Mumbai attacks": who is held responsible did it.
        held = noun.head.head
        subj = first(children(held.head, "nsubj")) if held.dep_ == "acomp" else None
        if subj is None and held.dep_ == "amod" and held.head.pos_ in ("NOUN", "PROPN"):
            subj = held.head  # "the group responsible for the attacks"
        if subj is not None and can_fill(subj, doer=True):
            return [subj], "syntax"
    # Actor modifiers: "Russian airstrikes", "ISIS attack", "US strikes"; a city modifier is a place
    # ("the San Bernardino shootings"), so only gazetteer places count.
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "ORG", "PERSON") or c.ent_id_)
    ]
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ in _NOT_ACTORS:
            # "last month's U.S. invasion": the date's own modifiers are not the actor, the noun's are.
            mods += [g for g in c.children if g.dep_ == "compound" and (g.ent_type_ in ("GPE", "ORG") or g.ent_id_)]
    if mods:
        return mods, "syntax"
    mods += [c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in _ACTOR_COMPOUNDS]
    if not mods:
        # "US Predator attacks": the actor modifies the modifier.
        mods = [
            g
            for c in noun.children
            if c.dep_ == "compound"
            for g in c.children
            if g.dep_ in ("compound", "amod") and (g.ent_type_ in ("NORP", "ORG", "GPE") or g.ent_id_)
        ]
    if mods:
        return mods, "syntax"
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("attribute", "blame"):
            found = pobjs(c, "to", "on")
            if found:
                return found, "syntax"  # "attacks attributed to the group"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "in"):
        holder = noun.head.head
        if holder.lemma_.lower() == "responsible" and holder.head.pos_ in VERB_POS:
            subj = subject(holder.head)  # "BH was responsible for the bomb attack"
            if subj is not None:
                return [subj], "syntax"
        if holder.lemma_.lower() in _PARTICIPATE:
            if holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
                return [holder.head], "syntax"  # "a guard involved in a shooting"
            subj = subject(holder) if holder.pos_ in VERB_POS else None
            if subj is None and holder.pos_ in VERB_POS:
                subj = first(children(holder, "nsubjpass"))  # "Serb forces were engaged in ..."
            if subj is not None:
                return [subj] + pobjs(holder, "with"), "syntax"
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "claim":
            claimant = subject(c)  # "attacks, for which Da'esh has claimed responsibility"
            if claimant is not None and claimant.lower_ not in lexicon.RELATIVE_PRONOUNS and claimant != noun:
                return [claimant], "syntax"
    for other in [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else []):
        by = pobjs(other, "by")
        if by:
            return by, "syntax"  # "shelling and airstrikes by the regime"
    for c in noun.children:
        # "ISIS-inspired attacks": the inspirer stands as the agent (modality says "inspired").
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() == "inspire":
            inspirers = [g for g in c.children if g.ent_type_ or g.ent_id_]
            if inspirers:
                return inspirers, "syntax"
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in PERPETRATORS:
        # "Tashfeen Malik, the female suspect in the shootings"
        perp = noun.head.head
        return [perp.head if perp.dep_ == "appos" else perp], "syntax"
    verb = governor(noun)
    if verb is not None and verb.lemma_.lower() in LIGHT_VERBS and noun.dep_ in ("dobj", "pobj", "conj"):
        subj = subject(verb)
        if subj is not None:
            return [subj], "syntax"
    if (
        verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during")
        and verb.lemma_.lower() in IMPACT_VERBS
        and not is_passive(verb)
    ):
        subj = first(children(verb, "nsubj"))
        if subj is not None and subj.pos_ != "PRON" and subj.lemma_.lower() not in DEED_HEADS:
            return [subj], "syntax"  # "insurgents killed 12 soldiers in an attack on a base"
    if verb is not None and noun.dep_ == "nsubjpass" and verb.lemma_.lower() in ("attribute", "blame"):
        to = pobjs(verb, "to", "on")
        if to:
            return to, "syntax"
    if (
        verb is not None
        and verb.lemma_.lower() in ("blame", "accuse", "condemn", "hold")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "of", "over")
    ):
        obj = first(children(verb, "dobj"))
        if obj is not None:
            return [obj], "syntax"  # "Palestinians blamed Israel for the bombing"
    if verb is not None and verb.lemma_.lower() in ("claim", "accept") and noun.dep_ == "pobj":
        subj = subject(verb)
        if subj is not None:
            return [subj], "syntax"
    return [], "none"


def _blamed(noun: Token) -> list[Token]:
    """Who an event noun is blamed on: "blamed the attack on herders" -> herders (the doer, not the victim)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("blame", "pin"):
        return pobjs(noun, "on") + pobjs(noun.head, "on")
    return []


def noun_target(noun: Token, *preps: str) -> list[Token]:
    """The victim of an event noun: ``on/against`` phrase, else the object of the verb the noun is the
    subject of ("an airstrike killed five"), else the passive subject of the verb it happened in
    ("five were killed in an airstrike")."""
    found = [
        t
        for t in pobjs(noun, *(preps or ("on", "against", "targeting", "at")))
        if t.ent_type_ not in _NOT_ACTORS and t.lower_ not in lexicon.TIME_WORDS and t not in _blamed(noun)
    ]
    gov_verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS else None
    if (
        not found
        and gov_verb is not None
        and gov_verb.lemma_.lower() in ("open", "launch", "mount", "carry", "conduct")
    ):
        found = [t for t in pobjs(gov_verb, "on", "against", "at", "upon") if t.ent_type_ not in _NOT_ACTORS]
    if found:
        return found
    # "the attack by unidentified assailants on a convoy": the parser hangs "on" on the attackers.
    found = [
        t for a in pobjs(noun, "by") for t in pobjs(a, *(preps or ("on", "against"))) if t.ent_type_ not in _NOT_ACTORS
    ]
    if found:
        return found
    # "the attack in Nairobi, which killed 67 people": the relative clause hangs on the place.
    places = [p for p in pobjs(noun, "in", "at", "near") if p.ent_type_ in ("GPE", "LOC", "FAC")]
    # "the attack on a hotel (in Mogadishu) that killed 20 people": the clause hangs on what was attacked.
    places += [q for p in pobjs(noun, "on", "against") for q in [p, *pobjs(p, "in", "at", "near")]]
    places = [p for p in places if _event_before_place(p) == noun]
    for c in list(noun.children) + [c for p in places for c in p.children]:
        if c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS | _TAKING:
            obj = first(children(c, "dobj")) or first(
                d for k in c.children if k.dep_ == "conj" for d in children(k, "dobj")
            )
            if obj is not None and obj.lemma_.lower() not in _NOT_VICTIMS:
                return [obj]  # "the bomb attack that killed at least 21 people"
        if c.dep_ == "acl" and c.lemma_.lower() == "target":
            obj = first(children(c, "dobj"))
            if obj is not None:
                return [obj]
    verb = noun.head
    subject_noun = noun.dep_ == "nsubj"
    if noun.dep_ == "appos" and verb.dep_ == "nsubj" and fronted_place(verb):
        subject_noun, verb = True, verb.head  # "Near Kobani, an airstrike destroyed ...": the place took the subject
    if subject_noun and verb.lemma_.lower() in IMPACT_VERBS:
        obj = first(children(verb, "dobj")) or first(pobjs(verb, "through", "into"))
        if obj is not None and obj.lemma_.lower() not in _NOT_VICTIMS:
            return [obj]  # "an airstrike killed five", "the blast ripped through a market"
    if subject_noun and verb.pos_ in VERB_POS:
        # "A car bomb exploded near a market, killing five / leaving 12 people injured": the casualty
        # clause of the verb the event noun is the subject of names its victims.
        found_casualties = casualties(verb)
        if found_casualties is not None:
            return [found_casualties]
    gov = governor(noun)
    if (
        gov is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "by")
        and gov.lemma_.lower() in ("kill", "wound", "injure", "destroy", "damage", "hit", "die")
    ):
        victim = patient(gov) or first(children(gov, "nsubj"))
        if victim is not None:
            return [victim]
    if gov is not None and noun.dep_ == "dobj":
        for c in gov.children:
            # "opened fire to disperse demonstrators"
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PURPOSE_VERBS:
                obj = first(children(c, "dobj"))
                if obj is not None:
                    return [obj]
    if gov is not None and noun.dep_ in ("dobj", "pobj"):
        # "conducted 23 strikes using aircraft against ISIL targets": "against" hangs off a participle.
        for tok in gov.subtree:
            if tok.dep_ == "prep" and tok.lower_ in ("against", "targeting") and tok.head.i != noun.i:
                found = [c for c in tok.children if c.dep_ == "pobj"]
                if found:
                    return found
    return []


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the nearest verb above ``token``, with its conjuncts ("Bosnia and Slovenia")."""
    tok = token
    for _ in range(6):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in VERB_POS:
            subj = subject(tok)
            return conjuncts(subj) if subj is not None else []
    return []


def locations(token: Token) -> list[Token]:
    """Heads of ``in/at/near/...`` phrases on ``token`` and on the verb it belongs to."""
    preps = ("in", "at", "near", "across", "outside", "inside", "throughout", "around", "into", "across")
    out = pobjs(token, *preps)
    gov = token if token.pos_ in VERB_POS else governor(token)
    if gov is not None and gov is not token:
        out += pobjs(gov, *preps)
    if token.pos_ in VERB_POS:
        # "shot and killed a chief in Kidal": the place phrase often hangs on the last conjunct.
        for c in token.children:
            if c.dep_ == "conj" and c.pos_ in VERB_POS:
                out += pobjs(c, *preps)
    else:
        # "the 2008 Mumbai attacks": a named place modifying the event noun is where it happened.
        out += [
            c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC") and not c.ent_id_
        ]
    return out
