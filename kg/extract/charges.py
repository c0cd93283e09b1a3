"""Who a verdict, a charge or a sentence holds to have done a deed: the defendant of a judging word.

Court, prosecutor and police summaries tell deeds through what someone was judged for: "He was convicted of murder
for shooting a shopkeeper", "Omar Haddad was sentenced to life for bombing a bus", "A jury found X guilty of
shooting a man", "Ms Ellery pleaded guilty to stabbing two guards", "the conviction of Jovan Rasko for the killing
of 40 prisoners", "Rasko's conviction for the killing", "three men arrested in connection with the attack". The
deed (a gerund or an event noun) hangs through "of", "for", "with", "to" or "in" on the judging word, at most
through two nouns between (the crime's name, "of murder for shooting"; "in connection with"); the defendant is the
passive subject of a judging verb, the object of an active one, the one found or pleading guilty, and the possessor
or "of"/"against" object of a judging noun.

:func:`defendant` is read by :func:`kg.extract.roles.subject` for a gerund and by :func:`kg.extract.roles.noun_agent`
for an event noun, before their other frames; it says nothing when no judging word governs the deed, so the verbs
of blame ("accused of", "blamed for") keep their own readers.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.fillers import can_fill
from kg.extract.role_words import LIGHT_VERBS
from kg.extract.syntax import children, first, is_passive, pobjs

# Verbs of judging, charging and holding someone for a deed: "was convicted of / sentenced for / arrested for X-ing".
# Not "acquit": a deed a court says the defendant did not do is no deed of theirs.
JUDGING_VERBS = frozenset({
    "convict", "sentence", "jail", "imprison", "charge", "indict", "try", "prosecute", "arrest", "detain",
    "extradite", "punish", "execute", "hang", "accuse", "suspect", "blame", "implicate",
})  # fmt: skip
# Nouns of the same: "the conviction of X for the killing", "his trial for the bombing", "charges against X over".
JUDGING_NOUNS = frozenset({
    "conviction", "sentence", "sentencing", "trial", "indictment", "arrest", "prosecution", "extradition",
    "charge", "verdict",
})  # fmt: skip
# Prepositions a deed hangs on its judging word by ("convicted of", "jailed for", "charged with", "pleaded guilty
# to", "arrested in connection with").
_DEED_PREPOSITIONS = frozenset({"of", "for", "with", "to", "over", "including"})
# Nouns a deed may hang on between it and the judging word: the offence it was judged as ("convicted of murder for
# shooting", "on terrorism charges for"), and the share in it ("arrested for his role in the bombing", "in connection
# with the attack"). Any other noun breaks the chain: "detained in the aftermath of the attack" judges no doer.
_BETWEEN_NOUNS = frozenset({
    "murder", "homicide", "manslaughter", "terrorism", "crime", "offence", "offense", "count", "charge", "connection",
    "role", "part", "involvement", "participation", "complicity",
})  # fmt: skip
_OWNER_PREPOSITIONS = ("of", "against")
# Verbs whose subject serves or is given a sentence: "is serving a life sentence for", "received a 20-year sentence".
_SERVING_VERBS = frozenset({"serve", "receive", "get", "begin", "complete"})
# Nouns of a share in a deed: their possessor did it, whatever the sentence says about them ("his role in the
# killings", "Iran's part in the raid"), judged or not.
_SHARE_NOUNS = frozenset({"role", "part", "involvement", "participation", "complicity"})


def defendant(deed: Token) -> Token | None:
    """The one a judging word governing ``deed`` holds to have done it, or None: for "shooting" in "He was convicted
    of murder for shooting a shopkeeper", "He"."""
    if deed.dep_ == "dobj" and deed.head.lemma_.lower() in LIGHT_VERBS and deed.head.dep_ == "pcomp":
        return defendant(deed.head)  # "the group was accused of carrying out the Ogossagou massacre"
    token = deed
    while token.dep_ == "conj" and token.head is not token and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "of 18 counts ..., including murder and attacking civilians"
    sharer = None  # "her part in the bombing": whoever had a share in a deed did it, judged or not
    for _ in range(3):  # the deed itself, then at most two nouns between ("of murder for", "in connection with")
        prep = token.head
        shared = prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _SHARE_NOUNS
        preps = _DEED_PREPOSITIONS | {"in"} if token is not deed or shared else _DEED_PREPOSITIONS
        if token.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in preps:
            return sharer
        judge = prep.head
        found = _held(judge)
        if found is not None:
            return found  # the one judged, by name where the share's possessor is a pronoun
        if judge.pos_ != "NOUN" or judge.lemma_.lower() not in _BETWEEN_NOUNS:
            return sharer
        if shared and sharer is None and token.dep_ == "pobj" and prep.lower_ == "in":
            sharer = first(c for c in judge.children if c.dep_ == "poss")
        token = judge
    return sharer


