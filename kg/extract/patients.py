"""Who or what a deed is done to: the patient of a verb (its object, its passive subject, the noun a reduced
relative hangs on) and the target of an event noun (its "on"/"against" phrase, what it was aimed at, the object of
the verb it is the subject of, the victims of the clause on it).  Read through :mod:`kg.extract.roles`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.fillers import (
    EVENT_PLACE_PREPS,
    aimed_at,
    beside,
    blamed,
    casualties,
    caused_death,
    event_before_place,
    finite_on_root,
    first_conjunct,
    fronted_place,
    hung_on_verb,
    relative_victims,
    under_attack,
    victims_of_its_verb,
)
from kg.extract.releases import repellers
from kg.extract.role_words import (
    BLAST_VERBS,
    DEED_HEADS,
    DEED_KINDS,
    ENDURE_VERBS,
    IMPACT_VERBS,
    LIGHT_VERBS,
    NOT_ACTORS,
    NOT_VICTIMS,
    RAISING_VERBS,
    WEAPON_HEADS,
)
from kg.extract.syntax import VERB_POS, children, first, gapped_passive, governor, is_passive, pobjs, took_lives

# Verbs of taking a place: "an offensive that captured Mosul".
# What an offensive sets out to take or drive out: "to retake Mosul", "to push back fighters of the LNA".
_TAKING = frozenset(
    {"capture", "seize", "retake", "recapture", "overrun", "take", "liberate", "expel", "oust", "push", "drive"}
)
_PURPOSE_VERBS = frozenset({"disperse", "kill", "target", "hit", "stop", "repel", "drive", "scatter", "punish"})
# Verbs of beating off an attack: its target is whoever beat it off ("Ukrainian defenders repelled 14 attacks").
REPELLING = frozenset({"repel", "repulse", "foil", "thwart", "withstand", "fend", "beat", "rebuff"})


def patient(verb: Token) -> Token | None:
    """The one ``verb`` acts on: direct object, passive subject, or a reduced relative's noun."""
    if raised_participle(verb):
        raised = first(children(verb.head, "nsubjpass"))  # "Bilyk was reported killed": Bilyk
        if raised is not None and raised.lower_ in lexicon.RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
            return verb.head.head
        return raised
    if is_passive(verb):
        subj = first(children(verb, "nsubj" if gapped_passive(verb) else "nsubjpass"))
        if subj is not None:
            if fronted_place(subj):  # "Near Tell Kurmawa, an ISIS tactical unit was destroyed" (the unit an apposition)
                subj = first(children(subj, "appos")) or subj
            if subj.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
            # "The Taliban seized Kunduz but were driven from the city": an active head shares its subject
            shared = None if is_passive(verb.head) else first(children(verb.head, "nsubj"))
            return shared or patient(verb.head)
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in VERB_POS and is_passive(verb.head):
        return patient(verb.head)
    obj = first(children(verb, "dobj")) or _shared_object(verb)
    if obj is not None:
        return obj
    subjects = list(children(verb, "nsubj"))
    if len(subjects) >= 2 and subjects[0].i < verb.i < subjects[-1].i:
        # "militants of the Maute group attacked Marawi, the capital of ...": the parser made the unknown name after
        # the verb a second subject; a verb with its subject before it has its object after it
        return subjects[-1]
    if verb.dep_ in ("acl",) and verb.tag_ == "VBN" and not finite_on_root(verb):
        return verb.head  # "the village bombed by ..." -> village
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and first(children(verb, "nsubj")) is None:
        return verb.head  # not "47 former members who had surrendered in August": "who" is its subject, the doer
    return None


def _shared_object(verb: Token) -> Token | None:
    """The object two coordinated verbs of harm share, which the parser hangs on the second: "killed and injured
    civilians", "shelled and destroyed the bridge" (the second verb right after "and", with no subject of its own)."""
    doc = verb.doc
    for c in children(verb, "conj"):
        between = doc[verb.i + 1 : c.i]
        if c.pos_ not in VERB_POS or not 1 <= len(between) <= 2 or between[0].lower_ not in ("and", "or"):
            continue
        if not {verb.lemma_.lower(), c.lemma_.lower()} <= IMPACT_VERBS:
            continue  # "surrendered and joined the resistance": only two deeds of harm share their victims
        if any(t.pos_ not in ("CCONJ", "ADV") for t in between) or first(children(c, "nsubj")) is not None:
            continue
        return first(children(c, "dobj"))
    return None


