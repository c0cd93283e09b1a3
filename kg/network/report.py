"""``kg report`` in one call: filters as named strings -> actor graph -> ranked report."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import TYPE_CHECKING

import networkx as nx

from kg.errors import UsageError
from kg.models import EventType, Modality
from kg.network.alliances import bloc_of, blocs_at, check_window
from kg.network.centrality import DEFAULT_SEED, CentralityReport, annotated_graph, centrality, sort_measures
from kg.network.graph import DEFAULT_MODALITIES, actor_graph

if TYPE_CHECKING:
    from kg.store.base import GraphStore


def report(
    store: GraphStore,
    *,
    types: Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    at: str | None = None,
    min_confidence: float = 0.0,
    modalities: Collection[str] | None = None,
    documents: Collection[str] | None = None,
    sort: str = "pagerank",
    weight: str = "events",
    top: int | None = None,
    samples: int | None = None,
    seed: int = DEFAULT_SEED,
    graph: bool = False,
    include_things: bool = False,
    unit: str = "incidents",
) -> tuple[CentralityReport, nx.DiGraph | None]:
    """``kg report`` in one call: filters as named strings -> actor graph -> ranked report.

    Returns the report and, when ``graph`` is true, :func:`annotated_graph` of its actors (for
    GraphML/GEXF and plots).  Unknown event types, modalities or measures raise UsageError.

    ``at`` is the network as it stood at the end of that date: its events up to it (same as ``until``), with the
    alliance blocs of that date (:mod:`kg.network.alliances`); ``since``/``until`` are the events of a window,
    with the blocs at its end.  The blocs use every type's affiliations, whatever ``types`` the network counts.
    """
    since, until = check_window(at, since, until)
    if sort not in sort_measures():
        raise UsageError(f"sort must be one of {', '.join(sort_measures())}, not {sort!r}")
    try:
        wanted = {EventType(t.upper()) for t in types} if types else None
    except ValueError:
        raise UsageError(
            f"unknown event type in {sorted(types or ())}; use {', '.join(t.value for t in EventType)}"
        ) from None
    try:
        mods = {Modality(m.lower()) for m in modalities} if modalities else DEFAULT_MODALITIES
    except ValueError:
        raise UsageError(
            f"unknown modality in {sorted(modalities or ())}; use {', '.join(m.value for m in Modality)}"
        ) from None
    G = actor_graph(
        store,
        types=wanted,
        min_confidence=min_confidence,
        modalities=mods,
        start=since,
        end=until,
        documents=documents,
        include_things=include_things,
        unit=unit,
    )
    result = centrality(G, sort=sort, weight=weight, limit=top, samples=samples, seed=seed)
    found = blocs_at(store, until, min_confidence=min_confidence, modalities=mods, documents=documents)
    member_of = bloc_of(found)
    result = dataclasses.replace(
        result,
        rows=tuple(dataclasses.replace(r, bloc=member_of.get(r.iri)) for r in result.rows),
        blocs=found,
        as_of=until,
    )
    return result, annotated_graph(G, result) if graph else None
