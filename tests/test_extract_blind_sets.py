"""Extraction quality on the blind hand-written stress sets (tests/fixtures/stress3-17.jsonl; docs/EXTRACTION.md):
real sources' styles, written and annotated before kg ran on them.  Their structure is checked by
test_fixture_stress_sets.py.

Only the lead engineer measures them, as aggregates; rule writers read neither their records nor kg's output on
them.  Each set's floors sit a little under the figures measured when it was last reviewed, so a change that
costs a blind set fails here.  What was measured, and when, is beside each set's floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, predict, score

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# set -> (headline, macro-F1, location recall) floors; events per gold event stay at or under 1.10 (EVENTS_PER_GOLD).
FLOORS = {
    # when it landed (53ff9af): 0.879, 0.882, 0.842; end of session 10 (9146adf): 0.897, 0.904, 0.867;
    # session 11 (251ddfe): 0.899, 0.903, 0.874; session 12 (a7520cc): 0.905, 0.904, 0.871;
    # session 13 (4de6ecb): 0.911, 0.905, 0.881
    "stress3": (0.88, 0.89, 0.855),
    # when it landed (16d288c): 0.816, 0.881, 0.743; end of session 10 (9146adf): 0.843, 0.909, 0.771;
    # session 11 (251ddfe): 0.857, 0.919, 0.794; session 12 (a7520cc): 0.867, 0.924, 0.803;
    # session 13 (4de6ecb): 0.867, 0.925, 0.809
    "stress4": (0.85, 0.91, 0.785),
    # when it landed (8a7cfbc): 0.845, 0.896, 0.780; end of session 10 (9146adf): 0.852, 0.899, 0.788;
    # session 11 (251ddfe): 0.862, 0.903, 0.797; session 12 (a7520cc): 0.872, 0.915, 0.808;
    # session 13 (4de6ecb): 0.874, 0.921, 0.810; session 14 (43a6620): 0.883, 0.924, 0.827
    "stress5": (0.865, 0.905, 0.805),
    # written blind in session 12 and first measured on f408afe, the session's start: 0.868, 0.908, 0.815 (events per
    # gold event 0.913); at the session's end (a7520cc): 0.886, 0.910, 0.840 (0.941). Read by the lead in session 13,
    # whose helpers saw its error classes paraphrased: end of session 13 (4de6ecb): 0.897, 0.935, 0.869 (0.939);
    # session 14 (43a6620): 0.903, 0.935, 0.879 (0.941)
    "stress6": (0.885, 0.92, 0.86),
    # written blind in session 13 and first measured on main at ced0f82 (extraction as at 1b58e6c): 0.887, 0.891,
    # 0.792 (events per gold event 1.000); at the session's end (4de6ecb): 0.886, 0.890, 0.806 (0.997). Aggregates
    # only to session 14's helpers: at its end (43a6620): 0.890, 0.898, 0.816 (1.003); session 15 (7c08b55): 0.891,
    # 0.905, 0.823 (1.015)
    "stress7": (0.875, 0.885, 0.80),
    # written blind in session 14 by a writer who read no rule of kg's, never run on until the session's end; main at
    # the session's start (356cc67): 0.866, 0.921, 0.856 (1.057) by score.py; at its end (43a6620): 0.873, 0.922,
    # 0.884 (1.062); aggregates only to session 15's helpers: at its end (7c08b55): 0.876, 0.923, 0.887 (1.073)
    "stress8": (0.86, 0.905, 0.87),
    # written blind in session 15 in other voices (regional press, NGO updates, parliamentary answers, relayed
    # claims); main at the session's start (c4cf050): 0.832, 0.901, 0.799 (0.993) by score.py; at its end (7c08b55):
    # 0.838, 0.908, 0.802 (0.995); aggregates only to session 16's helpers: at its end (7ebfc68): 0.838, 0.911,
    # 0.805 (1.000)
    "stress9": (0.825, 0.895, 0.79),
    # written blind in session 16 in voices again new (judgments, UN panel and inquiry paragraphs, advisories, TV
    # transcripts, blotters, press reviews, regimental histories); main with the session's first extraction change
    # only (ffec721, scores as at b3e6bb2 on every other set): 0.861, 0.900, 0.780 (1.011) by score.py; at its end
    # (7ebfc68): 0.863, 0.910, 0.783 (1.032)
    "stress10": (0.85, 0.895, 0.765),
    # written blind in session 17 in voices again new (sanctions designations, humanitarian access reports, strike
    # assessments, relayed channel posts, commanders' profiles, testimony, hansard, corrections, radio bulletins); main
    # at the session's start (dcc0682, extraction as at 7dcb5cd): 0.850, 0.885, 0.787 (1.079) by score.py; at its end
    # (ca5482c): 0.849, 0.889, 0.787 (1.077); session 18's passes started from its misses (no longer blind): at that
    # session's end (a660420) 0.878, 0.926, 0.822 (1.091)
    "stress11": (0.865, 0.91, 0.805),
    # written blind in session 18 by another writer, in voices again new (governors on state TV, surrender and amnesty
    # news, election switches, memoirs, fact checks, marine and mining bulletins, translated agency copy); main at the
    # session's start (54c0053, extraction as at cb9e906): 0.822, 0.867, 0.796 (0.917) by score.py; at its end
    # (a660420): 0.825, 0.872, 0.799 (0.922)
    "stress12": (0.81, 0.855, 0.78),
    # written blind in session 19 by a third writer (CENTCOM, MoD, ISPR and General Staff releases, Wikipedia timelines
    # and biographies, FIRs, cables, service English); main at the session's start (1ee5812): 0.848, 0.897, 0.767
    # (0.984) by score.py; at its end (458bbe5): 0.853, 0.900, 0.773 (0.993); read by session 20's helpers (three
    # writers' misses classed together): at its end (3b20cda) 0.878, 0.929, 0.802 (1.026) by quality.py; session 21
    # (d63457c): 0.886, 0.943, 0.807 (1.028)
    "stress13": (0.87, 0.925, 0.79),
    # written blind in session 20 by a fourth writer (Naxal surrender notes, Kashmir police, Sahel cluster bulletins,
    # translated cartel press, trial summaries, podcasts, dataset narratives, risk alerts, committee minutes); main at
    # the session's start (350ecf0, extraction as at 2fbd415): 0.793, 0.869, 0.717 (0.928) by score.py; at its end
    # (3b20cda): 0.807, 0.877, 0.720 (0.937) by quality.py; read by session 21's helpers (four writers' misses classed
    # together): at its end (d63457c) 0.830, 0.913, 0.751 (0.930)
    "stress14": (0.815, 0.895, 0.735),
    # written blind in session 21 by a fifth writer (Myanmar, Sudan, Haiti, Cabo Delgado, eastern Congo, Ethiopia,
    # Colombia, Thai deep south, north-west Nigeria, Iraq, Libya, Yemen voices); main at the session's start (342d95f,
    # extraction as at dd47aa9): 0.795, 0.893, 0.691 (0.964) by quality.py; at its end (d63457c): 0.797, 0.896, 0.739
    # (0.954)
    "stress15": (0.78, 0.88, 0.72),
    # written blind in session 22 by a sixth writer (Sahel juntas' communiques, Balochistan and Khyber Pakhtunkhwa
    # releases, NPA returnees, India's north-east, Syria's north-east, Ukrainian and Russian front lines, cartel
    # factions, Papua, Somali clan militias, encyclopaedic pages, live blogs, wire digests); main at the session's start
    # (1a794e1): 0.853, 0.878, 0.756 (0.998) by score.py; at its end (c53da8c): 0.854, 0.878, 0.756 (0.995) by
    # quality.py
    "stress16": (0.84, 0.865, 0.74),
    # written blind in session 23 by a seventh writer, with real sources' texture in about half of it (2004-2012 feed
    # items with broken HTML entities and agency tags, scraped-page debris, database and SATP-style notes,
    # machine-split releases); main at the session's start (97d289b): 0.805, 0.860, 0.738 (0.922) by score.py; at its
    # end (bb9c66d): 0.805, 0.860, 0.744 (0.922) by quality.py
    "stress17": (0.79, 0.845, 0.725),
    # written blind in session 24 by an eighth writer, weighted to the held-out set's weakest genres (government,
    # military and encyclopaedic pages, wire windows, terrorism-database summaries), with real sources' texture in about
    # half of it; main at the session's start (ffcf5bf): 0.804, 0.856, 0.784 (0.914) by score.py; after the session's
    # merges (8c3988c): 0.810, 0.858, 0.801 (0.927)
    "stress18": (0.795, 0.845, 0.785),
}

# Events per gold event stay at or under 1.10, except where a set passed it by events its gold has: on stress11 the
# learned DEFECTION backoff (session 20) found six changes of side in records whose gold has one and kg had none
# (report:007, :041, :046, window:058, article:008, :020; not one a second mention of an event kg had), 1.096 -> 1.109.
EVENTS_PER_GOLD = {"stress11": 1.12}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_scores_stay_above_their_floors(nlp, name):
    records = load_gold(FIXTURES / f"{name}.jsonl")
    scores = score(records, predict(records, nlp))
    headline, macro_f1, location = FLOORS[name]
    assert scores.headline >= headline
    assert scores.macro_f1 >= macro_f1
    assert scores.role_recall["location"] >= location
    assert scores.events_per_gold <= EVENTS_PER_GOLD.get(name, 1.10)
