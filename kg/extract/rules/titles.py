"""The side a defector's title names, for the DEFECTION rule (kg.extract.rules.defection).

Real reports rarely say "left X": they give the side left as the title the defector held, "Former Congress MLA
Ramesh Verma joined the BJP", "Senator Godswill Akpabio, a former PDP governor of Akwa Ibom, defected to the APC",
"an ex-FARC commander surrendered to the army", or as what a copula said of the defector a sentence before
("Mohammed Abu Bakr was for years a commander of Jaish al-Islam. On Monday he surrendered ...").  A politician whose
title says which party he was in and who joins another party is a party switch, a DEFECTION from the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import roles, toponyms
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import is_member
from kg.extract.rules.described import described_side
from kg.models import EntityKind

# Words that make a title one held before: "former", "ex-", "erstwhile".
_FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})
# Titles of a party's people, beyond kg.extract.rules.defectors' politicians: what Indian, Nigerian and Kenyan
# papers call them ("Congress corporator", "PDP chieftain", "BJP stalwart").
POLITICAL_TITLES = frozenset({
    "senator", "mp", "mla", "mlc", "mna", "mpa", "lawmaker", "politician", "governor", "mayor", "legislator", "deputy",
    "congressman", "congresswoman", "minister", "councillor", "councilor", "corporator", "representative", "leader",
    "president", "chairman", "chieftain", "stalwart", "heavyweight", "strongman", "candidate", "spokesman",
    "secretary", "treasurer", "worker", "loyalist", "assemblyman", "parliamentarian",
})  # fmt: skip


def is_former(token: Token) -> bool:
    return token.lower_ in _FORMER or token.lower_.startswith("ex-")


def former_side(defector: Token, titles: frozenset[str], *, former: bool = True) -> Token | None:
    """The side a "former" title before or beside ``defector`` names: "Former Congress MLA Ramesh Verma" ->
    Congress, "Ex-Congress leader Jyotiraditya Scindia" -> Congress, "X, a former PDP governor of Akwa Ibom" -> PDP,
    "an ex-FARC commander" -> FARC, "the AIADMK's former district secretary" -> AIADMK; ``titles`` are the words
    that may follow the side. The side is a name (a proper noun or a named entity), never a common noun ("a former
    army officer") nor a town or region governed ("Former Kano governor"). Without ``former``, any title: "X, a PDP
    chieftain" -> PDP."""
    nouns = [defector, *(c for c in defector.children if c.dep_ == "appos")]
    if defector.dep_ == "appos":
        nouns.append(defector.head)
    for noun in nouns:
        words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if not t.is_punct or t.text == "-"]
        marks = [n for n, t in enumerate(words) if is_former(t)] if former else [-1]
        if not marks:
            continue
        between: list[Token] = []
        for t in words[marks[0] + 1 :]:
            if t.lemma_.lower() in titles or t.lower_ in titles:
                side = [w for w in between if w.text != "-" and w.dep_ != "det"]
                while side and side[-1].lower_ in _TITLE_PARTS:
                    side.pop()  # "Former Syrian Prime Minister": the side is before the title's own words
                if side and _named(side[-1]):
                    return side[-1]
                owner = roles.first(c for c in t.children if c.dep_ == "poss" and _named(c))
                if owner is not None and marks[0] >= 0 and words[marks[0]].head == t:
                    return owner  # "the AIADMK's former district secretary"
                break
            between.append(t)
    return None


# Words of a title itself, not of the side before it: "Prime Minister", "Deputy Governor", "Chief Minister".
_TITLE_PARTS = frozenset({
    "prime", "vice", "deputy", "chief", "senior", "assistant", "acting", "junior", "state", "national", "foreign",
    "defence", "defense", "interior", "finance", "information", "top",
})  # fmt: skip


def _named(token: Token) -> bool:
    """A name that can be a side: not a town or region without a state's name ("Former Kano governor")."""
    if token.ent_type_ in ("GPE", "LOC", "FAC") and not token.ent_id_:
        return False
    if not token.ent_type_ and token.pos_ == "PROPN" and toponyms.known_area(token.text):
        return False  # an untagged state or province governed, as GeoNames knows it
    return token.pos_ == "PROPN" or bool(token.ent_id_) or token.ent_type_ in ("ORG", "NORP")


def told_before(defector: Token) -> Token | None:
    """The title a copula gave a named defector: "Mohammed Abu Bakr was for years a commander of Jaish al-Islam" ->
    commander (read for the side it names), for the "he" who surrenders in the next sentence."""
    if defector.ent_type_ != "PERSON" or defector.dep_ != "nsubj" or defector.head.lemma_ != "be":
        return None
    return roles.first(roles.children(defector.head, "attr"))


