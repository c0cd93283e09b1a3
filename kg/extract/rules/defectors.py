"""Who defects and between which sides, for the DEFECTION rule (kg.extract.rules.defection): members of a
force or group, groups and sides one can leave, a defector's own side read off the defector's phrase
("a colonel from North Korea's spy agency"), and where the defector went ("... and joined the FSA",
"crossed into Colombia").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import leadingdoer, lexicon, roles
from kg.extract.actors import Actors
from kg.extract.rules.foughtfor import commanded_side
from kg.extract.rules.surrenders import is_place_named
from kg.models import EntityKind

_LEGAL_SIDE = {
    "police",
    "authority",
    "court",
    "justice",
    "prosecutor",
    "judge",
    "fbi",
    "sheriff",
    "policeman",
    "officer",
    "investigator",
    "law",
    "custody",
    "station",
}
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def is_legal(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in _LEGAL_SIDE


def is_group(token: Token, actors: Actors) -> bool:
    """True when ``token`` heads a phrase naming an armed group, army or side one can defect from."""
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind is not EntityKind.STATE
    if token.ent_type_ == "ORG":
        return True
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and armed_name(token):
        return True  # "split from Ansar al-Sharia", the name tagged as a person's
    lemma = token.lemma_.lower()
    if lemma in ("leadership", "command", "council", "shura") and any(
        c.dep_ in ("compound", "poss", "amod") and is_group(c, actors) for c in token.children
    ):
        return True  # "broke with the Taliban leadership", "al-Qaeda's central command"
    return lemma in lexicon.GROUP_NOUNS | {
        "army",
        "force",
        "military",
        "regime",
        "side",
        "rank",
        "navy",
        "guard",
        "unit",
        "emirate",
        "camp",
        *_FORMATIONS,
    }


def armed_name(token: Token) -> bool:
    """True for a name whose words say it is an armed group's ("Ansar al-Sharia", "Jamaat Nusrat al-Islam")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and any(t.lower_ in lexicon.ARMED_NAME_WORDS for t in ent)


# Nouns of a member's office, never a side: "commander in charge of X", "officer in command of".
_OFFICE_WORDS = frozenset({"charge", "command", "control", "office", "power", "service", "exile", "custody"})


