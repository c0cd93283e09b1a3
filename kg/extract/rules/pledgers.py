"""Pledgers written as a pronoun, a medium or a dateline word where the clause says who pledged, for the ALLEGIANCE rule
(kg.extract.rules.allegiance).

A pledge or a joining is often reported by the one who made it: "A senior officer of the brigade said on Friday he had
left it and pledged loyalty to X", "A brigade based in Gharyan announced that it had transferred its allegiance to Y",
"A field commander arrived in Taiz, announcing he had joined the national army". The pronoun stands for the one who
reports, when that one is a noun phrase the pronoun agrees with (coreference resolves pronouns to names only, and
takes the nearest named person, "Saddam Haftar" in the first). A pledge owned by a pronoun ("Diallo renewed his
pledge to Iyad Ag Ghaly") is made by the subject of the verb that renews, makes or declares it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles

# Verbs whose complement clause is the speaker's own account: "said he had joined", "announced that it had ...".
_REPORTING = frozenset({
    "say", "announce", "declare", "state", "confirm", "claim", "tell", "insist", "add", "explain", "chant", "proclaim",
    "report", "write", "acknowledge", "admit", "vow",
})  # fmt: skip
# Nouns for one person, whom "he" or "she" may stand for ("a senior officer", "a Houthi field commander").
_ONE_PERSON = (lexicon.MEMBER_NOUNS | lexicon.OFFICE_HOLDERS | lexicon.OWNED_RANKS) - {"unit", "personnel", "troop"} | {
    "sergeant", "corporal", "lieutenant", "captain", "major", "deputy", "spokesman", "defendant", "accused", "youth",
    "emir", "chieftain", "warlord", "veteran", "driver", "farmer", "student", "teacher", "preacher", "cleric",
}  # fmt: skip
# Nouns for a body, which "it" may stand for ("A brigade based in Gharyan announced that it had ...").
_BODIES = lexicon.GROUP_NOUNS | lexicon.PART_NOUNS | {
    "brigade", "battalion", "regiment", "company", "council", "front", "army", "force", "tribe", "clan", "cell",
    "unit", "division", "corps", "militia", "gang", "cartel", "party",
}  # fmt: skip
# Plural speakers who may be the "they" of their own account ("Fighters of a clan militia announced that they had
# broken with the group"); not those who report others' deeds ("officials", "sources").
_MEMBERS = (lexicon.MEMBER_NOUNS | lexicon.OWNED_RANKS | lexicon.GROUP_NOUNS | _BODIES) - {"official", "diplomat"}
# Verbs by which one renews, makes or declares one's own pledge ("renewed his pledge to X").
_OWN_PLEDGE_VERBS = frozenset({
    "renew", "reaffirm", "reiterate", "declare", "announce", "make", "give", "offer", "swear", "take", "publish",
    "post", "confirm", "pledge", "proclaim",
})  # fmt: skip


def pledger(agent: Token) -> Token:
    """The noun phrase head ``agent`` stands for when it is a pronoun the clause names (the module's two readings) or
    the medium that shows the pledge; ``agent`` itself otherwise."""
    if agent.lemma_.lower() in _MEDIA and agent.pos_ == "NOUN":
        return _shown_in(agent) or agent
    if _dateline_word(agent):
        # "KINSHASA (Actualite.cd-style) — About 200 fighters of the X militia pledged ...", the fighters its apposition
        return roles.first(c for c in agent.children if c.dep_ == "appos" and _after_dash(c)) or agent
    if agent.pos_ != "PRON":
        return agent
    if agent.dep_ == "poss":
        return _own_pledge_maker(agent) or agent
    if agent.conjuncts:
        return agent  # "announcing that he and some 200 special forces had joined": the phrase names them all
    speaker = _speaker(agent)
    return speaker if speaker is not None and _agrees(agent, speaker) else agent


def _speaker(pronoun: Token) -> Token | None:
    """Who reports the clause whose subject ``pronoun`` is: the subject of "said", "announced" ("A brigade announced
    that it had ..."), of the verb a reporting participle hangs on ("A commander arrived ..., announcing he had
    joined"), or the noun a reporting participle describes ("Supporters of the army chanting that they were loyal")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    said = pronoun.head.head
    if said.lemma_.lower() not in _REPORTING or said.pos_ not in roles.VERB_POS:
        return None
    # the last subject: "9 September – Kaykal's former deputy ... announces that he ..." (a fronted date first)
    speaker = _last_subject(said, before=pronoun.i)
    if speaker is None and said.dep_ == "advcl" and said.tag_ == "VBG":
        speaker = _last_subject(said.head, before=said.i)
    elif speaker is None and said.dep_ == "acl" and said.head.pos_ in ("NOUN", "PROPN"):
        speaker = said.head
    if speaker is not None and _dateline_word(speaker):
        # "SIRTE (Libya Review-style) — A senior officer of ... said he had ...", the officer parsed as its apposition
        speaker = roles.first(c for c in speaker.children if c.dep_ == "appos" and _after_dash(c))
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.ent_type_ in _NO_SPEAKERS:
        return None
    return speaker


_NO_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "LOC", "FAC"})


