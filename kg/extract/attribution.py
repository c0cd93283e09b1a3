"""Document-level attribution: claims and blame name the doer of an attack reported elsewhere.

Incident reports give the deed and its author apart, often in different sentences: "Gunmen attacked a
post near Menaka. The attack was claimed by ISGS."; "An explosive device detonated near a checkpoint.
No group claimed responsibility; however, authorities attributed the attack to Lashkar-e-Jhangvi."
:func:`claims` finds the attributions of a parsed document (who is named, and the noun of the deed
they are named for, when there is one); :func:`link` gives that actor as the agent of the attack the
attribution refers to when that attack has no agent or only a generic one ("assailants", "a suicide
bomber", "unidentified gunmen").  A linked agent is a reading across sentences, so it adds less
confidence than one found by syntax.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract import identified, lexicon, modality, roles
from kg.extract.actors import Actors
from kg.extract.agentfill import with_agent, without_repeats
from kg.extract.anaphora import described, modifiers
from kg.extract.syntax import relative_antecedent, says_none
from kg.models import EntityKind, Event, EventType, Mention

# What a claim is made for: nouns naming an incident, and pronouns ("claimed it").
_DEED_NOUNS = frozenset(
    {
        "attack",
        "incident",
        "bombing",
        "blast",
        "explosion",
        "ambush",
        "assault",
        "raid",
        "shooting",
        "killing",
        "killings",
        "murder",
        "massacre",
        "strike",
        "operation",
        "assassination",
        "violence",
        "it",
        "this",
        "that",
        "act",
        "atrocity",
        "abduction",
        "kidnapping",
        "beheading",
        "execution",
        "rocket",
        "shelling",
        "arson",
    }
)
# Modifiers of a doer that say the report does not know who it was.
_OPENERS = frozenset({":", ";", '"', "\u201c", "("})  # after these a capital starts a clause, not a name
_VAGUE = frozenset({"unidentified", "unknown", "suspected", "armed", "suicide", "masked", "alleged", "gunmen"})
_CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die", "maim"})
_CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})
_CREDIT = frozenset({"responsibility", "credit", "authorship"})
# "attributed the attack to X", "blamed the bombing on X", "X was blamed", "suspect X".
_BLAME_VERBS = frozenset({"attribute", "blame", "suspect", "accuse", "hold", "link", "tie", "pin"})
# "X carried out the attack", "X planted the bomb": the subject did the deed the object names.
_DOER_VERBS = frozenset({"carry", "perpetrate", "commit", "conduct", "stage", "execute", "mastermind", "plant"})
_BELONG_VERBS = frozenset({"belong"})
# "X said its fighters had ...": the speaker's word of its own members' deed (kg.extract.incidentcues.OWN_DEED).
_STATEMENT_VERBS = frozenset({"say", "announce", "state"})
_OWN_MEMBERS = frozenset({"fighter", "militant", "mujahideen", "mujahid", "member", "bomber", "commando"})
_MEMBERSHIP = frozenset({"member", "part", "fighter", "militant", "operative", "supporter", "loyalist", "follower"})
_BEAR_VERBS = frozenset({"bear", "carry", "have"})
_DEVICES = frozenset({"bomb", "device", "explosive", "explosives", "ied", "mine", "landmine"})
# Words that make a plural deed noun stand for every incident told: "both attacks", "these incidents".
_COUNTS = frozenset({"two", "three", "four"})  # these only after "the": "the two attacks"
_GATHERING = frozenset({"both", "all", "these", "those"}) | _COUNTS
_NOBODY_WORDS = frozenset({"nobody", "none", "noone"})
_VIOLENT = (EventType.ATTACK, EventType.AIRSTRIKE)


@dataclass(frozen=True)
class Claim:
    """An attribution in the text: ``actor`` is named as the doer of ``deed`` (a noun or pronoun
    naming the incident), or of the latest incident when ``deed`` is None."""

    actor: Token
    deed: Token | None
    anchor: Token  # the claim or blame word: incidents before it are the candidates


def claims(doc: Doc) -> Iterator[Claim]:
    """Every claim of responsibility and every attribution of blame in ``doc``, in text order.

    "No group claimed responsibility" names nobody and gives nothing; a negated claim ("did not
    claim") neither.
    """
    for verb in doc:
        if verb.lower_ in ("responsible", "behind") and verb.dep_ in ("acomp", "prep", "oprd"):
            found = _responsible(verb)
            if found is not None and not _nobody(found[0]) and not (_negated(verb.head) or _open(verb.head)):
                yield Claim(found[0], found[1], verb)
            continue
        if verb.pos_ not in roles.VERB_POS and verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        if lemma in _BELONG_VERBS:
            found = _belonging(verb)
        elif lemma == "be":
            found = _members_of(verb)
        elif lemma == "fall":
            found = _suspicion(verb)
        elif lemma in _BEAR_VERBS and _hallmarks(verb) is not None:
            found = _hallmarks(verb)
        elif lemma in _CLAIM_VERBS:
            found = _claim(verb)
        elif lemma in _BLAME_VERBS:
            found = _blame(verb)
        elif lemma in _DOER_VERBS:
            found = _deed_by(verb)
        elif lemma in _STATEMENT_VERBS:
            found = _own_fighters(verb)
        else:
            continue
        if found is None or _negated(verb) or _open(verb):
            continue
        actor, deed = found
        if _nobody(actor):
            continue
        yield Claim(actor, deed, verb)
    yield from (Claim(group, None, anchor) for group, _, anchor in identified.identifications(doc, _doer_word))


def _own_fighters(verb: Token) -> tuple[Token, Token | None] | None:
    """ "Islamic State said on its Amaq news agency that its fighters had detonated the car", "the spokesman said
    one of the group's fighters had detonated explosives": a statement of what the speaker's own fighters did
    claims the incident told before it; the actor is the speaker when "its" is the speaker's, else the owner.
    :func:`link` keeps it only when that actor is an armed group (an army's word of its soldiers is a response)."""
    for clause in verb.subtree:
        if clause.dep_ not in ("ccomp", "acl") or clause.pos_ not in roles.VERB_POS or clause.i < verb.i:
            continue
        members = roles.subject(clause)
        if members is not None and (members.pos_ == "NUM" or members.lower_ in ("one", "some", "two", "three")):
            members = roles.first(roles.pobjs(members, "of"))  # "one of its fighters"
        if members is None or members.lemma_.lower() not in _OWN_MEMBERS:
            continue
        owner = roles.first(c for c in members.children if c.dep_ == "poss")
        if owner is None:
            return None
        speaker = roles.first(roles.children(verb, "nsubj"))
        if owner.lower_ in ("its", "their") and speaker is not None and speaker.pos_ != "PRON":
            return speaker, None
        return members, None
    return None


def _belonging(verb: Token) -> tuple[Token, Token | None] | None:
    """ "the attackers were believed to belong to Boko Haram", "gunmen belonging to ISWAP": a doer the
    report could not name is said to be of a group; the group is the doer of the incident told."""
    group = roles.first(roles.pobjs(verb, "to"))
    if group is None:
        return None
    doer = roles.subject(verb) if verb.dep_ != "acl" else verb.head
    if doer is None and verb.dep_ == "xcomp":
        doer = roles.first(roles.children(verb.head, "nsubjpass", "nsubj"))  # "were believed to belong to"
    if doer is None or not (_doer_word(doer) or doer.pos_ == "PRON"):
        return None  # "the land belongs to the state"
    return group, None


def _members_of(verb: Token) -> tuple[Token, Token | None] | None:
    """ "the attackers were members of a bandit group led by Bello Turji": doers said to be of a group."""
    doer = roles.first(roles.children(verb, "nsubj"))
    attr = roles.first(roles.children(verb, "attr"))
    if doer is None or attr is None or not _doer_word(doer) or attr.lemma_.lower() not in _MEMBERSHIP:
        return None
    group = roles.first(roles.pobjs(attr, "of"))
    return (group, None) if group is not None else None


def _suspicion(verb: Token) -> tuple[Token, Token | None] | None:
    """ "Suspicion fell on the Islamic State Khorasan Province"."""
    subj = roles.first(roles.children(verb, "nsubj"))
    if subj is None or subj.lemma_.lower() not in ("suspicion", "blame"):
        return None
    group = roles.first(roles.pobjs(verb, "on", "upon"))
    return (group, None) if group is not None else None


def _hallmarks(verb: Token) -> tuple[Token, Token | None] | None:
    """ "The attack bore the hallmarks of al-Shabaab": the group whose signature a deed carries."""
    mark = roles.first(roles.children(verb, "dobj"))
    if mark is None or mark.lemma_.lower() not in ("hallmark", "signature", "fingerprint", "trademark"):
        return None
    group = roles.first(roles.pobjs(mark, "of"))
    subj = roles.subject(verb)
    if group is None or subj is None:
        return None
    return group, subj if _deed(subj) else None


def _claim(verb: Token) -> tuple[Token, Token | None] | None:
    """ "X claimed (responsibility for) the attack", "responsibility was claimed by X", "the attack
    was claimed by X"."""
    obj = roles.first(roles.children(verb, "dobj", "nsubjpass"))
    if obj is None:
        return None
    if obj.lemma_.lower() in _CREDIT:
        deed = roles.first(roles.pobjs(obj, "for", "of"))
        if deed is None:
            deed = roles.first(roles.pobjs(verb, "for"))
    elif obj.lemma_.lower() in _DEED_NOUNS:
        deed = obj
    else:
        return None
    if deed is not None and deed.lemma_.lower() not in _DEED_NOUNS and deed.pos_ != "NOUN":
        return None
    actor = roles.subject(verb)
    return (actor, deed) if actor is not None and actor is not deed else None


def _blame(verb: Token) -> tuple[Token, Token | None] | None:
    """ "attributed the attack to X", "the attack was attributed to X", "blamed X for the ambush",
    "blamed the bombing on X", "held X responsible for the attack", "X were blamed", "suspect X"."""
    lemma = verb.lemma_.lower()
    obj = roles.first(roles.children(verb, "dobj", "nsubjpass"))
    obj = obj or (roles.patient(verb) if verb.dep_ == "conj" else None)  # "The bombing killed 3 and was blamed on X"
    obj = relative_antecedent(verb, obj, _deed)  # "the attack on X, which police blamed on Y"
    if obj is not None and obj.lower_ in _PORTIONS and not _deed(obj):
        obj = roles.first(roles.pobjs(obj, "of")) or obj  # "All of those attacks were linked to JMB"
    # "attributed the attack to X": the parser often hangs "to X" on the deed noun.
    to = roles.first(roles.pobjs(verb, "to", "on")) or (roles.first(roles.pobjs(obj, "on", "to")) if obj else None)
    if to is None and obj is not None and _deed(obj):
        to = _blamed_on(verb, obj)
    if obj is not None and _deed(obj) and to is not None:
        return to, obj  # "attributed the attack to X", "blamed the bombing on X"
    if lemma == "hold":
        responsible = roles.first(c for c in verb.children if c.lemma_.lower() == "responsible")
        if obj is None or responsible is None:
            return None
        return obj, roles.first(roles.pobjs(responsible, "for"))
    if lemma in ("link", "tie") and obj is not None and _doer_word(obj) and to is not None:
        return to, None  # "the killers were linked to Lashkar-e-Jhangvi"
    if lemma in ("attribute", "link", "tie", "pin"):
        return None
    if obj is None or _deed(obj):
        return None
    deed = _gerund_deed(verb) or roles.first(roles.pobjs(verb, "for", "of", "in", "over"))
    if deed is not None and not _deed(deed):
        deed = None  # "accused X of carrying out the attack": the verb's own claim is found from it
        if lemma == "accuse":
            return None
    return obj, deed


# Words that take a part of the deeds named after them: "all of those attacks", "both of the bombings".
_PORTIONS = frozenset({"all", "both", "some", "most", "each", "many", "several", "none", "one", "two", "three"})


def _blamed_on(verb: Token, deed: Token) -> Token | None:
    """The one blamed when the parser hung "on X" / "to X" on a word inside the deed's phrase ("blamed the bombing
    of the bus station in Jos on the Eastern Vanguard": "on" under "station"): the last such object of the verb's
    clause after the deed's head, never a date.  The deed's own "on" stays its target ("the attack on the market")."""
    found = None
    for prep in verb.subtree:
        if prep.i <= deed.i or prep.dep_ != "prep" or prep.lower_ not in ("on", "to") or prep.head.i == deed.i:
            continue
        if prep.head.dep_ in ("relcl", "acl", "advcl") or prep.head.pos_ in roles.VERB_POS:
            continue
        obj = roles.first(c for c in prep.children if c.dep_ == "pobj")
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and obj.pos_ in ("PROPN", "NOUN"):
            found = obj
    return found


def _gerund_deed(verb: Token) -> Token | None:
    """The deed of "were suspected of carrying out both attacks": the object of a doing verb under "of"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for gerund in prep.children:
                if gerund.dep_ == "pcomp" and gerund.lemma_.lower() in _DOER_VERBS:
                    return roles.first(c for c in gerund.children if c.dep_ == "dobj" and _deed(c))
    return None


def _responsible(word: Token) -> tuple[Token, Token | None] | None:
    """ "X was responsible (for the incident)", "X was believed to be responsible", "X was behind the
    attack": the subject of the copula, or of the passive belief verb above it."""
    if word.lower_ == "behind":
        deed = roles.first(c for c in word.children if c.dep_ == "pobj")
        if deed is None or not _deed(deed):
            return None
    else:
        deed = roles.first(roles.pobjs(word, "for"))
        if deed is not None and not _deed(deed):
            return None
    verb = word.head
    if verb.lemma_.lower() != "be":
        return None
    actor = roles.first(roles.children(verb, "nsubj"))
    if actor is None and verb.dep_ == "xcomp":
        actor = roles.first(roles.children(verb.head, "nsubjpass", "nsubj"))  # "was believed to be"
    if actor is None or actor.lower_ in ("who", "which", "that"):
        return None
    return actor, deed


def _deed_by(verb: Token) -> tuple[Token, Token | None] | None:
    """ "X said it carried out the attack": the doer of a deed noun named as such."""
    obj = roles.first(roles.children(verb, "dobj", "nsubjpass"))
    if obj is None and verb.dep_ == "xcomp" and roles.is_passive(verb) and roles.is_passive(verb.head):
        obj = roles.first(roles.children(verb.head, "nsubjpass"))  # "the device was believed to have been planted by X"
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        obj = _deed_before(verb)  # "the massacre at Lucanamarca, carried out by a Sendero column"
    if obj is None or obj.pos_ == "PRON":
        return None
    if not (_deed(obj) or (verb.lemma_.lower() == "plant" and obj.lemma_.lower() in _DEVICES)):
        return None
    actor = roles.subject(verb)
    return (actor, obj) if actor is not None else None


# Armed bodies a blame names by their common noun ("They blamed the federal army"); not the deeds and arms the table
# also holds ("strike", "artillery").
_ARMED_BODIES = lexicon.ARMED_ACTOR_NOUNS - frozenset({
    "strike", "airstrike", "attack", "raid", "bombardment", "shelling", "barrage", "fire", "blast", "explosion",
    "munition", "ied", "tank", "warship", "gunboat", "artillery", "suspect", "man", "men",
})  # fmt: skip


def _armed_body_blamed(claim: Claim) -> bool:
    """True for an armed body a blame or a deed's doing verb names by its common noun, unnamed: "Residents blamed the
    federal army", "Police blamed a local gang loyal to the Comandos" (the parser's head "loyal", the gang its
    compound), "the massacre, carried out by a guerrilla column".  Not when the blame is for something that is no deed
    ("blamed the army for failing to protect them"): that names no doer."""
    anchor = claim.anchor
    if anchor.lemma_.lower() not in _BLAME_VERBS | _DOER_VERBS:
        return False
    if claim.deed is None and any(
        t.dep_ == "prep" and t.lower_ in ("for", "over", "of") and _in_clause(t, anchor)
        for t in anchor.subtree
        if t.i > anchor.i
    ):
        return False  # "accused by HRW of burning houses" (the parser's "of" on the accuser), "blamed for failing to"
    actor = claim.actor
    # the noun itself, or the noun the parser made a compound of an adjective heading the phrase ("gang loyal to")
    words = (
        {actor.lemma_.lower()}
        if actor.pos_ in ("NOUN", "PROPN")
        else {c.lemma_.lower() for c in actor.children if c.dep_ == "compound"}
    )
    return bool(words & _ARMED_BODIES)


def _in_clause(token: Token, verb: Token) -> bool:
    """True when ``token`` is in ``verb``'s own clause, not in a verb hung on it ("blamed the gang and asked Congress
    for a state of emergency": "for" is the asking's)."""
    while token.head.i not in (token.i, verb.i):
        token = token.head
        if token.pos_ in roles.VERB_POS:
            return False
    return token.head.i == verb.i


def _deed_before(participle: Token) -> Token | None:
    """The deed noun a participle of doing tells the doer of, in the phrase the parser hung it on: the nearest before
    it ("The chapters on the massacre at Lucanamarca, carried out by a Sendero column, ...": the massacre, though the
    participle hangs on "chapters"); None when that phrase names no deed."""
    head = participle.head
    phrase = [t for t in participle.doc[head.i : participle.i] if t.i == head.i or head in t.ancestors]
    return next((t for t in reversed(phrase) if t.pos_ == "NOUN" and _deed(t)), None)


def _deed(token: Token) -> bool:
    return token.lemma_.lower() in _DEED_NOUNS or token.lower_ in _DEED_NOUNS


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("xcomp", "ccomp") and c.head is not verb
    )


_open = modality.open_question  # "It was unclear whether the attackers belonged to X": a guess names no doer


# Unmanned aircraft named as the doer when nobody flying them is: "A drone hit the base", "a quadcopter dropped".
_UNMANNED = frozenset({"drone", "quadcopter", "uav"})


def _nobody(actor: Token) -> bool:
    return actor.lower_ in _NOBODY_WORDS or says_none(actor)


def is_generic(mention: Mention | None, doc: Doc) -> bool:
    """True for an agent a claim may replace: none, or an unnamed doer ("assailants", "a suicide
    bomber", "unidentified gunmen") or an unresolved pronoun; never a named actor or a state."""
    if mention is None:
        return True
    if not mention.entity.key.startswith("local:"):
        return False
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(_names(t) for t in span):
        return False
    root = span.root
    # "A quadcopter dropped explosives on a police station ... X claimed responsibility": the unmanned aircraft is the
    # weapon of whoever claims it
    return root.pos_ == "PRON" or _doer_word(root) or root.lemma_.lower() in _UNMANNED


def _names(token: Token) -> bool:
    """True for a word of a name: an entity, or a proper noun the NER missed ("suspected ISGS
    militants"), but not a capitalised common word ("Unidentified Gunmen")."""
    if token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or token.ent_id_:
        return True
    if _doer_word(token) or token.lower_ in _VAGUE:
        return False
    if token.pos_ == "PROPN":
        return True
    # "ex-Seleka militants": a capitalised word inside the sentence that the tagger called an adjective
    sent_start = roles.sentence(token).start
    return (
        token.is_title
        and token.pos_ in ("ADJ", "NOUN")
        and token.i > sent_start
        and token.doc[token.i - 1].text not in _OPENERS
    )


def _doer_word(token: Token) -> bool:
    """True for a generic doer word in any form ("Assailants" at the start of a summary is tagged PROPN)."""
    words = {token.lemma_.lower(), token.lower_}
    words |= {w[:-1] for w in words if w.endswith("s")}
    return bool(words & lexicon.GENERIC_DOERS)


def _actor_head(token: Token) -> bool:
    """True when ``token`` heads an actor's phrase: a pronoun, a name, or a noun a name modifies
    ("suspected ISGS militants", "the FNL rebel group", "the Islamic State's Sinai affiliate"); not
    "the Obama administration's political correctness" blamed for a massacre."""
    if token.pos_ == "PRON" or _names(token):
        return True
    if any(_names(o) or _actor_head(o) for o in roles.pobjs(token, "of")):
        return True  # "dissidents of the FARC", "fighters of the Islamic State", "one of its fighters"
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.lefts):
        return True  # "its fighters": the group the pronoun names (the caller checks it resolved)
    for c in token.lefts:
        if c.dep_ == "poss" and _names(c):
            return True
        if c.dep_ in ("compound", "amod", "nmod") and (
            _names(c) or any(_names(g) for g in c.children if g.dep_ in ("compound", "amod"))
        ):
            return True
    return False


