"""Shared test settings: the trained pipeline, loaded once per session, and the ``slow`` tier.

``pytest -m "not slow and not model"`` is the fast tier (no trained model, no killed processes, no
servers, no property-based sweeps); ``.ci/check`` runs everything, ``.ci/check --fast`` the fast tier.
A test that takes the ``nlp`` fixture is a ``model`` test. Helpers the extraction tests share are in
``tests/helpers.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

# Whole files that start processes, kill them, fill disks, start servers or sweep with Hypothesis.
SLOW_FILES = {
    "test_durability.py",
    "test_faults.py",
    "test_determinism.py",
    "test_serve_load.py",
    "test_hypothesis_export.py",
    "test_remote.py",
    "test_bad_input.py",
    "test_browser.py",
}
# Single tests that take seconds each (measured: 10-40 s on two busy cores).
SLOW_TESTS = {
    "test_store_benchmark_runs_small",
    "test_default_graph_stays_the_merge_whatever_the_writes",
    "test_a_runaway_query_is_stopped_and_the_server_goes_on",
    "test_the_pool_recovers_when_a_build_held_the_store_at_a_restart",
    "test_a_query_over_the_worker_memory_limit_is_stopped_and_the_server_goes_on",
    "test_a_runaway_query_is_stopped_by_the_default_timeout_or_the_given_one",
    "test_validate_refuses_billion_laughs_and_external_entities_at_once",
}


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The trained pipeline with kg's components (``kg.extract.nlp.load``), loaded once for the whole session."""
    from kg.extract.nlp import load

    return load()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SLOW_FILES or item.originalname in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
