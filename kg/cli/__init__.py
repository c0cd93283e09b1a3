"""kg's command line: parse options, call one library function, format the output.

Heavy libraries (spaCy, rdflib, networkx) are imported inside the commands that need them, so
``kg --help`` and the store-only commands start quickly.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DEFAULT_STORE, _fail, _open_store, app
from kg.cli.options import (
    DEFAULT_EXPORT_FORMAT,
    ClusterOption,
    DateOption,
    EvaluateFormat,
    ExportFormat,
    ExtractFormat,
    InputsArgument,
    JobsOption,
    ModelOption,
    PrefilterOption,
    ProgressOption,
    QueryFormat,
    StoreOption,
)
from kg.cli.output import NO_DOCUMENTS, Notices, Progress, event_lines, report_failures, scores_table, size
from kg.errors import InputError, KgError, QueryError, UsageError
from kg.rdf import formats as rdf_formats


def _check_inputs(inputs: list[str]) -> None:
    """Fail before any work when a named input does not exist: a typo should not cost a model load."""
    missing = [p for p in inputs if p != "-" and not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}; check the path")


def _load_nlp(model: str | None):
    from kg.extract.nlp import load

    return load(model)


@app.command()
def build(
    inputs: InputsArgument,
    store: StoreOption = DEFAULT_STORE,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch and per store transaction.")] = 32,
    jobs: JobsOption = 1,
    prefilter: PrefilterOption = True,
    date: DateOption = None,
    cluster: ClusterOption = None,
    progress_option: ProgressOption = None,
) -> None:
    """Extract events from INPUTS and store each document's graph (rebuilding a document replaces it)."""
    from kg.build.io import read_inputs
    from kg.build.jobs import build as run_build
    from kg.cli.cluster import workers

    _check_inputs(inputs)
    if cluster is not None and jobs > 1:
        raise UsageError("--jobs and --cluster do not go together: with --cluster the cluster's workers parse")
    # The store first: a store in use by another build fails at once, before the model loads.
    with _open_store(store, create=True) as kg_store, workers(cluster, model=model) as on_cluster:
        nlp = None if on_cluster else _load_nlp(model)
        progress, notices = Progress(show=progress_option), Notices()
        progress.count(inputs)
        documents = read_inputs(inputs, default_date=date, notify=notices)
        outcomes = run_build(
            documents,
            store=kg_store,
            nlp=nlp,
            batch_size=batch_size,
            jobs=jobs,
            prefilter=prefilter,
            cluster=on_cluster,
        )
        for _ in report_failures(outcomes, progress):
            pass
    progress.finish()
    if not progress.done:
        _fail(f"stored 0 documents: {NO_DOCUMENTS}{notices.summary()}")
    stored = progress.done - progress.failed
    typer.echo(
        f"stored {stored} documents with {progress.events} events in {store}"
        + (f"; {progress.failed} inputs failed (see above)" if progress.failed else "")
        + notices.summary(),
        err=True,
    )
    if progress.failed or not stored:
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: InputsArgument,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")] = 32,
    jobs: JobsOption = 1,
    prefilter: PrefilterOption = True,
    date: DateOption = None,
    progress_option: ProgressOption = None,
) -> None:
    """Extract events without a store: one JSON object per input document on stdout (the contract)."""
    from kg.build.io import read_inputs
    from kg.build.jobs import extract_items
    from kg.contract import extraction_record

    _check_inputs(inputs)
    nlp = _load_nlp(model)
    progress, notices = Progress(show=progress_option), Notices()
    progress.count(inputs)
    documents = read_inputs(inputs, default_date=date, notify=notices)
    out = sys.stdout
    for outcome in report_failures(
        extract_items(documents, nlp=nlp, batch_size=batch_size, jobs=jobs, prefilter=prefilter), progress
    ):
        if outcome.extraction is None:
            continue
        record = extraction_record(outcome.extraction)
        if format is ExtractFormat.jsonl:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(event_lines(record))
    out.flush()
    progress.finish()
    if not progress.done:
        _fail(f"extracted 0 documents: {NO_DOCUMENTS}{notices.summary()}")
    if notices.skipped:
        typer.echo(notices.summary().removeprefix("; "), err=True)
    if progress.failed:
        raise typer.Exit(1)


