"""A pledge shown in a video, a recording or a statement someone else puts out: the pledger is the one shown, not the
one who publishes it, for the ALLEGIANCE rule (kg.extract.rules.allegiance).

Claims and monitors' reports tell pledges through the medium that carries them: "ISIL released a video of the
bombers pledging allegiance to al-Baghdadi", "the channel published a pledge by a group of fighters 'renewing our
allegiance to X'", "Amaq posted footage of about 40 men swearing loyalty to the province". The parser hangs the
swearing participle on the verb of publishing, so the publisher reads as its subject. The pledger is the "of" or
"by" phrase of the medium (or the "by" phrase of the verb of publishing, where the parser hung it there).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles

# Verbs of putting out what others said or did.
_PUBLISHING = frozenset({
    "release", "publish", "post", "show", "air", "broadcast", "circulate", "share", "distribute", "issue", "upload",
    "put", "carry", "film", "record", "run",
})  # fmt: skip
# What a pledge is carried in: "a video of X", "footage of X", "a pledge by X".
_MEDIA = lexicon.VISUAL_MEDIA | {"audio", "statement", "message", "pledge", "speech", "tape", "post"}


def shown_pledger(verb: Token) -> Token | None:
    """The one shown pledging when ``verb``, a participle of swearing, hangs on a verb of publishing a medium: "released
    a video of the bombers pledging allegiance" -> the bombers; None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return None
    published = verb.head
    if published.lemma_.lower() not in _PUBLISHING:
        return None
    for medium in roles.children(published, "dobj"):
        if medium.lemma_.lower() in _MEDIA:
            shown = roles.pobjs(medium, "of", "by") or roles.pobjs(published, "by")
            if shown and shown[0].pos_ in ("NOUN", "PROPN"):
                return shown[0]
    return None
