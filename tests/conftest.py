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
    # servers started per test (the W3C protocol suites, kg serve, readers beside a running build)
    "test_w3c_protocol.py",
    "test_w3c_graph_store.py",
    "test_serve.py",
    "test_readers.py",
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
    # A second or more each on a quiet machine (measured 2026-12-04, `--durations=0` on the fast tier): a `kg`
    # process per case, a map or network drawn, a store written and compacted; the fast tier stays under a minute.
    "test_the_map_fits_the_events_and_colours_them_by_type",
    "test_ask_and_select_formats",
    "test_kg_query_prints_the_same_line",
    "test_any_unicode_round_trips_through_strict_parsers",
    "test_binding_a_variable_hidden_in_a_sub_select_is_refused_not_ignored",
    "test_another_process_writing_gives_a_clear_message",
    "test_construct_in_every_rdf_format",
    "test_example_answers_as_the_embedded_store",
    "test_a_no_op_rebuild_leaves_the_store_the_same_size",
    "test_quiet_on_a_pipe_unless_asked",
    "test_updates_need_update_flag",
    "test_plot_outlines_blocs_names_attackers_and_packs_components",
    "test_every_consistent_extraction_conforms",
    "test_csv_read_by_pandas_holds_every_event_as_written",
    "test_optimize_compacts_and_keeps_every_quad",
    "test_injection_attempt_in_a_literal_finds_nothing",
    "test_the_sweep_makes_the_incidents_of_the_whole_feed",
    "test_kg_report_map_png_and_svg",
    "test_syntax_error_names_line_and_column",
    "test_plot_png_and_svg",
    "test_streamed_linking_through_the_date_index_is_the_link_of_every_report_at_once",
    "test_missing_store_is_one_line_and_exit_1",
    "test_validate_a_file",
    "test_binding_a_variable_that_is_not_projected",
    "test_kg_serve_answers_400_with_the_same_line",
    "test_query_binds_parameters_as_terms_never_as_query_text",
    "test_the_date_reaches_the_events",
    "test_deeply_nested_queries_answer_or_get_a_clear_error",
    "test_default_format_off_a_terminal_is_plain_values",
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
