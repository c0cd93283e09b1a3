"""The RDF formats kg reads and writes: one table with names, short names, suffixes and media types.

``kg export``, ``kg query`` (CONSTRUCT results), ``kg serve``, ``kg validate FILE`` and both stores
look formats up here, so a format and its aliases are named once.

>>> rdf_format("ttl").name
'turtle'
>>> writer_prefixes("nquads") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

# Nothing heavy is imported here: the command line builds its format choices from this table
# before any command runs, and `kg --help` must stay fast.


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax: kg's name for it and what each library and protocol calls it."""

    name: str  # kg's name: "turtle"
    aliases: tuple[str, ...]  # short names offered on the command line: "ttl"
    oxigraph_name: str  # the pyoxigraph.RdfFormat member
    rdflib: str  # rdflib's parser name
    suffixes: tuple[str, ...]  # file suffixes that mean this format
    media_types: tuple[str, ...]  # the first is what kg serve answers with
    export: bool = True  # kg export and Store.dump write it
    hidden: tuple[str, ...] = ()  # names also understood but not offered ("xml" is also a results format)

    @property
    def oxigraph(self) -> ox.RdfFormat:
        """pyoxigraph's format object."""
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph_name)

    @property
    def datasets(self) -> bool:
        """Whether the format keeps named graphs (N-Quads, TriG, JSON-LD)."""
        return self.oxigraph.supports_datasets


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("ttl",), "TURTLE", "turtle", (".ttl", ".turtle"), ("text/turtle",)),
    RdfFormat(
        "ntriples",
        ("nt",),
        "N_TRIPLES",
        "nt",
        (".nt", ".ntriples"),
        ("application/n-triples", "text/plain"),
    ),
    RdfFormat("nquads", ("nq",), "N_QUADS", "nquads", (".nq", ".nquads"), ("application/n-quads",)),
    RdfFormat("trig", (), "TRIG", "trig", (".trig",), ("application/trig",)),
    RdfFormat(
        "jsonld",
        (),
        "JSON_LD",
        "json-ld",
        (".jsonld", ".json"),
        ("application/ld+json",),
        hidden=("json-ld",),
    ),
    RdfFormat(
        "rdfxml",
        (),
        "RDF_XML",
        "xml",
        (".rdf", ".owl", ".xml"),
        ("application/rdf+xml", "application/xml"),
        export=False,
        hidden=("xml",),
    ),
)
"""Every format, in the order help texts list them."""

EXPORT_FORMATS = tuple(f for f in FORMATS if f.export)

_BY_NAME = {name: f for f in FORMATS for name in (f.name, *f.aliases, *f.hidden)}

_WITH_PREFIXES = ("TURTLE", "TRIG", "RDF_XML")


def rdf_format(name: str, *, formats: tuple[RdfFormat, ...] = FORMATS) -> RdfFormat:
    """The format called ``name`` (any case; an alias such as ``ttl`` or ``json-ld`` too) among ``formats``.

    Raises ValueError naming the formats there are.
    """
    key = name.strip().lower()
    found = _BY_NAME.get(key) or _BY_NAME.get(key.replace("-", "").replace("_", ""))
    if found is None or found not in formats:
        raise ValueError(f"unknown RDF format {name!r}; use one of {', '.join(f.name for f in formats)}")
    return found


def names(formats: tuple[RdfFormat, ...] = FORMATS) -> list[str]:
    """Every name and alias of ``formats``, each name followed by its aliases (for command-line choices)."""
    return [name for f in formats for name in (f.name, *f.aliases)]


def by_suffix(suffix: str) -> RdfFormat | None:
    """The format of a file ending in ``suffix`` (".ttl"), or None."""
    suffix = suffix.lower()
    return next((f for f in FORMATS if suffix in f.suffixes), None)


def writer_prefixes(fmt: RdfFormat | ox.RdfFormat | str) -> dict[str, str] | None:
    """The prefixes to write ``fmt`` with: kg's without ``kgid:`` for Turtle, TriG and RDF/XML, else None."""
    from kg.rdf.vocab import PREFIXES

    if isinstance(fmt, str):
        fmt = rdf_format(fmt)
    if not isinstance(fmt, RdfFormat):
        fmt = next(f for f in FORMATS if f.oxigraph == fmt)
    if fmt.oxigraph_name not in _WITH_PREFIXES:
        return None
    # kg's instance IRIs contain "/" after the kgid: namespace, which Turtle can only write as
    # kgid:actor\/isis-...; older strict parsers (raptor) reject that escape, so instances stay full IRIs.
    return {k: v for k, v in PREFIXES.items() if k != "kgid"}