def _read_query(sparql: str | None, file: Path | None) -> str:
    if file is not None and sparql is not None:
        raise UsageError("give the query as an argument or with --file, not both")
    if sparql and sparql.endswith((".rq", ".sparql", ".ru")) and "\n" not in sparql:
        file, sparql = Path(sparql), None
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read query file {file}: {exc}") from None
    if sparql is None or sparql == "-":
        if sparql is None and sys.stdin.isatty():
            raise UsageError("no query: give it as an argument, with --file, or on stdin with -")
        sparql = sys.stdin.read()
    if not sparql.strip():
        raise UsageError("no query: give it as an argument, with --file, or on stdin with -")
    return sparql


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="The SPARQL query, a .rq file, or - to read it from stdin.", show_default=False)
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the query from this file.")] = None,
    format: Annotated[
        QueryFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format; default: a table on a terminal, else plain tab-separated values (Turtle for "
            "CONSTRUCT). tsv is SPARQL's TSV (N-Triples terms); jsonl one JSON object per row.",
            show_default=False,
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help=(
                "Bind a variable of the WHERE clause safely (one hidden in a sub-SELECT is refused): "
                "name=<iri> or name=prefix:local (IRIs); name=0.9, name=true, name=2016-06-01 (a number, boolean "
                "or date); name='\"text\"' or any SPARQL literal ('\"2016\"^^xsd:gYear'); other text is a string."
            ),
        ),
    ] = None,
    no_headers: Annotated[
        bool, typer.Option("--no-headers", help="Leave out the header row (plain, csv, tsv).")
    ] = False,
    update: Annotated[
        bool, typer.Option("--update", help="Run a SPARQL Update (INSERT/DELETE/...) against the store, changing it.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(min=0, help="Seconds a query may run before kg stops it (exit 1); 0: no limit.")
    ] = 300.0,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Run a SPARQL query over every document graph and print the results (or, with --update, change the store).

    A SERVICE clause makes kg send one request to its endpoint (kg serve refuses SERVICE unless allowed).
    """
    from kg.serve import formats as results
    from kg.store import sparql as kg_sparql

    text = _read_query(sparql, file)
    if update:
        if param:
            raise UsageError("--param binds query variables; write the values into the update")
        with _open_store(store) as kg_store:
            kg_sparql.run_update(kg_store, text)
            typer.echo(f"update applied; the store holds {len(kg_store)} triples", err=True)
        return
    bindings = dict(kg_sparql.parse_binding(p) for p in param or [])
    with _open_store(store, read_only=True) as kg_store:
        try:
            result = kg_sparql.run_query(kg_store, text, bindings=bindings, timeout=timeout or None)
        except QueryError as exc:
            if str(exc) == kg_sparql.UPDATE_REFUSED:
                raise UsageError(f"{exc}; add --update to change the store") from None
            if isinstance(exc, kg_sparql.QueryTimeout):
                raise kg_sparql.QueryTimeout(f"{exc} with --timeout") from None
            raise
    fmt = format.value if format else results.default_format(result, terminal=sys.stdout.isatty())
    try:
        out = results.render(result, fmt)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if no_headers:
        if fmt not in ("plain", "csv", "tsv"):
            raise UsageError(f"--no-headers fits plain, csv and tsv output, not {fmt}")
        out = out.split("\r\n" if fmt == "csv" else "\n", 1)[1] if isinstance(result, results.SelectResult) else out
    sys.stdout.write(out)


@app.command()
def export(
    format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="RDF format (ttl, nt, nq are short names), or the events table: csv, jsonl, geojson (docs/GEO.md).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file, not stdout; its extension gives the format if -f does not."
        ),
    ] = None,
    graph: Annotated[str | None, typer.Option(help="Only this document graph (IRI).")] = None,
    shard_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="With --format nquads: write shards of at most N quads (kg-00001.nq, ...) to --output DIR, "
            "for bulk loaders.",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Write the store as RDF: Turtle by default; N-Quads, TriG and JSON-LD keep one graph per document.  csv, jsonl
    and geojson write the events table instead (one row per event: date, type, actors, place, coordinates)."""
    from kg.table import TABLE_FORMATS, table_format

    if format is None:
        format = DEFAULT_EXPORT_FORMAT  # noqa: A001
        if output is not None and shard_size is None and output.suffix:
            # The format the file's extension names (graph.nq is N-Quads), as rdfpipe and oxigraph's CLI do.
            suffix = output.suffix.lower()
            found = rdf_formats.by_suffix(suffix)
            table = next((f for f in TABLE_FORMATS if suffix in f.suffixes), None)
            if found is None and table is None:
                raise UsageError(f"cannot tell the format of {output} from its extension; give -f/--format")
            format = ExportFormat(found.name if found is not None else table.name)  # type: ignore[union-attr]  # noqa: A001
    if table_format(format.value) is not None:
        from kg.cli.table import export_table

        if shard_size is not None:
            raise UsageError("--shard-size needs --format nquads, not the events table")
        export_table(format.value, output=output, graph=graph, store=store)
        return
    fmt = rdf_formats.rdf_format(format.value).name
    if shard_size is not None:
        from kg.store.shards import write_shards

        if fmt != "nquads" or output is None or graph is not None:
            raise UsageError("--shard-size needs --format nquads and --output DIR (and no --graph)")
        with _open_store(store, read_only=True) as kg_store:
            paths = write_shards(kg_store, output, shard_size=shard_size)
        typer.echo(f"wrote {len(paths)} shards to {output}", err=True)
        return

    def dump(kg_store, handle) -> None:  # noqa: ANN001
        # pyoxigraph writes C0 controls into RDF/XML as they are, which no XML parser reads.
        sink = rdf_formats.XmlSafeWriter(handle) if fmt == "rdfxml" else handle
        kg_store.dump(sink, format=fmt, graph=graph)
        sink.flush()

    with _open_store(store, read_only=True) as kg_store:
        if output is None:
            dump(kg_store, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            try:
                with output.open("wb") as handle:
                    dump(kg_store, handle)
            except OSError as exc:
                raise KgError(f"cannot write {output}: {exc.strerror or exc}") from None


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines: id, text, complete, events with role aliases.")],
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions", help="Score this contract JSONL instead of running extraction on the gold texts."
        ),
    ] = None,
    format: Annotated[EvaluateFormat, typer.Option("--format", "-f", help="Output format.")] = EvaluateFormat.table,
    model: ModelOption = None,
) -> None:
    """Score extraction against your own annotated data: per-type P/R/F1, role recall and precision."""
    from dataclasses import asdict

    from kg.evaluate import gold_documents, load_gold, score

    records = load_gold(gold)
    if predictions is not None:
        predicted = {}
        try:
            with predictions.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        record = json.loads(line)
                        predicted[str(record.get("id"))] = record
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
            raise KgError(f"cannot read predictions {predictions}: {exc}; give kg extract's JSONL output") from None
    else:
        from kg.build.jobs import extract_items
        from kg.contract import extraction_record

        nlp = _load_nlp(model)
        predicted = {
            o.extraction.document.id: extraction_record(o.extraction)
            for o in extract_items(gold_documents(records), nlp=nlp)
            if o.extraction is not None
        }
    scores = score(records, predicted)
    if format is EvaluateFormat.json:
        sys.stdout.write(json.dumps({**asdict(scores), "events_per_gold": scores.events_per_gold}, indent=2) + "\n")
    else:
        sys.stdout.write(scores_table(scores))


