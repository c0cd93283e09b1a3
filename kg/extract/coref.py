"""Simple in-document coreference: pronouns to the nearest compatible actor, generic group nominals
("the group", "the jihadist group", "the caliphate") to the document's salient armed group.

Salience is counted over named mentions before the reference, so "the group" in a text about the
Maute group is not sent to the Islamic State it later pledges to.
"""

from __future__ import annotations

import weakref
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon
from kg.extract.leaddatelines import unread
from kg.extract.nlp import is_dateline
from kg.extract.quotespeaker import FIRST_PERSON, quote_speaker
from kg.extract.reading import reading_of
from kg.extract.role_words import DEED_HEADS, UTTERANCES
from kg.extract.sharedsubject import shared_subject, subject_of
from kg.models import Entity, EntityKind

if TYPE_CHECKING:
    from kg.extract.actors import Actors

_REPORTING = frozenset(
    {
        "say",
        "claim",
        "announce",
        "report",
        "state",
        "confirm",
        "deny",
        "add",
        "tell",
        "warn",
        "insist",
        "acknowledge",
        "admit",
        "declare",
        "boast",
    }
)
# Verbs whose subject speaks of a deed rather than does it ("claimed" a deed is its doer's word).
_SPEAKING = (_REPORTING | UTTERANCES) - {"claim", "admit", "acknowledge", "boast"}
_GROUP_KINDS = (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION)
# How many sentences before a generic reference a group named as a doer stays its antecedent.
RECENT = 2
# Nouns for the members a group acts through: "fighters of X", "gunmen from X".
MEMBERS = frozenset(
    {"fighter", "militant", "gunman", "gunmen", "member", "insurgent", "jihadist", "rebel", "militiaman", "militiamen"}
)


