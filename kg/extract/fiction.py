"""Deeds told as the plot of a work of fiction: a film, a novel, a series, a game.

Arts and entertainment items tell violence in the present tense of a plot summary: "In the film, a rogue CIA agent
bombs a Moscow subway station", "Her new thriller opens with a car bomb in Belfast that kills a retired judge", "The
novel follows a sniper who hunts Nazi officers", "In the third season, the Lannister army storms King's Landing", "The
video game lets players launch drone strikes". Nothing happened; the guidelines annotate no event. The frame reads the
clause, not the deed: a work of fiction is the subject of a verb above the trigger, or a fronted "In the <work>, ..."
opens the trigger's sentence, and the plot is told in the present tense. A real event the work is about keeps its
reading: "Netflix's new series dramatises the 2008 Mumbai attacks" (a date or a name on the event noun), as does a
past-tense account ("The film shows how troops shelled the village in 1995").
"""

from __future__ import annotations

from spacy.tokens import Token

# Works whose story is made up (not "documentary", "book" or "report", which tell real events too).
_WORKS = frozenset({
    "film", "movie", "novel", "thriller", "series", "season", "episode", "sequel", "prequel", "play", "game",
    "videogame", "show", "drama", "sitcom", "comic", "cartoon", "screenplay", "script", "opera", "musical", "trailer",
    "franchise", "blockbuster", "miniseries", "saga", "plot", "storyline", "chapter", "scene",
})  # fmt: skip
_PRESENT = frozenset({"VBZ", "VBP"})
# Works whose word news also uses of other things ("a series of air strikes", "the fighting season", "a show of
# force"): a work only in a fronted "In the third season, ...".
_ALSO_NEWS = frozenset({"series", "season", "chapter", "scene", "plot", "show", "saga", "drama", "franchise"})
_REAL = frozenset({"DATE", "GPE", "EVENT", "CARDINAL", "ORDINAL"})


def in_fiction(trigger: Token) -> bool:
    """True when ``trigger`` is a deed of a plot told in the present tense (the module's frames)."""
    if _names_real_event(trigger):
        return False
    token = trigger
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.tag_ in _PRESENT and token.dep_ not in ("pobj", "dobj", "compound"):
            if any(_work(c) and c.lemma_.lower() not in _ALSO_NEWS for c in token.children if c.dep_ == "nsubj"):
                return True  # "The novel follows a sniper who hunts ...", "Her new thriller opens with a car bomb"
            fronted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < token.i
                       for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            if any(_work(p) for p in fronted):
                return True  # "In the film, a rogue CIA agent bombs ..."
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _work(token: Token) -> bool:
    return token.lemma_.lower() in _WORKS and token.ent_type_ in ("", "DATE", "ORDINAL") and token.pos_ == "NOUN"


def _names_real_event(trigger: Token) -> bool:
    """An event noun that names one real event: a date, a place or a number on it ("the 2008 Mumbai attacks")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.ent_type_ in _REAL for c in trigger.subtree if c.i < trigger.i)
