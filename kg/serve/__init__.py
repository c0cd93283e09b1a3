"""Query results in their formats, and the SPARQL 1.1 Protocol endpoint of ``kg serve``."""
