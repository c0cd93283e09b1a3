"""The query page of ``kg serve`` at /: plain HTML and JavaScript, no build step, no outside resources."""

from __future__ import annotations


def page() -> bytes:
    return _PAGE.encode("utf-8")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1.5em; }
textarea { width: 100%; height: 12em; font: 13px monospace; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; font: 13px monospace; }
th { background: #eee; } #status { margin-left: 1em; color: #555; } pre { background: #f6f6f6; padding: 1em; }
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Prefixes kg:, kgid:, sem:, nif:, prov:, dcterms:, owl:, rdfs:, xsd:, wd: are predeclared.
Tools use <code>/sparql</code> (SPARQL 1.1 Protocol).</p>
<textarea id="q">SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf* sem:Event }
GROUP BY ?type ORDER BY DESC(?n)</textarea><br>
<button id="run">Run (Ctrl+Enter)</button><span id="status"></span>
<div id="out"></div>
<script>
const q = document.getElementById("q"), out = document.getElementById("out");
const status = document.getElementById("status");
function cell(t) {
  const td = document.createElement("td");
  if (t) td.textContent = t.type === "uri" ? "<" + t.value + ">" : t.type === "bnode" ? "_:" + t.value
    : t.value + (t["xml:lang"] ? "@" + t["xml:lang"] : "");
  return td;
}
async function run() {
  status.textContent = "running..."; out.textContent = "";
  const started = performance.now();
  try {
    const r = await fetch("sparql", {method: "POST", body: q.value, headers: {
      "Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
    const text = await r.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!r.ok) { status.textContent = "error " + r.status; const p = document.createElement("pre");
      p.textContent = text; out.appendChild(p); return; }
    if (!(r.headers.get("Content-Type") || "").includes("json")) { const p = document.createElement("pre");
      p.textContent = text; out.appendChild(p); status.textContent = seconds + " s"; return; }
    const data = JSON.parse(text);
    if ("boolean" in data) { out.textContent = String(data.boolean); status.textContent = seconds + " s"; return; }
    const table = document.createElement("table"), head = table.insertRow();
    for (const v of data.head.vars) {
      const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const b of data.results.bindings) { const row = table.insertRow();
      for (const v of data.head.vars) row.appendChild(cell(b[v])); }
    out.appendChild(table);
    status.textContent = data.results.bindings.length + " rows, " + seconds + " s";
  } catch (e) { status.textContent = "failed: " + e; }
}
document.getElementById("run").onclick = run;
q.addEventListener("keydown", e => { if (e.key === "Enter" && e.ctrlKey) run(); });
</script></body></html>
"""
