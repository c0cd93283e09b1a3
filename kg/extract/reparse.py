"""Parse repairs: a sentence the small model misparses in a known way is parsed again without the words that
misled it, and the new tree is written back into the Doc before anything reads it.

Two repairs: "since" before a participle ("The faction has since pledged allegiance to X", below), and the vehicle a
doer rides in.  "Gunmen on a motorcycle shot dead a teacher", "two men on a
motorbike opened fire on the constable", "unidentified gunmen on a motorbike shot and killed a civilian": en_core_web_sm
reads the singular vehicle and the past-tense verb after it as one noun phrase ("a motorcycle shot", "a motorbike
opened fire"), and the sentence loses its verb, its subject and its object.  Monitoring notes and South Asian
and Sahel press write it this way all the time.  Without the phrase ("gunmen shot dead a teacher") the same model
parses the sentence right, so kg parses the document once more without it and gives the sentence that tree, with
the phrase hung back on the noun before it as a prepositional modifier ("gunmen" <- "on" <- "motorcycle").  Other
sentences keep their own parse, and a reparse that does not make the verb a verb with a subject is not used.

kg/extract/headcase.py repairs title-case headlines the same way, from a copy with the same words in lower case;
both parse the copy and write its tree back with kg/extract/shadowparse.py, which says how to add a repair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.shadowparse import Attached, Shadow, steps

# Vehicles doers ride in or on, and the words that put them there: "gunmen on a motorcycle", "riding a motorbike".
RIDDEN_VEHICLES = frozenset({
    "motorcycle", "motorbike", "bike", "bicycle", "scooter", "moped", "rickshaw", "tricycle", "car", "taxi",
    "truck", "pickup", "van", "jeep", "vehicle", "boat", "canoe", "minibus", "lorry", "horse", "camel", "donkey",
})  # fmt: skip
RIDING_WORDS = frozenset({"on", "in", "aboard", "astride"})
RIDING_VERBS = frozenset({"riding", "driving"})  # "gunmen riding a motorcycle shot dead ..."
# Irregular pasts the verbs of attacks are told with, which the small model also reads as nouns ("a motorcycle shot").
IRREGULAR_PASTS = frozenset({
    "shot", "threw", "hit", "struck", "set", "blew", "drove", "rode", "fought", "slit", "beat", "broke", "took",
    "burnt", "burned", "opened", "fled",
})  # fmt: skip
# The parser's labels for a verb it read as part of a noun phrase.
NOMINAL_DEPS = frozenset({"amod", "compound", "pobj", "appos", "dobj", "nsubj", "conj"})
# Components that make the tree, from the first that reads the words to the parser.
PARSE_STEPS = ("tok2vec", "tagger", "kg_line_sentences", "kg_bounded_sentences", "parser")


@Language.factory("kg_rider_reparse")
def make_rider_reparse(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The repair as a pipeline component; it runs the pipeline's own steps up to the parser on the shortened text."""
    parse = steps(nlp, lambda step: step in PARSE_STEPS)

    def rider_reparse(doc: Doc) -> Doc:
        for vehicle_phrase, verb in reversed(list(_ridden_phrases(doc))):
            _reparse_without(doc, vehicle_phrase, verb, parse)
        for since, verb in reversed(list(_since_before_participle(doc))):
            _reparse_without(doc, since, verb, parse)
        return doc

    return rider_reparse


def _ridden_phrases(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """(the "on a motorcycle" span, the verb after it) for each ridden vehicle the parser glued to the verb after it."""
    for token in doc[2:-1]:
        verb = doc[token.i + 1]
        if token.lower_ not in RIDDEN_VEHICLES or not _past_form(verb):
            continue
        riding = next(
            (t for t in reversed(doc[max(0, token.i - 3) : token.i]) if t.lower_ in RIDING_WORDS | RIDING_VERBS), None
        )
        if riding is None or riding.i == 0 or not doc[riding.i - 1].is_alpha:
            continue
        if not all(t.is_alpha and t.is_lower for t in doc[riding.i + 1 : token.i]):
            continue  # "on a motorcycle", "in a white car"; not "in Kabul, a car ..."
        if verb.tag_.startswith("VB") and verb.dep_ not in NOMINAL_DEPS and _has_subject(verb):
            continue  # parsed right
        yield doc[riding.i : token.i + 1], verb


def _since_before_participle(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """("since", the participle after it) for "The faction has since pledged allegiance", "Many fighters have since
    switched sides": the small model reads "since" as a preposition and the participle as an adjective of the noun
    after it, and the sentence loses its verb; without "since" it parses right, and "since" hangs on the verb."""
    for token in doc[1:-1]:
        verb = doc[token.i + 1]
        if token.lower_ != "since" or doc[token.i - 1].lower_ not in ("has", "have", "had") or not _past_form(verb):
            continue
        if verb.tag_.startswith("VB") and verb.dep_ not in NOMINAL_DEPS and _has_subject(verb):
            continue  # parsed right
        yield doc[token.i : token.i + 1], verb


def _past_form(token: Token) -> bool:
    word = token.lower_
    return token.is_alpha and token.is_lower and (word.endswith("ed") or word in IRREGULAR_PASTS)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reparse_without(doc: Doc, phrase: Span, verb: Token, parse: Callable[[Doc], Doc]) -> None:
    """Parse ``doc`` again without ``phrase`` and give ``verb``'s sentence the new tree, when the verb comes out a
    verb with a subject there and the sentence keeps its bounds."""
    shadow = Shadow(doc, [t for t in doc if not (phrase.start <= t.i < phrase.end)], norms=True)
    shadow.parse(parse)
    new_verb = shadow.token(verb)
    if not new_verb.tag_.startswith("VB") or not _has_subject(new_verb):
        return
    sentence, new_sentence = verb.sent, new_verb.sent
    if sentence.start not in shadow.position or new_sentence.start != shadow.position[sentence.start]:
        return
    if len(new_sentence) != len(sentence) - len(phrase):
        return
    shadow.write_back(sentence, (HEAD, DEP, TAG), attached=_hung_back(doc, phrase, verb))


def _hung_back(doc: Doc, phrase: Span, verb: Token) -> Iterator[Attached]:
    """Where each word of the phrase left out hangs in the new tree: "since" on the verb as an adverb; a ridden
    vehicle's phrase on the rider ("gunmen" <- "on" <- "motorcycle", or a clause "riding a motorcycle")."""
    if phrase[0].lower_ == "since":
        yield phrase[0], verb, "advmod", "RB"
        return
    rider, vehicle = doc[phrase.start - 1], phrase[-1]
    verb_phrase = phrase[0].lower_ in RIDING_VERBS  # "riding a motorcycle": a clause on the rider
    for token in phrase:
        head, dep = (rider, "acl" if verb_phrase else "prep") if token.i == phrase.start else (vehicle, token.dep_)
        if token.i == vehicle.i:
            head, dep = phrase[0], "dobj" if verb_phrase else "pobj"
        yield token, head, dep, None
