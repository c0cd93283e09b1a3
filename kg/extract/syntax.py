"""Dependency-tree primitives every role reader uses: coordination, children by label, prepositional objects,
the passive."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from kg.extract import lexicon

VERB_POS = ("VERB", "AUX")


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Russian, Syrian and US" -> three tokens); not a noun that is the
    subject of a clause of its own the parser joined to it (:func:`clause_of_joined_subject`)."""
    if clause_of_joined_subject(token) is not None:
        return [token]
    out = [token]
    for c in token.conjuncts:
        if clause_of_joined_subject(c) is not None:
            continue
        if c.i not in {t.i for t in out} and c.pos_ == token.pos_ or c.pos_ in ("PROPN", "NOUN", "ADJ"):
            if c not in out:
                out.append(c)
    return sorted(out, key=lambda t: t.i)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def clause_of_joined_subject(noun: Token) -> Token | None:
    """The verb whose subject ``noun`` is when the parser joined it, by "and", to a noun of the clause before and
    made the verb right after it a conjunct of that clause's verb: "Workers went on strike in the port and rebels
    attacked two posts" ("rebels" a conjunct of "port"). English joins no bare noun to a finite verb that follows it
    with nothing between, so that verb (active, with no subject of its own) is the noun's clause.  None otherwise."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc):
        return None
    verb, joined = doc[noun.i + 1], noun.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or verb.head.i > joined.i or joined.i > noun.i:
        return None
    if joined.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "cc" and c.lower_ == "and" for c in joined.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return None
    return verb


def co_subjects(verb: Token, subject: Token) -> list[Token]:
    """Subjects coordinated with ``subject`` ("X and Y fought"): its conjuncts, or, when the parser made the
    second one another subject of ``verb`` ("FARC dissidents and the army fought" with two ``nsubj``), that one
    when an "and" stands between them."""
    sides = conjuncts(subject)[1:]
    if sides:
        return sides
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.i > subject.i
        and any(t.lower_ == "and" for t in doc[subject.i + 1 : c.left_edge.i])
        and c.ent_iob_ != "I"
    ]


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
    if not ands:
        return sides + (side_inside(obj) or side_after(obj))
    if len(ands) != 1 or ands[0].ent_iob_ == "I":
        return sides + side_after(obj)
    first = [t for t in doc[obj.left_edge.i : ands[0].i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return [first[-1], obj] if first else sides


# The words of a side's own phrase the parser may coordinate the next side into: "fighters of the Hezb-e Watan and
# Taliban units", "forces affiliated with Haftar and a military unit ...", "fighters loyal to him and Houthi rebels".
_TIES = frozenset({"of", "with", "to"})


def side_inside(obj: Token) -> list[Token]:
    """The second side of "between fighters of the Hezb-e Watan and Taliban units" where the parser coordinated the
    names inside the first side's "of" phrase: the last noun of the run of nouns right after the phrase's one "and"
    (an "and" inside a name splits nothing)."""
    doc = obj.doc
    ands = [t for t in doc[obj.i + 1 : obj.right_edge.i + 1] if t.lower_ == "and" and t.dep_ == "cc"]
    if len(ands) != 1 or ands[0].ent_iob_ == "I" or not any(t.lower_ in _TIES for t in doc[obj.i + 1 : ands[0].i]):
        return []
    run = []
    for token in doc[ands[0].i + 1 : obj.right_edge.i + 1]:
        if token.pos_ in ("NOUN", "PROPN"):
            run.append(token)
        elif run or token.pos_ not in ("DET", "ADJ", "NUM", "PUNCT"):
            break
    return [run[-1]] if run and run[-1].dep_ in ("pobj", "conj") else []


def side_after(obj: Token) -> list[Token]:
    """The second side of "between X, supported by Y, and Z", read off the words where the parser hung Z on the verb
    or made it a clause of its own: the noun phrase right after the ", and" that closes X's phrase."""
    doc, end = obj.doc, obj.right_edge.i + 1
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "and":
        return []
    chunk = next((c for c in doc.noun_chunks if c.start == end + 2), None)
    return [chunk.root] if chunk is not None and chunk.root.pos_ in ("NOUN", "PROPN") else []


