"""Drive Debian's chromium headless over the Chrome DevTools Protocol (a websocket), for tests of the query page.

>>> with Chromium.start(tmp_path) as browser:               # doctest: +SKIP
...     browser.go("http://127.0.0.1:8000/")
...     browser.wait("document.querySelector('.yasqe') !== null")
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


def chromium() -> str | None:
    """The chromium executable on PATH, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class PageError(AssertionError):
    pass


class Chromium:
    """One headless chromium with one page, driven by CDP commands; close() ends the browser."""

    def __init__(self, process: subprocess.Popen[str], ws: websocket.WebSocket) -> None:
        self.process = process
        self.ws = ws
        self._id = 0
        self.console: list[str] = []
        self.requests: list[str] = []  # every URL the page asked for

    @classmethod
    def start(cls, profile: Path, *, width: int = 1280, height: int = 900) -> Chromium:
        args = [
            chromium() or "chromium",
            "--headless",
            "--no-sandbox",  # tests run as root in CI containers, where the sandbox cannot start
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--remote-debugging-port=0",
            "about:blank",
        ]
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert process.stderr is not None
        deadline = time.monotonic() + 30
        browser_ws = None
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                raise RuntimeError(f"chromium exited with {process.returncode} before listening")
            if m := _LISTENING.search(line):
                browser_ws = m.group(1)
                break
        if browser_ws is None:
            process.kill()
            raise RuntimeError("chromium did not start listening for DevTools within 30 s")
        # Drain stderr from now on, so a chatty browser never blocks on a full pipe.

        threading.Thread(target=process.stderr.read, daemon=True).start()
        port = browser_ws.split("//")[1].split("/")[0]
        with urllib.request.urlopen(f"http://{port}/json/list", timeout=10) as r:
            pages = [t for t in json.load(r) if t["type"] == "page"]
        ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        browser = cls(process, ws)
        browser.send("Runtime.enable")
        browser.send("Page.enable")
        browser.send("Network.enable")
        return browser

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Run one CDP command and return its result (events that arrive meanwhile are noted or dropped)."""
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise PageError(f"{method}: {message['error']}")
                return message.get("result", {})
            if message.get("method") == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
            elif message.get("method") == "Runtime.consoleAPICalled":
                args = message["params"]["args"]
                self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in args))
            elif message.get("method") == "Runtime.exceptionThrown":
                details = message["params"]["exceptionDetails"]
                self.console.append("exception: " + details.get("exception", {}).get("description", details["text"]))

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (awaited when it is a promise)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise PageError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def go(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait("document.readyState === 'complete'")

    def wait(self, condition: str, *, timeout: float = 30) -> None:
        """Wait until a JavaScript condition is true in the page."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.evaluate(f"Boolean({condition})"):
                    return
            except PageError:
                pass
            time.sleep(0.1)
        raise PageError(f"not true after {timeout} s: {condition}; console: {self.console[-5:]}")

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
