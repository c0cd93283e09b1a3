"""The query page of ``kg serve`` at /: YASGUI set to this endpoint, with kg's prefixes and example queries.

YASGUI (npm ``@zazuko/yasgui``, MIT) is shipped built inside kg (``kg/serve/static/yasgui/``, its licence
beside it), so the page loads nothing from elsewhere and works offline.  The page is generated once per
process: the endpoint is ``sparql`` relative to the page (so it also works behind a proxy under a path),
each query in ``examples/`` is one entry of the Examples menu, and ``examples/events.rq`` is the first tab.
Queries on the page carry PREFIX lines for the kg prefixes they use: the endpoint predeclares them, but
YASGUI's editor marks an undeclared prefix as an error.  The editor's term completion from the Linked Open
Vocabularies web service is switched off (it would send what one types to another site).
"""

from __future__ import annotations

import functools
import html
import importlib.resources
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.rdf.vocab import PREFIXES

DEFAULT_EXAMPLE = "events"
"""The example that opens in the first tab: events with type, agent, target, place and date."""

# Files the page loads, by URL path: (file under kg/serve/static/, media type).
ASSETS: dict[str, tuple[str, str]] = {
    "/yasgui/yasgui.min.js": ("yasgui/yasgui.min.js", "text/javascript"),
    "/yasgui/yasgui.min.css": ("yasgui/yasgui.min.css", "text/css"),
    "/yasgui/LICENSE": ("yasgui/LICENSE", "text/plain"),
}


@dataclass(frozen=True)
class Example:
    name: str  # the file's stem: "who-attacked-whom"
    title: str  # its first comment line
    query: str  # with PREFIX lines for the kg prefixes it uses


def page() -> bytes:
    """The HTML of the query page."""
    return _page()


def asset(path: str) -> tuple[bytes, str] | None:
    """The bytes and media type of a file the page loads (``/yasgui/yasgui.min.js``), or None for other paths."""
    entry = ASSETS.get(path)
    if entry is None:
        return None
    name, media = entry
    return _static(name), media


@functools.cache
def _static(name: str) -> bytes:
    return (importlib.resources.files("kg.serve") / "static" / name).read_bytes()


def examples_dir() -> Path:
    """``examples/``: package data ``kg/examples/`` in an installed kg, the repository's folder in a checkout."""
    packaged = importlib.resources.files("kg") / "examples"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "examples"


def with_prefixes(query: str) -> str:
    """``query`` with PREFIX lines, after its leading comments, for each kg prefix it writes as ``name:``."""
    used = [name for name in PREFIXES if re.search(rf"(?<![\w<#/.:-]){re.escape(name)}:", query)]
    lines = query.splitlines(keepends=True)
    head = 0
    while head < len(lines) and lines[head].lstrip().startswith("#"):
        head += 1
    prefixes = [f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in used]
    return "".join(lines[:head] + prefixes + lines[head:])


def examples() -> tuple[Example, ...]:
    """The example queries, the default one first, then by name."""
    found = []
    for path in sorted(examples_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.removeprefix("#").strip() if first.startswith("#") else path.stem
        found.append(Example(path.stem, title, with_prefixes(text)))
    found.sort(key=lambda e: (e.name != DEFAULT_EXAMPLE, e.name))
    return tuple(found)


@functools.cache
def _page() -> bytes:
    config = {
        "prefixes": PREFIXES,
        "examples": [{"name": e.name, "title": e.title, "query": e.query} for e in examples()],
    }
    # Inside <script>, only "</" can end the element early; JSON allows "<\/" for it.
    data = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    options = "\n".join(
        f'<option value="{i}">{html.escape(e.name)}: {html.escape(e.title)}</option>' for i, e in enumerate(examples())
    )
    return _PAGE.replace("@CONFIG@", data).replace("@OPTIONS@", options).encode("utf-8")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="yasgui/yasgui.min.css">
<style>
body { font: 14px system-ui, sans-serif; margin: 0 1em; }
header { display: flex; align-items: baseline; gap: 1.5em; flex-wrap: wrap; padding: .6em 0; }
header h1 { font-size: 1.2em; margin: 0; }
header select { max-width: 40em; }
header small { color: #555; }
</style></head><body>
<header><h1>kg SPARQL</h1>
<label>Examples <select id="examples"><option value="">open an example in a new tab…</option>
@OPTIONS@
</select></label>
<small>Tools use <a href="sparql"><code>/sparql</code></a> (SPARQL 1.1 Protocol; without a query it
answers the service description). kg's prefixes are predeclared there.
<a href="yasgui/LICENSE">YASGUI</a>, MIT.</small></header>
<div id="yasgui"></div>
<script type="application/json" id="kg-config">@CONFIG@</script>
<script src="yasgui/yasgui.min.js"></script>
<script>
const kg = JSON.parse(document.getElementById("kg-config").textContent);
const endpoint = new URL("sparql", location.href).href;
// Completion offers kg's prefixes (a data: URL, so nothing is fetched from prefix.cc); no LOV look-ups.
Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];
Yasgui.Yasqe.defaults.prefixCcApi = "data:application/json," + encodeURIComponent(JSON.stringify(kg.prefixes));
Yasgui.Yasqe.defaults.value = kg.examples.length ? kg.examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
// New tabs show results as kg query's table does: IRIs with kg's prefixes (yasr.prefixes below), literals
// as plain values (the table's "Simple view", which its checkbox turns off).
const tabDefaults = Yasgui.Tab.getDefaults;
Yasgui.Tab.getDefaults = (yasgui) => {
  const json = tabDefaults(yasgui);
  json.yasr.settings.pluginsConfig = {table: {compact: true}};
  return json;
};
const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: {endpoint: endpoint, method: "POST"},
  copyEndpointOnNewTab: true,
  tabName: kg.examples.length ? kg.examples[0].name : "Query",
  persistenceId: "kg-" + location.host,
  endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
  yasr: {prefixes: kg.prefixes},
});
const menu = document.getElementById("examples");
menu.addEventListener("change", () => {
  const example = kg.examples[Number(menu.value)];
  menu.value = "";
  if (!example) return;
  const tab = yasgui.addTab(true, {name: example.name, yasqe: {value: example.query},
    requestConfig: {endpoint: endpoint}}, {avoidDuplicateTabs: true});
  if (tab.getQuery() !== example.query) tab.setQuery(example.query);
  tab.show();
});
window.kgYasgui = yasgui;
</script></body></html>
"""
