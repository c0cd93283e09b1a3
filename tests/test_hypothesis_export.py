"""Names and literals that break naive RDF code, through the whole write path and every export format.

Hypothesis builds extractions by hand from all of Unicode (quotes, ``>``, spaces, newlines, NUL,
emoji, right-to-left text, lone surrogates, byte-order marks): actor and place names, sentences,
triggers, titles, URLs and document ids.  They go through kg.rdf.triples into a Store (the path ``kg build``
takes), out through :meth:`Store.dump` in each export format, and back in through pyoxigraph's strict
parsers.  What comes back must be the same RDF as what went in (compared as rdflib graphs) with
every IRI valid.  tests/test_rdf.py checks kg.rdf.triples with rdflib's own serialisers; this checks the
store's.
"""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.models import Document, Entity, EntityKind, Event, EventType, Extraction, Mention, Modality, Span
from kg.rdf.formats import EXPORT_FORMATS
from kg.rdf.iri import document_iri
from kg.rdf.terms import from_oxigraph, to_oxigraph
from kg.rdf.triples import document_triples, is_valid_iri
from kg.store.embedded import Store

MODEL = "en_core_web_sm 3.8.0"

# Characters that broke RDF writers somewhere: quotes and escapes of every syntax, IRI delimiters,
# line and paragraph separators, NUL and other controls, BOMs and non-characters, RTL marks and
# overrides, emoji (astral plane) and lone surrogates (which no RDF syntax can carry: kg writes U+FFFD).
NASTY = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\u0041",
    ">",
    "<",
    "<>",
    "#",
    "%",
    "%zz",
    "@en",
    "^^",
    "_:b0",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\u200f",
    "\u202e",
    "\u0627\u0644\u062f\u0648\u0644\u0629",
    "\u05e9\u05dc\u05d5\u05dd",
    "\U0001f4a5",
    "\U0001f1fa\U0001f1f8",
    "\ud800",
    "\udfff",
    "\udc80",
    "e\u0301",
    "\u00a0",
    ".",
]
TEXT = st.lists(st.sampled_from(NASTY) | st.text(st.characters(exclude_categories=()), max_size=6), max_size=6).map(
    "".join
)
KINDS = st.sampled_from(list(EntityKind))


@st.composite
def extractions(draw: st.DrawFn, doc_id: str) -> Extraction:
    entities = [
        Entity(draw(TEXT), draw(TEXT), draw(KINDS), draw(st.none() | st.sampled_from(["Q30", "Q2429253"])))
        for _ in range(draw(st.integers(1, 3)))
    ]

    def mention() -> Mention:
        start = draw(st.integers(0, 500))
        text = draw(TEXT)
        return Mention(Span(start, start + len(text), text), draw(st.sampled_from(entities)))

    def maybe() -> Mention | None:
        return mention() if draw(st.booleans()) else None

    events = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, 500))
        sentence = draw(TEXT)
        events.append(
            Event(
                type=draw(st.sampled_from(list(EventType))),
                sentence=Span(start, start + len(sentence) + 1, sentence),
                trigger=Span(start, start + 1, draw(TEXT)),
                agents=tuple(m for m in [maybe()] if m is not None),
                targets=tuple(m for m in [maybe()] if m is not None),
                to=maybe(),
                location=maybe(),
                time=draw(st.none() | TEXT | st.sampled_from(["2016", "2016-05", "2016-05-01"])),
                modality=draw(st.sampled_from(list(Modality))),
                negated=draw(st.booleans()),
                confidence=draw(st.floats(0, 1)),
            )
        )
    document = Document(
        id=doc_id,
        text="",
        title=draw(st.none() | TEXT),
        date=draw(st.none() | TEXT | st.just("2016-05-01T10:00:00Z")),
        url=draw(st.none() | TEXT | TEXT.map("https://example.org/".__add__)),
    )
    return Extraction(document, events=tuple(events), mentions=tuple(mention() for _ in range(draw(st.integers(0, 2)))))


@st.composite
def corpora(draw: st.DrawFn) -> list[Extraction]:
    """One to three documents with distinct ids (their graphs may share actors and places)."""
    ids = draw(st.lists(TEXT, min_size=1, max_size=3, unique_by=lambda i: str(document_iri(i))))
    return [draw(extractions(doc_id)) for doc_id in ids]


def _rdflib_graph(triples) -> Graph:  # noqa: ANN001
    g = Graph()
    for t in triples:
        g.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
    return g


def _expected(corpus: list[Extraction]) -> dict[str, set[ox.Triple]]:
    """Graph IRI -> the triples kg means to store for it (as the store holds terms: canonical decimals)."""
    return {
        str(document_iri(x.document.id)): {
            ox.Triple(*(to_oxigraph(t) for t in triple)) for triple in document_triples(x, model=MODEL)
        }
        for x in corpus
    }


PARSE = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def test_every_export_format_is_covered():
    # RDF/XML cannot carry every character (XML 1.0 has no C0 controls): kg replaces those with U+FFFD, so it is
    # lossy by design and tested on its own (tests/test_cli_conveniences.py reads it back with rapper and rdflib).
    assert set(PARSE) | {"rdfxml"} == {f.name for f in EXPORT_FORMATS}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus=corpora())
def test_any_unicode_survives_store_and_every_export_format(corpus):
    expected = _expected(corpus)
    merged = set().union(*expected.values())
    with Store.memory() as store:
        for x in corpus:
            store.replace_graph(document_iri(x.document.id), document_triples(x, model=MODEL))
        dumps = {name: store.dump(format=name) for name in PARSE}

    for name, data in dumps.items():
        # Strict: pyoxigraph's parsers reject what the specifications reject (lenient=False is the default).
        quads = list(ox.parse(data, PARSE[name]))
        for q in quads:
            for term in (q.subject, q.predicate, q.object, q.graph_name):
                if isinstance(term, ox.NamedNode):
                    assert is_valid_iri(term.value), (name, term)
        if PARSE[name].supports_datasets:
            # Document graphs only, each exactly as written; no triple left in the default graph.
            by_graph: dict[str, list[ox.Quad]] = {}
            for q in quads:
                assert isinstance(q.graph_name, ox.NamedNode), (name, q)
                by_graph.setdefault(q.graph_name.value, []).append(q)
            assert by_graph.keys() == expected.keys(), name
            for graph, triples in expected.items():
                assert isomorphic(_rdflib_graph(by_graph[graph]), _rdflib_graph(triples)), (name, graph)
        else:
            # Turtle and N-Triples carry the merged default graph: every distinct triple once.
            assert isomorphic(_rdflib_graph(quads), _rdflib_graph(merged)), name
            assert len(quads) == len(merged), name