def members_before(pronoun: Token, actors: Actors) -> Token | None:
    """The members a "they" that defected stands for, when no armed group is what it resolves to: the subject of the
    sentence before that counts members of a force ("Dozens of Somali soldiers left their bases in Lower Shabelle. They
    later surrendered to al-Shabaab" -> Dozens of Somali soldiers)."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    resolved = actors.salience.resolve_pronoun(pronoun)
    if resolved is not None and resolved.kind is EntityKind.ARMED_GROUP:
        return None
    start = roles.sentence(pronoun).start
    before = [s for s in pronoun.doc.sents if s.end <= start][-1:]
    subjects = [t for s in before for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    return roles.first(t for t in subjects if t.tag_ == "NNS" and is_member(t))


def switched_party(trigger: Token, actors: Actors) -> Iterator[Draft]:
    """A party switch told as a joining, the party left given by the joiner's title: "Former Congress MLA Ramesh
    Verma joined the BJP" (or "was inducted into the BJP"), "Former PDP senator Dino Melaye was welcomed into the APC by
    the party's chairman", "X, a
    PDP chieftain, joined the NNPP". Only a party's title and a party joined: "former FARC guerrillas joined the
    ELN" and "former army commanders joined the Resistance Front" say they had left before, not that this text
    tells the leaving. A title held now ("a PDP chieftain") needs both names to be a party's by their form."""
    if trigger.lemma_.lower() == "join" and not roles.is_passive(trigger):
        agent, joined = roles.subject(trigger), roles.first(roles.children(trigger, "dobj"))
    elif trigger.lemma_.lower() in ("welcome", "induct") and roles.is_passive(trigger):
        agent = roles.first(roles.children(trigger, "nsubjpass"))
        joined = roles.first(roles.pobjs(trigger, "into", "to"))
    else:
        return
    if agent is None or joined is None or not _party(joined):
        return
    left = former_side(agent, POLITICAL_TITLES)
    if left is None or not _party(left, title=True):
        left = former_side(agent, POLITICAL_TITLES, former=False)
        if left is None or not (party_by_name(left) and party_by_name(joined)):
            left = _party_of_member(agent)  # "Two lawmakers of the Democratic Alliance joined the ruling party"
            described = [t for t in described_side(agent, _party) if party_by_name(t) and party_by_name(joined)]
            left = left or (described[0] if described else None)  # "X, elected on the UDPS list, joined Y"
            if left is None:
                return
    if _party_key(left, actors) == _party_key(joined, actors):
        return
    places = [p for p in roles.locations(trigger) if p != joined]
    yield Draft.defection(trigger, [agent], "syntax", left=[left], to=[joined], places=places, strength=0.55)


def _party_of_member(agent: Token) -> Token | None:
    """The party a politician's own phrase names: "Two lawmakers of the Democratic Alliance", "three MPs from the
    Kono People's Party"; only a party's people (lawmakers, MPs, senators, councillors, members) and a party."""
    if agent.lemma_.lower() not in POLITICAL_TITLES | {"member", "mp"}:
        return None
    side = roles.first(roles.pobjs(agent, "of", "from"))
    if side is not None and side.lemma_.lower() in ("parliament", "assembly", "senate", "house"):
        side = roles.first(roles.pobjs(agent, "from"))
    return side if side is not None and _party(side) and not side.ent_type_ == "PERSON" else None


def _party(token: Token, *, title: bool = False) -> bool:
    """A party one joins: a name kg's gazetteer does not know (it lists states and armed groups, no parties), "the
    BJP", "the APC", or a party noun; in a ``title`` ("Former Jubilee MP"), also a name the NER took for a person's."""
    if token.lemma_.lower() == "party":
        return True
    if token.ent_type_ == "GPE" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ for c in token.children
    ):
        return True  # "joined Reform UK": a name before the state's makes the phrase an organisation's
    if token.ent_id_ or not (token.pos_ == "PROPN" or token.ent_type_ == "ORG"):
        return False
    return token.ent_type_ not in _NO_PARTY or title and token.ent_type_ == "PERSON"


# What the NER calls a name that is no party ("Citizens Coalition for Change" may come out as a LAW).
_NO_PARTY = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"})


def party_by_name(token: Token) -> bool:
    """A party by its form: an acronym ("PDP", "NNPP", "AIADMK") or a name with "Party" in it."""
    if token.ent_id_:
        return False
    bare = token.text.replace("-", "")
    acronym = bare.isupper() and bare.isalpha() and len(bare) >= 2  # "PDP", "PML-N"
    return acronym or any(w.lower_ in _PARTY_WORDS for w in token.subtree)


# Words a party's name is made of: "the Awami League", "the Indian National Congress", "the United Democratic
# Alliance", "the National Resistance Movement".
_PARTY_WORDS = frozenset({"party", "league", "congress", "alliance", "movement", "front"})


def _party_key(token: Token, actors: Actors) -> str:
    mention = actors.mention(token)
    return mention.entity.key if mention is not None else token.lower_
