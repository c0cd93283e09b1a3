"""The two jobs that run extraction: ``build`` (into a store) and ``extract`` (to contract records).

Both stream: documents go through spaCy in batches, and each result is handed back as soon as
its document is done, so callers can show progress and memory stays flat on any corpus size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.io import Item, Rejected
from kg.models import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.store import Store


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: stored with ``events`` events, or failed with ``error``."""

    source: str
    doc_id: str | None
    events: int = 0
    error: str | None = None
    extraction: Extraction | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _failed(rejected: Rejected) -> Outcome:
    return Outcome(source=rejected.source, doc_id=None, error=rejected.reason)


def extract_items(items: Iterable[Item], *, nlp: Language, batch_size: int = 32) -> Iterator[Outcome]:
    """One :class:`Outcome` per input item, in input order, each carrying its extraction."""
    from kg.extract import extract

    pending: deque[Rejected] = deque()
    max_length = nlp.max_length

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Rejected):
                pending.append(item)
            elif len(item.text) > max_length:
                pending.append(Rejected(item.source or item.id, (
                    f"document has {len(item.text):,} characters, over the model's limit of {max_length:,}; "
                    "split it into smaller documents")))
            else:
                yield item

    for extraction in extract(documents(), nlp=nlp, batch_size=batch_size):
        # Rejections queued before this document was read come out first, keeping input order.
        while pending:
            yield _failed(pending.popleft())
        doc = extraction.document
        yield Outcome(source=doc.source or doc.id, doc_id=doc.id, events=len(extraction.events),
                      extraction=extraction)
    while pending:
        yield _failed(pending.popleft())


def build(items: Iterable[Item], *, store: Store, nlp: Language, batch_size: int = 32) -> Iterator[Outcome]:
    """Extract every document and replace its named graph in ``store``; one Outcome per input item.

    Each document is written in its own transaction, so an interruption leaves every finished
    document whole and none half-written, and running the same input again changes nothing.
    """
    from kg.iri import document_iri
    from kg.nlp import model_name
    from kg.rdf import document_triples

    model = model_name(nlp)
    for outcome in extract_items(items, nlp=nlp, batch_size=batch_size):
        if outcome.extraction is not None:
            extraction = outcome.extraction
            store.replace_graph(document_iri(extraction.document.id),
                                document_triples(extraction, model=model))
        yield outcome