class Salience:
    """Ordered named actor mentions of a document, for resolving references back to them."""

    def __init__(self, doc: Doc, actors: Actors) -> None:
        self.doc = doc
        self._mentions: list[tuple[int, Entity]] | None = None
        self._names: dict[int, Span] = {}  # root token index of a named mention -> its name
        # Weakly: the Actors hold this object, and a cycle between the two would keep the Doc (and its batch's
        # tensor) until Python's next full garbage collection, which comes rarer as a build's process grows
        # (docs/BUILD.md, the build's own growth).
        self._actors = weakref.proxy(actors)

    @property
    def mentions(self) -> list[tuple[int, Entity]]:
        """(token index, entity) of every named actor mention, in text order."""
        if self._mentions is None:
            found: list[tuple[int, Entity]] = []
            for ent in self.doc.ents:
                if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP") or is_dateline(ent.sent) or _place_named(ent):
                    continue
                if unread(ent.root) is not None:
                    continue  # "CULIACÁN, Sinaloa (translated) — ...": a place of filing, whatever the splitter did
                if ent.ent_id_:
                    entity = self._actors.gaz.entities[ent.ent_id_]
                else:
                    entity = self._actors._named(ent)
                if found and found[-1][1].key == entity.key and _restated(ent):
                    continue  # "al-Qaeda in the Islamic Maghreb (AQIM)": one mention, not two
                found.append((ent.root.i, entity))
                self._names[ent.root.i] = ent
            self._mentions = found
        return self._mentions

    def salient_group(self, *, before: int, doer: bool = False) -> Entity | None:
        """The group a generic reference at token ``before`` stands for.

        A ``doer`` reference (a doer noun or a plural pronoun as the subject: "The attackers torched granaries",
        "they fled") stands for the group named as the doer of a clause in its sentence or the :data:`RECENT`
        sentences before it, the latest such: its subject, or the group a subject's members belong to ("Fighters
        of Katiba Macina, a group allied to al Qaeda, raided ..."), never a speaker.  Other references ("the
        group", "the militants", which name the group a text is about) and a doer reference with no such group
        stand for the armed group (else organisation) mentioned most often before it, ties to the earliest;
        None when no group was mentioned.

        A report names other groups in passing (allies, parents, rivals) and then refers to the one that acted
        by a doer noun; the most-mentioned group is the reading for a text that names its subject group only as
        an object ("Police blamed Boko Haram. The attackers ...")."""
        recent = self._recent_doer_group(before) if doer else None
        if recent is not None:
            return recent
        for kinds in ((EntityKind.ARMED_GROUP,), (EntityKind.ORGANISATION,)):
            armed = kinds == (EntityKind.ARMED_GROUP,)  # an armed group speaks of its own deeds: "X said it had ..."
            prior = [e for i, e in self.mentions if i < before and e.kind in kinds and not _source(self.doc[i], armed)]
            if prior:
                counts = Counter(e.key for e in prior)
                best = max(counts.values())
                return next(e for e in prior if counts[e.key] == best)
        return None

    def _recent_doer_group(self, before: int) -> Entity | None:
        """The latest group named as a clause's doer in the sentence of token ``before`` (before it) or the
        :data:`RECENT` sentences before that sentence; None when there is none."""
        if before >= len(self.doc):
            return None
        reading = reading_of(self.doc)
        start = reading.starts[max(0, reading.number(self.doc[before]) - RECENT)]
        for i, entity in reversed(self.mentions):
            if i >= before or entity.kind not in _GROUP_KINDS:
                continue
            if i < start:
                return None
            if doer_position(self.doc[i]):
                return entity
        return None

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The entity a pronoun (or relative pronoun) refers to, or None."""
        word = token.lower_
        if word in lexicon.RELATIVE_PRONOUNS:
            # "militants who attacked": the relative clause hangs off the noun it is about.
            head = token.head.head if token.head.dep_ == "relcl" else None
            return (
                mention.entity
                if head is not None and head.pos_ != "PRON" and (mention := self._actors.mention(head))
                else None
            )
        if word in FIRST_PERSON:
            speaker = quote_speaker(token)  # '"We pledge allegiance," the commander said': the commander
            if speaker is None or speaker.pos_ == "PRON":
                return self.resolve_pronoun(speaker) if speaker is not None else None
            mention = self._actors.mention(speaker)
            return mention.entity if mention is not None else None
        reporter = self._reporter(token)
        if reporter is not None:
            return reporter
        # "Army units pushed it out": an object pronoun never stands for its own verb's doer
        prior = [(i, e) for i, e in self.mentions if i < token.i and not _in_own_subject(self.doc[i], token)]
        if word in lexicon.PERSON_PRONOUNS:
            continued = self._continued_subject(token)
            if continued is not None:
                return self.resolve_pronoun(continued)
            wanted: tuple[EntityKind, ...] = (EntityKind.PERSON,)
        elif word in lexicon.NEUTER_PRONOUNS:
            governing = self._governing_subject(token) if _deed_owner(token) else None
            if governing is not None:
                return governing  # "Ukraine said hundreds surrendered since its incursion": Ukraine
            shared = shared_subject(token)
            if shared is not None and (said := self._actors.mention(shared)) is not None:
                return said.entity  # "X was part of AQIM, and it took part in many attacks": X
            for kinds in ((EntityKind.ARMED_GROUP,), (EntityKind.ORGANISATION, EntityKind.STATE)):
                found = [(i, e) for i, e in prior if e.kind in kinds]
                if found:
                    # A subject is the likelier antecedent: "The ADF pledged allegiance to the Islamic State in
                    # 2019. Since then, it has killed hundreds" is the ADF, not the group it pledged to.
                    subjects = [e for i, e in found if _in_subject(self.doc[i])]
                    return subjects[-1] if subjects else found[-1][1]
            return self._nominal_antecedent(token)
        elif word in lexicon.PLURAL_PRONOUNS:
            governing = self._governing_subject(token, plural=True) if _deed_owner(token) else None
            if governing is not None:
                return governing  # "government forces have killed 900 fighters in their latest offensive"
            group = self.salient_group(before=token.i, doer=doer_position(token))
            if group is not None:
                return group
            wanted = (EntityKind.COLLECTIVE, EntityKind.ARMED_GROUP, EntityKind.STATE)
        else:
            return None
        for i, entity in reversed(prior):
            if entity.kind in wanted and not (wanted == (EntityKind.PERSON,) and _modifier_name(self.doc[i])):
                return entity
        return self._nominal_antecedent(token)

    def _continued_subject(self, token: Token) -> Token | None:
        """The same pronoun as subject of the sentence before (or earlier in its own), when ``token`` is a subject and
        no named person became a subject in between: the story goes on about the same person ("Born in Binnish, he
        joined the insurgency and pledged allegiance to al-Zarqawi. He was killed by a US airstrike" is the one who
        joined, not al-Zarqawi, the nearest name)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        reading = reading_of(self.doc)
        start = reading.starts[max(0, reading.number(token) - 1)]
        before = [t for t in self.doc[start : token.i] if t.lower_ == token.lower_ and t.dep_ in ("nsubj", "nsubjpass")]
        if not before:
            return None
        named = any(
            before[-1].i < i < token.i and e.kind is EntityKind.PERSON and _in_subject(self.doc[i])
            for i, e in self.mentions
        )
        return None if named else before[-1]

    def thing_antecedent(self, token: Token) -> Token | None:
        """What an attacked "it" stands for when a thing or a place was told before it: "A convoy of trucks left El
        Obeid on Monday. It was hit by artillery fire" -> the convoy.  The subjects of its sentence (before it) and
        of the sentence before are tried first, nearest first, then their objects; actors are passed over (a
        speaker, a group named in passing).  None when neither sentence has such a thing."""
        if token.lower_ != "it" or _quoted(token) or _driven_out(token):
            return None
        reading = reading_of(self.doc)
        start = reading.starts[max(0, reading.number(token) - 1)]
        window = [t for t in self.doc[start : token.i] if t.pos_ in ("NOUN", "PROPN")]
        for deps in (("nsubj", "nsubjpass"), ("dobj",)):
            for cand in reversed([t for t in window if t.dep_ in deps and not _clause_mate(t, token)]):
                if cand.lemma_.lower() in lexicon.FACILITY_NOUNS | lexicon.OBJECT_NOUNS and not cand.ent_type_:
                    return cand
                # a place as the subject of a verb that is no copula speaks for its people ("Moscow believes")
                talks = cand.dep_ == "nsubj" and cand.head.lemma_.lower() != "be"
                if cand.ent_type_ in ("GPE", "LOC", "FAC") and not (cand.ent_id_ or talks or is_dateline(cand.sent)):
                    return cand
        return None

    def antecedent(self, token: Token, entity: Entity) -> Span | None:
        """The name a pronoun resolved to ``entity`` points back to: the nearest earlier named mention of that
        entity ("JNIM has expanded ... In 2022 it attacked": JNIM) when that mention is the subject of its clause,
        the reading a pronoun most often takes; None otherwise (the pronoun then stands as written)."""
        speaker = quote_speaker(token) or self._speaker(token)
        if speaker is not None and speaker.pos_ == "PRON":
            return self.antecedent(speaker, entity)  # '"We struck the base," he said', of the man "he" stands for
        if speaker is not None:
            # "Al-Qaida's affiliate in the Sahel, known as JNIM, said it had carried out the attack": the speaker.
            said = self._actors.mention(speaker)
            return self._actors.named_phrase(speaker) if said is not None and said.entity.key == entity.key else None
        for i, named in reversed(self.mentions):
            if i < token.i and named.key == entity.key:
                name = self._names[i]
                if _subject_like(name.root):
                    return name
                break
        # "The brigade was formed in 2012. In 2014 it joined the Islamic Front": the phrase, not "it"
        cand = self.nominal_antecedent(token) if token.lower_ == "it" else None
        if cand is None or not _subject_like(cand):
            return None
        said = self._actors.mention(cand)
        return self._actors.named_phrase(cand) if said is not None and said.entity.key == entity.key else None

    def owner_named(self, token: Token, entity: Entity) -> Span | None:
        """The name an owning "its"/"their" of a deed stands for, wherever the name stood: "Kaykal had joined the RSF
        and was credited with its capture of Wad Madani" -> "the RSF" (the doer's role is written as the pronoun
        otherwise, which says nothing); None for any other word, or when ``entity`` was not named before it."""
        if not _owner_alone(token):
            return None
        for i, named in reversed(self.mentions):
            if i < token.i and named.key == entity.key:
                return self._names[i]
        return None

    def _governing_subject(self, token: Token, *, plural: bool = False) -> Entity | None:
        """For a possessive "its", the named group, organisation or state that is the subject of a clause holding
        it, the nearest clause first: "Ukraine has said that hundreds of soldiers surrendered since its incursion
        began" -> Ukraine (not the group the sentence named last); None when no clause above it has one.  For a
        ``plural`` "their", a subject in the plural ("government forces killed 900 fighters in their offensive")."""
        named = dict(self.mentions)
        for verb in token.ancestors:
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if subject is None or (subject.tag_ not in ("NNS", "NNPS") if plural else subject.i not in named):
                continue  # a plural subject may be a common noun ("rebel forces"), which names no antecedent
            # the subject's whole phrase, as its role reads it ("The Islamic State's Central Africa Province")
            mention = self._actors.mention(subject)
            entity = mention.entity if mention is not None else named.get(subject.i)
            if entity is None:
                continue
            if entity.kind in (*_GROUP_KINDS, EntityKind.STATE) or (plural and entity.kind is EntityKind.COLLECTIVE):
                return entity
        return None

    def _reporter(self, token: Token) -> Entity | None:
        """For the subject pronoun of a reported clause, the reporter: "The Iraqi army said it had
        recaptured Ramadi" -> the Iraqi army (a speaker reporting its own deed); so is the owner of the reported
        clause's subject ("The army said its aircraft had struck a base")."""
        speaker = self._speaker(token)
        mention = self._actors.mention(speaker) if speaker is not None else None
        return mention.entity if mention is not None else None

    def _speaker(self, token: Token) -> Token | None:
        """The head of the reporter :meth:`_reporter` reads a pronoun as, or None."""
        if _quoted(token):
            return None  # in direct speech a speaker says "we": '"They surrounded the village," a survivor said'
        pronoun = token.lower_
        owned = token.dep_ == "poss" and token.lower_ in ("its", "their", "his", "her") and token.head.dep_ == "nsubj"
        if owned:
            token = token.head
        elif token.dep_ != "nsubj" or token.lower_ not in ("it", "they", "he", "she"):
            return None
        verb = token.head
        said = verb.head
        if (
            verb.dep_ == "acl"
            and said.lemma_.lower() in UTTERANCES
            and said.dep_ == "pobj"
            and said.head.dep_ == "prep"
        ):
            said = said.head.head  # "X said in a statement that it had ...", parsed as a clause on "statement"
        elif verb.dep_ != "ccomp":
            return None
        if said.lemma_.lower() not in _REPORTING:
            return None
        speaker = subject_of(said)
        if speaker is not None and speaker.lower_ == "it" and pronoun == "it" and speaker.i < token.i:
            return self._speaker(speaker)  # "The command said it had struck ... and claimed it killed ...": one "it"
        if speaker is None or speaker.pos_ == "PRON":
            return None
        if speaker.i > token.i and speaker.lemma_.lower() in _WITNESSES:
            return None  # "They later surrendered to al-Shabaab, residents said": who saw it, not who did it
        if pronoun in ("he", "she", "his", "her") and speaker.ent_type_ != "PERSON":
            return None  # "His defection is the most senior ..., analysts said": a man, not the analysts
        if pronoun in ("they", "their") and _one_person(speaker):
            return None  # "They had come over to the government side, the information minister said"
        return speaker

    def _nominal_antecedent(self, token: Token) -> Entity | None:
        """For "it"/"they" with no named antecedent: the actor of :meth:`nominal_antecedent`."""
        cand = self.nominal_antecedent(token)
        mention = self._actors.mention(cand) if cand is not None else None
        return mention.entity if mention is not None else None

    def nominal_antecedent(self, token: Token) -> Token | None:
        """The nearest earlier definite body noun within two sentences that "it"/"they" at ``token`` stands for ("the
        group no longer had a presence, as most of its members defected", "The brigade was formed in 2012. In 2014 it
        joined the Islamic Front"): "it" takes a singular one."""
        sents = list(self.doc.sents)
        here = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
        start = sents[max(0, here - 1)].start
        singular = token.lower_ == "it"
        for i in range(token.i - 1, start - 1, -1):
            cand = self.doc[i]
            if cand.pos_ != "NOUN" or not any(c.lower_ == "the" for c in cand.children):
                continue
            lemma = cand.lemma_.lower()
            if lemma in lexicon.GROUP_NOUNS or (singular and lemma in _BODY_NOUNS and cand.tag_ == "NN"):
                return cand
        return shared_subject(token) if singular else None  # "X was part of AQIM, and it took part in attacks"


