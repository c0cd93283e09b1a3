"""A map of the located events: one circle per place and event type, its area the number of events there.

Drawn with matplotlib's Agg renderer on a ``Figure`` not registered with pyplot, over the Natural Earth country
outlines shipped with kg (:mod:`kg.table.world`), in an equirectangular projection whose aspect is corrected
for the map's middle latitude (so Iraq is not squashed).  The extent is fitted to the events with a margin;
colours and legend labels are the event types' (:mod:`kg.events`).  A place geocoded only to its province or
country (geo precision 3) is a hollow circle: its point is a centroid, not where it happened.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg import events
from kg.errors import KgError, UsageError
from kg.table.rows import EventRow
from kg.table.world import countries

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

MAP_SUFFIXES = (".png", ".svg", ".pdf")
OTHER_COLOUR = "#999999"
MIN_SPAN = 3.0  # degrees: one town is shown with the country around it
LABELS = 12  # the busiest places are named

SEA, LAND, BORDER, COUNTRY_NAME = "#dde8f0", "#f7f5ef", "#8c8c8c", "#6f6f6f"


@dataclass(frozen=True)
class MapPoint:
    """One circle: a place, an event type and how many events (or incidents) of it happened there."""

    longitude: float
    latitude: float
    event_type: str
    count: int
    location: str
    precise: bool  # False for a province or country centroid (geo precision 3)


@dataclass(frozen=True)
class MapSummary:
    """What the map shows: its extent (west, south, east, north), circles, and the events it could not place."""

    extent: tuple[float, float, float, float]
    points: tuple[MapPoint, ...]
    shown: int  # events (or incidents) on the map
    unlocated: int  # events (or incidents) without coordinates
    countries: tuple[str, ...]  # the countries whose outlines are drawn


def map_points(rows: Sequence[EventRow], *, unit: str = "incidents") -> tuple[list[MapPoint], int]:
    """The circles for ``rows`` and how many events (or incidents) have no coordinates.

    With ``unit="incidents"`` the reports of one incident (one ``incident_id``) count once per place and type.
    """
    seen: set[tuple] = set()
    counts: Counter[tuple[float, float, str]] = Counter()
    names: dict[tuple[float, float], str] = {}
    precise: dict[tuple[float, float], bool] = {}
    unlocated: set[str] = set()
    for r in rows:
        key_id = (r.incident_id or r.event_id) if unit == "incidents" else r.event_id
        if r.longitude is None or r.latitude is None:
            unlocated.add(key_id)
            continue
        place = (round(r.longitude, 4), round(r.latitude, 4))
        if (key_id, place, r.event_type) in seen:
            continue
        seen.add((key_id, place, r.event_type))
        counts[(*place, r.event_type)] += 1
        names[place] = min(names.get(place, r.location or ""), r.location or "") or names.get(place, "")
        precise[place] = precise.get(place, True) and (r.geo_precision or 1) < 3
    located = {k for k, _, _ in seen}
    points = [
        MapPoint(lon, lat, t, n, names.get((lon, lat), ""), precise[(lon, lat)]) for (lon, lat, t), n in counts.items()
    ]
    points.sort(key=lambda p: (-p.count, p.event_type, p.longitude, p.latitude))
    return points, len(unlocated - located)


def fit_extent(points: Sequence[tuple[float, float]], *, ratio: float = 4 / 3) -> tuple[float, float, float, float]:
    """(west, south, east, north) holding ``points`` with a margin, at least :data:`MIN_SPAN` degrees, widened so the
    map's width over its height is about ``ratio`` once the projection's aspect is corrected."""
    if not points:
        return -180.0, -60.0, 180.0, 85.0
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    margin = max(0.12 * max(east - west, north - south), 0.5)
    west, east, south, north = west - margin, east + margin, south - margin, north + margin
    mid_lat = (south + north) / 2
    scale = max(math.cos(math.radians(mid_lat)), 0.2)  # a degree of longitude is this many degrees of latitude
    width, height = max(east - west, MIN_SPAN) * scale, max(north - south, MIN_SPAN)
    width, height = max(width, height * ratio), max(height, width / ratio)
    cx, cy = (west + east) / 2, (south + north) / 2
    west, east = cx - width / scale / 2, cx + width / scale / 2
    south, north = max(cy - height / 2, -90.0), min(cy + height / 2, 90.0)
    return max(west, -180.0), south, min(east, 180.0), north


def draw_map(rows: Sequence[EventRow], path: Path, *, unit: str = "incidents", title: str | None = None) -> MapSummary:
    """Draw the located events of ``rows`` over country outlines to ``path`` (.png, .svg or .pdf).

    Raises UsageError for another suffix and KgError when no event has coordinates (nothing to map).
    """
    path = Path(path)
    if path.suffix.lower() not in MAP_SUFFIXES:
        raise UsageError(f"the map needs a file ending in {', '.join(MAP_SUFFIXES)}, not {path.name!r}")
    points, unlocated = map_points(rows, unit=unit)
    if not points:
        raise KgError(
            f"no event to map has coordinates ({unlocated} without): places get them when kg build geocodes them"
        )
    from matplotlib.artist import Artist
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Circle, Polygon, Wedge
    from matplotlib.ticker import FuncFormatter
    from matplotlib.transforms import ScaledTranslation

    extent = fit_extent([(p.longitude, p.latitude) for p in points])
    west, south, east, north = extent
    mid_lat = (south + north) / 2
    fig = Figure(figsize=(12, 9), dpi=100)
    FigureCanvasAgg(fig)  # a renderer, to measure the place labels
    ax = fig.add_subplot()
    ax.set_facecolor(SEA)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(math.cos(math.radians(mid_lat)), 0.2))
    ax.apply_aspect()
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}°{'E' if v > 0 else 'W' if v < 0 else ''}"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}°{'N' if v > 0 else 'S' if v < 0 else ''}"))
    ax.tick_params(labelsize=8, colors="#555555")
    drawn: list[str] = []
    country_names: list[tuple[float, float, str]] = []
    for country in countries():
        visible = [polygon for polygon in country.polygons if _overlaps(_bbox(polygon[0]), extent)]
        if not visible:
            continue
        drawn.append(country.name)
        for polygon in visible:
            for i, ring in enumerate(polygon):
                ax.add_patch(
                    Polygon(ring, closed=True, facecolor=SEA if i else LAND, edgecolor=BORDER, linewidth=0.7, zorder=1)
                )
        # Named at the middle of the visible part of its largest piece on the map, unless that is a sliver.
        w, s, e, n = _bbox(max((polygon[0] for polygon in visible), key=lambda r: _clipped_size(_bbox(r), extent)))
        w, s, e, n = max(w, west), max(s, south), min(e, east), min(n, north)
        if (e - w) > (east - west) / 12 and (n - s) > (north - south) / 12:
            country_names.append(((w + e) / 2, (s + n) / 2, country.name.upper()))

    colours = {s.type.value: s.colour for s in events.specs()}
    labels = {s.type.value: s.label for s in events.specs()}
    places = _places(points)
    top = max(sum(n for _, n in p.types) for p in places)
    max_area = 1000.0 if len(places) < 60 else 600.0

    def area(count: int) -> float:  # points^2: a place's area grows with its count
        return max(max_area * count / top, 22.0)

    # One pie per place, its area the place's count, its wedges the event types; large places first, so small
    # ones stay visible on top.  Pies are drawn in points around their place, so they stay round.
    for p in sorted(places, key=lambda p: (-p.total, p.longitude, p.latitude)):
        radius = math.sqrt(area(p.total) / math.pi) / 72  # inches
        # Inches around the place's point on the page (transData is affine here: no log or polar axes).
        at = fig.dpi_scale_trans + ScaledTranslation(p.longitude, p.latitude, ax.transData)  # type: ignore[arg-type]
        angle = 90.0
        for event_type, n in p.types:
            sweep = 360.0 * n / p.total
            colour = colours.get(event_type, OTHER_COLOUR)
            ax.add_patch(
                Wedge(
                    (0, 0),
                    radius,
                    angle,
                    angle + sweep,
                    transform=at,
                    facecolor=colour,
                    edgecolor="white",
                    linewidth=0.6,
                    alpha=0.9 if p.precise else 0.35,
                    zorder=3,
                )
            )
            angle += sweep
        if not p.precise:
            ax.add_patch(
                Circle((0, 0), radius, transform=at, facecolor="none", edgecolor="#333333", lw=1.0, ls="--", zorder=3)
            )
    placed = _label_places(fig, ax, places, area)
    # Country names last, where they hide no place and no place's name.
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    for x, y, name in country_names:
        text = ax.text(x, y, name, color=COUNTRY_NAME, fontsize=8, ha="center", va="center", zorder=2, clip_on=True)
        if any(text.get_window_extent(renderer).overlaps(box) for box in placed):
            text.remove()

    what = "incidents" if unit == "incidents" else "events"
    by_type: Counter[str] = Counter()
    for point in points:
        by_type[point.event_type] += point.count
    handles: list[Artist] = [
        Line2D([], [], ls="", marker="o", ms=9, mfc=colour, mec="white", label=f"{labels[t]} ({by_type[t]:,})")
        for t, colour in colours.items()
        if by_type[t]
    ]
    for n in _size_steps(top):
        handles.append(
            Line2D(
                [],
                [],
                ls="",
                marker="o",
                ms=2 * math.sqrt(area(n) / math.pi),
                mfc="#bbbbbb",
                mec="white",
                label=f"{n:,} {what if n > 1 else what[:-1]}",
            )  # fmt: skip
        )
    if any(not p.precise for p in places):
        handles.append(
            Line2D([], [], ls="", marker="o", ms=9, mfc="#dddddd", mec="#333333", label="province or country only")
        )
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        title=f"event type ({what})\nand {what} at a place",
        labelspacing=1.2,
        borderpad=0.8,
        handlelength=3.0,
        handletextpad=1.2,
    )
    shown = sum(p.count for p in points)
    dates = sorted(r.event_date for r in rows if r.located and r.event_date)
    when = f", {dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else f", {dates[0]}" if dates else ""
    ax.set_title(title or f"{shown:,} {what} at {len(places):,} places{when}", fontsize=12)
    note = "Country outlines: Natural Earth (public domain)."
    if unlocated:
        note = f"{unlocated:,} {what} without coordinates are not shown. " + note
    ax.text(0, -0.07, note, transform=ax.transAxes, fontsize=8, color="#555555", ha="left", va="top")
    try:
        fig.savefig(path, bbox_inches="tight")
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
    return MapSummary(extent, tuple(points), shown, unlocated, tuple(drawn))


def _bbox(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _clipped_size(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    return max(min(a[2], b[2]) - max(a[0], b[0]), 0) * max(min(a[3], b[3]) - max(a[1], b[1]), 0)


@dataclass(frozen=True)
class _Place:
    longitude: float
    latitude: float
    location: str
    precise: bool
    types: tuple[tuple[str, int], ...]  # (event type, count) in spec order

    @property
    def total(self) -> int:
        return sum(n for _, n in self.types)


def _places(points: Sequence[MapPoint]) -> list[_Place]:
    order = {s.type.value: i for i, s in enumerate(events.specs())}
    grouped: dict[tuple[float, float], list[MapPoint]] = {}
    for p in points:
        grouped.setdefault((p.longitude, p.latitude), []).append(p)
    return [
        _Place(
            lon,
            lat,
            ps[0].location,
            all(p.precise for p in ps),
            tuple(
                (p.event_type, p.count) for p in sorted(ps, key=lambda p: (order.get(p.event_type, 99), p.event_type))
            ),
        )
        for (lon, lat), ps in sorted(grouped.items())
    ]


def _label_places(fig: Figure, ax: Axes, places: Sequence[_Place], area: Callable[[int], float]) -> list[Bbox]:
    """Name the busiest places (all of them when there are 25 or fewer), each label beside its pie (right, left,
    above, below) where it overlaps no other label and, if it can, no other pie; a label that can only hide another
    label is left out.  Returns the boxes (in display units) of the pies and labels."""
    from matplotlib.transforms import Bbox

    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    pies: list[Bbox] = []
    for p in places:
        x, y = ax.transData.transform((p.longitude, p.latitude))
        r = math.sqrt(area(p.total) / math.pi) * fig.dpi / 72
        pies.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    placed: list[Bbox] = []
    ranked = sorted(places, key=lambda p: (-p.total, p.location, p.longitude, p.latitude))
    for p in ranked[: len(ranked) if len(ranked) <= 25 else LABELS]:
        if not p.location:
            continue
        r = math.sqrt(area(p.total) / math.pi) + 2  # points
        sides = (
            (r, 0, "left", "center"),
            (-r, 0, "right", "center"),
            (0, r, "center", "bottom"),
            (0, -r, "center", "top"),
        )
        others = [pie for q, pie in zip(places, pies, strict=True) if q is not p]
        fits: list[tuple[int, Text, Bbox]] = []
        for dx, dy, ha, va in sides:
            text = ax.annotate(
                f"{p.location} ({p.total:,})",
                xy=(p.longitude, p.latitude),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=8,
                ha=ha,
                va=va,
                bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 0.6},
                zorder=4,
            )
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            if any(box.overlaps(other) for other in placed):
                text.remove()
                continue
            fits.append((sum(box.overlaps(pie) for pie in others), text, box))
            if fits[-1][0] == 0:
                break
        if fits:
            best = min(fits, key=lambda fit: fit[0])  # the first side hiding the fewest pies
            for fit in fits:
                if fit is not best:
                    fit[1].remove()
            placed.append(best[2])
    return placed + pies


def _size_steps(top: int) -> list[int]:
    """Round counts for the size legend: 1, a middle one and the largest."""
    if top <= 1:
        return [1]
    middle = [n for n in (2, 5, 10, 20, 50, 100, 200, 500) if 1 < n < top and n * 2.5 <= top][-1:]
    return [1, *middle, top]