def affiliation(defector: Token) -> list[Token]:
    """The side a defector belonged to, read off the defector's own phrase: "a colonel from North
    Korea's spy agency", "members of ABM", "its members", "Ukraine's Navy commander", "a North Korean
    soldier", "a Korean People's Army soldier"."""
    head = defector
    titled = [c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in _MEMBERS | RANKS | _TITLES | PARTS]
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and titled:
        head = titled[0]  # "Abu Yahya al-Iraqi, its top official in Raqqa": a name the gazetteer read as a state's
    if commanded := commanded_side(head):
        return commanded  # "Keikal, who commanded RSF forces in El Gezira, ... switched sides": the RSF
    if head.ent_type_ == "PERSON":
        appos = [c for c in head.children if c.dep_ == "appos"]
        if not appos and head.dep_ == "appos" and not leadingdoer.fronted_appos(head):
            appos = [head.head]
        if appos:
            head = appos[0]
    # "a colonel in the Syrian army", "a politician in North Korea" name their side; "Taliban commanders in
    # Nangarhar" only where they are (a place that is no gazetteer state or group).
    # "Several PPP leaders from Larkana": a town they come from is no side (a state is: "soldiers from Chad")
    # "al-Shabaab fighters in Adan Yabaal", "fighters from the area": where they stand (rules/surrenders.py)
    frm = [
        t
        for t in roles.pobjs(head, "from")
        if (t.ent_type_ not in _PLACES or t.ent_id_) and not is_place_named(t) and t.lower_ not in lexicon.WORLD_REGIONS
    ]  # "militants from the Caucasus": where they come from
    # "CODECO fighters of the Lesse camp", "the militia's commander in the Um Ruwaba sector": a place common noun
    # names where they stand, never a side (the name or the possessor on the member does); "police officers from the
    # X station" keep the post they came from, which a writer gives as the side left
    # "members of parliament of the X Party": the side is on the body the title is of
    of = [s for t in roles.pobjs(head, "of") for s in (roles.pobjs(t, "of") if _title_object(t) else [t])]
    frm += [t for t in of if not _where(t)]
    frm += [
        t
        for t in roles.pobjs(head, "in")
        if (t.ent_type_ not in _PLACES or t.ent_id_)
        and not (t.lemma_.lower() in lexicon.ADMIN_AREAS and t.pos_ == "NOUN")
        and not is_place_named(t)
        and not _where(t)
        and not (t.ent_type_ in _PLACES and _group_on(head))
        and t.lemma_.lower() not in _OFFICE_WORDS
    ]  # "an RSF commander in Gezira state" is where he commands; "Boko Haram fighters in Cameroon" are where they are
    # "members of parliament from the Umoja party", "deputy chief of staff": where a member sits or what his title
    # is of names no side; the next phrase or the possessor may
    frm = [t for t in frm if not _title_object(t)]
    if head.lemma_.lower() in _MEMBERS | RANKS | _TITLES:
        # "a senior commander with the rebel group Lord's Resistance Army": the group he serves with
        frm += [t for t in roles.pobjs(head, "with") if t.ent_type_ == "ORG" or t.ent_id_ or _named_group(t)]
    lemma = head.lemma_.lower()
    if frm and (head.like_num or lemma in _COUNTED_HEADS):  # "23 of the 32 New National Party councillors"
        for inner in frm:
            if inner.lemma_.lower() not in _MEMBERS:
                return [inner]
            # "most of its members", "hundreds of Ukrainian servicemen"; "dozens of soldiers" say nothing of a
            # side, but "a group of 14 soldiers from the 7th Division" does in its next phrase
            counted = head.like_num and lemma not in lexicon.QUANTITY_HEADS  # "40 of its members", not "one of its"
            if (found := affiliation(inner)) and not (counted and found[0].pos_ == "PRON"):
                return found  # "40 of its members" leaves the side "its" is read as elsewhere, not "its"
        return []
    if head.ent_type_ == "PERSON" and (unit := next((t for t in frm if _named_unit(t)), None)) is not None:
        return [unit]  # "Corporal Aung Ko from Light Infantry Battalion 312 defected": the unit he came from
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "my", "our", "your"):
            return [c]
    if lemma in _MEMBERS:
        # "fighters loyal to the Islamic State", "militants belonging to Jaish-e-Mohammed"
        for c in head.children:
            if c.dep_ in ("amod", "acl") and c.lemma_.lower() in {"loyal", *lexicon.BELONGING_VERBS}:
                sides = roles.pobjs(c, "to", "with")
                if sides:
                    return sides[:1]
    named = [
        c
        for c in head.children
        if c.dep_ in ("compound", "amod", "nmod")
        and (c.ent_type_ in ("NORP", "ORG") or c.ent_id_ or c.ent_type_ == "GPE" and not _sub_national(c, head))
        and c.lower_ not in ("former", "mna", "mpa", "mla", "mlc", "mp")
    ]
    if named:  # "Congolese M23 rebels": the group's name before the people's or the state's
        return [min(named, key=lambda c: c.ent_type_ in ("NORP", "GPE"))]
    for c in head.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lemma_.lower() in _NAME_HEADS and lemma in _MEMBERS:
            return [c]  # "308 Moro Islamic Liberation Front rebels", untagged: a group's name on its members
    if lemma in _POLITICIANS:  # "a California Democratic state lawmaker": the party word on the office before him
        party = [
            t
            for t in head.doc[head.left_edge.i : head.i]
            if t.ent_type_ in ("NORP", "ORG") and not t.ent_id_ or t.lower_ in PARTY_WORDS
        ]
        if party:
            return party[:1]
    for c in head.children:
        ruled = c.dep_ == "amod" and c.lower_ in _RULERS  # "junta" tagged an adjective
        ruled = ruled or c.dep_ == "compound" and c.lemma_.lower() in _RULERS
        if (c.dep_ == "compound" and c.lemma_.lower() in _FORCES or ruled) and lemma in _SERVICE_MEMBERS | {"force"}:
            return [c]  # "several army conscripts", "three junta soldiers": the army, when no people or state names it
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_upper and len(c) > 1 and lemma in _MEMBERS:
            if c.lower_ in _POLITICIANS | {"mna", "mpa", "mla", "mlc"}:
                continue  # "MNA Shaukat Mehr": a title's acronym, no group
            return [c]  # "the NPA rebel": an acronym the model did not tag names the group
    for c in head.children:
        if c.dep_ == "compound" and c.lemma_.lower() in _FORCES | {"force", "guard"}:
            # "a Venezuelan air force lieutenant": the people or state is on the force the rank is of
            for m in c.subtree:
                if m.dep_ in ("amod", "compound") and (m.ent_type_ in ("NORP", "GPE") or m.ent_id_) and m.i < c.i:
                    return [m]
    if head.ent_type_ == "PERSON" and head.left_edge.i >= 2 and head.doc[head.left_edge.i - 1].text == ",":
        # "a senior officer of the Congolese army, Colonel Eric Nsengiyumva, went over to": an apposition the
        # parser broke (it hung "officer" on "On Thursday"), read from the words before the comma.
        before = head.doc[head.left_edge.i - 2]
        while before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.lower_ in ("of", "from", "in"):
            before = before.head.head
        if before.lemma_.lower() in _MEMBERS | RANKS and before.ent_type_ != "PERSON":
            if found := affiliation(before):
                return found
    if head.pos_ == "NOUN" and head.lemma_.lower() not in _MEMBERS | RANKS | lexicon.QUANTITY_HEADS | PARTS:
        # "the defendant, a former member of the special police detachment": a person's title says the side, when
        # the noun itself says none (not a unit's or a count's apposition: "a battalion of X, about 130 soldiers")
        title = next((t for t in titled if t.lemma_.lower() in _MEMBERS | RANKS | _TITLES and _one_titled(t)), None)
        if title is not None and head.tag_ == "NN":
            return affiliation(title)
    if head.ent_type_ == "PERSON":
        # "Former Syrian Prime Minister Riyad Hijab": the side is on the title before the name.
        for title in (c for c in head.lefts if c.dep_ == "compound" and c.ent_type_ != "PERSON"):
            for c in title.lefts:
                if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.ent_id_):
                    return [c]
                if c.lower_ in PARTY_WORDS and title.lemma_.lower() in _POLITICIANS:
                    return [c]  # "Conservative MP Christian Wakeford", untagged: the party on his office
    return []