@app.command()
def serve(
    store: StoreOption = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the endpoint to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0 picks a free one).")] = 8000,
    allow_update: Annotated[
        bool, typer.Option("--allow-update", help="Accept SPARQL Update (POST application/sparql-update or update=).")
    ] = False,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")] = 30.0,
    max_request_bytes: Annotated[
        int, typer.Option(min=1, help="Largest request body accepted (413 above).")
    ] = 1_000_000,
    cors: Annotated[bool, typer.Option("--cors", help="Allow browser pages from any origin to query.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Queries run at once (worker processes).")] = 2,
    worker_memory: Annotated[
        int, typer.Option(min=0, help="MiB of address space a worker may use; a query needing more gets 503 (0: none).")
    ] = 2048,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="A Host name to answer besides IP addresses, localhost and this machine's (DNS rebinding)."),
    ] = None,
    allow_service: Annotated[
        list[str] | None, typer.Option(help="A SERVICE endpoint IRI queries may call (federation is off otherwise).")
    ] = None,
    allow_load: Annotated[
        bool, typer.Option("--allow-load", help="Let updates LOAD URLs (with --allow-update).")
    ] = False,
    read_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a client may take to send its whole request (then cut off).")
    ] = 30.0,
    max_connections: Annotated[
        int, typer.Option(min=1, help="Open connections at once; more get 503 (lowered to fit under ulimit -n).")
    ] = 256,
) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint at /sparql, with a query page at /."""
    from kg.serve.endpoint import make_server
    from kg.store.base import is_url

    if is_url(store):
        raise UsageError("kg serve serves a local store folder; that URL is a server already")
    with _open_store(store, read_only=not allow_update, create=allow_update):
        pass  # fail here, with the usual message, before any worker starts
    try:
        server = make_server(
            Path(store),
            host=host,
            port=port,
            allow_update=allow_update,
            timeout=timeout,
            max_request_bytes=max_request_bytes,
            cors=cors,
            workers=workers,
            read_timeout=read_timeout,
            max_connections=max_connections,
            worker_memory_mb=worker_memory,
            allowed_hosts=tuple(allow_host or ()),
            allow_service=tuple(allow_service or ()),
            allow_load=allow_load,
            log=lambda line: typer.echo(line, err=True),
        )
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    mode = "read-write" if allow_update else "read-only"
    typer.echo(
        f"kg serve: SPARQL endpoint {server.url}sparql, query page {server.url} ({mode}, {store}); Ctrl+C stops it",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@app.command()
def validate(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="An RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) to check instead of the store.", show_default=False
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Check each document graph (of the store, or of FILE) against kg's SHACL shapes; exit 1 on violations."""
    from kg.rdf.conformance import check_file, check_store
    from kg.serve.formats import display

    if file is not None:
        report, where = check_file(file), str(file)
    else:
        with _open_store(store, read_only=True) as kg_store:
            report, where = check_store(kg_store), str(store)
    for v in report.violations:
        path = display(v.path) if v.path is not None else "-"
        typer.echo(f"{display(v.focus)}  {path}  {v.message}")
    if not report.conforms:
        _fail(f"{where} does not conform to kg's shapes: {len(report.violations)} violations (listed above)")
    typer.echo(f"{where} conforms to kg's shapes", err=True)


