"""Geocoding accuracy on the hand-checked set tests/fixtures/geocoding.jsonl (issue 16: >= 0.90).

Extracts each text with the trained pipeline, geocodes its places with the document's context, and
prints the share of gold places resolved to the expected GeoNames entry, then each miss.

Run:  python benchmarks/geocoding.py [tests/fixtures/geocoding.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.extract.nlp import load  # noqa: E402
from kg.geo.evaluate import Outcome, outcomes  # noqa: E402
from kg.models import Document  # noqa: E402


def score(path: Path) -> list[Outcome]:
    """Every gold place of the set at ``path`` with the GeoNames id kg found for it."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [Document(id=r["id"], text=r["text"]) for r in records]
    out: list[Outcome] = []
    for record, extraction in zip(records, extract(documents, nlp=load()), strict=True):
        out += outcomes(extraction, record["places"])
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "geocoding.jsonl"
    results = score(path)
    right = sum(o.ok for o in results)
    print(f"geocoding accuracy {right / len(results):.3f} ({right}/{len(results)} places, {path.name})")
    for o in results:
        if not o.ok:
            print(f"  {o.document}: {o.text!r} expected {o.expected}, found {o.found}")


if __name__ == "__main__":
    main()
