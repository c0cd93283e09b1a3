"""The future in the past of narrative: "would" that tells what did happen later, for kg.extract.modality.

Encyclopaedic pages and backgrounders tell a group's history from a point in it: "The splinter group would formally
join the Islamic State on 12 May 2015", "he would later defect to the Nusra Front in 2012", "the commander would go on
to pledge allegiance to al-Baghdadi". That "would" is no condition and no forecast: the clause is dated to a year the
narrative has reached, or tells what its subject went on to do. It is asserted. A "would" with a condition
("would join X if ...", "would have joined X in 2015 had ..."), one reported before its clause ("X said it would
join Y", a forecast told by the speaker) and one with no year ("would join X next year", "on Friday": a date still
to come for all the text says) stays a modal.
"""

from __future__ import annotations

from spacy.tokens import Token

# Marks of a condition or a concession on the clause or a clause under it.
_CONDITIONS = frozenset({"if", "unless", "whether", "lest", "provided", "once"})
# Prepositions of a time phrase: "on 12 May 2015", "in 2012", "in March 2015".
_TIME_PREPS = frozenset({"on", "in", "by", "during"})
# Words that make a dated phrase a forecast: "in early 2030" is as much a year as "in 2012", but "next", "coming"
# and "following" tell a date after the speaker's.
_AHEAD = frozenset({"next", "coming", "following", "upcoming"})


def told_as_past(verb: Token) -> bool:
    """True when the "would" on ``verb`` is the narrative's future in the past: the verb has a past year of its own
    or is the "go on to" of a career, no condition and no speaker before it."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children):
        return False  # "would have joined X in 2015 had its leader lived": a counterfactual
    if _conditional(verb) or _reported_before(verb):
        return False
    return _dated_by_year(verb) or _went_on(verb)


def _conditional(verb: Token) -> bool:
    """A condition on the clause: "would join X if its demands were met", "unless ..."."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for c in clauses for m in c.children)


def _reported_before(verb: Token) -> bool:
    """A clause reported by a verb before it ("The group said it would join Y", "announced that it would"): a
    forecast the speaker made; the attribution after the clause ("..., officials later said") reports the narrative."""
    tok = verb
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.i < tok.i


def _dated_by_year(verb: Token) -> bool:
    """The verb's own time phrase names a year: "on 12 May 2015", "in 2012", not "next year" nor "on Friday"; also
    one the parser hung on the verb's object ("would join ISIS–K on 6 March 2015", the date under "K")."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *(a for a in c.children if a.dep_ == "appos"))]
    heads = [verb, *objects]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _TIME_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = list(obj.subtree)
            if any(w.lower_ in _AHEAD for w in words):
                continue
            if any(w.ent_type_ == "DATE" and _year(w) for w in words):
                return True
    return False


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2099


def _went_on(verb: Token) -> bool:
    """ "would go on to pledge allegiance", the career's next step: "go" with its particle "on" and an infinitive."""
    if verb.lemma_.lower() != "go" or not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in verb.children)