def link(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """``events`` with the agents that claims and attributions in ``doc`` give them.

    For each claim, the events it refers to are the attack at its deed noun (when the noun is itself
    a trigger) and the attacks of the nearest earlier sentence with attacks, preferring, when the
    deed noun is a trigger word, an earlier event of the same word ("the ambush" -> "ambushed").
    Each of them whose agent is missing or generic takes the claimed actor.
    """
    found = list(claims(doc))
    if not found or not events:
        return events
    by_start = {e.trigger.start: k for k, e in enumerate(events)}
    out = list(events)
    gathered: set[int] = set()
    for claim in found:
        mention = actors.mention(claim.actor)
        vague = mention is not None and is_generic(mention, doc)  # "attributed it to armed men": doers not known
        if mention is None or vague and not (claim.anchor.lemma_.lower() in _BLAME_VERBS and _doer_word(claim.actor)):
            continue
        if claim.anchor.lemma_.lower() in _STATEMENT_VERBS and mention.entity.kind is not EntityKind.ARMED_GROUP:
            continue  # "The army said its soldiers killed 15 militants": a response, no claim
        if not (vague or _actor_head(claim.actor) or _armed_body_blamed(claim)) and not (
            claim.actor.lemma_.lower() in lexicon.GENERIC_DOERS and not mention.entity.key.startswith("local:")
        ):
            continue  # "its fighters" (the group) may claim; "political correctness" may not
        referred = _referred(claim, out, by_start)
        referred = [] if vague and any(out[k].agent is not None for k in referred) else referred  # the doers told
        for k in referred:
            event = out[k]
            fills = event.agent is None or not vague and is_generic(event.agent, doc)  # unknown doers fill no doer
            if fills and (event.agent is None or event.agent.entity.key != mention.entity.key):
                out[k] = with_agent(event, mention)
        if claim.deed is not None and _every_one(claim.deed) and len(referred) > 2:
            gathered.add(referred[0])  # "both attacks" names the incidents told, and is none of its own
    return without_repeats([e for k, e in enumerate(out) if k not in gathered])


def _referred(claim: Claim, events: list[Event], by_start: dict[int, int]) -> list[int]:
    deed = claim.deed
    own = by_start.get(deed.idx) if deed is not None else None
    found = [own] if own is not None and events[own].type in _VIOLENT else []
    if deed is not None and not (_anaphoric(deed) or _every_one(deed)):
        return found  # "claimed responsibility for an attack on ...": a new incident, told here
    start = deed.idx if deed is not None else claim.anchor.idx
    before = [k for k, e in enumerate(events) if e.type in _VIOLENT and e.trigger.start < start and k not in found]
    # "X, which has attacked several posts this year, claimed responsibility": X's own phrase tells of no incident
    phrase = range(claim.actor.left_edge.idx, claim.actor.right_edge.idx + len(claim.actor.right_edge))
    before = [k for k in before if events[k].trigger.start not in phrase]
    if not before:
        return found
    if deed is not None and _every_one(deed):
        return found + before  # "X claimed responsibility for both attacks": each incident told before
    same = [k for k in before if deed is not None and _same_word(events[k].trigger.text, deed)]
    if deed is not None and not same:
        # "claimed the checkpoint attack but did not comment on the bombing": the incident at a checkpoint
        which = modifiers(next(e for e in events if e.trigger.start == deed.idx)) if own is not None else frozenset()
        same = [k for k in before if described(events[k], which)]
    doc = claim.anchor.doc
    while True:
        latest = events[(same or before)[-1]]
        head = _token(doc, latest.trigger.start)
        # The incident is the latest one told: its trigger and the triggers tied to it in the parse ("a
        # suicide bomber blew himself up": bomber and blew), not a second incident named in passing.
        told = [
            k
            for k in before
            if events[k].sentence.start == latest.sentence.start
            and (_tied(_token(doc, events[k].trigger.start), head) or _same_agent(events[k], latest))
        ]
        found += told
        # "Assailants fired upon civilians. At least five people were killed in the attack. ... sources
        # attributed the attack to X": a sentence that only follows the incident up leads back to it.
        if same or not all(_follow_up(events[k], doc) for k in told):
            return found
        before = [k for k in before if events[k].sentence.start < latest.sentence.start]
        if not before:
            return found


def _follow_up(event: Event, doc: Doc) -> bool:
    """True for a mention that follows an incident up rather than telling it: no doer, and an anaphoric
    noun ("the attack") or a casualty verb ("five people were killed in the attack")."""
    if event.negated:
        return True  # "Assailants attempted to detonate a device ... The device failed to detonate": part of the try
    token = _token(doc, event.trigger.start)
    if event.agent is not None:
        # "Militants stormed a school. Officials said the attackers were members of Boko Haram": the doers named
        # again by a definite noun, with nothing else, lead back to the incident they did.
        return not event.targets and _doer_word(token) and _anaphoric(token)
    if token.pos_ in ("NOUN", "PROPN"):
        return _anaphoric(token)
    # "Two passengers who resisted were shot and killed": victims told in the passive, with no doer
    return token.lemma_.lower() in _CASUALTY_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _token(doc: Doc, char: int) -> Token:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    assert span is not None  # "expand" always covers the character of a trigger inside the text
    return span[0]


def _tied(a: Token, b: Token) -> bool:
    return a == b or a.head == b or b.head == a or a in b.conjuncts


def _same_agent(a: Event, b: Event) -> bool:
    return a.agent is not None and b.agent is not None and a.agent.span == b.agent.span


def _anaphoric(deed: Token) -> bool:
    """True for a noun that refers back to an incident already told: "the attack", "Sunday's
    bombing", "this", "it"."""
    if deed.pos_ == "PRON" or deed.lower_ in ("this", "that", "it"):
        return True
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in deed.children
    )


def _every_one(deed: Token) -> bool:
    """True for a plural deed noun that gathers the incidents told before: "both attacks", "the two
    bombings", "all three incidents", "these attacks"."""
    if deed.tag_ != "NNS" and deed.lower_ not in ("both", "all"):
        return False
    words = {c.lower_ for c in deed.children if c.dep_ in ("det", "predet", "nummod", "quantmod")}
    # "the two attacks" gathers; "three attacks on police posts" tells new ones
    gathering = words & _GATHERING
    return bool(gathering - _COUNTS) or (bool(gathering) and "the" in words)


def _same_word(trigger: str, deed: Token) -> bool:
    word = deed.lemma_.lower()
    text = trigger.lower()
    return len(word) >= 4 and word not in ("attack", "incident") and text[:4] == word[:4]
