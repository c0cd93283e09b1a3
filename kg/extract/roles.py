"""Dependency-tree helpers that find who did what to whom around a trigger token.

They return spaCy tokens (role heads); :mod:`kg.extract.actors` turns heads into mentions.  This module
reads the doers (a verb's subject, an event noun's agents, a clause's subjects) and the places; it also gives
the rules one name for the helpers they use beside it: who or what a deed is done to (:mod:`kg.extract.patients`),
the syntax primitives (:mod:`kg.extract.syntax`), what may fill a role (:mod:`kg.extract.fillers`), the
per-document reading (:mod:`kg.extract.reading`) and the word tables (:mod:`kg.extract.role_words`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.charges import defendant, named_perpetrator
from kg.extract.conjsubject import loose_conjunct, shared_subject, swallowed_subject
from kg.extract.fillers import (  # noqa: F401  (re-exported for the rules)
    FRONTED_PREPOSITIONS,
    PLACE_NAMED_NOUNS,
    aimed_at,
    beside,
    blamed,
    can_fill,
    casualties,
    caused_death,
    doer_words,
    event_before_place,
    finite_on_root,
    fired_from,
    first_conjunct,
    fronted_place,
    gathered,
    hung_on_verb,
    is_reflexive,
    listed_under,
    own_death,
    partaking,
    participle_object,
    place_modifier,
    presumed,
    relative_victims,
    town_name,
    under_attack,
    victims_of_its_verb,
)
from kg.extract.leadingdoer import leading_doer  # noqa: F401  (re-exported for the rules)
from kg.extract.namekinds import recalled_incident
from kg.extract.patients import patient, raised_participle  # noqa: F401  (re-exported for the rules)
from kg.extract.reading import (  # noqa: F401  (re-exported for the rules)
    per_sentence,
    per_token,
    sentence,
    sentence_lemmas,
    sentence_text,
    text_between,
)
from kg.extract.role_words import (  # noqa: F401  (re-exported for the rules)
    BLAST_VERBS,
    DEED_HEADS,
    DEED_KINDS,
    ENDURE_VERBS,
    HELD_TO_VERBS,
    IMPACT_VERBS,
    LIGHT_VERBS,
    NOT_ACTORS,
    NOT_VICTIMS,
    OF_WEAPON_NOUNS,
    PERPETRATORS,
    PLANTING_VERBS,
    RAISING_VERBS,
    UTTERANCES,
    WEAPON_HEADS,
)
from kg.extract.syntax import (  # noqa: F401  (re-exported for the rules)
    VERB_POS,
    children,
    co_subjects,
    conjuncts,
    first,
    fronted_label,
    gapped_passive,
    governor,
    in_favour_of,
    is_passive,
    misjoined_clause,
    named_body,
    pair_sides,
    pobjs,
    reported_deed,
    side_inside,
    split_subject,
    subject_under_mark,
    to_objects,
)
from kg.extract.wielded import wielded_bomb  # noqa: F401  (re-exported for the rules)
from kg.extract.wielders import wielder  # noqa: F401  (re-exported for the rules)

_RELATIVE_BREAKS = frozenset({"—", "–", ",", "("})


def subject(verb: Token, *, depth: int = 0) -> Token | None:
    """The doer of ``verb``: its active subject, passive ``by`` agent, or the subject it inherits
    as a conjunct, complement, participle or relative clause."""
    if depth > 4:
        return None
    if is_passive(verb) or raised_participle(verb):
        by = [o for o in pobjs(verb, "by") if o.head.dep_ == "agent"] or pobjs(verb, "by")  # not "By 2015, ..."
        if by:
            return by[0]
        for deed in pobjs(verb, "in", "during"):
            # "killed in an attack by X", "reported killed in shelling by X" (a gerund the parser made a verb)
            if (deed.lemma_.lower() in DEED_HEADS or deed.lower_ in DEED_HEADS) and pobjs(deed, "by"):
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
        if (by_doer := _gerund_by(verb)) is not None:
            return by_doer  # "Shelling by Russian forces killed two people": a gerund the parser made a verb
        # "Outside Ramadi, militants attacked ...": a fronted place the parser made a second subject is no doer.
        subj = first(c for c in children(verb, "nsubj") if not fronted_place(c) and not fronted_label(c))
        subj = _labelled(subj, verb) or subj or subject_under_mark(verb)
        subj = split_subject(verb, subj)
        if (
            subj is not None
            and subj.lemma_.lower() in lexicon.VISUAL_MEDIA
            and verb.tag_ == "VBG"
            and pobjs(subj, "of")
        ):
            return pobjs(subj, "of")[0]  # "The video of a Marine shooting a wounded man": the parser's root is the deed
        if subj is not None and subj.lemma_.lower() in DEED_HEADS | {"operation", "mission"} and pobjs(subj, "by"):
            return pobjs(subj, "by")[0]  # "A counter-terrorism operation by Kenyan forces killed 15 fighters"
        if subj is not None:
            relative = subj.lower_ in lexicon.RELATIVE_PRONOUNS or any(
                o.lower_ in ("whom", "which") for o in pobjs(subj, "of")
            )  # "X and Y, both of whom had defected"
            before = verb.doc[subj.i - 2] if subj.i >= 2 and verb.doc[subj.i - 1].text in _RELATIVE_BREAKS else None
            if relative and verb.dep_ != "relcl" and before is not None and before.pos_ in ("NOUN", "PROPN"):
                return before  # "ABM—which pledged allegiance to ISIL ...—seeks": the clause the parser cut off
            if relative and verb.dep_ == "relcl":
                # "Ahmed al-Sharif, a former captain in the Libyan army who had joined the rebels": "who" is the
                # captain the name's apposition describes, not the army
                head, titled = verb.head, verb.head.head.head
                if subj.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.ent_type_ != "PERSON":
                    if titled.dep_ == "appos" and titled.head.ent_type_ == "PERSON":
                        head = titled
                    elif head.head.lower_ in ("from", "of", "in") and named_body(head) and titled.pos_ == "NOUN":
                        head = titled  # "a lieutenant from the SAA who defected": "who" is the lieutenant
                return event_before_place(head) or head
            return subj
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD"):
        by = pobjs(verb, "by")
        if by:
            return by[0]  # "a convoy ambushed by militants"
        if finite_on_root(verb):
            return sentence(verb).root
        if _root_after_aside(verb):
            return verb.head  # "units of X, using small arms, subjected to fire ...": the root the parser made a noun
        if verb.dep_ == "acl" and first(children(verb, "dobj")) is not None:
            if verb.head.dep_ == "attr":
                return verb.head  # "Gunmen suspected to be bandits attacked worshippers": the verb hung on "bandits"
            edge = verb.head.left_edge
            if edge.i > 0 and verb.doc[edge.i - 1].pos_ == "CCONJ":
                return verb.head  # "Iraq invaded Kuwait, and coalition aircraft bombed Iraqi forces": a clause
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and pobjs(verb, "by"):
        return pobjs(verb, "by")[0]  # "captured by ISIL in 2014 and retaken by Iraqi forces in 2016"
    if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and not is_passive(verb):
        if (own := swallowed_subject(verb)) is not None:
            return own  # "prisoners rioted in a jail and rebels attacked two posts": "rebels" joined to "jail"
        if (shared := shared_subject(verb)) is not None:
            return shared  # "was recruited by a cousin and had sworn allegiance": the one recruited
        return subject(misjoined_clause(verb) or verb.head, depth=depth + 1)
    if loose_conjunct(verb):
        return subject(verb.head, depth=depth + 1)  # 'he left the group and, in his words, "gave bay'ah to X"'
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in RAISING_VERBS
        and is_passive(verb.head)
        and not (is_passive(verb) or raised_participle(verb))
    ):
        raised = first(children(verb.head, "nsubjpass"))  # not "2,700 people are said to have been killed"
        if raised is not None and raised.lower_ in lexicon.RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
            return verb.head.head  # "seven men, who were believed to be plotting an attack"
        if raised is not None:
            return raised  # "The militia is believed to have carried out the massacre"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CAUSING and (made := first(children(verb.head, "dobj"))):
        return made  # "broke through barricades, prompting officers to use tear gas": the officers used it
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CONTROLLING:
        asked = first(children(verb.head, "dobj")) or first(pobjs(verb.head, "on", "upon"))
        if asked is not None:
            return asked  # "the army invited RSF militants to join its ranks", "called on the rebels to surrender"
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in VERB_POS and not _suffered_beside(verb):
        if is_passive(verb) and first(children(verb, "nsubjpass")) is not None:
            return None  # "The victim was returning from a mosque when he was attacked": he suffered it, no doer named
        return subject(reported_deed(verb) or verb.head, depth=depth + 1)
    judged = defendant(verb) if verb.dep_ in ("pcomp", "conj") else None
    if judged is not None:
        return judged  # "was convicted of murder for shooting a shopkeeper": the one judged did it (charges.py)
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.head.dep_ == "dobj":
        if prep.head.head.lemma_.lower() in _ACCUSE:
            return prep.head  # "accused the Arrow Boys militia of carrying out the killing", "of" hung on the accused
    if (helped := helped_doer(verb)) is not None:
        return helped  # "Iran supported the militia in attacking the airport": the militia attacked
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS:
        # "suspected of blowing up a plane", "defected after killing two superiors"
        outer = verb.head.head
        accused = first(children(outer, "dobj"))
        if outer.lemma_.lower() in _ACCUSE and verb.head.lower_ in ("of", "for") and accused is not None:
            return accused  # "officials accused Russia of attacking": the accused is the doer
        if outer.dep_ == "acl" and outer.head.pos_ in ("NOUN", "PROPN"):
            return outer.head
        return subject(outer, depth=depth + 1)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN":
        found, _ = noun_agent(verb.head.head)  # "Turkey began a sustained campaign of shelling": the campaign's doer
        if found:
            return found[0]
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


# Verbs of helping another do a deed: "backed X in attacks on Y", "helped X in raids", "assisted X in storming Y".
_HELPING = frozenset({"back", "help", "support", "assist", "aid", "arm", "encourage", "abet"})


def helped_doer(deed: Token) -> Token | None:
    """The one helped in a deed, who did it: "Varnia assisted the exiles in the assault on the harbour" (the
    Kurds, not Iran), "supported the militia in storming the airport"; the "in" may hang on the helping verb or on
    its object.  None for "Iran backed the Kurds' demand in talks" (no deed) or a deed not under "in"."""
    if deed.dep_ not in ("pobj", "pcomp") or deed.head.dep_ != "prep" or deed.head.lower_ != "in":
        return None
    holder = deed.head.head
    if holder.pos_ in VERB_POS and holder.lemma_.lower() in _HELPING:
        helped = first(children(holder, "dobj"))
    elif (
        holder.pos_ in ("NOUN", "PROPN") and holder.head.lemma_.lower() in _HELPING and holder.dep_ in ("dobj", "ccomp")
    ):
        helped, holder = holder, holder.head  # the parser's "in" on the one helped
    else:
        return None
    if helped is None or is_passive(holder) or not can_fill(helped, doer=True):
        return None
    return helped


def _labelled(subj: Token | None, verb: Token) -> Token | None:
    """The doer told after a label and a colon that the parser made the subject, the doer its apposition or a second
    subject: "Summary: Dissidents of the former FARC's 40th Front ambushed an army patrol", "Dhaka, July 21 (BSS):
    Activists of the ruling party's youth wing attacked a procession" (a field name, a dateline)."""
    if subj is None:
        return None
    for told in [*children(verb, "nsubj"), *children(subj, "appos")]:
        if told.pos_ not in ("NOUN", "PROPN"):
            continue  # "Mozambique: Beginning in October 2017, a group ... carried out": a participle, not the doer
        between = subj.doc[subj.i + 1 : told.i]
        if any(t.text.endswith(":") for t in between) and not any(t.tag_ in _FINITE_TAGS for t in between):
            return told
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _agent_by(verb: Token) -> bool:
    """A gerund with a passive's "by" that leads its sentence: "Shelling by the Kordofan Brigade on the market killed
    six traders, the committee said" (the parser made the gerund a clause on "killed")."""
    return verb.dep_ == "advcl" and verb.i == sentence(verb).start and any(c.dep_ == "agent" for c in verb.children)


