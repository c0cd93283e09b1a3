"""Extraction -> RDF: the ontology's terms, IRIs, triples of a document graph, term conversion, SHACL."""