# Bodies that act as one, for which "it" stands ("The brigade was formed in 2012. In 2014 it joined ...").
_BODY_NOUNS = frozenset({
    "brigade", "battalion", "regiment", "division", "corps", "front", "army", "council", "tribe", "clan", "cell",
    "unit", "gang", "cartel", "coalition", "alliance", "wing", "company", "squadron", "force", "militia", "group",
})  # fmt: skip


def _modifier_name(token: Token) -> bool:
    """True when a name the NER took for a person's only modifies a common noun: "a Tuareg from the Ménaka region",
    "a Malian former army officer and Tuareg militia leader", "the Ménaka-Tidermène corridor" (a place or a people,
    never who "he" is)."""
    head = token
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head is not token and head.pos_ == "NOUN"


# Singular speakers who are one person, whom "they" cannot stand for.
_SPEAKING_PEOPLE = lexicon.OFFICE_HOLDERS | frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "governor", "analyst", "officer"}
)


def _one_person(speaker: Token) -> bool:
    """True when a speaker is one person: a person's name or a singular noun of office ("the information minister",
    "a spokesman"); "the army", "officials" may still be the "they" of what they report."""
    return speaker.ent_type_ == "PERSON" or speaker.tag_ == "NN" and speaker.lemma_.lower() in _SPEAKING_PEOPLE