@app.command()
def stats(
    store: StoreOption = DEFAULT_STORE,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """What the store holds: documents, incidents, events per type and per incident, actors, places, triples, location
    and size on disk.  An incident is one real-world happening; its events are the reports of it in documents."""
    from dataclasses import asdict

    with _open_store(store, read_only=True) as kg_store:
        info = kg_store.stats()
    if json_output:
        sys.stdout.write(json.dumps(asdict(info), indent=2) + "\n")
        return
    rows = [
        ("store", info.path or "memory"),
        ("size on disk", size(info.size_bytes)),
        ("documents", info.documents),
        ("triples", info.triples),
        ("quads", info.quads),
        ("actors", info.actors),
        ("places", info.places),
        ("incidents", info.incidents),
        ("events", sum(info.events.values())),
    ]
    rows += [(f"  {name}", n) for name, n in info.events.items()]
    if info.incidents:
        rows.append(("events per incident", f"{sum(info.events.values()) / info.incidents:.2f}"))
    if info.loaded:
        rows.append(("loaded graphs", len(info.loaded)))
        rows += [(f"  {graph}", f"{n} triples") for graph, n in info.loaded.items()]
    width = max(len(k) for k, _ in rows)
    sys.stdout.write("".join(f"{k:<{width}}  {v}\n" for k, v in rows))


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        _fail("interrupted", code=130)
    except BrokenPipeError:
        # The reader of stdout went away (| head): exit quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


# Commands kept in their own modules register on the app when it is imported.
from kg.cli import actor as _actor  # noqa: E402, F401
from kg.cli import load as _load  # noqa: E402, F401
from kg.cli import report as _report  # noqa: E402, F401
from kg.cli import upkeep as _upkeep  # noqa: E402, F401
from kg.cli import version as _version  # noqa: E402, F401