def _held(judge: Token) -> Token | None:
    """The defendant of the word ``judge`` a deed hangs on, or None when ``judge`` judges nobody."""
    lemma = judge.lemma_.lower()
    if judge.pos_ == "VERB" and lemma in JUDGING_VERBS:
        if is_passive(judge):
            held = first(children(judge, "nsubjpass"))
            if held is not None and held.lower_ in lexicon.RELATIVE_PRONOUNS and judge.dep_ == "relcl":
                return judge.head  # "a man who was convicted of shooting ..."
            if held is None and judge.dep_ == "acl" and judge.head.pos_ in ("NOUN", "PROPN"):
                return judge.head  # "three men arrested for the attack"
            return held
        return first(children(judge, "dobj"))  # "The court convicted X of ..."
    if lemma in ("guilty", "responsible"):
        return _found_guilty(judge)
    if judge.pos_ in ("VERB", "AUX") and lemma in _SERVING_VERBS:
        sentenced = any(c.dep_ == "dobj" and c.lemma_.lower() in JUDGING_NOUNS | {"term"} for c in judge.children)
        return _server(judge) if sentenced else None  # "serving life sentences ... for attacks", "for" on the verb
    if judge.pos_ == "NOUN" and lemma in JUDGING_NOUNS:
        owner = [c for c in judge.children if c.dep_ == "poss"] or pobjs(judge, *_OWNER_PREPOSITIONS)
        if not owner and judge.dep_ == "dobj" and judge.head.lemma_.lower() in _SERVING_VERBS:
            return _server(judge.head)  # "X is still serving a life sentence for the ambush"
        return owner[0] if owner and owner[0].pos_ in ("PROPN", "PRON", "NOUN") else None
    if judge.pos_ in ("PROPN", "PRON") and judge.dep_ == "dobj" and judge.head.lemma_.lower() in JUDGING_VERBS:
        return judge  # "convicted Mr Ntaganda of 18 counts": "of" hung on the one convicted
    if judge.pos_ in ("PROPN", "NOUN", "PRON") and judge.dep_ == "pobj" and judge.head.lower_ in _OWNER_PREPOSITIONS:
        judged = judge.head.head  # "the conviction of Jovan Rasko for the killing": "for" hung on the name
        if judged.pos_ == "NOUN" and judged.lemma_.lower() in JUDGING_NOUNS:
            return judge
    return None


def _server(verb: Token) -> Token | None:
    """Who serves or was given the sentence ``verb`` takes: its subject, or the noun a relative clause of it hangs on
    ("Kalo, who is serving a life sentence for the bombing")."""
    held = first(children(verb, "nsubj", "nsubjpass"))
    if held is not None and held.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return held


def _found_guilty(guilty: Token) -> Token | None:
    """Who is guilty or responsible: "found X guilty of", "The Panel found X responsible for" (X the clause's
    subject or the verb's object), "X was found guilty of", "X pleaded guilty to", "holds X responsible for"."""
    own = first(children(guilty, "nsubj"))
    if own is not None:
        return own
    if guilty.dep_ == "amod" and guilty.head.pos_ in ("NOUN", "PROPN"):
        return guilty.head  # "holds government forces responsible for the bombardment", "the group responsible for"
    verb = guilty.head
    if verb.lemma_.lower() == "find":
        return first(children(verb, "dobj")) or first(children(verb, "nsubjpass"))
    if guilty.dep_ == "acomp" and verb.lemma_.lower() in ("plead", "be", "admit"):
        held = first(children(verb, "nsubj"))
        if held is not None and held.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return held
    return None


def named_perpetrator(perp: Token) -> Token:
    """The one a perpetrator noun is said of: "Tashfeen Malik, the female suspect" (its apposition's head), "named X
    as the mastermind of the bombing", "X was tagged as the mastermind", "X was the mastermind"; else the noun."""
    if perp.dep_ == "appos":
        return perp.head
    said = perp.head.head if perp.dep_ == "pobj" and perp.head.lower_ == "as" else perp.head
    if perp.dep_ not in ("pobj", "attr") or perp.dep_ == "pobj" and perp.head.lower_ != "as":
        return perp
    deps = ("nsubj",) if perp.dep_ == "attr" else ("dobj", "nsubjpass")
    named = first(c for c in said.children if c.dep_ in deps and c.pos_ in ("PROPN", "NOUN"))
    return named if named is not None and can_fill(named, doer=True) else perp
