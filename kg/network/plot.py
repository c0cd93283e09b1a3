"""A picture of the actor network: node size by a centrality measure, edge colour by event type.

Drawn with matplotlib's Agg renderer (no display needed) on a ``Figure`` that is not registered
with pyplot, so nothing leaks between calls.  Readable up to a few hundred actors: larger graphs
are cut to the :data:`MAX_ACTORS` most central, and only the top actors are labelled.
"""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

from kg import events
from kg.errors import KgError, UsageError

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
MAX_ACTORS = 300
OTHER_COLOUR = "#999999"


def edge_colours() -> dict[str, str]:
    """Event type name -> the colour of its edges, from the types' specs (in their order)."""
    return {s.type.value: s.colour for s in events.specs()}


def legend(D: nx.DiGraph) -> list[tuple[str, str]]:
    """(label, colour) of each event type on ``D``'s edges, in spec order: what the picture's legend shows."""
    colours = edge_colours()
    present = {t for _, _, t in D.edges(data="event_type")}
    return [(t.lower(), colour) for t, colour in colours.items() if t in present]


def draw(
    D: nx.DiGraph,
    path: Path,
    *,
    measure: str = "pagerank",
    labels: int = 15,
    max_actors: int = MAX_ACTORS,
    seed: int = 42,
    title: str | None = None,
) -> Path:
    """Draw ``D`` (from :func:`kg.network.centrality.annotated_graph`) to ``path`` (.png, .svg or .pdf); returns it.

    Node area grows with ``measure``, nodes are coloured by community, edges by their main event
    type (with a legend), arrows point from agent to target; the ``labels`` most central actors
    are named.  The layout is seeded, so the same graph gives the same picture.
    """
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"the picture needs a file ending in {', '.join(PLOT_SUFFIXES)}, not {path.name!r}")
    if "matplotlib.pyplot" not in sys.modules:
        import matplotlib

        matplotlib.use("Agg")  # networkx's drawing imports pyplot: keep it off any display
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    def value(v: str) -> float:
        x = D.nodes[v].get(measure)
        return float(x) if isinstance(x, int | float) else 0.0

    ranked = sorted(D, key=lambda v: (-value(v), str(D.nodes[v].get("label", v))))
    H = D.subgraph(ranked[:max_actors])
    fig = Figure(figsize=(12, 9), dpi=100)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if H.number_of_nodes():
        pos = nx.spring_layout(H, seed=seed, k=1.5 / max(H.number_of_nodes(), 1) ** 0.5)
        top = max(value(v) for v in H) or 1.0
        sizes = [40 + 1200 * value(v) / top for v in H]
        communities = [int(H.nodes[v].get("community", 0)) for v in H]
        nx.draw_networkx_nodes(
            H,
            pos,
            ax=ax,
            node_size=sizes,
            node_color=communities,
            cmap="tab20",
            vmin=1,
            vmax=20,
            alpha=0.85,
            linewidths=0.5,
            edgecolors="#333333",
        )
        colours = edge_colours()
        edge_colour = [colours.get(t, OTHER_COLOUR) for _, _, t in H.edges(data="event_type")]
        widths = [min(0.6 + 0.4 * w, 4.0) for _, _, w in H.edges(data="events", default=1)]
        nx.draw_networkx_edges(
            H,
            pos,
            ax=ax,
            edge_color=edge_colour,
            width=widths,
            alpha=0.6,
            arrows=True,
            arrowsize=8,
            node_size=sizes,
            connectionstyle="arc3,rad=0.08",
        )
        named = {v: str(H.nodes[v].get("label", v)) for v in ranked[: min(labels, max_actors)]}
        nx.draw_networkx_labels(
            H,
            pos,
            labels=named,
            ax=ax,
            font_size=9,
            bbox={"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1},
        )
        ax.legend(
            handles=[Line2D([0], [0], color=colour, lw=2, label=label) for label, colour in legend(H)],
            # Outside the drawing, so it never covers a node (bbox_inches="tight" keeps it in the file).
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            frameon=False,
            title="event type",
        )
    shown = (
        f"top {H.number_of_nodes()} of {D.number_of_nodes()} actors"
        if H.number_of_nodes() < len(D)
        else (f"{D.number_of_nodes()} actors")
    )
    ax.set_title(title or f"Actor network ({shown}); node size: {measure}")
    try:
        fig.savefig(path, bbox_inches="tight")
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
