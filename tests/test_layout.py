"""The layout: stages import only earlier stages, both stores share one interface, every package is packaged."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from kg.store.base import GraphStore
from kg.store.embedded import Store
from kg.store.remote import RemoteStore

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / "kg"

# Stages along the data path; a module may import its own stage and earlier ones.  kg.rdf.vocab
# (the ontology's names) and kg.rdf.iri (naming things) are the vocabulary every stage shares.
STAGES = [
    ("kg.errors", "kg.models", "kg.events", "kg.rdf.vocab", "kg.rdf.iri", "kg.rdf.formats"),
    ("kg.geo",),
    ("kg.extract",),
    ("kg.contract", "kg.rdf"),
    ("kg.store",),
    ("kg.serve", "kg.network", "kg.incidents", "kg.evaluate", "kg.table"),
    ("kg.build",),
    ("kg.cli", "kg.clidoc", "kg.__main__"),
]


def stage(module: str) -> int:
    best = None
    for i, names in enumerate(STAGES):
        for name in names:
            if (module == name or module.startswith(name + ".")) and (best is None or len(name) > len(best[1])):
                best = (i, name)
    assert best is not None, module
    return best[0]


def modules() -> dict[str, Path]:
    found = {}
    for path in KG.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n == "kg" or n.startswith("kg.")}


def test_no_module_imports_a_later_stage():
    known = modules()
    wrong = []
    for name, path in known.items():
        for imported in imports(path):
            while imported not in known and "." in imported:
                imported = imported.rsplit(".", 1)[0]  # kg.rdf.triples.document_triples -> kg.rdf.triples
            if imported == "kg":
                continue
            if stage(imported) > stage(name):
                wrong.append(f"{name} imports {imported}")
    assert not wrong, wrong


@pytest.mark.parametrize("path", sorted(KG.rglob("*.py")), ids=str)
def test_modules_stay_under_600_lines(path: Path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600


def test_both_stores_implement_the_store_interface():
    with Store.memory() as store:
        assert isinstance(store, GraphStore)
    members = [m for m in dir(GraphStore) if not m.startswith("_") or m in ("__len__", "__contains__", "__enter__")]
    assert all(callable(getattr(RemoteStore, m, None)) for m in members if m != "read_only")


def test_every_package_is_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    present = {".".join(p.parent.relative_to(ROOT).parts) for p in KG.rglob("__init__.py")}
    assert present <= listed, present - listed


def runtime_imports(path: Path) -> set[str]:
    """The kg modules ``path`` imports when it runs: every import statement but those under
    ``if TYPE_CHECKING:`` (type-only), at module level or inside functions alike."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    names = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n.startswith("kg.")}


def import_graph() -> dict[str, set[str]]:
    """Module -> the kg modules it imports at run time, each import resolved to the most specific module
    (``from kg.extract import roles`` -> kg.extract.roles; ``from kg.models import Event`` -> kg.models)."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for imported in runtime_imports(path):
            while imported not in known and "." in imported:
                imported = imported.rsplit(".", 1)[0]
            if imported != name and imported != "kg":
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


# Cycles still to break, each through imports deferred into functions or a package importing the modules that
# import it (issue 13); the list may only shrink: a new cycle fails, and so does a listed one that is gone.  The
# last one (kg.store.shape and kg.store.sparql, through the tokenizer) went with kg.store.lexer.
KNOWN_CYCLES: list[list[str]] = []


def test_no_runtime_import_cycles():
    # Type-only imports (under ``if TYPE_CHECKING:``) may go both ways; nothing else may, deferred or not.
    found = cycles(import_graph())
    assert not [c for c in found if any(m.startswith("kg.extract") for m in c)], found
    assert sorted(found) == KNOWN_CYCLES, f"{found} (a command module imports kg.cli.app, never kg.cli)"


def test_the_cycle_check_finds_a_cycle():
    graph = {"kg.a": {"kg.b"}, "kg.b": {"kg.c"}, "kg.c": {"kg.a"}, "kg.d": {"kg.a"}}
    assert cycles(graph) == [["kg.a", "kg.b", "kg.c"]]
    assert cycles({"kg.a": {"kg.b"}, "kg.b": set()}) == []


def test_the_trained_pipeline_is_loaded_once_per_test_session():
    # tests/conftest.py's session-scoped ``nlp`` fixture is the one load; a module's own fixture or load() loads again.
    loads = ("def nlp(", "nlp=load()", "predict(records, load())")
    again = [
        p.name
        for p in sorted((ROOT / "tests").glob("test_*.py"))
        if p.name != "test_layout.py" and any(load in p.read_text(encoding="utf-8") for load in loads)
    ]
    assert not again, f"use the nlp fixture of tests/conftest.py in {again}"
