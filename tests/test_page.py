"""The query page's examples: each is complete with the PREFIX lines it needs, so it runs on any SPARQL engine."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.serve.page import examples, with_prefixes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_every_example_is_on_the_page_default_first() -> None:
    names = [e.name for e in examples()]
    assert names[0] == "events" and sorted(names) == sorted(p.stem for p in EXAMPLES.glob("*.rq"))
    assert all(e.title and not e.title.startswith("#") for e in examples())


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.name)
def test_the_pages_query_parses_without_kgs_predeclared_prefixes(example) -> None:
    ox.Store().query(example.query)  # a bare engine: an undeclared prefix is a SyntaxError
    assert example.query.startswith("# ")


def test_prefix_lines_go_after_the_leading_comments_and_only_for_prefixes_used() -> None:
    query = (
        "# Who.\n# Usage: kg query\nSELECT ?e WHERE { ?e a kg:Attack ; kg:document <kgid:x> . ?e rdfs:label 'a:b' }\n"
    )
    assert with_prefixes(query).splitlines()[:4] == [
        "# Who.",
        "# Usage: kg query",
        "PREFIX kg: <https://w3id.org/kg/ontology#>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    ]
