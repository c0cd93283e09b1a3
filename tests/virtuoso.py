"""A private Virtuoso server for integration tests (and benchmarks): start, set up, stop.

Debian's ``virtuoso-opensource`` package ships ``virtuoso-t`` and ``isql-vt``.  :func:`start`
copies the packaged ``virtuoso.ini`` into a private folder, points every database file there,
binds the SQL and HTTP ports to free 127.0.0.1 ports, raises ``ResultSetMaxRows``, allows the
bulk loader to read ``load_dir``, starts ``virtuoso-t +wait`` and grants SPARQL_UPDATE to the
anonymous SPARQL user (so ``/sparql`` takes updates and ``/sparql-graph-crud`` takes PUT/DELETE).

``isql-vt`` exits 0 even when its SQL fails, so :func:`isql` returns its output and callers
check the effect (the grant is checked by an update through HTTP).

    python tests/virtuoso.py      # starts one, prints its URLs, stops on Enter
"""

from __future__ import annotations

import configparser
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
RESULT_SET_MAX_ROWS = 1_000_000
DBA_PASSWORD = "dba"  # a new database's default; the server only listens on 127.0.0.1


def available() -> str | None:
    """None when a test Virtuoso can start here, else the reason it cannot (for pytest.skip)."""
    missing = [name for name in ("virtuoso-t", "isql-vt") if shutil.which(name) is None]
    if missing:
        return (
            f"{' and '.join(missing)} not installed: apt-get install virtuoso-opensource "
            "(.ci/run does) to run the SPARQL server tests"
        )
    if not PACKAGED_INI.is_file():
        return f"{PACKAGED_INI} missing: reinstall virtuoso-opensource"
    return None


@contextmanager
def running() -> Iterator[Virtuoso]:
    """A started server, stopped on exit; inside pytest, the caller is skipped where Virtuoso is not installed."""
    reason = available()
    if reason:
        import pytest

        pytest.skip(reason)
    server = start()
    try:
        yield server
    finally:
        server.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Virtuoso:
    """A running test server: its folder, ports and process."""

    root: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        """The SPARQL 1.1 Protocol endpoint (queries and, after the grant, updates)."""
        return f"{self.base}/sparql"

    @property
    def load_dir(self) -> Path:
        """A folder the bulk loader (``ld_dir``) may read."""
        return self.root / "load"

    def isql(self, sql: str, *, timeout: float = 120) -> str:
        """Run ``sql`` through isql-vt as dba; return its output (the exit code means nothing)."""
        done = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", DBA_PASSWORD, f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return done.stdout + done.stderr

    def stop(self) -> None:
        """Shut the server down (checkpointing) and remove its folder."""
        if self.process.poll() is None:
            subprocess.run(
                ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", DBA_PASSWORD, "-K"],
                capture_output=True,
                timeout=60,
                check=False,
            )
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _write_ini(root: Path, sql_port: int, http_port: int) -> Path:
    ini = configparser.ConfigParser(strict=False, interpolation=None, inline_comment_prefixes=(";",))
    ini.optionxform = str  # Virtuoso's keys are case-sensitive in spirit; keep them as written
    ini.read(PACKAGED_INI)
    db = root / "db"
    db.mkdir(parents=True)
    (root / "load").mkdir()
    for section, stem in (("Database", "virtuoso"), ("TempDatabase", "virtuoso-temp")):
        ini[section]["DatabaseFile"] = str(db / f"{stem}.db")
        ini[section]["TransactionFile"] = str(db / f"{stem}.trx")
    ini["Database"]["ErrorLogFile"] = str(db / "virtuoso.log")
    ini["Database"]["LockFile"] = str(db / "virtuoso.lck")
    ini["Database"]["xa_persistent_file"] = str(db / "virtuoso.pxa")
    params = ini["Parameters"]
    params["ServerPort"] = f"127.0.0.1:{sql_port}"
    params["DirsAllowed"] = f"., /usr/share/virtuoso-opensource-7/vad, {root / 'load'}"
    # Small buffers: tests hold little data, and the CI machine is shared.
    params["NumberOfBuffers"] = "10000"
    params["MaxDirtyBuffers"] = "6000"
    params["ThreadsPerQuery"] = "2"
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["SPARQL"]["ResultSetMaxRows"] = str(RESULT_SET_MAX_ROWS)
    ini["URIQA"]["DefaultHost"] = f"127.0.0.1:{http_port}"
    path = root / "virtuoso.ini"
    with path.open("w") as handle:
        ini.write(handle, space_around_delimiters=True)
    return path


def _wait_http(url: str, *, deadline: float) -> None:
    query = urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        try:
            with urllib.request.urlopen(f"{url}?{query}", timeout=5) as response:
                response.read()
                return
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def start(*, root: Path | None = None, timeout: float = 120) -> Virtuoso:
    """Start a private Virtuoso on free 127.0.0.1 ports, ready for SPARQL reads and writes."""
    reason = available()
    if reason:
        raise RuntimeError(reason)
    root = Path(root) if root else Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
    sql_port, http_port = _free_port(), _free_port()
    ini = _write_ini(root, sql_port, http_port)
    # +foreground keeps the process ours (we stop it by pid if isql -K fails); the log goes to a file.
    log = (root / "stdout.log").open("wb")
    process = subprocess.Popen(
        ["virtuoso-t", "+configfile", str(ini), "+foreground"],
        cwd=root / "db",
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = Virtuoso(root, sql_port, http_port, process)
    try:
        _wait_http(server.sparql, deadline=time.monotonic() + timeout)
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        # Default permissions for the anonymous user: read and write every graph (test server only).
        server.isql("DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
    except BaseException:
        server.stop()
        raise
    return server


if __name__ == "__main__":
    s = start()
    print(f"SPARQL {s.sparql}\nSQL 127.0.0.1:{s.sql_port}\nfolder {s.root}")
    try:
        input("Enter stops it ")
    finally:
        s.stop()