def noun_target(noun: Token, *preps: str) -> list[Token]:
    """The victim of an event noun: ``on/against`` phrase, else the object of the verb the noun is the
    subject of ("an airstrike killed five"), else the passive subject of the verb it happened in
    ("five were killed in an airstrike"); and the building named on the noun ("the 2013 Westgate mall attack",
    "the embassy bombing that killed 200 people": both)."""
    found = _noun_target(noun, *preps)
    buildings = [c for c in children(noun, "compound") if c.i < noun.i and c.lemma_.lower() in lexicon.FACILITY_NOUNS]
    return found + [b for b in buildings if all(b.i != t.i for t in found)]


def _noun_target(noun: Token, *preps: str) -> list[Token]:
    found = [
        t
        for t in pobjs(noun, *(preps or ("on", "against", "targeting", "at")))
        if (t.ent_type_ not in NOT_ACTORS or _many_of(t))
        and t.lower_ not in lexicon.TIME_WORDS
        and t not in blamed(noun)
    ]
    if not found and (noun.lemma_.lower() in WEAPON_HEADS or any(c.lemma_.lower() == "aim" for c in noun.children)):
        found = aimed_at(noun)  # "a roadside bomb aimed at a police patrol exploded", "the strike, aimed at a depot"
    if not found:
        # "attacks targeting police", "kidnappings and bombings targeting Shia Hazaras": the participle after the
        # last of a list of deeds hangs on the first
        aims = [c for c in children(first_conjunct(noun), "acl") if c.lemma_.lower() == "target" and c.i > noun.i]
        found = [t for c in aims for t in children(c, "dobj")]
    under = under_attack(noun)
    if not found and under is not None:
        found = [under]  # "a police checkpoint came under attack"
    # "launched an offensive against X", "The offensive was launched by Turkey against the YPG"
    gov_verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_POS else None
    if noun.dep_ == "pobj" and noun.head.head.pos_ in VERB_POS:
        gov_verb = noun.head.head  # "took part in the 2014 offensive on Mosul", "on Mosul" hung on "took"
    if (
        not found
        and gov_verb is not None
        and gov_verb.lemma_.lower() in ("open", "launch", "mount", "carry", "conduct")
    ):
        found = [t for t in pobjs(gov_verb, "on", "against", "at", "upon") if t.ent_type_ not in NOT_ACTORS]
    if not found and gov_verb is not None and gov_verb.lemma_.lower() == "lay":
        found = pobjs(gov_verb, "to") + pobjs(noun, "to", "for")  # "laid siege to Marawi", "an ambush for a convoy"
    found = found or (hung_on_verb(noun, gov_verb) if gov_verb is not None else [])  # "protest the assault on X"
    if not found and gov_verb is not None and gov_verb.lemma_.lower() in REPELLING:
        found = repellers(noun, gov_verb)  # "Troops repelled an attack", "attacks were repulsed by our defenders"
    if not found:  # "launched an offensive to retake Mosul": the place the deed set out to take
        aims = [c for h in (noun, gov_verb) if h is not None for c in h.children if c.dep_ in ("acl", "advcl")]
        found = [o for c in aims if c.tag_ == "VB" and c.lemma_.lower() in _TAKING for o in children(c, "dobj")]
    if not found and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDURE_VERBS:
        subj = first(children(noun.head, "nsubj"))
        if subj is not None and subj.pos_ != "PRON":
            found = [subj]  # "civilians are facing ongoing shelling and airstrikes by the regime"
    if not found and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "The attack was a horrific act of terror against innocent people"
        found = [
            t
            for a in children(noun.head, "attr")
            if a.lemma_.lower() in DEED_HEADS | DEED_KINDS  # not "The attack was the third on Damasak"
            for t in pobjs(a, "against", "on")
        ]
    if found:
        found = found + victims_of_its_verb(noun, found)
        # "the bombing of a cathedral in Jolo that killed 23 people": the clause hung on what was attacked
        return found + [v for v in relative_victims(noun, found) if all(v.i != t.i for t in found)]
    # "the attack by unidentified assailants on a convoy", "the attack carried out by terrorists on a checkpoint": the
    # parser hangs "on" on the attackers.
    doers = pobjs(noun, "by") + [
        d for c in children(noun, "acl") if c.lemma_.lower() in LIGHT_VERBS for d in pobjs(c, "by")
    ]
    found = [t for a in doers for t in pobjs(a, *(preps or ("on", "against"))) if t.ent_type_ not in NOT_ACTORS]
    if found:
        return found
    # "the attack in Nairobi, which killed 67 people": the relative clause hangs on the place.
    places = [p for p in pobjs(noun, "in", "at", "near") if p.ent_type_ in ("GPE", "LOC", "FAC")]
    # "a suicide bombing outside a metro station that killed 10 people": a facility beside it
    places += pobjs(noun, *(EVENT_PLACE_PREPS - {"in", "at", "near", "on", "against", "of"}))
    # "the attack on a hotel (in Mogadishu) that killed 20 people": the clause hangs on what was attacked.
    against = ("on", "against", "of") if "of" in preps else ("on", "against")
    places += [q for p in pobjs(noun, *against) for q in [p, *pobjs(p, "in", "at", "near")]]
    places = [p for p in places if event_before_place(p) == noun]
    for c in list(noun.children) + [c for p in places for c in p.children]:
        if c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS | _TAKING:
            obj = first(children(c, "dobj")) or first(
                d for k in c.children if k.dep_ == "conj" for d in children(k, "dobj")
            )
            if obj is not None and obj.lemma_.lower() not in NOT_VICTIMS:
                return [obj]  # "the bomb attack that killed at least 21 people"
        if c.dep_ == "acl" and (c.lemma_.lower() == "target" or c.tag_ == "VBG" and c.lemma_.lower() in IMPACT_VERBS):
            # "an attack targeting X killed 20 people", "reports of strikes hitting a UN school"
            obj = first(children(c, "dobj"))
            if obj is not None:
                return [obj] + victims_of_its_verb(noun, [obj])
    death = caused_death(noun)  # "an operation that resulted in the death of X"
    if death is not None and pobjs(death, "of"):
        return pobjs(death, "of")
    verb = noun.head
    subject_noun = noun.dep_ == "nsubj"
    if noun.dep_ == "appos" and verb.dep_ == "nsubj" and fronted_place(verb):
        subject_noun, verb = True, verb.head  # "Near Kobani, an airstrike destroyed ...": the place took the subject
    if subject_noun and (verb.lemma_.lower() in IMPACT_VERBS or took_lives(verb)):
        obj = first(children(verb, "dobj")) or first(pobjs(verb, "through", "into")) or _shared_object(verb)
        if obj is not None and obj.lemma_.lower() not in NOT_VICTIMS:
            victims = casualties(verb)  # "a drone struck a vehicle, killing two fighters": both
            return [obj] if victims is None or victims.i == obj.i else [obj, victims]  # "an airstrike killed five"
    if subject_noun and verb.pos_ in VERB_POS:
        # "A car bomb exploded near a market, killing five / leaving 12 people injured": what it went off beside
        # ("outside the offices of the commission") and the victims its verb's casualty clause names.
        near = beside(verb)[:1] if verb.lemma_.lower() in BLAST_VERBS else []
        if near or casualties(verb) is not None:
            return [c for c in (casualties(verb),) if c is not None] + near
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


def _many_of(token: Token) -> bool:
    """ "the killing of dozens of civilians": a count the NER tags CARDINAL heads the people counted."""
    return token.lower_ in lexicon.QUANTITY_HEADS and bool(pobjs(token, "of"))


def raised_participle(verb: Token) -> bool:
    """A bare past participle under a passive verb of saying or believing, itself a passive: "Bilyk was reported
    killed", "two soldiers were believed wounded" (the subject suffered it), unlike "X is believed to have carried
    out" (an infinitive, whose subject did it)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)
        and head.lemma_.lower() in RAISING_VERBS
        and is_passive(head)
    )
