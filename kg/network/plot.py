"""A picture of the actor network: node size by a centrality measure, edge colour by event type.

Drawn with matplotlib's Agg renderer (no display needed) on a ``Figure`` that is not registered
with pyplot, so nothing leaks between calls.  Readable up to a few hundred actors: larger graphs
are cut to the :data:`MAX_ACTORS` most central, and only the top actors are labelled.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg import events
from kg.errors import KgError, UsageError

if TYPE_CHECKING:
    from kg.network.alliances import Bloc

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


BLOC_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
"""Hull colours of the alliance blocs, in bloc order (Okabe-Ito, repeated past eight)."""


def labelled(D: nx.DiGraph, ranked: list[str], *, labels: int, hubs: Collection[str] = ()) -> list[str]:
    """The actors the picture names: the ``labels`` first of ``ranked``, the most active agents (PageRank
    favours the attacked, so the eight most active by ``as_agent`` are added) and the blocs' hubs; all of up to 40."""
    shown = set(ranked)
    agents = sorted(
        (v for v in ranked if int(D.nodes[v].get("as_agent", 0) or 0) > 0),
        key=lambda v: (-int(D.nodes[v].get("as_agent", 0)), str(D.nodes[v].get("label", v)), v),
    )
    if len(ranked) <= 40:  # few enough to name every one
        return list(ranked)
    named = dict.fromkeys([*ranked[:labels], *agents[:8], *(h for h in hubs if h in shown)])
    return list(named)


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    # Andrew's monotone chain: the convex hull, counter-clockwise.
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def bloc_outline(points: list[tuple[float, float]], pad: float) -> list[tuple[float, float]]:
    """A padded hull around ``points``: the hull of a 12-gon of radius ``pad`` around each point."""
    ring = [(pad * math.cos(2 * math.pi * i / 12), pad * math.sin(2 * math.pi * i / 12)) for i in range(12)]
    return _hull([(x + dx, y + dy) for x, y in points for dx, dy in ring])


