"""The benchmark of passive -> active rewrites (helder/rewrite/evaluate.py) on a few labelled items.

The figures on the full fixture (tests/fixtures/rewrite/passives.yaml) are printed by
`helder model rewrite`, not asserted here.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from click.testing import CliRunner

from helder.cli import main
from helder.rewrite.evaluate import DEFAULT_DATA, RewriteDataError, evaluate, load_items, normalise

ITEMS = [
    # agent, rewrite offered and accepted
    {"text": "Uw aanvraag werd door de dienst Wonen afgewezen.", "agent": True, "split": "train",
     "accepted": ["De dienst Wonen wees uw aanvraag af."], "tags": []},
    # agent, rewrite offered but not in the accepted list (a deliberately wrong label)
    {"text": "Uw klacht is door onze medewerker onderzocht.", "agent": True, "split": "train",
     "accepted": ["Onze medewerker onderzocht uw klacht."], "tags": []},
    # agentless, the service acted: the wij guess is right
    {"text": "Uw klacht werd grondig onderzocht.", "agent": False, "wij_ok": True, "split": "heldout",
     "accepted": ["Wij onderzochten uw klacht grondig."], "tags": []},
    # agentless, the reader acted: helder gives no guess (a reader verb)
    {"text": "Uw aanvraag werd ingediend op 3 maart.", "agent": False, "wij_ok": False, "split": "train",
     "accepted": ["U diende uw aanvraag in op 3 maart."], "tags": []},
    # no passive at all: the detector's recall drops
    {"text": "Wij bellen u morgen op.", "agent": True, "split": "heldout", "accepted": [], "tags": []},
]


@pytest.fixture(scope="module")
def scores(checker):
    return evaluate(ITEMS, checker)


def test_figures_per_split(scores):
    train, heldout = scores.figures["train"], scores.figures["heldout"]
    assert (train.sentences, train.detected, train.agent, train.agent_offered, train.agent_correct) == (3, 3, 2, 2, 1)
    assert (train.agentless, train.wij_offered, train.wij_offered_wrongly) == (1, 0, 0)
    assert train.offered_share == 1.0 and train.correct_share == 0.5
    assert (heldout.sentences, heldout.detected, heldout.agent, heldout.agent_offered) == (2, 1, 1, 0)
    assert (heldout.wij_offered, heldout.wij_correct, heldout.wij_correct_share) == (1, 1, 1.0)
    assert heldout.recall == 0.5


def test_errors_come_from_the_train_split_only(scores):
    assert scores.train_errors == [
        ("Uw klacht is door onze medewerker onderzocht.", "foute herschrijving",
         "Onze medewerker heeft uw klacht onderzocht."),
    ]


def test_a_wij_guess_where_the_reader_acted_counts_as_wrong(checker):
    item = {"text": "Uw klacht werd grondig onderzocht.", "agent": False, "wij_ok": False, "split": "train",
            "accepted": ["Wij onderzochten uw klacht grondig."]}
    figures = evaluate([item], checker)
    train = figures.figures["train"]
    assert (train.wij_offered, train.wij_correct, train.wij_offered_wrongly) == (1, 0, 1)
    assert figures.train_errors[0][1] == "wij-gok waar wij niet handelt"


def test_comparison_ignores_case_and_punctuation():
    assert normalise("Wij wezen uw aanvraag af.") == normalise("wij  wezen uw aanvraag af")
    assert normalise("De foto's, die ...") == "de foto s die"
    assert normalise("Wij wezen uw aanvraag af") != normalise("Wij hebben uw aanvraag afgewezen")


def test_fixture_is_split_before_measuring():
    items = load_items(DEFAULT_DATA)
    heldout = [item for item in items if item["split"] == "heldout"]
    assert len(items) >= 180 and 0.3 <= len(heldout) / len(items) <= 0.36
    agentless = [item for item in items if not item["agent"]]
    assert all(isinstance(item.get("wij_ok"), bool) for item in agentless)
    assert 0.25 <= sum(item["split"] == "heldout" for item in agentless) / len(agentless) <= 0.4
    assert len({item["text"] for item in items}) == len(items)


def test_cli_prints_the_figures_and_train_errors(tmp_path):
    path = tmp_path / "passives.yaml"
    path.write_text(yaml.safe_dump({"items": ITEMS[:2]}, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["model", "rewrite", "--data", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    assert re.search(r"herschrijving aangeboden\s+2/2", result.output)
    assert "foute herschrijving: Uw klacht is door onze medewerker onderzocht." in result.output
    result = CliRunner().invoke(main, ["model", "rewrite", "--data", str(path), "--format", "json"])
    assert json.loads(result.output)["train"]["agent"]["correct"] == 1


def test_bad_data_gives_a_dutch_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("items:\n  - {text: 1}\n", encoding="utf-8")
    with pytest.raises(RewriteDataError, match="niet de vorm"):
        load_items(path)
    result = CliRunner().invoke(main, ["model", "rewrite", "--data", str(tmp_path / "missing.yaml")])
    assert result.exit_code != 0 and "Fout: Het bestand met lijdende zinnen bestaat niet" in result.output