def _last_subject(verb: Token, *, before: int) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < before]
    return subjects[-1] if subjects else None


def _after_dash(token: Token) -> bool:
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text in ("—", "–", "-", "--")


def _dateline_word(token: Token) -> bool:
    """ "SIRTE", "TAIZ" opening a wire story: a place of filing in capitals, never who speaks."""
    return token.i == token.sent.start and token.is_upper and len(token) > 1


def _agrees(pronoun: Token, speaker: Token) -> bool:
    """True when ``pronoun`` can stand for ``speaker``: "he"/"she" for one person, "it" for one body, "they" for
    members or bodies ("Investigators said he had pledged ..." is no such pair)."""
    word, lemma = pronoun.lower_, speaker.lemma_.lower()
    if word in ("he", "she"):
        if speaker.ent_type_ == "PERSON":
            return True
        if speaker.pos_ == "PROPN":
            return speaker.ent_type_ not in ("ORG", "NORP", "FAC", "LOC")
        return speaker.tag_ == "NN" and lemma in _ONE_PERSON
    if word == "it":
        return speaker.tag_ in ("NN", "NNP") and (lemma in _BODIES or speaker.ent_type_ == "ORG")
    if word == "they":
        return speaker.tag_ in ("NNS", "NNPS") and lemma in _MEMBERS
    return False


def _own_pledge_maker(owner: Token) -> Token | None:
    """ "Diallo publicly renewed his pledge to Iyad Ag Ghaly": the subject of the verb the owned pledge is the object
    of, when that subject is a noun; None otherwise."""
    noun = owner.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _OWN_PLEDGE_VERBS:
        return None
    subject = roles.subject(noun.head)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


# What shows a pledge without making it: "Magai appeared in a police video ... pledging loyalty to the Republic".
_MEDIA = frozenset({
    "video", "footage", "film", "recording", "clip", "tape", "broadcast", "livestream", "channel", "television", "tv",
    "radio", "statement", "message",
})  # fmt: skip
# Verbs by which a medium shows its subject's object doing something: "A video showed Colonel X announcing ...".
_SHOWING = frozenset({"show", "feature", "depict", "capture"})
# Verbs of putting a medium out: its subject is who pledges in it when no "of" phrase names another.
_PUTTING_OUT = frozenset({
    "post", "release", "publish", "upload", "share", "broadcast", "circulate", "air", "put", "issue", "send", "read",
})  # fmt: skip


