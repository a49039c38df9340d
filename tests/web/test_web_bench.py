"""The load benchmark's own parts: its letters, its statistics and its client."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

import helder.web
from helder.web.bench import ROUTES, page_assets, page_load, percentile, reply, run_load


def test_replies_are_400_word_dutch_letters_that_differ():
    letters = [reply(seed) for seed in range(5)]
    for text in letters:
        assert 395 <= len(text.split()) <= 420
        assert text.startswith(("Geachte", "Beste")) and "Met vriendelijke groeten" in text
    assert len(set(letters)) == 5


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.50) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([7.0], 0.95) == 7.0


@pytest.mark.parametrize("route", ROUTES)
def test_client_sends_a_bounded_number_of_real_requests(live_server, route):
    port = urlparse(live_server).port
    result = run_load(port, requests=4, clients=2, time_limit=60, route=route)
    assert len(result.latencies) == 4 and result.errors == 0
    assert result.elapsed > 0


def test_page_load_fetches_the_page_and_all_its_assets(live_server):
    port = urlparse(live_server).port
    html_time, full_time, count = page_load(port)
    assert 0 < html_time <= full_time
    static = Path(helder.web.__file__).parent / "static"
    shipped = {f"/static/{p.relative_to(static).as_posix()}" for p in static.rglob("*") if p.suffix in {".js", ".css", ".svg"}}
    editor = page_assets(port, "/")[2]
    assert count == len(editor) and editor <= shipped
    # Every shipped file is loaded by some page: nothing is dead.
    pages = ("/", "/regels", "/vergelijken", "/oefenen", "/oefenen/lijdende-vorm", "/rapport")
    assert set().union(*(page_assets(port, path)[2] for path in pages)) == shipped