def _root_after_aside(verb: Token) -> bool:
    """A verb the parser hung as a participle on the root noun, past an aside ending in a comma: "On 2 July, units of
    the armed forces of X, using small arms from positions near Y, subjected to fire the positions of Z" (the
    sentence has no verb of its own, so the root noun is the doer)."""
    root = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and root.dep_ == "ROOT"
        and root.tag_ in ("NN", "NNS")
        and root.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and not pobjs(verb, "by")
    )


# Where a gerund stands as a noun: a subject or object, or a phrase the parser hung on the word before it.
_NOMINAL_GERUND_DEPS = frozenset({"csubj", "nsubj", "nsubjpass", "dobj", "pobj", "acl", "appos"})


def _gerund_by(verb: Token) -> Token | None:
    """The "by" doer of a gerund used as a noun: "Shelling by the Rapid Support Forces on the camp killed eight
    people", "Heavy shelling by the army hit the camp" (the parser made "shelling" a verb, a clausal subject or a
    clause on "Heavy"); not a participle clause (", killing by some accounts 20 people") or a verb with a subject."""
    if verb.tag_ != "VBG" or not (verb.dep_ in _NOMINAL_GERUND_DEPS or _agent_by(verb)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    by = [o for o in pobjs(verb, "by") if o.pos_ in ("NOUN", "PROPN") and o.tag_ != "VBG"]
    return by[0] if by else None


# Verbs whose object is charged with the deed in their "of"/"for" complement.
_ACCUSE = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "convict", "indict"})
# Verbs that make their object do the deed of their infinitive: "prompting officers to use tear gas".
_CAUSING = frozenset({"prompt", "force", "compel", "cause", "lead", "provoke", "spur", "oblige", "drive", "push"})
# Verbs whose object is the one asked or told to do what their infinitive says: "invited RSF militants to join".
_CONTROLLING = frozenset({
    "invite", "urge", "ask", "encourage", "persuade", "order", "tell", "convince", "instruct", "call", "appeal",
})  # fmt: skip
# "X was involved in / took part in / cooperated with Y in the bombings": X (and Y) did it.
_PARTICIPATE = frozenset({"involve", "participate", "cooperate", "engage", "collaborate", "implicate"})


