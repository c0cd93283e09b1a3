"""Parse repairs: a sentence the small model misparses in a known way is parsed again without the words that
misled it, and the new tree is written back into the Doc before anything reads it.

Repairs: "since" before a participle ("The faction has since pledged allegiance to X", below), "guided" after a
weapon's name ("used a Paveway IV guided bomb to destroy"), a fronted date, a doer's glued phrase, and the vehicle a
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
# What is guided: "a Paveway IV guided bomb", "Brimstone guided missiles".
GUIDED_WEAPONS = frozenset({"bomb", "missile", "munition", "rocket", "shell", "projectile", "weapon", "round"})
RIDING_VERBS = frozenset({"riding", "driving"})  # "gunmen riding a motorcycle shot dead ..."
# Irregular pasts the verbs of attacks are told with, which the small model also reads as nouns ("a motorcycle shot").
IRREGULAR_PASTS = frozenset({
    "shot", "threw", "hit", "struck", "set", "blew", "drove", "rode", "fought", "slit", "beat", "broke", "took",
    "burnt", "burned", "opened", "fled",
})  # fmt: skip
# Prepositions a sentence opens its date with, and the words a date is told in ("On the night of 12/13 June",
# "On 2 January 2021", "On Saturday"); a closed class, with the numbers.
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon "
    "evening night dawn dusk midnight day week month year weekend the of early late last".split()
)
# Words a date phrase does not end on ("On the night of", "On Saturday the army ...": the article is the doer's).
DATE_OPENERS = frozenset({"the", "of", "early", "late", "last"})
# Tags of the words a doer's plain noun phrase is made of ("Militants", "Aircraft", "The armed men").
NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"})
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
        for when, verb in reversed(list(_fronted_dates(doc))):
            _reparse_without_date(doc, when, verb, parse)
        for modifier, verb in reversed(list(_glued_modifiers(doc))):
            _reparse_without(doc, modifier, verb, parse)
        for guided, verb in reversed(list(_guided_weapons(doc))):
            _reparse_without(doc, guided, verb, parse)
        return doc

    return rider_reparse


def _ridden_phrases(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """(the "on a motorcycle" span, the verb after it) for each ridden vehicle the parser glued to the verb after it."""
    for token in doc[2:-1]:
        verb = doc[token.i + 1]
        if not _ridden_vehicle(token) or not _past_form(verb):
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


def _fronted_dates(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """(the fronted date phrase, the verb) for "On 12 March gunmen attacked a police post", "On 2 January 2021
    French Mirage 2000 aircraft struck ...", "On the night of 12/13 June unknown miscreants ... attacked ...": with no
    comma after the date, the small model reads the doer as the preposition's object ("On ... gunmen") and the verb
    has no subject; without the date the same model parses the clause right, and the date hangs on the verb."""
    for sentence in doc.sents:
        opener = sentence[0]
        if opener.lower_ not in DATE_PREPOSITIONS or opener.dep_ != "prep" or len(sentence) < 5:
            continue
        end = opener.i + 1
        while end < sentence.end and (doc[end].lower_ in DATE_WORDS or doc[end].tag_ == "CD"):
            end += 1
        while end > opener.i + 1 and doc[end - 1].lower_ in DATE_OPENERS:
            end -= 1
        verb = opener.head
        if end == opener.i + 1 or end >= sentence.end or not verb.tag_.startswith("VB") or _has_subject(verb):
            continue
        if not doc[end].is_alpha or opener not in doc[end].ancestors:
            continue  # "On 12 March, gunmen ...", or the words after the date are not the preposition's
        yield doc[opener.i : end], verb


def _reparse_without_date(doc: Doc, when: Span, verb: Token, parse: Callable[[Doc], Doc]) -> None:
    """Parse ``doc`` again without the fronted date ``when`` and give the sentence the new tree, when the verb comes
    out a verb with a subject there and the sentence keeps its bounds; the date hangs on the verb as before."""
    shadow = Shadow(doc, [t for t in doc if not (when.start <= t.i < when.end)], norms=True)
    shadow.parse(parse)
    new_verb = shadow.token(verb)
    if not new_verb.tag_.startswith("VB") or not _has_subject(new_verb):
        return
    sentence, new_sentence = verb.sent, new_verb.sent
    if new_sentence.start != shadow.position[when.end] or len(new_sentence) != len(sentence) - len(when):
        return
    shadow.write_back(sentence, (HEAD, DEP, TAG), attached=_date_hung_back(when, verb))


def _date_hung_back(when: Span, verb: Token) -> Iterator[Attached]:
    """The date's words in the new tree: the preposition on the verb, its object ("night", "March") under it, and
    every word that hung outside the date (on the doer) on that object."""
    opener = when[0]
    inside = [t for t in when[1:] if t.head.i == opener.i and t.dep_ == "pobj"]
    nouns = [t for t in when[1:] if t.tag_.startswith("NN")]
    anchor = inside[0] if inside else (nouns[-1] if nouns else when[-1])
    yield opener, verb, "prep", None
    yield anchor, opener, "pobj", None
    for token in when[1:]:
        if token.i != anchor.i and not (when.start <= token.head.i < when.end and token.head.i != opener.i):
            yield token, anchor, token.dep_ if token.dep_ not in ("pobj", "ROOT") else "nmod", None


def _glued_modifiers(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """(the doer's "of"/"in" phrase, the verb after it) for a sentence the small model reads as one noun phrase:
    "Militants in the Sinai fired mortar rounds at a checkpoint" ("fired" an adjective of "rounds", the root),
    "Aircraft of the Saudi- and UAE-led coalition carried out three air strikes on X" ("carried" a clause on
    "coalition", "Aircraft" the root).  Without the phrase the same model reads the verb with its subject, and the
    phrase hangs back on the doer, as for a ridden vehicle."""
    for sentence in doc.sents:
        if sentence.root.tag_.startswith("VB") or sentence.root.tag_ == "MD":
            continue
        opening = next((t for t in sentence if t.tag_ not in NOUN_PHRASE_TAGS), None)
        if opening is None or opening.dep_ != "prep" or opening.i == sentence.start:
            continue
        doer = doc[opening.i - 1]
        if not doer.tag_.startswith("NN"):
            continue
        for verb in doc[opening.i + 2 : sentence.end]:
            modifier = doc[opening.i : verb.i]
            if not all(opening in t.ancestors for t in modifier[1:]):
                break  # past the doer's phrase
            if _past_form(verb) and verb.dep_ in NOMINAL_DEPS | {"acl"} and doc[verb.i - 1].tag_.startswith("NN"):
                yield modifier, verb
                break


def _guided_weapons(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """("guided", the verb it hangs on) for "A pair of Tornados used a Paveway IV guided bomb to destroy a terrorist
    position": after a weapon's name the small model reads "guided" as the verb, with the bomb its object, and the
    sentence's own verb loses its object and its purpose clause; without "guided" it parses right, and "guided"
    hangs on the weapon as its adjective."""
    for token in doc[1:-1]:
        weapon = doc[token.i + 1]
        word = weapon.lower_  # no lemmas yet: the repair runs before the lemmatizer
        if token.lower_ != "guided" or not (word in GUIDED_WEAPONS or word.removesuffix("s") in GUIDED_WEAPONS):
            continue
        if token.dep_ == "amod" and weapon.i == token.head.i:
            continue  # parsed right
        verb = token.head if token.head.i != token.i else weapon.head
        if verb.i == token.i or not verb.tag_.startswith("VB"):
            continue
        yield doc[token.i : token.i + 1], verb


def _ridden_vehicle(token: Token) -> bool:
    """A vehicle doers ride, one or several: "on a motorcycle", "members of the Basij militia on motorcycles shot at
    a crowd", "armed colectivos on motorcycles fired at protesters" (the plural glued to the verb the same way)."""
    word = token.lower_
    return word in RIDDEN_VEHICLES or (word.endswith("s") and word[:-1] in RIDDEN_VEHICLES)


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
    if phrase[0].lower_ == "guided":
        yield phrase[0], doc[phrase.start + 1], "amod", "VBN"
        return
    rider, vehicle = doc[phrase.start - 1], phrase[-1]
    verb_phrase = phrase[0].lower_ in RIDING_VERBS  # "riding a motorcycle": a clause on the rider
    for token in phrase:
        head, dep = (rider, "acl" if verb_phrase else "prep") if token.i == phrase.start else (vehicle, token.dep_)
        if token.i == vehicle.i:
            head, dep = phrase[0], "dobj" if verb_phrase else "pobj"
        yield token, head, dep, None
