"""Incidents: the reports of one real-world incident across documents, linked into one.

``kg.incidents.link`` is the pure matching (blocking, scoring, clustering) over :class:`Report` records.
"""

from kg.incidents.link import THRESHOLD, WINDOW_DAYS, Incident, Report, candidates, link, score

__all__ = ["THRESHOLD", "WINDOW_DAYS", "Incident", "Report", "candidates", "link", "score"]