def children(token: Token, *deps: str) -> Iterator[Token]:
    """Children of ``token`` with one of the dependency labels ``deps``."""
    return (c for c in token.children if c.dep_ in deps)


def first(tokens: Iterable[Token]) -> Token | None:
    return next(iter(tokens), None)


def is_passive(verb: Token) -> bool:
    # "IS militants attacked": the small model reads the group's name "IS" as a passive auxiliary.
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") and not c.ent_id_ for c in verb.children) or (
        gapped_passive(verb)
    )


def gapped_passive(verb: Token) -> bool:
    """A passive participle whose auxiliary is gapped: "Three soldiers were killed and four others injured",
    where the parser gives "injured" an active subject ("others") that is in fact its patient; also when it tags a
    regular participle as a past tense and its subject is a count ("At least 18 people were killed and dozens
    wounded"; not "police were attacked and colectivos fired at protesters")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if _clipped_passive(verb, subject):
        return True
    return (
        verb.dep_ == "conj"
        and subject is not None
        and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed") and _a_count(subject))
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    )


def _clipped_passive(verb: Token, subject: Token | None) -> bool:
    """A headline's passive with its auxiliary clipped, the participle tagged as one and its subject a count of
    people, in a clause the parser hung under another: "Two Maoists killed in encounter in Bijapur; one surrenders"."""
    return (
        subject is not None
        and verb.tag_ == "VBN"
        and verb.dep_ != "ROOT"
        and _a_count(subject)
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ("in", "during") for c in verb.children)
    )


# Words that count people without naming them: "dozens wounded", "many others injured".
_COUNTS = frozenset({"dozens", "scores", "hundreds", "thousands", "many", "several", "some", "others", "more"})


def _a_count(token: Token) -> bool:
    """True for a subject that counts people: "dozens", "four others", "12"."""
    return token.like_num or token.lower_ in _COUNTS or any(c.dep_ == "nummod" for c in token.children)


def pobjs(token: Token, *preps: str) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` ("attacks on X" -> X)."""
    out: list[Token] = []
    for p in token.children:
        if p.dep_ not in ("prep", "agent", "dative"):
            continue
        # "attacks in Mogadishu and against African Union troops": a preposition coordinated with one on
        # ``token`` hangs on ``token`` too.
        for q in [p, *(c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP")]:
            if q.lower_ in preps:
                out.extend(
                    c for c in q.children if c.dep_ in ("pobj", "pcomp") and not (q.lower_ in _WHEN_PREPS and _when(c))
                )
    return out


# "On 19 February 2022, gunmen set fire to ...", "at 10 pm": when, never whom, what or where.
_WHEN_PREPS = frozenset({"on", "at"})
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip


def _when(tok: Token) -> bool:
    """A date or time written as one ("19 February 2022", "Sunday", "10 pm"), not a town the NER called a date."""
    return tok.ent_type_ in ("DATE", "TIME") and any(t.like_num or t.lower_ in _CALENDAR for t in tok.subtree)


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
        if (
            c.dep_ in ("xcomp", "advcl")
            and c.lower_ == "own"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return list(children(c, "dobj"))[:1]  # "surrendered to own troops": the Nigerian releases' "own" as a verb
    return []


# Verbs of a reporter's attribution, which the parser gives a trailing participle of the deed it reports.
ATTRIBUTING = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "allege"})


def reported_deed(verb: Token) -> Token | None:
    """The clause a reporter's attribution reports, when the parser hung the deed's participle on the attribution:
    in "Gunmen attacked a police post, officials said, killing two policemen", "killing" hangs on "said", but who
    killed is who attacked, not the officials. None for any other participle."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.lemma_.lower() not in ATTRIBUTING:
        return None
    reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if reported is None and head.dep_ == "parataxis" and head.head.pos_ in VERB_POS:
        reported = head.head  # "Troops raided a hideout, the army said, killing ...": "said" hung on the deed
    return reported


_RELATIVES = frozenset({"which", "that", "who", "whom"})
# Prepositions that tie what was attacked to the event noun: "the attack on the Dawa barracks", "the bombing of X".
_AIMED_AT = frozenset({"on", "against", "of", "at"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def relative_antecedent(verb: Token, word: Token | None, wanted: Callable[[Token], bool]) -> Token | None:
    """What the relative pronoun ``word`` of the relative clause ``verb`` stands for, when it is a ``wanted`` noun or
    the phrase of one holds it: "the attack on the Dawa barracks, which the army blamed on X" (the clause hangs on
    "barracks"; "which" is the attack), else the noun the clause hangs on ("the group, which police blamed for the
    attack"), None when that is a place ("a church in Owo, which the governor blamed on ..."); ``word`` itself when it
    is no relative pronoun of a relative clause."""
    if word is None or word.lower_ not in _RELATIVES or verb.dep_ != "relcl":
        return word
    noun = verb.head
    for _ in range(4):
        if wanted(noun):
            return noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _AIMED_AT:
            noun = noun.head.head
        elif noun.dep_ == "compound":
            noun = noun.head
        else:
            break
    return None if verb.head.ent_type_ in _PLACE_ENTS else verb.head


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


# Finite verb forms: a conjunct in one of these joined to a participle is a misparse (see misjoined_clause).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def misjoined_clause(verb: Token) -> Token | None:
    """The clause verb a finite conjunct really coordinates with, when the parser joined it to a participle inside
    that clause's object instead: "The gunmen rounded up the farmers working in the fields and opened fire" hangs
    "opened" on "working", as if the farmers opened fire.  Words joined by "and" share their form, so a past
    tense cannot be the conjunct of a present participle; the clause whose verb has the conjunct's own tense and
    holds the participle's noun as its object is the one it continues.  None where the tree is not that shape."""
    participle = verb.head
    if verb.dep_ == "conj" and verb.tag_ in _FINITE:
        reported = _reported_before(participle, verb)
        if reported is not None:
            return reported
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    noun = participle.head
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or outer.pos_ not in VERB_POS or outer.tag_ != verb.tag_ or outer.i > verb.i:
        return None
    return outer


# Verbs of a report set into the clause it reports: "X came in low, residents said, and fired".
_INSERTED_REPORTS = frozenset({"say", "tell", "report", "add", "recall", "recount"})


def _reported_before(said: Token, verb: Token) -> Token | None:
    """The clause a finite conjunct continues when the parser joined it to a report set in after that clause: "The
    helicopter came in low, residents said, and fired two rockets" hangs "fired" on "said", as if the residents fired;
    the report's clause before its speaker, in the conjunct's own tense and with a subject of its own, is the one it
    continues.  None where the tree is not that shape."""
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if said.lemma_.lower() not in _INSERTED_REPORTS or speaker is None or speaker.i > verb.i:
        return None
    clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i < speaker.i), None)
    if clause is None or clause.tag_ != verb.tag_ or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return clause