def packed_layout(L: nx.Graph, *, seed: int = 42) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of each connected component of ``L`` in its own box, the boxes packed in rows,
    largest first: one layout of a network with many small components squeezes the large one into the middle."""
    parts = sorted(
        (sorted(c) for c in nx.connected_components(L)), key=lambda c: (-len(c), c[0])
    )  # sorted nodes: the same graph gives the same picture whatever order it was built in
    # A box's side grows a little faster than the square root of its actors: a large component is dense.
    sides = [0.6 if len(c) == 1 else len(c) ** 0.6 for c in parts]
    width = max(max(sides, default=1.0), 1.4 * math.sqrt(sum(s * s for s in sides)))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for part, side in zip(parts, sides, strict=True):
        if x > 0 and x + side > width:
            x, y, row = 0.0, y - row, 0.0
        sub = L.subgraph(part)
        if len(part) == 1:
            inner = {part[0]: (0.5, 0.5)}
        else:
            raw = nx.spring_layout(sub, seed=seed, weight="weight", iterations=200, k=2.0 / math.sqrt(len(part)))
            xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
            dx, dy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
            inner = {v: (0.1 + 0.8 * (p[0] - min(xs)) / dx, 0.1 + 0.8 * (p[1] - min(ys)) / dy) for v, p in raw.items()}
        for v, (px, py) in inner.items():
            pos[v] = (x + px * side, y - side + py * side)
        x += side
        row = max(row, side)
    return pos


def draw(
    D: nx.DiGraph,
    path: Path,
    *,
    measure: str = "pagerank",
    labels: int = 15,
    max_actors: int = MAX_ACTORS,
    seed: int = 42,
    title: str | None = None,
    blocs: Sequence[Bloc] = (),
    as_of: str | None = None,
) -> Path:
    """Draw ``D`` (from :func:`kg.network.centrality.annotated_graph`) to ``path`` (.png, .svg or .pdf); returns it.

    Node area grows with ``measure``, nodes are coloured by community, edges by their main event
    type (with a legend), arrows point from agent to target; the ``labels`` most central actors, the most
    active attackers and each bloc's hub are named.  Each alliance bloc of ``blocs`` (members in the picture)
    is a shaded outline with its number and hub; the layout pulls a bloc's members together.  The layout is
    seeded, so the same graph gives the same picture.
    """
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"the picture needs a file ending in {', '.join(PLOT_SUFFIXES)}, not {path.name!r}")
    if "matplotlib.pyplot" not in sys.modules:
        import matplotlib

        matplotlib.use("Agg")  # networkx's drawing imports pyplot: keep it off any display
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Polygon

    def value(v: str) -> float:
        x = D.nodes[v].get(measure)
        return float(x) if isinstance(x, int | float) else 0.0

    ranked = sorted(D, key=lambda v: (-value(v), str(D.nodes[v].get("label", v)), v))
    H = D.subgraph(ranked[:max_actors])
    n = H.number_of_nodes()
    big = n > 100
    fig = Figure(figsize=(14, 10.5) if big else (12, 9), dpi=100)
    ax = fig.add_subplot()
    ax.set_axis_off()
    drawn = [b for b in blocs if sum(m in H for m in b.members) >= 2]
    if n:
        # The layout sees the blocs: members of one bloc are tied to each other, so a bloc is drawn as one place.
        L = nx.Graph(H.to_undirected(as_view=False))
        nx.set_edge_attributes(L, 1.0, "weight")
        for b in drawn:
            inside = [m for m in b.members if m in H]
            L.add_edges_from(((u, v, {"weight": 3.0}) for i, u in enumerate(inside) for v in inside[i + 1 :]))
        pos = packed_layout(L, seed=seed)
        top = max(value(v) for v in H) or 1.0
        sizes = [(20 if big else 40) + (700 if big else 1200) * value(v) / top for v in H]
        span = max(max(x for x, _ in pos.values()) - min(x for x, _ in pos.values()), 1e-9)
        for b in drawn:
            colour = BLOC_COLOURS[(b.number - 1) % len(BLOC_COLOURS)]
            outline = bloc_outline([pos[m] for m in b.members if m in H], pad=0.035 * span)
            ax.add_patch(Polygon(outline, closed=True, facecolor=colour, alpha=0.18, edgecolor=colour, lw=1.5, ls="--"))
            x, y = min(outline, key=lambda p: (p[0], p[1]))  # at its left edge, clear of the labels above nodes
            ax.text(x, y, f"bloc {b.number} ", color=colour, fontsize=9, fontweight="bold", ha="right", va="center")
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
        widths = [min((0.4 if big else 0.6) + 0.4 * w, 4.0) for _, _, w in H.edges(data="events", default=1)]
        nx.draw_networkx_edges(
            H,
            pos,
            ax=ax,
            edge_color=edge_colour,
            width=widths,
            alpha=0.45 if big else 0.6,
            arrows=True,
            arrowsize=6 if big else 8,
            node_size=sizes,
            connectionstyle="arc3,rad=0.08",
        )
        hubs = [m for b in drawn for m in b.members if m in H and H.nodes[m].get("label") == b.name]
        named = {v: str(H.nodes[v].get("label", v)) for v in labelled(H, ranked[:max_actors], labels=labels, hubs=hubs)}
        # Labels sit just above their node (offset by its radius in points), so node and arrows stay visible.
        for v, (size, text) in ((v, (dict(zip(H, sizes, strict=True))[v], t)) for v, t in named.items()):
            ax.annotate(
                text,
                xy=pos[v],
                xytext=(0, math.sqrt(size) / 2 + 1),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=8 if big else 9,
                bbox={"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 0.5},
                zorder=4,
            )
        handles: list[Artist] = [Line2D([0], [0], color=colour, lw=2, label=label) for label, colour in legend(H)]
        handles += [
            Patch(
                facecolor=BLOC_COLOURS[(b.number - 1) % len(BLOC_COLOURS)],
                alpha=0.35,
                label=_clip(f"bloc {b.number}: {b.name} ({len(b.members)})", 34),
            )
            for b in drawn
        ]
        ax.legend(
            handles=handles,
            # Outside the drawing, so it never covers a node (bbox_inches="tight" keeps it in the file).
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            frameon=False,
            title="edges: event type" + ("; alliance blocs" if drawn else ""),
        )
    shown = f"top {n} of {D.number_of_nodes()} actors by {measure}" if n < len(D) else f"{D.number_of_nodes()} actors"
    when = f" at {as_of}" if as_of else ""
    ax.set_title(title or f"Actor network{when} ({shown}); node size: {measure}, colour: community")
    try:
        fig.savefig(path, bbox_inches="tight")
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
