"""The "Oplossing" checklist and the vague-promise highlight in the web editor."""

from __future__ import annotations

import re

import pytest

from helder.web import labels

VAGUE = (
    "Beste mevrouw Peeters,\n\nDank u voor uw mail over de afvalophaling. Wij bekijken de mogelijkheden.\n\n"
    "Met vriendelijke groeten,\nAn Claes"
)


def _items(html: str) -> dict[str, str]:
    """Checklist name -> state class of each "Oplossing" row."""
    found = re.findall(r'class="solution__item solution__item--(\w+)">.*?<strong>([^<]+)</strong>', html, re.S)
    return {name: state for state, name in found}


def test_the_page_without_javascript_shows_the_solution_checklist(client, letter):
    html = client.post("/", data={"text": letter("helder")}).get_data(as_text=True)
    items = _items(html)
    assert set(items) == {name for _, name, _ in labels.SOLUTION_ELEMENTS}
    # the sample says when the card arrives, but not whom to call and not why it took so long
    assert (items["Actie van de dienst"], items["Contactpersoon"], items["Reden"]) == ("ok", "missing", "missing")
    assert items["Wat de dienst leert"] == "na"


def test_a_vague_promise_is_marked_and_the_action_is_missing(client):
    html = client.post("/", data={"text": VAGUE}).get_data(as_text=True)
    assert '<span class="hl hl--solution">Wij bekijken de mogelijkheden.</span>' in html
    items = _items(html)
    assert items["Actie van de dienst"] == "missing"
    assert items["Wat de dienst leert"] == "na"  # no fault admitted, so no lesson asked
    assert "1 vage belofte" in html


@pytest.mark.parametrize("key", ["solution", "solution_elements"])
def test_the_page_script_gets_the_solution_labels(key):
    table = labels.as_json()
    assert key in (table["dimensions"] if key == "solution" else table)