# Reporters after the clause they report who are no party to it: "They surrendered, residents said".
_WITNESSES = frozenset({
    "resident", "witness", "eyewitness", "villager", "local", "source", "activist", "survivor", "relative",
    "doctor", "medic", "journalist", "observer", "monitor", "neighbour", "neighbor", "elder",
})  # fmt: skip


def doer_position(token: Token) -> bool:
    """True when a name is the doer of its clause: its subject ("Al Shabaab stormed"), a name inside the
    subject's words ("Islamic State militants attacked"), or the group whose members the subject names
    ("Fighters of Katiba Macina raided", "Gunmen from the Haqqani network stormed"); not a name in an
    apposition or a relative clause beside the subject ("a group allied to al Qaeda")."""
    modifier = False  # reached the subject through a word that modifies it ("Boko Haram's", "Islamic State-allied")
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            if modifier and _named_apposition(token):
                return False  # "Boko Haram's Islamic State-allied offshoot, ISWAP, carried out": ISWAP did it
            # a speaker is no doer: "The SDF said the jihadists had attacked"
            return token.dep_ == "nsubj" and token.head.lemma_.lower() not in _SPEAKING
        if token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass") and token.ent_type_:
            token = token.head  # the subject's own name, given in apposition
            continue
        modifier = token.dep_ in ("compound", "amod", "poss", "nmod")
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "from") and _members(token.head.head):
            token = token.head.head
            continue
        if token.dep_ not in ("compound", "amod", "poss", "nmod") or token.head is token:
            return False
        token = token.head
    return False


