"""Rendering centrality reports as a terminal table, CSV, JSON or Markdown, and the actor graph as GraphML/GEXF.

Pure: returns strings or bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import TYPE_CHECKING

from kg.rdf.formats import terminal_safe, xml_safe

if TYPE_CHECKING:
    import networkx as nx

    from kg.network.actor import ActorView
    from kg.network.centrality import CentralityReport

_FLOAT_DIGITS = 4


def _records(rows: Sequence[object]) -> list[dict[str, object]]:
    # Rows with as_dict() (centrality rows: one share column per event type) flatten themselves.
    return [
        r.as_dict() if hasattr(r, "as_dict") else asdict(r) for r in rows if is_dataclass(r) and not isinstance(r, type)
    ]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{_FLOAT_DIGITS}f}"
    return str(value)


# The default table: what an analyst reads first, in under 100 characters (--columns all shows every measure).
COMPACT_COLUMNS = ("label", "kind", "as_agent", "as_target", "degree", "pagerank", "betweenness", "community", "bloc")
# Their headers in the default table, short enough to fit (CSV and JSON keep the field names).
_COMPACT_HEADERS = {"as_agent": "agent", "as_target": "target"}
_LABEL_WIDTH = 24
_SHORT_KINDS = {"armed_group": "group", "organisation": "org"}


def render(rows: Sequence[object], fmt: str, *, columns: Sequence[str] | None = None) -> str:
    """``rows`` (dataclasses) as ``table``, ``csv``, ``json`` or ``markdown`` text ending in a newline; a
    table or Markdown shows ``columns`` when given (labels clipped to fit), every column otherwise."""
    records = _records(rows)
    columns_all = list(records[0]) if records else []
    compact = columns is not None and fmt in ("table", "markdown")
    columns = [c for c in columns if c in columns_all] if compact and columns is not None else columns_all
    if compact:
        for r in records:
            label = str(r.get("label", ""))
            r["label"] = label if len(label) <= _LABEL_WIDTH else label[: _LABEL_WIDTH - 1] + "…"
            r["kind"] = _SHORT_KINDS.get(str(r.get("kind") or ""), str(r.get("kind") or ""))
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(r[c]) for c in columns] for r in records])
        return buffer.getvalue()
    if not rows:
        return "no actors: the store has no events that pass the filters\n"
    # The IRI column is long and redundant with the label on a terminal; CSV and JSON keep it.
    shown = [c for c in columns if c != "iri"]
    cells = [[terminal_safe(_cell(r[c])) for c in shown] for r in records]
    if compact and fmt == "table":
        shown = [_COMPACT_HEADERS.get(c, c) for c in shown]
    if fmt == "markdown":
        head = "| " + " | ".join(shown) + " |"
        rule = "|" + "|".join("---" for _ in shown) + "|"
        return (
            "\n".join([head, rule, *("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells)])
            + "\n"
        )
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(shown)]
    numeric = [all(_is_number(row[i]) for row in cells) for i in range(len(shown))]

    def line(values: list[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line(shown), line(["-" * w for w in widths]), *(line(row) for row in cells)]) + "\n"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return text == ""
    return True


GRAPH_FORMATS = ("graphml", "gexf")


def render_report(report: CentralityReport, fmt: str, *, columns: Sequence[str] | None = COMPACT_COLUMNS) -> str:
    """A :class:`~kg.network.centrality.CentralityReport` as text; JSON carries notes and settings, Markdown notes.

    Table and CSV hold the rows only (the CLI writes the notes to stderr, so CSV stays clean).
    """
    if fmt == "json":
        data = {"network": report.meta(), "actors": _records(report.rows)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text = render(report.rows, fmt, columns=columns)
    if fmt in ("table", "markdown") and report.rows:
        text += _bloc_key(report, markdown=fmt == "markdown")
    if fmt == "markdown" and report.notes:
        text += "\n" + "".join(f"> {note}\n" for note in report.notes)
    return text


_BLOC_LINES = 10


def _bloc_key(report: CentralityReport, *, markdown: bool) -> str:
    """What the bloc column's numbers stand for: each bloc's hub and members, one line each (clipped to 100)."""
    when = f"at {report.as_of}" if report.as_of else "at the end of the record"
    if not report.blocs:
        return f"\nno alliance blocs {when} (no pledge or defection links two actors then)\n"
    lines = [f"alliance blocs {when} (pledges and defections held then):"]
    for b in report.blocs[:_BLOC_LINES]:
        lines.append(_clip(f"  {b.number}  {b.name} ({len(b.members)}): {', '.join(b.labels)}", 99))
    if len(report.blocs) > _BLOC_LINES:
        rest = report.blocs[_BLOC_LINES:]
        lines.append(f"  and {len(rest)} more of {min(len(b.members) for b in rest)} to {len(rest[0].members)} actors")
        lines.append("  (the JSON format lists every bloc)")
    if markdown:
        lines = [lines[0], "", *(f"- {line.strip()}" for line in lines[1:])]
    return "\n" + "\n".join(lines) + "\n"


def render_graph(D: nx.DiGraph, fmt: str) -> bytes:
    """``D`` (from :func:`kg.network.centrality.annotated_graph`) as GraphML or GEXF bytes, for Gephi or Cytoscape."""
    import networkx as nx

    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(D, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(D, buffer, encoding="utf-8")
    else:
        raise ValueError(f"graph format must be one of {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
    # networkx writes labels' C0 controls as they are, and then cannot read its own file back.
    return xml_safe(buffer.getvalue().decode("utf-8")).encode("utf-8")


def render_actor(view: ActorView, fmt: str) -> str:
    """An :class:`~kg.network.actor.ActorView` as ``text`` (affiliations, then the timeline) or ``json``."""
    if fmt == "json":
        return json.dumps(asdict(view), ensure_ascii=False, indent=2) + "\n"
    dates = [e.date for e in view.timeline if e.date]
    span = f", {min(dates)} to {max(dates)}" if dates else ""
    kind = f" ({view.kind})" if view.kind else ""
    lines = [f"{view.label}{kind}: {len({e.event for e in view.timeline})} events{span}", f"  {view.iri}", ""]
    lines.append("affiliations")
    if not view.affiliations:
        lines.append("  none reported (no asserted pledge of allegiance or defection involving it)")
    for a in view.affiliations:
        lines.append(f"  {a.date or 'undated':<10}  {a.change} {a.other}")
    lines += ["", "sides over time (a pledge or joining holds until a defection from that side)"]
    if not view.memberships:
        lines.append("  none")
    for m in view.memberships:
        since = m.start or ("before the record" if m.implied else "an undated report")
        until = f"until {m.end}" if m.end else "still"
        lines.append(f"  {m.relation:<9}  {_clip(m.other, 34):<34}  from {since:<18}  {until}")
    lines += ["", "timeline"]
    rows = [
        [
            e.date or "undated",
            e.type.lower(),
            e.role,
            _clip(", ".join(e.counterparts), 34),
            _clip(e.place or "", 18),
            e.modality,
            e.document,
        ]
        for e in view.timeline
    ]
    header = ["date", "type", "role", "counterparts", "place", "modality", "document"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    for row in [header, ["-" * w for w in widths], *rows]:
        lines.append("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(terminal_safe(line) for line in lines) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