_LABEL_BREAKS = frozenset({":", "—", "–", "--"})


def fronted_label(token: Token) -> bool:
    """True when ``token`` is the first of two subjects the parser gave one verb and is a label, a dateline or a
    time fronted before the real one: "Summary: Twelve members of the NRF ... surrendered", "Zamboanga City —
    Fourteen members of the group ... surrendered", "The following week, about 30 members ... surrendered".  English
    gives a clause one subject; the one after the break is the doer.  Two subjects with no such break between them
    ("Militants loyal to X, gunmen ... ambushed") are left as the parser gave them."""
    if token.dep_ != "nsubj":
        return False
    later = first(c for c in token.head.children if c.dep_ == "nsubj" and c.i > token.i)
    if later is None:
        return False
    between = {t.text for t in token.doc[token.i + 1 : later.left_edge.i]}
    if between & _LABEL_BREAKS:
        return True  # a label or a dateline
    return "," in between and (token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in lexicon.TIME_WORDS)


def bare_adjective(token: Token) -> bool:
    """True for an adjective alone that the parser made a subject ("Heavy shelling forced ...": "Heavy"); not a
    quantity ("In 2012, many joined ..."), a people ("Russian") nor one with words of its own ("most of its
    members")."""
    if token.pos_ != "ADJ" or token.dep_ != "nsubj" or token.ent_type_ or any(token.children):
        return False
    return token.lower_ not in lexicon.QUANTITY_HEADS and token.lower_ not in ("others", "both")