def _denied(holder: Token) -> bool:
    """True when taking part is denied: "the suspects were not involved in the attack", "had not taken part in"."""
    return any(c.dep_ == "neg" for c in (*holder.children, *(holder.head.children if holder.dep_ == "acomp" else ())))


def noun_agent(noun: Token) -> tuple[list[Token], str]:
    """The doer of an event noun and how it was found: possessive, ``by`` phrase, actor modifier
    ("Russian airstrikes", "ISIS attack"), or the subject of a light verb ("X carried out attacks")."""
    poss = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in NOT_ACTORS]
    if poss:
        return poss, "syntax"
    by = pobjs(noun, "by") or blamed(noun)
    if not by and noun.lemma_.lower() in OF_WEAPON_NOUNS:
        by = [b for w in pobjs(noun, "of") for b in pobjs(w, "by")]  # "the use of barrel bombs by helicopters"
    if by:
        return by, "syntax"
    if (judged := defendant(noun)) is not None:
        return [judged], "syntax"  # "the conviction of X for the killing of 40 prisoners" (charges.py)
    if noun.lemma_.lower() in lexicon.AERIAL_LEMMAS:
        owners = [
            t for t in pobjs(noun, "of") if t.ent_type_ in ("ORG", "GPE", "NORP") or t.ent_id_ or t.pos_ == "PROPN"
        ]
        if owners:
            return owners, "syntax"  # "a drone of the Military Forces of Turkey struck ..."
    for c in noun.children:
        passive_relative = c.dep_ == "relcl" and is_passive(c)  # "a bomb that was planted by X"
        if (
            c.dep_ == "acl" and c.tag_ == "VBN" or passive_relative
        ) and c.lemma_.lower() in LIGHT_VERBS | PLANTING_VERBS:
            by = pobjs(c, "by")
            if by:
                return by, "syntax"  # "the attack ... carried out by the Taliban", "a bomb planted by X"
    for c in _stranded_relatives(noun):
        by = pobjs(c, "by")
        if by:
            return by, "syntax"  # "the attack on the airport in Karachi on 8 June, which was claimed by the TTP"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in LIGHT_VERBS | PLANTING_VERBS:
        by = pobjs(noun.head, "by")
        if by:
            return by, "syntax"  # "the attack was carried out / claimed by ISGS", "the bomb was planted by X"
    if noun.dep_ == "dobj" and not is_passive(noun.head):
        # "condemned the murder of David Haines by ISIL terrorists": an active verb has no by-agent of its
        # own, so a by-phrase after its object that the parser hung on the verb is the object's doer.
        by = [t for t in pobjs(noun.head, "by") if t.i > noun.i and can_fill(t, doer=True)]
        if by:
            return by[:1], "syntax"
    if under_attack(noun) is not None:
        # "The base came under fire from jihadists": the doers the attack came from.
        source = [t for t in pobjs(noun, "from", "by") + pobjs(noun.head.head, "from", "by") if can_fill(t, doer=True)]
        if source:
            return source[:1], "syntax"
    if fired := fired_from(noun):
        return fired, "syntax"  # "heavy rocket and artillery fire from Azerbaijan"
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
    where = place_modifier(noun)  # "Nigeria attack kills 12": where it happened
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and (c.ent_type_ in ("NORP", "ORG", "PERSON") or c.ent_id_)
        and not (c.pos_ == "ADJ" and c.ent_type_ in ("ORG", "PERSON") and not c.ent_id_)  # "Fierce clashes", tagged ORG
        and (where is None or c.i != where.i)
        and not town_name(c)  # "the 2008 Mumbai attacks" with Mumbai tagged ORG
        and not recalled_incident(c, PLACE_NAMED_NOUNS)  # "the Kombewa attack in which 50 people were killed"
    ]
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ in NOT_ACTORS:
            # "last month's U.S. invasion": the date's own modifiers are not the actor, the noun's are.
            mods += [g for g in c.children if g.dep_ == "compound" and (g.ent_type_ in ("GPE", "ORG") or g.ent_id_)]
    if mods:
        return mods, "syntax"
    mods += doer_words(noun)  # "rebel attacks", "a series of gunmen attacks", "militant attacks"
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
    if (helped := helped_doer(noun)) is not None:
        return [helped], "syntax"  # "Varnia assisted the exiles in the assault on the harbour": the exiles attacked
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "in"):
        holder = noun.head.head
        if holder.lemma_.lower() == "responsible" and holder.head.pos_ in VERB_POS:
            subj = subject(holder.head)  # "BH was responsible for the bomb attack"
            if subj is not None:
                return [subj], "syntax"
        partner = first(children(holder, "dobj"))  # "took part in raids", "joined Ansar Dine in raids on ..."
        if (holder.lemma_.lower() in _PARTICIPATE or (partner is not None and partaking(holder, partner))) and not (
            _denied(holder)
        ):
            if holder.lemma_.lower() == "join" and subject(holder) is not None:
                return [subject(holder), partner], "syntax"  # type: ignore[list-item]
            if holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
                return [holder.head], "syntax"  # "a guard involved in a shooting"
            subj = subject(holder) if holder.pos_ in VERB_POS else None
            if subj is None and holder.pos_ in VERB_POS:
                subj = first(children(holder, "nsubjpass"))  # "Serb forces were engaged in ..."
            if subj is None and holder.dep_ == "acomp" and holder.head.lemma_.lower() == "be":
                subj = first(children(holder.head, "nsubj"))  # "The returnees were earlier involved in" (a copula's)
            if subj is not None:
                return [subj] + pobjs(holder, "with"), "syntax"
    # "the attack against the headquarters of the commission in Kandahar, for which the Taliban claimed
    # responsibility": the relative clause may hang on what was attacked, or on a phrase inside it.
    hung_on = [noun, *(t for p in pobjs(noun, "on", "against", "in", "at") for t in [p, *pobjs(p, "of", "in")])]
    hung_on += [c for t in hung_on[1:] for c in children(t, "conj")]  # "in the towns of Jabla ..., and Tartus"
    for c in (c for h in hung_on for c in h.children):
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
        return [named_perpetrator(perp)], "syntax"
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
    # "the bombing was attributed to X", "Responsibility for the bombing was attributed to X"
    charged = noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "responsibility"
    charged = charged and noun.head.head.dep_ == "nsubjpass"
    if verb is not None and (noun.dep_ == "nsubjpass" or charged) and verb.lemma_.lower() in ("attribute", "blame"):
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
    if (
        verb is not None
        and is_passive(verb)
        and verb.lemma_.lower() in HELD_TO_VERBS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "to", "of", "in", "with")
    ):
        accused = first(children(verb, "nsubjpass"))
        if accused is not None and can_fill(accused, doer=True):
            return [accused], "syntax"  # "Hizballah was blamed for the bombing", "X has been linked to the attack"
    if verb is not None and verb.lemma_.lower() in ("claim", "accept") and noun.dep_ == "pobj":
        subj = subject(verb)
        if subj is not None:
            return [subj], "syntax"
    outer = listed_under(noun)  # "Its attacks include the bombing of X", "blamed for a string of bombings"
    return noun_agent(outer) if outer is not None else ([], "none")


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
    # "Nigeria attack kills 12 villagers", "Iraq car bomb kills 12": the name on the noun (or on the verb's subject).
    noun = token if token.pos_ not in VERB_POS else first(children(token, "nsubj"))
    where = place_modifier(noun) if noun is not None else None
    if where is not None and all(t.i != where.i for t in out):
        out.append(where)
    return out