def _named_apposition(subject: Token) -> bool:
    """True when a subject noun is named by its apposition ("Boko Haram's offshoot, ISWAP"): the names that modify
    it (an owner, an ally) are not who acted."""
    return subject.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ for c in subject.children)


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _owner_alone(token: Token) -> bool:
    """True for "its" or "their" owning a noun ("its capture of X", "their efforts to retake Y"), which says nothing of
    whom it stands for; "his" and "her" are kept as written (a person's own word)."""
    return token.dep_ == "poss" and token.lower_ in ("its", "their")


def _deed_owner(token: Token) -> bool:
    """True for an owning "its"/"their" of a deed noun ("its incursion", "their attacks"), not of a member or a thing
    ("its founder", "its positions"), which other readings take up."""
    return _owner_alone(token) and token.head.lemma_.lower() in _DEEDS


# Deed nouns an owning "its" is the doer of: "its attacks", "its capture of X", "its incursion into Y".
_DEEDS = DEED_HEADS | frozenset({
    "capture", "seizure", "takeover", "incursion", "invasion", "campaign", "operation", "advance", "siege", "killing",
    "crackdown", "occupation", "retaking", "recapture", "liberation", "storming", "shooting", "massacre", "rampage",
    "onslaught", "bombardment", "counteroffensive", "counter-offensive", "raid",
})  # fmt: skip