def whose_lives(token: Token) -> Token:
    """The people "the lives of X" names ("claimed the lives of 12 soldiers" -> soldiers), else ``token``."""
    if token.lower_ in ("life", "lives") and (whose := pobjs(token, "of")):
        return whose[0]
    return token


def took_lives(verb: Token) -> bool:
    """ "The attack took the lives of four people": taking lives is killing."""
    obj = first(children(verb, "dobj"))
    return verb.lemma_.lower() == "take" and obj is not None and obj.lower_ in ("life", "lives")


def subject_under_mark(verb: Token) -> Token | None:
    """The subject the parser hung on the clause's conjunction or a date's preposition as its object: "after a brigade
    in X defected", parsed as "after [a brigade]" with "defected" subjectless; "on 13 February Turkey began"."""
    for mark in children(verb, "mark"):
        if mark.lower_ in ("after", "before", "since", "until", "as", "when", "while", "because", "once"):
            found = first(c for c in children(mark, "pobj") if c.i < verb.i)
            if found is not None:
                return found
    # "on 13 February Turkey began ...": the name glued to the date as the object of its preposition
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "pobj"
        and before.head.head == verb
        and (before.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or before.ent_id_)
        and any(t.ent_type_ == "DATE" for t in before.lefts)
    ):
        return before
    return None


def named_body(token: Token) -> bool:
    """A body told by its name ("the SAA", "the Fourth Division"), which "who" does not stand for."""
    return token.ent_type_ in ("ORG", "NORP", "GPE") or token.pos_ == "PROPN"


# Comparatives after which "no" bounds a count instead of denying it: "No fewer than 40 militants", "no less than 25
# rebels", "no more than ten soldiers" (forty, twenty-five, up to ten people did it).
_BOUNDS = frozenset({"fewer", "less", "more"})


def says_none(noun: Token) -> bool:
    """True when ``noun`` has a "no" or "neither" that says there is none of it: "No group claimed the attack", "no
    shots were fired"; not the "No" that opens a bounded count ("No fewer than 40 al-Shabaab militants surrendered")."""
    doc = noun.doc
    for det in (c for c in noun.children if c.dep_ == "det" and c.lower_ in ("no", "neither")):
        bound = det.i + 2 < len(doc) and doc[det.i + 1].lower_ in _BOUNDS and doc[det.i + 2].lower_ == "than"
        if not bound:
            return True
    return False


def on_the_way(verb: Token) -> bool:
    """ "were on their way to join X", "was on his way to attack": going to a deed, not yet at it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() == "way" for p in c.children)
        for c in verb.children
    )


def split_subject(verb: Token, subj: Token | None) -> Token | None:
    """The second of two subjects the parser split one noun phrase into: "A high profile Boko Haram commander has
    surrendered" (with "A high profile" a subject of its own) is the commander; a verb has one subject."""
    if subj is None or any(c.dep_ not in ("det", "amod", "advmod") for c in subj.children):
        return subj
    if subj.ent_type_ or subj.lemma_.lower() in lexicon.GROUP_NOUNS | lexicon.MEMBER_NOUNS:
        return subj  # "The militant group Jund al-Khilafah announced": a head of its own before a name
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i and c.left_edge.i == subj.i + 1]
    return after[0] if after and after[0].i < verb.i else subj


def in_favour_of(verb: Token) -> list[Token]:
    """What a verb is done "in favour of": "quit the ruling party in favour of the Republican Party"."""
    return [t for f in pobjs(verb, "in") if f.lemma_.lower() in ("favour", "favor") for t in pobjs(f, "of")]


def joined_forces(obj: Token) -> bool:
    """ "Tuareg rebels join forces with Islamists", "the two militias joined hands": the object of an idiom of acting
    together, no side joined (a determiner or modifier makes it a side: "joined the government forces")."""
    return obj.lower_ in ("forces", "hands") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in obj.children
    )


def predicate_title(verb: Token) -> Token | None:
    """The predicate noun a deed's infinitive tells of: "X has become the second Conservative MP to defect" (MP), "X
    is the first officer to desert"; None when the verb is told on no predicate."""
    if verb.dep_ == "acl" and verb.head.dep_ == "attr":
        return verb.head
    if verb.dep_ == "xcomp":
        return next((c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i), None)
    return None
