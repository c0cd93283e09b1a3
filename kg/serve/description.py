"""The SPARQL 1.1 Service Description of ``kg serve``, answered on ``GET /sparql`` without a query.

https://www.w3.org/TR/sparql11-service-description/: the endpoint, the languages it runs (SPARQL 1.1
Query; Update only with ``--allow-update``), the result formats it can send, that its default graph
is the union (kg's merge) of the named graphs, and federation when SERVICE is allowed.  Sent in the
RDF format the ``Accept`` header asks for (Turtle by default; RDF/XML, N-Triples, JSON-LD, ...).
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.serve.protocol import ServeConfig

__all__ = ["service_description"]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "N-Quads",
    "TriG",
    "JSON-LD",
    "RDF_XML",
)


def service_description(endpoint: str, config: ServeConfig) -> list[ox.Triple]:
    """The description of the service at ``endpoint`` (its /sparql URL) as configured by ``config``."""
    service = ox.NamedNode(endpoint)
    dataset, default_graph = ox.BlankNode(), ox.BlankNode()
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, rdf_type, sd("Graph")),
    ]
    if config.allow_update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if config.allow_service:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in _RESULT_FORMATS]
    return triples
