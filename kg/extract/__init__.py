"""Text to events: triggers, roles, normalised actors, modality and time.

``extract`` streams :class:`~kg.models.Extraction` records from documents; ``extract_one`` does one.
"""

from kg.extract.pipeline import extract, extract_one

__all__ = ["extract", "extract_one"]
