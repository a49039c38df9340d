"""The gender of nouns, which decides whether a replacement fits the article before it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helder.nlp.cli import model
from helder.nlp.conllu import read_sentences
from helder.nlp.genders import gender, genders_of

FIXTURE = Path(__file__).parent / "fixtures" / "mini-ud-nl.conllu"


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("regel", "de"), ("beleid", "het"),  # the treebank table
        ("formulier", "het"), ("premie", "de"), ("termijn", "de"),  # helder's own additions
        ("parkeerregeling", "de"), ("aanvraag", "de"), ("voorstel", "het"),  # the last part of a compound
        ("bestand", "het"),  # no "be" + "stand": a first part is a word of four letters or a particle
        ("verzekeringsmaatschappijtje", "het"), ("herinrichting", "de"),  # suffixes
    ],
)
def test_gender_of_a_noun(noun, article):
    assert gender(noun) == article


def test_unknown_word_has_no_gender():
    assert gender("zqxw") is None


def test_table_takes_the_annotated_gender_of_nouns():
    table = genders_of(read_sentences(FIXTURE))
    assert table["aanvraag"] == "de" and table["bedrag"] == "het"
    assert all(value in {"de", "het"} for value in table.values())


def test_cli_writes_the_table(tmp_path):
    data = tmp_path / "ud"
    data.mkdir()
    shutil.copy(FIXTURE, data / "nl_mini-ud-train.conllu")
    out = tmp_path / "genders.tsv"
    result = CliRunner().invoke(model, ["genders", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and all(line.count("\t") == 1 for line in lines if not line.startswith("#"))
    assert "zelfstandige naamwoorden geschreven" in result.output


def test_cli_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(model, ["genders", "--data", str(tmp_path / "nothing")])
    assert result.exit_code != 0 and "trainingsgegevens" in result.output
