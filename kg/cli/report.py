"""``kg report``: centrality of the actor network, with the alliance blocs, at a date or over a window."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DEFAULT_STORE, _open_store, _write_output, app
from kg.cli.options import ReportFormat, ReportUnit, ReportWeight, StoreOption
from kg.errors import UsageError
from kg.events import specs as event_specs

_MEASURES_HELP = (
    "Measure to rank by (the table's columns): pagerank (default; weighted PageRank, damping 0.85: rank flows "
    "along edges from agent to target, so the attacked, the joined and the pledged-to rise), betweenness (share "
    "of shortest paths through the actor: a broker), degree (distinct actors linked to or from it), in_degree, "
    "out_degree, weighted_degree (sum of edge weights), closeness (how near the actors that reach it are), "
    "eigenvector (linked to well-linked actors), events (incidents in any role), "
    "or an event type's share of the network's events: "
)


@app.command()
def report(
    format: Annotated[
        ReportFormat,
        typer.Option(
            "--format", "-f", help="table, csv, json, markdown; graphml or gexf write the actor graph for Gephi."
        ),
    ] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    top: Annotated[int | None, typer.Option(min=1, help="Only the N most central actors.")] = None,
    sort: Annotated[
        str, typer.Option(help=_MEASURES_HELP + ", ".join(s.share_column for s in event_specs()) + ".")
    ] = "pagerank",
    event_type: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            "-t",
            help=f"Only these event types (repeatable): {', '.join(s.type.value for s in event_specs())}.",
        ),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            help=(
                "The network as it stood at the end of this date (2016-05-01, 2016-05 or 2016): its events up to "
                "then, and the alliance blocs of the pledges and defections held then."
            )
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--from", "--since", help="Only events on or after this date (2016-05-01, 2016-05, 2016)."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--to", "--until", help="Only events on or before this date; the blocs are those held at its end."
        ),
    ] = None,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Ignore less confident events.")] = 0.0,
    modality: Annotated[
        list[str] | None,
        typer.Option(
            help=(
                "Only events of these modalities (repeatable): asserted, planned, threatened, inspired, hypothetical; "
                "default asserted and inspired."
            )
        ),
    ] = None,
    document: Annotated[
        list[str] | None,
        typer.Option("--document", "-d", help="Only events from these documents (repeatable): document id or IRI."),
    ] = None,
    weight: Annotated[
        ReportWeight,
        typer.Option(
            help="Edge weight: the number of incidents (or events, with --unit events), or the sum of their confidence."
        ),
    ] = ReportWeight.events,
    samples: Annotated[
        int | None,
        typer.Option(
            min=0,
            help=(
                "Path sources sampled for betweenness and closeness (default: exact up to 2000 actors, else 256); "
                "0 for exact."
            ),
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling, communities and the plot layout.")] = 42,
    unit: Annotated[
        ReportUnit,
        typer.Option(
            help="Count incidents (the reports of one incident in several documents once) or every event report."
        ),
    ] = ReportUnit.incidents,
    all_columns: Annotated[
        bool,
        typer.Option(
            "--all-columns",
            help=(
                "Table and Markdown: every measure (in/out and weighted degree, closeness, eigenvector, events, "
                "shares per type); by default label, kind, incidents as agent and as target, degree, PageRank, "
                "betweenness, community (Louvain, seeded) and alliance bloc. CSV and JSON carry every column."
            ),
        ),
    ] = False,
    all_targets: Annotated[
        bool,
        typer.Option(
            "--all-targets",
            help="Also rank attacked places, facilities and objects (a market, a convoy); by default nodes are actors.",
        ),
    ] = False,
    plot: Annotated[
        Path | None,
        typer.Option(
            help="Also draw the network to this .png, .svg or .pdf (node size: the --sort measure; blocs outlined)."
        ),
    ] = None,
    map_path: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help=(
                "Also draw the events on a map to this .png, .svg or .pdf: one pie per place, its area the number of "
                "incidents (or events, with --unit events), coloured by type, over Natural Earth country outlines "
                "(docs/GEO.md). The filters above apply; events without coordinates are counted in a note."
            ),
        ),
    ] = None,
    map_country: Annotated[
        list[str] | None,
        typer.Option(
            "--map-country",
            help="Only events in these countries on the map (ISO 3166 alpha-2 code, repeatable: IQ, SY).",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Centrality of the actor network built from the stored events, most central actor first, with the alliance
    blocs (actors linked by pledges of allegiance and defections) at the report's date."""
    from kg.network import formats as report_format
    from kg.network import report as network

    if at is not None and (since is not None or until is not None):
        raise UsageError("--at is the network up to that date: give --at, or --from/--to, not both")
    graph_format = format.value in report_format.GRAPH_FORMATS
    with _open_store(store, read_only=True) as kg_store:
        result, D = network.report(
            kg_store,
            types=event_type,
            since=since,
            until=until,
            at=at,
            min_confidence=min_confidence,
            modalities=modality,
            documents=document,
            sort=sort,
            weight=weight.value,
            top=top,
            samples=samples,
            seed=seed,
            graph=graph_format or plot is not None,
            include_things=all_targets,
            unit=unit.value,
        )
        if map_path is not None:
            from kg.cli.table import map_rows

            rows = map_rows(
                kg_store, map_path, event_type, since, until, at, min_confidence, modality, document, map_country
            )
    if map_path is not None:
        from kg.table.mapplot import draw_map

        draw_map(rows, map_path, unit=unit.value)
    if plot is not None:
        from kg.network.plot import draw

        draw(D, plot, measure=sort, seed=seed, blocs=result.blocs, as_of=result.as_of)
    data = (
        report_format.render_graph(D, format.value)
        if graph_format
        else report_format.render_report(
            result, format.value, columns=None if all_columns else report_format.COMPACT_COLUMNS
        ).encode("utf-8")
    )
    if format.value in ("table", "csv") or output is not None:
        for note in result.notes:
            typer.echo(f"kg: note: {note}", err=True)
    _write_output(data, output)
