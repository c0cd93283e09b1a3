"""The query page in a real browser: Debian's chromium headless, driven over the DevTools protocol, against a
real ``kg serve`` on 127.0.0.1.  It loads YASGUI, runs the default query and an example picked from the menu,
and reads the result table the way a person sees it."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_examples import EXAMPLES, EXPECTED, example_documents

from kg.incidents.sync import update_incidents
from kg.store.embedded import Store

cdp = pytest.importorskip("cdp", reason="websocket-client is not installed (pip install -e '.[test]')")
if cdp.chromium() is None:
    pytest.skip(
        "chromium is not installed: apt-get install chromium (.ci/run does) to test the query page",
        allow_module_level=True,
    )

_SERVING = re.compile(r"query page (http://\S+/) ")
ROWS = "[...document.querySelectorAll('.tabPanel.active .yasr table.dataTable tbody tr')]"
CELLS = f"{ROWS}.map(r => [...r.cells].map(c => c.innerText))"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The URL of `kg serve` (a subprocess, as users run it) on a store of the examples' documents."""
    path = tmp_path_factory.mktemp("browser") / "store"
    with Store.open(path) as store:
        for doc in example_documents():
            store.replace_graph(doc.iri, doc.triples)
        update_incidents(store)
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", "0", "--workers", "1"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    match = _SERVING.search(line)
    try:
        assert match, f"kg serve did not start: {line}{process.stderr.read() if process.poll() is not None else ''}"
        threading.Thread(target=process.stderr.read, daemon=True).start()
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture()
def browser(tmp_path) -> Iterator[cdp.Chromium]:
    with cdp.Chromium.start(tmp_path / "profile") as b:
        yield b


def _table(browser: cdp.Chromium) -> list[tuple[str, ...]]:
    browser.wait(f"{ROWS}.length > 0 && !document.querySelector('.tabPanel.active .yasqe_queryButton.busy')")
    return [tuple(row) for row in browser.evaluate(CELLS)]


def test_the_page_runs_its_default_query_and_shows_the_events(server: str, browser: cdp.Chromium) -> None:
    browser.go(server)
    browser.wait("document.querySelector('.tabPanel.active .yasqe .CodeMirror') !== null")
    assert browser.evaluate("document.querySelector('.tabPanel.active .yasqe .CodeMirror').CodeMirror.getValue()")
    assert browser.evaluate("Object.values(kgYasgui._tabs).map(t => t.getName())") == ["events"]
    query = browser.evaluate("kgYasgui.getTab().getQuery()")
    assert query.startswith("# Events, newest first") and "PREFIX kg: <https://w3id.org/kg/ontology#>" in query
    assert browser.evaluate("kgYasgui.getTab().getEndpoint()") == server + "sparql"

    browser.evaluate("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
    # As kg query's table shows them: plain values, IRIs with kg's prefixes, an empty cell for no place.
    assert _table(browser) == EXPECTED["events.rq"]

    # Everything the page loaded came from kg serve itself: it works offline.
    assert browser.requests and all(url.startswith(server) or url.startswith("data:") for url in browser.requests), (
        browser.requests
    )
    assert not [line for line in browser.console if line.startswith("exception")], browser.console


def test_an_example_from_the_menu_opens_in_a_tab_and_runs(server: str, browser: cdp.Chromium) -> None:
    browser.go(server)
    browser.wait("document.querySelector('.tabPanel.active .yasqe') !== null")
    names = browser.evaluate(
        "[...document.querySelectorAll('#examples option')].slice(1).map(o => o.text.split(':')[0])"
    )
    assert sorted(names) == sorted(p.stem for p in EXAMPLES.glob("*.rq")) and names[0] == "events"

    browser.evaluate(
        "(() => { const menu = document.getElementById('examples');"
        " menu.value = [...menu.options].find(o => o.text.startsWith('who-attacked-whom:')).value;"
        " menu.dispatchEvent(new Event('change')); })()"
    )
    browser.wait("kgYasgui.getTab().getName() === 'who-attacked-whom'")
    browser.evaluate("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
    assert _table(browser) == EXPECTED["who-attacked-whom.rq"]


def test_a_broken_query_shows_the_servers_message(server: str, browser: cdp.Chromium) -> None:
    browser.go(server)
    browser.wait("document.querySelector('.tabPanel.active .yasqe') !== null")
    browser.evaluate("void kgYasgui.getTab().setQuery('SELECT ?x WHERE { ?x kg:nosuch }')")
    browser.evaluate("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
    browser.wait("document.querySelector('.tabPanel.active .yasr .errorResult') !== null")
    text = browser.evaluate("document.querySelector('.tabPanel.active .yasr .errorResult').innerText")
    assert "line 1, column 32" in text, text  # the endpoint's own message, where the query went wrong


def test_screenshot(server: str, browser: cdp.Chromium, tmp_path: Path) -> None:
    """A picture of the page with results, for people to look at (KG_SCREENSHOT=FILE keeps it)."""
    import os

    browser.go(server)
    browser.wait("document.querySelector('.tabPanel.active .yasqe') !== null")
    browser.evaluate("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
    _table(browser)
    out = Path(os.environ.get("KG_SCREENSHOT") or tmp_path / "page.png")
    browser.screenshot(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