def _named_unit(noun: Token) -> bool:
    """True for the name of a group or a unit of a force ("Light Infantry Battalion 312", "the Free Syrian Army"), not a
    place or a person's name."""
    return noun.ent_type_ == "ORG" or bool(noun.ent_id_) or _named_group(noun)


def _named_group(noun: Token) -> bool:
    """True for a group noun with its name beside it: "the rebel group Lord's Resistance Army"."""
    return noun.lemma_.lower() in lexicon.ARMED_NAME_WORDS and any(
        c.dep_ == "appos" and (c.ent_type_ == "ORG" or c.ent_id_) for c in noun.children
    )


def _group_on(member: Token) -> bool:
    """True when a member's own words name an organisation: "Boko Haram fighters", "al-Shabaab militants" (whose "in"
    phrase then names where they are, a state or not, never the side they belong to)."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG" for c in member.children)


# Common nouns of places a member's "of"/"in"/"from" phrase may name, which are no side: "fighters of the Lesse camp".
_WHERE = (lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | {"sector", "plain", "axis"}) - {"state", "division", "garrison"}


def _title_object(token: Token) -> bool:
    """ "parliament", "staff": what a member's title is of, no side; a house sat in by name too ("three members of the
    state House of Assembly"), not a named operation ("troops of Operation Hadin Kai")."""
    lemma = token.lemma_.lower()
    return lemma in TITLE_OBJECTS and (token.pos_ == "NOUN" or token.pos_ == "PROPN" and lemma in _HOUSES)


_HOUSES = frozenset({"parliament", "assembly", "senate", "legislature", "house", "chamber"})


def _one_titled(title: Token) -> bool:
    """True for one person's title set off by a comma: ", a former member of X" (not a heading's "...: Iraq's
    fighters")."""
    start = title.left_edge.i
    return title.tag_ == "NN" and start > 0 and title.doc[start - 1].text == ","