def _suffered_beside(verb: Token) -> bool:
    """True for a passive clause set beside another by "while", "as" or "and": "X died while Y and Z were injured" is
    suffered by Y and Z, and the other clause's subject (X) did not do it."""
    return (
        verb.dep_ == "advcl" and is_passive(verb) and any(c.lower_ in ("while", "as", "whereas") for c in verb.children)
    )


# Verbs only a deed is the object of: "which was claimed / carried out by X" (not "set up", "led", "held": a place,
# a base or a unit is).
_DEED_ONLY = frozenset({"claim", "perpetrate", "commit", "carry", "conduct", "execute"})


def _stranded_relatives(noun: Token) -> list[Token]:
    """Passive relative clauses of carrying out or claiming that the parser hung on a word at the end of ``noun``'s own
    phrase rather than on ``noun``: "the attack on Jinnah International Airport in Karachi on 8 June, which was claimed
    by the TTP" (the relative on "June"), "The bombing of the Kamesa market, which was claimed by ..." (on "market").
    Only a deed is claimed or carried out, so the relative is the attack's."""
    return [
        c
        for t in noun.subtree
        if t.i > noun.i
        for c in t.children
        if c.dep_ == "relcl" and is_passive(c) and c.lemma_.lower() in _DEED_ONLY
    ]
