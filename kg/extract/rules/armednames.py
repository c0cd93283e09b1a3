"""A named side the document itself shows to be armed, whoever joins it: "Qadir ... joined Ansar al-Islam as a
teenager", "27 police officers ... joined the KNLA", "he had joined the Bui Warriors at 17".

kg.extract.rules.joinable types a side by the gazetteer and the words of an organisation's name, and
kg.extract.rules.joinedside by an armed joiner. Neither reads a person, a policeman or a villager joining a group
nobody has listed, which is how profiles, obituaries and humanitarian updates tell recruitment. The document says
what the name is, in one of three ways real copy uses:

* the name's own words: a word for an armed formation ends it ("... Liberation Army", "... Brigades"), whatever the
  NER tagged it;
* the words an acronym stands for where the document spells it out: "the Karen National Liberation Army (KNLA)";
* a naming elsewhere in the document by armed people: "separatist fighters who call themselves the Bui Warriors",
  "a militia known as the Lions of Tana".

An Arabic armed word opening a name ("Ansar al-Islam" joined by "he") is not read so: it cost stress8 two events with
wrong roles in the twelfth pass and again in the thirteenth (measured by switching it off), so such names stay sides
only for an armed joiner (kg.extract.rules.joinedside).

States, places and peoples are never such sides (kg.extract.rules.joinedside reads those); nor are names whose words
belong to parties, charities or firms ("front", "movement", "liberation" alone).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract import lexicon
from kg.extract.actors import Actors

# Words of a name that make it an armed formation, less those parties, charities and task forces also carry.
_ARMED_WORDS = lexicon.ARMED_NAME_WORDS - {
    "group", "movement", "liberation", "resistance", "province", "force", "squad", "front", "guard", "guards",
}  # fmt: skip
# Heads of the people whose naming of a name says it is armed: "fighters who call themselves X".
_ARMED_NAMERS = frozenset({
    "militia", "brigade", "battalion", "faction", "cell", "rebel", "fighter", "militant", "insurgent", "jihadist",
    "gunman", "militiaman", "guerrilla", "mercenary", "combatant", "separatist", "group", "outfit",
})  # fmt: skip
_ARMED_ADJECTIVES = frozenset(
    {"armed", "militant", "jihadist", "rebel", "insurgent", "separatist", "paramilitary", "extremist", "terrorist"}
)
# Words that give a name to what comes before them: "who call themselves X", "known as X", "a militia called X".
_NAMING = frozenset({"themselves", "itself", "as", "called", "named", "dubbed", "calling"})
# Lower-case words inside a spelt-out name: "Coalition des Patriotes pour le Changement", "Ansar al-Islam".
_NAME_LINKS = r"(?:of|for|the|and|al|el|de|des|du|pour|le|la|wal|ul)"
_NAMING_WINDOW = 6


def armed_name(side: Token, actors: Actors) -> bool:
    """True when ``side``, a name nobody has listed, is shown by its own words or the document to be armed."""
    name = _name(side, actors)
    if name is None:
        return False
    words = [t.lower_ for t in name if t.is_alpha]
    if not words:
        return False
    if words[-1] in _ARMED_WORDS:
        return True  # "the Karen National Liberation Army", "the Kafr Nabl Brigades"
    if side.is_upper and _armed_expansion(side):
        return True  # "the Karen National Liberation Army (KNLA) ... joined the KNLA"
    return _named_by_armed(name)


def _name(side: Token, actors: Actors) -> Span | None:
    """The name ``side`` heads: a recognised organisation or person-tagged name, or a run of proper nouns; None for
    states, places, peoples and common nouns."""
    if side.ent_id_:
        return None  # the gazetteer says what it is (kg.extract.rules.joinable)
    ent = actors.entity_at(side)
    if ent is not None:
        return ent if ent.label_ in ("ORG", "PERSON") else None
    if side.pos_ != "PROPN":
        return None
    start = side.i
    while start > 0 and side.doc[start - 1].pos_ == "PROPN" and side.doc[start - 1].head.i >= side.i:
        start -= 1
    return side.doc[start : side.i + 1]


def _armed_expansion(acronym: Token) -> bool:
    """True when the document spells ``acronym`` out as a name ending in an armed word."""
    pattern = rf"((?:[A-Z][\w'’-]*\s+|{_NAME_LINKS}[\s-]+)+)\(\s*{re.escape(acronym.text)}\s*\)"
    for match in re.finditer(pattern, acronym.doc.text):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group(1))]
        if words and words[-1] in _ARMED_WORDS:
            return True
    return False


def _named_by_armed(name: Span) -> bool:
    """True when another mention of ``name`` is given by armed people: "fighters who call themselves X", "a
    militia known as X"."""
    doc, text = name.doc, name.text.lower()
    for start in range(len(doc)):
        if start == name.start or doc[start : start + len(name)].text.lower() != text:
            continue
        i = start - 1
        while i >= 0 and doc[i].pos_ == "DET":
            i -= 1
        if i < 0 or doc[i].lower_ not in _NAMING:
            continue
        for j in range(i - 1, max(-1, i - _NAMING_WINDOW), -1):
            tok = doc[j]
            if tok.pos_ in ("NOUN", "PROPN"):
                if tok.lemma_.lower() in _ARMED_NAMERS and (
                    tok.lemma_.lower() not in ("group", "outfit")
                    or any(c.lower_ in _ARMED_ADJECTIVES for c in tok.lefts)
                ):
                    return True
                break
    return False