def _where(token: Token) -> bool:
    """True for a place told by a common noun: "the Lesse camp", "the Um Ruwaba sector"."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _WHERE


# What a title is "of" that is no side: "member of parliament", "chief of staff", "head of operations".
TITLE_OBJECTS = frozenset({
    "parliament", "assembly", "senate", "legislature", "house", "chamber", "staff", "operation", "intelligence",
})  # fmt: skip


# Units of a force, named as part of it: "two brigades of the Free Syrian Army".
_FORMATIONS = frozenset({"brigade", "battalion", "regiment", "division", "squad", "platoon", "company", "cell"})
_FORCES = frozenset({"army", "navy", "military", "police", "militia"})
# Nouns for those who rule, on the soldiers who serve them: "junta soldiers", "regime troops" left the junta.
_RULERS = frozenset({"junta", "regime"})
# Parts of a side, named as such in a group's apposition: "a unit of the Southern Front", "a faction of the FSA".
PARTS = _FORMATIONS | {"unit", "faction", "wing", "branch", "offshoot", "section", "detachment", "contingent"}
# Arms handed in with a surrender, which leave it a change of side: "surrendered their weapons", "handed over rifles".
HANDED_ARMS = frozenset({"weapon", "arm", "gun", "rifle", "ammunition"})
# Ranks whose "in"/"of" phrase is the force served: "a lieutenant in the Yemeni army".
RANKS = frozenset({"lieutenant", "captain", "major", "colonel", "general", "sergeant", "corporal", "brigadier"})
# Members of an armed force or group (not "a man", "supporters"): who can desert or abandon a post.
_SERVICE_MEMBERS = lexicon.MEMBER_NOUNS - {"man", "supporter", "follower", "loyalist", "diplomat", "official"} | {
    "troop",
    "soldier",
    "policeman",
    "conscript",
    "recruit",
    "militiaman",
    "sailor",
    "airman",
}


def is_rank_or_member(token: Token) -> bool:
    """True for a word naming who belongs to a side: "general", "officer", "fighters", "lawmaker"."""
    return token.lemma_.lower() in _MEMBERS | RANKS


def is_member(token: Token | None) -> bool:
    """True for soldiers, fighters, officers ... or a quantity of them ("dozens of soldiers")."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    if lemma in _SERVICE_MEMBERS:
        return True
    return lemma in lexicon.QUANTITY_HEADS and any(is_member(p) for p in roles.pobjs(token, "of"))


_POLITICIANS = frozenset({
    "senator", "mp", "lawmaker", "politician", "governor", "mayor", "legislator", "deputy", "congressman",
    "congresswoman", "minister", "councillor", "councilor", "representative", "member", "leader", "president",
    "mla", "mep", "assemblyman", "assemblywoman", "assemblymen", "councilman", "councilwoman", "alderman",
    "parliamentarian", "incumbent",
    # members named by their party: "Three Democrats switched parties", "the first Conservative to cross to Labour"
    "democrat", "democrats", "republican", "republicans", "tory", "tories", "conservative", "conservatives",
})  # fmt: skip


# Parties named by their adjective on a politician's office, which the model often leaves untagged: "Conservative MP
# Christian Wakeford", "Labour councillor Jane Doe".
PARTY_WORDS = frozenset({
    "conservative", "labour", "tory", "liberal", "republican", "democratic", "democrat", "socialist", "communist",
})  # fmt: skip


# The last words of a group's name written on its members: "Moro Islamic Liberation Front rebels", "Awami League
# members".
_NAME_HEADS = lexicon.ARMED_NAME_WORDS | {"party", "league", "congress"}


# Who belongs to a side named after them: "three lawmakers of the ruling party", "policemen from the Kandahar police".
_MEMBERS = lexicon.MEMBER_NOUNS | _SERVICE_MEMBERS | _POLITICIANS | {
    "serviceman", "servicemen", "marine", "guerrilla", "combatant", "insurgent", "jihadist",
}  # fmt: skip
# Heads whose "of" phrase names the members a side is read off: "most of its members", "an ally of the Jamiat".
_COUNTED_HEADS = _MEMBERS | RANKS | lexicon.QUANTITY_HEADS | {"ambassador", "head", "spokesman", "emir", "ally", *PARTS}


