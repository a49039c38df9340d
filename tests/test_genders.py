"""The gender of nouns, which decides whether a replacement fits the article before it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helder.nlp.cli import model
from helder.nlp.conllu import read_sentences
from helder.nlp.genders import ADDED_FILE, GENDERS_FILE, gender, genders_of

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


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("hoek", "de"), ("raam", "het"), ("container", "de"), ("plicht", "de"), ("paspoort", "het"),
        ("register", "het"), ("verzending", "de"),  # no "regi" + "ster", no "verzen" + "ding"
        ("spreiding", "de"), ("betaalspreiding", "de"),  # no "sprei" + "ding": "-ding" ends a derivation
        ("consument", "de"), ("oksel", "de"), ("afvoer", "de"),  # suffixes and "af" + "voer" would say het
        ("zwembad", "het"), ("rotonde", "de"), ("identiteitskaart", "de"), ("recipiënt", "het"),
    ],
)
def test_added_nouns(noun, article):
    assert gender(noun) == article


@pytest.mark.parametrize(
    "word",
    [
        "belangrijk", "kinderrijk", "soortgelijk",  # "belang" + "rijk": an adjective suffix, no noun
        "dagelijks", "verplicht", "helemaal", "waarbij", "daardoor", "uitgegeven",
        "kleine", "dure", "boze", "vrije", "onderdrukte", "constante",  # an adjective or participle with -e
        "vrij", "blij", "hij", "nabij", "tenzij",  # no noun on -ij
        "aanslaan", "oversteken",  # no "aans" + "laan": a particle takes no linking s
    ],
)
def test_words_that_are_no_nouns_have_no_gender(word):
    assert gender(word) is None


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("koninkrijk", "het"), ("homohuwelijk", "het"),  # in the table, or a noun as last part ("huwelijk")
        ("speelronde", "de"), ("parkeerzone", "de"),  # a compound on -e is no inflected adjective
        ("kaasmakerij", "de"), ("zusterpartij", "de"),  # nouns on -ij keep their suffix
        ("rechtszaak", "de"), ("aanvraag", "de"),  # a noun before a linking s, a particle before a noun
    ],
)
def test_real_nouns_keep_their_gender(noun, article):
    assert gender(noun) == article


def _rows(path: Path) -> list[tuple[str, str, str]]:
    """(noun, article, comment line above it) for each row of a genders table."""
    rows, comment = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            comment = line
            continue
        noun, article = line.split("\t")
        rows.append((noun, article, comment))
        comment = ""
    return rows


def test_added_file_is_well_formed():
    rows = _rows(ADDED_FILE)
    nouns = [noun for noun, _, _ in rows]
    assert len(rows) > 3000
    assert all(article in {"de", "het"} and noun == noun.lower().strip() and noun for noun, article, _ in rows)
    assert nouns == sorted(nouns) and len(nouns) == len(set(nouns))


def test_added_file_adds_to_the_treebank_table():
    """An added noun with the treebank's own gender is useless; one with another gender says why."""
    treebank = {noun: article for noun, article, _ in _rows(GENDERS_FILE)}
    for noun, article, comment in _rows(ADDED_FILE):
        assert treebank.get(noun) != article, noun
        assert noun not in treebank or comment, f"{noun}: say above it why the treebank is wrong"


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
