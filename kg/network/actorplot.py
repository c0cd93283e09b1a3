"""A picture of one actor over time (``kg actor NAME --plot FILE.png``): its events by type, its sides as bars.

The upper panel has one row per event type (the types' spec colours): a filled marker where the actor was the
agent (attacked, pledged, defected), a hollow one where it was the other side, labelled with the counterparts.
The lower panel has one bar per side (:class:`kg.network.actor.Membership`): whom the actor was with, and who was
with it, from the pledge or joining to the defection; a bar that started before the record is hatched at its start,
one still held runs to the end of the axis.  Undated events and sides cannot be placed; the title counts them.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from kg import events
from kg.errors import KgError, UsageError
from kg.network.actor import ActorView
from kg.network.alliances import day
from kg.network.plot import PLOT_SUFFIXES

_WITH, _JOINED = "#0072B2", "#CC79A7"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _date(text: str) -> datetime.date:
    return datetime.date.fromisoformat(day(text))


def draw_actor(view: ActorView, path: Path) -> Path:
    """Draw ``view`` to ``path`` (.png, .svg or .pdf); returns it."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"the picture needs a file ending in {', '.join(PLOT_SUFFIXES)}, not {path.name!r}")
    if "matplotlib.pyplot" not in sys.modules:
        import matplotlib

        matplotlib.use("Agg")
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    dated = [e for e in view.timeline if e.date]
    # A side from an undated pledge has no place on the axis (one from before the record starts at its left end).
    spans = tuple(m for m in view.memberships if m.start or m.implied)
    moments = [_date(e.date) for e in dated if e.date] + [_date(d) for m in spans for d in (m.start, m.end) if d]
    lo = min(moments, default=datetime.date.today())
    hi = max(moments, default=lo)
    pad = datetime.timedelta(days=max((hi - lo).days // 20, 15))
    lo, hi = lo - pad, hi + pad
    specs = [s for s in events.specs() if any(e.type == s.type.value for e in view.timeline)] or list(events.specs())
    rows = max(len(spans), 1)
    fig = Figure(figsize=(12, 3.2 + 0.45 * len(specs) + 0.35 * rows), dpi=100)
    top, bottom = fig.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": [max(len(specs), 2), max(rows, 1.5)], "hspace": 0.08}
    )
    row_of = {s.type.value: i for i, s in enumerate(reversed(specs))}
    colour = {s.type.value: s.colour for s in specs}
    stacked: dict[tuple[str, datetime.date], int] = {}
    for e in dated:
        assert e.date is not None
        when = _date(e.date)
        n = stacked.get((e.type, when), 0)
        stacked[(e.type, when)] = n + 1
        y = row_of.get(e.type, 0) + 0.18 * n
        agent = e.role == "agent"
        top.scatter(
            [when],
            [y],
            s=70,
            marker="o",
            facecolors=colour.get(e.type, "#999999") if agent else "white",
            edgecolors=colour.get(e.type, "#999999"),
            linewidths=1.8,
            alpha=0.5 if e.modality not in ("asserted", "inspired") else 1.0,
            zorder=3,
        )
        if len(dated) <= 40 and e.counterparts:
            text = ", ".join(e.counterparts)
            top.annotate(
                text if len(text) <= 22 else text[:21] + "…",
                (mdates.date2num(when), y),
                xytext=(4, 5),
                textcoords="offset points",
                fontsize=7,
                rotation=25,
            )
    top.set_yticks(range(len(specs)), [s.label for s in reversed(specs)])
    top.set_ylim(-0.6, len(specs) - 0.2)
    top.grid(axis="x", color="#dddddd", lw=0.6)
    top.legend(
        handles=[
            Line2D([0], [0], marker="o", ls="", color="#555555", markerfacecolor="#555555", label="as agent"),
            Line2D(
                [0], [0], marker="o", ls="", color="#555555", markerfacecolor="white", label="as target / other side"
            ),
        ],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
    )
    for i, m in enumerate(spans):
        y = rows - 1 - i
        start = _date(m.start) if m.start else lo
        end = _date(m.end) if m.end else hi
        shade = _WITH if m.relation == "with" else _JOINED
        bottom.barh(y, (end - start).days, left=start, height=0.55, color=shade, alpha=0.75)
        if m.start is None:  # held since before the record: its start is unknown
            bottom.barh(
                y, max((end - start).days // 6, 1), left=start, height=0.55, color="white", alpha=0.6, hatch="//"
            )
        if m.end:
            bottom.plot([end, end], [y - 0.35, y + 0.35], color="#333333", lw=1.5)
    labels = [_clip(f"{'with' if m.relation == 'with' else 'joined by'} {m.other}", 40) for m in spans]
    bottom.set_yticks(range(rows), list(reversed(labels)) if spans else [""])
    bottom.set_ylim(-0.7, rows - 0.3)
    if not spans:
        bottom.text(
            0.5, 0.5, "no pledge or defection involves it", ha="center", va="center", transform=bottom.transAxes
        )
    bottom.grid(axis="x", color="#dddddd", lw=0.6)
    bottom.legend(
        handles=[
            Line2D([0], [0], color=_WITH, lw=6, label=f"{view.label} with …"),
            Line2D([0], [0], color=_JOINED, lw=6, label=f"… with {view.label}"),
            Line2D([0], [0], color="#333333", lw=1.5, label="defection ends it"),
        ],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
    )
    bottom.set_xlim(lo, hi)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(bottom.xaxis.get_major_locator()))
    undated = len(view.timeline) - len(dated)
    note = f"; {undated} undated not shown" if undated else ""
    if len(spans) < len(view.memberships):
        hidden = len(view.memberships) - len(spans)
        note += f", nor {hidden} undated side{'s' if hidden > 1 else ''}"
    top.set_title(f"{view.label}: {len(dated)} dated events by type{note}; sides over time below", loc="left")
    try:
        fig.savefig(path, bbox_inches="tight")
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