def is_politician(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or title_lemma(token) in _POLITICIANS or token.lower_ in ("he", "she")


def title_lemma(token: Token) -> str:
    """The lemma, with an acronym's plural read as the acronym ("MPs" -> "mp"; the lemmatiser keeps "mps")."""
    text = token.text
    if len(text) > 2 and text.endswith("s") and text[:-1].isupper():
        return text[:-1].lower()
    return token.lemma_.lower()


def is_side(token: Token) -> bool:
    """A side one can leave for another: a party, a leader, "the opposition", "the government camp", or a name the
    model left untagged ("after leaving Jaish al-Muhajireen wal-Ansar")."""
    return (
        is_party(token)
        or token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.is_upper
        and token.is_alpha
        and len(token) >= 2
        and not token.ent_id_  # an acronym: "the FPRC"
        or (token.pos_ == "PROPN" and not token.ent_type_)
        or token.lemma_.lower()
        in (
            "opposition",
            "government",
            "camp",
            "regime",
            "coalition",
            "side",
            "alliance",
        )
        or _independent(token)  # "left the party to become an independent"
    )


def is_party(token: Token) -> bool:
    return token.lemma_.lower() == "party" or any(w.lower_ == "party" for w in token.subtree)


def side_joined(verb: Token) -> list[Token]:
    """The side joined right after ``verb``: "left the Labour Party to join the Conservatives",
    "abandoned Gaddafi and sided with the rebels" (or allied with them), "... and went over to the opposition",
    "joined the ruling party after leaving the opposition"."""
    out: list[Token] = []
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before") and verb.head.head.lemma_.lower() == "join":
        out += roles.children(verb.head.head, "dobj")
    if verb.lemma_.lower() in ("leave", "quit", "abandon"):
        # "left the Conservatives for the Liberal Democrats"; not the "for" of a name ("left the Movement for Progress")
        out += [t for t in roles.pobjs(verb, "for") if not (t.head.ent_iob_ == "I" and t.head.ent_type_) and is_side(t)]
        # "leaving the Indian National Lok Dal for the BJP": the parser hangs "for" on the name left
        out += [t for o in roles.children(verb, "dobj") for t in roles.pobjs(o, "for")
                if not t.head.ent_type_ and is_side(t)]  # fmt: skip
        out += roles.in_favour_of(verb)  # "quit the ruling party in favour of the Republican Party"
    if verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() == "join":
        out += roles.children(verb.head.head, "dobj")  # "Seleka fighters who deserted the coalition joined X"
    moves = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj")]
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.pos_ in roles.VERB_POS:
        # "Lt Col Ahmed Kamel, an officer in the air force, defected in May, fled to Turkey and joined the rebels":
        # the parser hangs "defected" on the name; the clause's own verbs say where he went.
        main = verb.head.head
        moves += [main, *(c for c in main.children if c.dep_ in ("xcomp", "advcl", "conj"))]
    moves += [c for m in list(moves) if m.dep_ == "conj" for c in m.children if c.dep_ == "conj"]
    for c in moves:
        lemma = c.lemma_.lower()
        if lemma == "join":
            out += roles.children(c, "dobj")
        elif lemma in ("side", "align", "ally"):
            out += roles.pobjs(c, "with")  # "broke with the FSA and aligned with Hayat Tahrir al-Sham"
        elif lemma in ("go", "cross", "defect", "rally"):
            out += roles.to_objects(c)  # "left the FPRC and rallied to the government"
        elif lemma in ("bring", "take", "lead") and any(r.lower_ in ("him", "them", "her") for r in c.subtree):
            out += roles.pobjs(c, "to")  # "broke with JNIM and brought some 60 fighters with him to ISSP"
        elif lemma in ("pledge", "swear", "declare", "announce") and verb.lemma_.lower() in _LEAVING:
            # "left the Taliban and pledged allegiance to the Islamic State's Khorasan Province"
            vows = [o for o in roles.children(c, "dobj") if o.lemma_.lower() in ("allegiance", "loyalty", "bay'ah")]
            out += [t for o in vows for t in roles.to_objects(o)] or (roles.to_objects(c) if vows else [])
        elif lemma == "become":
            # "deserted in 2012 and became a commander of the Free Syrian Army's Farouq Brigade"
            ranks = [a for a in roles.children(c, "attr") if a.lemma_.lower() in _MEMBERS | _TITLES | RANKS]
            out += [s for a in ranks for s in roles.pobjs(a, "of")]
            out += [
                a for a in roles.children(c, "attr") if _independent(a)
            ]  # "left the party to become an independent"
        elif lemma == "sit":
            out += [a for a in roles.pobjs(c, "as") if _independent(a)]  # "quit the party to sit as an independent"
    return [t for t in out if t.lemma_.lower() not in _NO_SIDES]


def _sub_national(place: Token, head: Token) -> bool:
    """True for a place the gazetteer knows as no state written before a member with a party or people after it: "A
    California Democratic state lawmaker" left the Democrats, not California."""
    return not place.ent_id_ and any(t.ent_type_ in ("NORP", "ORG") for t in head.doc[place.i + 1 : head.i])


def _independent(token: Token) -> bool:
    """An independent member of a house, the side a politician who leaves a party goes to: "an independent"."""
    return token.lemma_.lower() in ("independent", "independents") and token.pos_ in ("NOUN", "PROPN", "ADJ")


# Verbs of leaving a side, after which a pledge says where the defector went.
_LEAVING = frozenset({"leave", "quit", "abandon", "desert", "defect", "renounce", "break", "split"})
# What fighters who lay down their arms join that is no side: "joined the Afghan peace process".
_NO_SIDES = frozenset({"process", "programme", "program", "talks", "dialogue", "initiative", "life", "society"})


POSTS = frozenset({"post", "position", "unit", "base", "barracks", "station", "checkpoint", "garrison", "outpost"})


# Fighters by what they are, beyond the members and group nouns: who can surrender to the other side.
_COMBATANTS = frozenset({"guerrilla", "marine", "paratrooper", "commando", "mercenary", "combatant", "separatist",
                         "jihadi", "gunboat", "crew", "garrison", "defender", "volunteer", "conscript"})  # fmt: skip


def is_ground(token: Token) -> bool:
    """True for ground one side can surrender to another: a named place, a town, a base, a position."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in _PLACES
        or lemma in lexicon.PLACE_NOUNS | lexicon.SETTLEMENT_NOUNS | lexicon.FACILITY_NOUNS | POSTS
        or token.lower_.endswith(("self", "selves"))
    )


def is_combatant(agent: Token | None, actors: Actors) -> bool:
    """True when ``agent`` is a side or one of its fighters ("Five hundred Ugandan rebels", "the garrison",
    "40 ELN guerrillas", a named person), not a gunman or suspect giving himself up to the police."""
    if agent is None:
        return False
    if is_member(agent) or is_group(agent, actors) or agent.lemma_.lower() in _COMBATANTS:
        return True
    return agent.ent_type_ in ("PERSON", "NORP") or bool(affiliation(agent))


def _in_parentheses(token: Token, *, after: Token) -> bool:
    """True when ``token`` stands inside a parenthesis opened after ``after`` and not closed before it."""
    depth = 0
    for t in token.doc[after.i + 1 : token.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def named_person(agent: Token) -> Token:
    """The person a title names in an apposition: "The governor of Kano, Abdullahi Ganduje, defected" -> Abdullahi
    Ganduje (the title stays the side's source: affiliation reads it through the apposition)."""
    if (first := _first_to(agent)) is not None:
        return first  # "Younes was the first high Gaddafi government official to defect": Younes
    if agent.pos_ != "NOUN":
        return agent
    name = agent.doc[agent.i + 1] if agent.i + 1 < len(agent.doc) else None
    if (
        agent.lemma_.lower() in _TITLES
        and name is not None
        and name.ent_iob_ == "B"
        and name.ent_type_ == "PERSON"
        and (name.pos_ == "PROPN")
    ):
        # "fighters loyal to commander Gatwech": the name right after the title, wherever the parser hung it
        return next(e.root for e in agent.doc.ents if e.start == name.i)
    described = _described(agent) if agent.lemma_.lower() in _TITLES | _MEMBERS | RANKS else None
    if described is not None:
        return described  # "Hussein Harmoush was the first senior officer to defect"
    if agent.lemma_.lower() not in _TITLES:
        return agent
    if agent.dep_ == "appos" and agent.head.ent_type_ == "PERSON":
        return agent.head  # "Colonel Riad al-Asaad, a former air force officer who had defected"
    doc, before = agent.doc, agent.left_edge.i - 1
    after = max(t.i for t in agent.subtree if not t.is_punct) + 1
    # (not a fronted place the NER took for a person's name: "In Galmudug, a senior al-Shabaab official, X, ...")
    if (
        before > 0
        and doc[before].text == ","
        and doc[before - 1].ent_type_ == "PERSON"
        and not _opening_object(doc[before - 1])
    ):
        if after < len(doc) and doc[after].text == ",":
            return doc[before - 1]  # "Mamman Nur, the deputy of Abubakar Shekau, swore", the name parsed apart
    # the apposition closes the title's phrase, wherever the parser hung it ("The governor of Kano, X," on Kano)
    # (a clause the parser hung on the title is not its phrase: "A senior commander of the Eritrean army, Colonel X,
    # defected", with "defected" read as the title's participle)
    clause = {t.i for c in agent.children if c.dep_ in ("acl", "relcl") and c.i > agent.i for t in c.subtree}
    last = max(t.i for t in agent.subtree if not t.is_punct and t.i not in clause)
    # (not a gloss in parentheses: "the leader of the X faction in Tshitadi (Dibaya, Kasai-Central) pledged")
    names = (
        c
        for c in agent.subtree
        if c.dep_ == "appos" and _a_name(c) and c.right_edge.i >= last and not _in_parentheses(c, after=agent)
    )
    return roles.first(names) or agent


def _a_name(token: Token) -> bool:
    """A person's name, or a name a rank opens that the NER took for something else ("Colonel Tesfay Gebre", ORG)."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in RANKS | _TITLES for c in token.children)


def _described(noun: Token) -> Token | None:
    """The person a copula says ``noun`` is: "Manaf Tlass is a former Syrian general and member of the Republican
    Guard who defected", "Ri Il-gyu is the most senior North Korean diplomat to defect"."""
    attr = roles.first_conjunct(noun)
    if attr.dep_ != "attr" or attr.head.lemma_ != "be":
        return None
    subj = roles.first(roles.children(attr.head, "nsubj"))
    return subj if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")) else None


def _first_to(noun: Token) -> Token | None:
    """The one a copula or "became" says is the first, latest or most senior ``noun`` to do the deed its infinitive
    tells: "Keikal ... is the most senior figure to switch sides", "Alan Howarth became the first ever Conservative to
    cross to Labour" -> Keikal, Alan Howarth (a name, a capitalised bare noun the tagger missed, a person's pronoun)."""
    attr = roles.first_conjunct(noun)
    if attr.dep_ not in ("attr", "oprd") or attr.head.lemma_ not in ("be", "become"):
        return None
    if not any(c.dep_ in ("relcl", "acl") and any(a.lower_ == "to" for a in c.children) for c in noun.children):
        return None
    subj = roles.first(roles.children(attr.head, "nsubj"))
    if subj is None or subj.ent_type_ in ("GPE", "LOC", "DATE", "CARDINAL"):
        return None
    bare_name = subj.is_title and subj.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subj.children)
    return subj if subj.pos_ == "PROPN" or bare_name or subj.lower_ in ("he", "she") else None


_TITLES = frozenset({"ambassador", "governor", "minister", "commander", "general", "colonel", "officer", "pilot",
                     "diplomat", "official", "leader", "deputy", "senator", "lawmaker", "mayor", "spokesman", "chief",
                     "head", "emir", "president", "politician", "lieutenant", "captain", "major", "envoy"})  # fmt: skip


# Words that may follow the side in a defector's former title ("a former PDP governor", "an ex-FARC commander").
TITLES_OF_SIDES = _MEMBERS | RANKS | _TITLES


def parent_group(trigger: Token, agent: Token, actors: Actors) -> list[Token]:
    """The group a faction "broke away" or "split off" from when the clause does not say: the armed group last
    named before it, in its sentence or the one before, other than the faction itself ("Jund al-Khilafa was
    founded by former members of AQIM. The faction broke away in 2014" -> AQIM)."""
    own = actors.mention(agent)
    start = roles.sentence(trigger).start
    before = [s for s in roles.sentence(trigger).doc.sents if s.end <= start][-1:]
    floor = before[0].start if before else start
    for i, entity in reversed(actors.salience.mentions):
        if floor <= i < trigger.i and entity.kind is EntityKind.ARMED_GROUP and (own is None or entity != own.entity):
            return [trigger.doc[i]]
    return []


def _opening_object(token: Token) -> bool:
    """True for the name right after a sentence's opening preposition ("In Galmudug, a senior al-Shabaab official,
    ..."): a fronted place, not the person an apposition describes ("In 2014 Mamman Nur, the deputy of X, swore ...",
    where the parser also made the name the preposition's object, after a year)."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.i == roles.sentence(token).start
        and all(t.pos_ == "PROPN" for t in token.doc[prep.i + 1 : token.i])
    )