def _shown_in(medium: Token) -> Token | None:
    """Who pledges in a medium the parser made the pledger: its "of" phrase ("footage of about 40 men swearing"), the
    subject of the verb it is the place of ("Magai appeared in a police video holding the flag and pledging loyalty")
    or of the verb that puts it out ("the young men ... posted videos swearing loyalty to X"); None otherwise."""
    shown = roles.first(roles.pobjs(medium, "of"))
    if shown is not None:
        return shown
    if medium.dep_ == "pobj" and medium.head.lower_ in ("in", "on") and medium.head.head.pos_ in roles.VERB_POS:
        return roles.subject(medium.head.head)
    if medium.dep_ == "nsubj" and medium.head.lemma_.lower() in _SHOWING:
        return roles.first(roles.children(medium.head, "dobj"))  # "A video showed Colonel X announcing ..."
    clause = medium.head if medium.dep_ in ("nsubj", "dobj") else None
    put = clause.head if clause is not None and clause.dep_ in ("ccomp", "xcomp", "advcl") else clause
    if put is not None and put.lemma_.lower() in _PUTTING_OUT:
        return roles.subject(put)
    return None


# A pledge whose verb the small model tagged a noun ("The militia swore allegiance", kg.extract.rules.allegiance).
_SWORE = {"swore", "sworn", "swear", "swears", "pledged", "pledge", "pledges", "declared", "declares", "took", "takes",
          "renewed", "reaffirmed", "gave", "announced", "offered"}  # fmt: skip

_BETWEEN_SUBJECT_AND_VERB = frozenset({"since", "have", "has", "had", "also", "now", "already", "later", "then"})


def agent_before_misparsed_verb(trigger: Token) -> list[Token]:
    """When the small model tags "swore" as a noun ("The militia swore allegiance"), the pledger is the
    noun phrase right before that word."""
    i, start = trigger.i - 1, roles.sentence(trigger).start
    while i > start and trigger.doc[i].pos_ in ("DET", "PRON") and trigger.doc[i].dep_ == "poss":
        i -= 1
    if i <= start or trigger.doc[i].lower_ not in _SWORE:
        return []
    if trigger.dep_ == "appos" and trigger.head.i < i:
        # "Isnilon Hapilon, an Abu Sayyaf commander, swore loyalty", "Abubakar Shekau, the leader of Boko
        # Haram, swore ...": the parser made the loyalty noun an apposition; the pledger is the noun the
        # apposition chain starts from; the last noun of it when an opening phrase took the chain ("In 2019 the
        # faction's founder, X, swore allegiance", the founder the object of "In").
        anchor = noun = trigger.head
        while anchor.dep_ in ("appos", "pobj", "prep") and anchor.head.i < anchor.i:
            anchor, noun = anchor.head, anchor if anchor.pos_ in ("NOUN", "PROPN") else noun
        return [anchor if anchor.pos_ in ("NOUN", "PROPN") else noun]
    if trigger.dep_ == "conj":
        # "Belmokhtar's group merged with MUJAO and swore allegiance": the parser made the loyalty noun a
        # conjunct of the last object; the pledger is the subject of the verb that object belongs to.
        verb = trigger.head
        while (
            verb.dep_ in ("pobj", "prep", "dobj", "conj") and verb.head is not verb and verb.pos_ not in roles.VERB_POS
        ):
            verb = verb.head
        if verb.pos_ in roles.VERB_POS:
            subj = roles.subject(verb)
            if subj is not None:
                return [subj]
    while i - 1 > start and trigger.doc[i - 1].lower_ in _BETWEEN_SUBJECT_AND_VERB:
        i -= 1  # "Several former Zetas cells in Coahuila have since sworn loyalty", "since" read as a preposition
    before = trigger.doc[i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return []
    for anc in before.ancestors:
        if anc.dep_ == "agent" and anc.head.dep_ == "acl" and anc.head.head.pos_ in ("NOUN", "PROPN"):
            return [anc.head.head]  # "a faction led by Shekau's deputy pledged allegiance": the faction, not its leader
    doc = trigger.doc
    while (
        before.ent_type_ in ("GPE", "LOC", "FAC")
        and before.i - 2 > start
        and doc[before.i - 1].pos_ == "ADP"
        and doc[before.i - 2].pos_ in ("NOUN", "PROPN")
    ):
        before = doc[before.i - 2]  # "Several hundred fighters in Derna swore": the fighters, not Derna
    return [before]
