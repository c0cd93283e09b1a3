"""Deeds told in another verb's clause: "A gunman shot and killed nine tourists on a beach near Hammamet before being
shot dead by police".  A passive gerund with no subject of its own was done to the subject of the clause it hangs on;
read without it, the police's shooting had no target.  (The doer of a raid told in the clause of what its doers did,
"captured two soldiers in a cross-border raid", is frames.done_in.)
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles

_BEFORE_AFTER = frozenset({"before", "after", "while", "when", "until"})


def gerund_patient(verb: Token) -> Token | None:
    """Who a passive gerund with no subject of its own was done to: the subject of the clause it hangs on ("A gunman
    killed nine tourists before being shot dead by police" -> the gunman); None for any other verb."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("pcomp", "advcl") or not roles.is_passive(verb):
        return None
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return None
    if roles.first(roles.children(verb, "nsubjpass")) is not None:
        return None
    main = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in _BEFORE_AFTER else verb.head
    if main.pos_ not in roles.VERB_POS or roles.is_passive(main):
        return None
    return roles.subject(main)
