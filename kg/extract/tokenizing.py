"""How kg's tokenizer and lemmatizer read a few words the small model gets wrong: crowd-control compounds kept one token
("lathi-charged" read as "charged"), irregular pasts tagged as presents ("retook"), and verbs of carrying on an attack
the rule lemmatizer cuts to another verb ("waging" -> "wag"). Split from kg.extract.nlp, which adds them to the
pipeline (:func:`kg.extract.nlp.add_components`)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language


def compound_forms() -> dict[str, tuple[str, str]]:
    """Each spelling of a crowd-control compound -> (the form of its last word, its lemma):
    "lathi-charged" -> ("charged", "lathi-charge"), "teargassed" -> ("gassed", "tear-gas")."""
    from kg.extract import lexicon

    forms = {}
    for first, last in lexicon.CROWD_CONTROL_COMPOUNDS.items():
        for form in lexicon.COMPOUND_FORMS[last]:
            spaced = (f"{first} {form}",) if last == "charge" else ()  # "tear gas" is mostly the weapon
            for joined in (f"{first}-{form}", f"{first}{form}", *spaced):
                forms[joined] = (form, f"{first}-{last}")
    return forms


def add_compounds(nlp: Language) -> None:
    """Keep "lathi-charged" and the other crowd-control compounds one token, which the tagger and parser read as
    "charged" (the token's NORM) and the lemmatizer as "lathi-charge": cut at the hyphen, the parser made "lathi" a
    noun and lost the verb's subject and object."""
    from spacy.symbols import NORM, ORTH

    from kg.extract import lexicon

    forms = compound_forms() | lexicon.COUNTER_FORMS  # "counter-attacked" read as "attacked", lemma "counterattack"
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer, or kg's BoundedTokenizer around it
    for text, (norm, _) in [*forms.items(), *((t, (n, t)) for t, n in lexicon.HYPHENATED_NOUNS.items())]:
        if " " in text:
            continue  # two words: merged by kg_compounds
        for cased in {text, text.capitalize(), text.title(), text.upper()}:
            tokenizer.add_special_case(cased, [{ORTH: cased, NORM: norm}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for lemma in sorted({lemma for _, lemma in forms.values()}):
            texts = sorted(text for text, (_, of) in forms.items() if of == lemma)
            ruler.add([[{"LOWER": {"IN": texts}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]


def add_irregular_pasts(nlp: Language) -> None:
    """Give an irregular past its verb's lemma when the tagger took it for a present: "The rebels retook the town"
    is tagged VBP, and spaCy's lemmatizer keeps a present-tense verb as its own lemma, so "retook" was no form of
    "retake" and no trigger.  A form the lemmatizer's exception table lists as another verb's (and that is no verb
    of its own in its index: not "lay", "found"; and no present form: not "are", "has") gets that verb's lemma and
    the past tag, only where it was tagged a base or present form."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc") or not lookups.has_table("lemma_index"):
        return
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    verbs = set(lookups.get_table("lemma_index").get("verb", ()))
    pasts: dict[str, list[str]] = {}
    for form, lemmas in exceptions.items():
        if lemmas[0] in ("be", "have", "do") or form.endswith("s"):
            continue  # "are", "has", "does": the table's present forms, rightly present
        if len(lemmas) == 1 and lemmas[0] != form and form not in verbs and form.isalpha():
            pasts.setdefault(lemmas[0], []).append(form)
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in sorted(pasts.items()):
        pattern = [{"LOWER": {"IN": sorted(forms)}, "TAG": {"IN": ["VB", "VBP"]}}]
        ruler.add([pattern], {"LEMMA": lemma, "TAG": "VBD"})  # type: ignore[attr-defined]
    for lemma, misread in sorted(_MISREAD.items()):  # "are waging an assault" was no light verb's "wage" but "wag"
        pattern = [{"LOWER": {"IN": sorted(misread)}, "TAG": {"IN": ["VBG", "VBD", "VBN"]}}]
        ruler.add([pattern], {"LEMMA": lemma})  # type: ignore[attr-defined]


# Forms of the verbs that carry on an attack which spaCy's rule lemmatizer cuts to another verb ("wag", "stag").
_MISREAD = {"wage": ("waging", "waged"), "stage": ("staging", "staged")}


# An encyclopaedia's footnote mark glued to the word or stop before it: "children.[12]", "Sinai,[5]",
# "base.[citation needed]", "Figures vary.[a]", "[note 3]".  The tokenizer has cut the closing bracket off as a
# suffix before it looks for these inside the rest ("children.[12").
_MARK = r"(?=\[(?:\d{1,3}|[a-z]|citation|clarification|note)(?:\]|$))"
_FOOTNOTE_INFIXES = (
    rf"(?<=[\w)\"'\u201d])[.,;:!?]{_MARK}",  # the stop before the mark: "children" "." "[" "12" "]"
    rf"(?<=[\w.,;:!?)\]\"'\u201d]){_MARK}\[",  # the mark's bracket after a word, a stop or another mark
    r"(?<=\w)\](?=\[)",  # the bracket that closes one mark of a run: ".[3][4]"
    rf"(?<=\w)[)\"'\u201d](?=[.,;:!?]{_MARK[3:-1]})",  # a closing bracket or quote before the stop: "(2011).[2]"
)


def add_footnote_marks(nlp: Language) -> None:
    """Cut an encyclopaedia's footnote mark from the word before it: spaCy kept "children.[12" one token, so a
    role read "132 children.[12" and the stop ended no sentence.  The mark's own words ("[", "12", "]") are
    page furniture (:mod:`kg.extract.furniture`)."""
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*_FOOTNOTE_INFIXES, *(nlp.Defaults.infixes or ())]).finditer