def _quoted(token: Token) -> bool:
    """True when ``token`` is inside a direct quotation of its sentence (an odd number of quotation marks
    before it)."""
    sent = reading_of(token.doc).sentence(token)
    return sum(t.text in _QUOTES for t in token.doc[sent.start : token.i]) % 2 == 1


# Verbs that drive a side out of a place (kg.extract.rules.violence.outcomes): what they drive out is a side, never a
# thing or a place told before ("The militia took the valley. Troops pushed it out of the district's towns").
_DRIVING_OUT = frozenset({"drive", "push", "force", "chase", "flush", "kick", "expel", "oust", "evict", "dislodge"})


def _driven_out(pronoun: Token) -> bool:
    """True for an "it" driven out of a place: "pushed it out of the towns", "until it was driven out of Mogadishu"."""
    verb = pronoun.head
    if pronoun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _DRIVING_OUT:
        return False
    return any(c.lower_ in ("out", "from", "away", "back") for c in verb.children)


def _clause_mate(candidate: Token, pronoun: Token) -> bool:
    """True when ``candidate`` is the subject of the very verb ``pronoun`` is the object of: "when the coalition jets
    hit it twice" -- an "it" never stands for its own verb's doer (the jets), so the thing told before is read."""
    return candidate.dep_ == "nsubj" and pronoun.dep_ in ("dobj", "pobj") and candidate.head == _verb_of(pronoun)


def _in_own_subject(word: Token, pronoun: Token) -> bool:
    """True when ``word`` is inside the subject of the verb ``pronoun`` is the (non-reflexive) object of: "Army" of
    "Army units pushed it out of the towns"."""
    if pronoun.dep_ not in ("dobj", "pobj") or pronoun.lower_.endswith(("self", "selves")):
        return False
    while word.dep_ in ("compound", "amod", "poss", "nmod", "det") and word.head is not word:
        word = word.head
    return _clause_mate(word, pronoun)


def _verb_of(token: Token) -> Token:
    """The verb an object hangs on, through a preposition ("fired on it": fired)."""
    return token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head


def _members(token: Token) -> bool:
    words = {token.lemma_.lower(), token.lower_}
    return bool((words | {w[:-1] for w in words if w.endswith("s")}) & MEMBERS)


