"""Where graphs live: the embedded Oxigraph store, a SPARQL 1.1 server, N-Quads shards, SPARQL text."""
