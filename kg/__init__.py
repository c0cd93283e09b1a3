"""kg: news text in, an RDF event knowledge graph out."""

__version__ = "0.1.0"