def _subject_like(root: Token) -> bool:
    """True when a name is what its clause is about: a subject, or the owner of a subject ("Niger's army")."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")


# Prepositions and place nouns a name after which is a place the model mistagged: "the western city of Herat"
# (tagged ORG), "fighting in Kautikari" (PERSON); a place is no antecedent for "the bomber" or "they".
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "around", "between"})
# Sites a name is the name of ("the Kasuwar-Shanu cattle market"); not "office" or "ministry", which act.
_SITES = lexicon.PLACE_NOUNS | frozenset({
    "market", "camp", "mosque", "church", "synagogue", "school", "hospital", "gate", "checkpoint", "bridge", "port",
})  # fmt: skip


def _place_named(ent: Span) -> bool:
    """True for a name that stands where only a place stands, whatever the model tagged it: after a preposition of
    place ("in Kautikari", "on the road between Las Juntas and Tlapehuala" and its conjuncts), after "of" on a place
    noun ("the countryside of Idleb"), as the name of a place noun ("in Adamawa state", "the Rueso district") or the
    owner of such a name ("the village of Kaura Namoda's Gidan Buhari").  Names the actor gazetteer knows (states,
    groups) are kept; a place is no antecedent for "the attackers" or "they"."""
    if ent.ent_id_ or ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return False
    if _names_a_site(ent.root):
        return True  # "Adamawa state", "in Zanfara state" (tagged NORP), "the Tanko-Dare cattle market"
    return ent.label_ != "NORP" and _place_slot(ent.root, inside=range(ent.start, ent.end))


def _names_a_site(root: Token) -> bool:
    """True for a name on a place noun: "Adamawa state", "the Rueso district", "the Kasuwar-Shanu cattle market"."""
    if root.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = root.head
    for _ in range(3):
        if head.dep_ != "compound" or head.head is head:
            break
        head = head.head  # "Tanko-Dare cattle market": through the name's other words to its noun
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.ADMIN_AREAS | _SITES


def _place_slot(root: Token, *, inside: range, depth: int = 0) -> bool:
    head = root.head
    if depth > 2 or head is root or head.i in inside:
        return False
    if _names_a_site(root):
        return True
    if root.dep_ == "conj" or root.dep_ == "poss" and head.pos_ == "PROPN":
        return _place_slot(head, inside=range(head.i, head.i + 1), depth=depth + 1)  # "between X and Y", "X's Y"
    if root.dep_ != "pobj":
        return False
    if head.lower_ in _PLACE_PREPOSITIONS:
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS


def _source(token: Token, armed: bool) -> bool:
    """True for a name that tells of the incident rather than takes part in it: "according to X", the body a statement
    or an office is of ("Statement of the Ministry of Justice"), and, unless ``armed`` (an armed group's word is most
    often of its own deed), the subject of a speaking verb ("The Interior Ministry said ..."); such a body is no group
    that "the attackers" stand for."""
    name, titled = token, False
    for _ in range(4):
        if token.dep_ not in ("compound", "amod", "poss", "nmod", "flat") or token.head is token:
            break
        token = token.head
        titled = titled or token.lemma_.lower() in _SPEAKING_PEOPLE  # "Former MNLA spokesman X said"
    head = token.head
    if token.dep_ == "nsubj":
        # the body speaks ("The Interior Ministry said", "the UN mission said"), not a person of it ("MNLA spokesman X
        # said", "a police spokesman said": the group's own word)
        person = titled or token.lemma_.lower() in _SPEAKING_PEOPLE
        person = person or token.ent_type_ == "PERSON" and not _same_name(name, token)
        return not armed and not person and head.lemma_.lower() in _SPEAKING
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in UTTERANCES | _ISSUERS


# Nouns a report's heading names its issuer by: "Office of the High Commissioner", "Press release of the Ministry"
# ("the spokesman of X" is X's own word, often of its own deed).
_ISSUERS = frozenset({"office", "release", "bulletin", "report"})


def _same_name(a: Token, b: Token) -> bool:
    """True when two tokens lie in one named entity."""
    ents = [e for e in a.doc.ents if e.start <= a.i < e.end]
    return bool(ents) and ents[0].start <= b.i < ents[0].end


def _in_subject(token: Token) -> bool:
    """True when ``token`` is in the subject phrase of its clause ("The Allied Democratic Forces (ADF) is ...")."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("compound", "amod", "poss", "appos", "det", "nmod", "punct") or token.head is token:
            return False
        token = token.head
    return False


def _restated(ent: Span) -> bool:
    """True for a name restated in parentheses or apposition right after the name before it ("(AQIM)")."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text in ("(", ",") and not doc[ent.start - 2].is_punct
