"""Evaluating, training helpers and the `model` CLI, on a small hand-annotated CoNLL-U file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helder.errors import ModelError
from helder.nlp import load_pipeline
from helder.nlp.cli import model
from helder.nlp.conllu import read_sentences
from helder.nlp.evaluate import SCORE_KEYS, evaluate
from helder.nlp.train import install_model, prepare_corpus, split_part

FIXTURE = Path(__file__).parent / "fixtures" / "mini-ud-nl.conllu"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture
def broken_file(tmp_path):
    path = tmp_path / "kapot.conllu"
    path.write_text("# sent_id = x.p.1.s.1\n1\tDit\tdit\tPRON\n\n", encoding="utf-8")
    return path


def test_evaluate_reports_every_score_as_a_fraction(nlp):
    result = evaluate(FIXTURE, nlp=nlp)
    assert set(SCORE_KEYS) <= result.keys()
    assert all(0.0 <= result[key] <= 1.0 for key in SCORE_KEYS)
    assert (result["n_sentences"], result["n_words"]) == (8, 54)
    assert result["words_per_second"] > 0


def test_regex_baseline_misses_participles_without_ge(nlp):
    # Gold passives: goedgekeurd, teruggestort, gewerkt, ingediend; only "gewerkt" starts with ge-.
    result = evaluate(FIXTURE, nlp=nlp)
    assert (result["regex_passive_p"], result["regex_passive_r"]) == (1.0, 0.25)


def test_cli_evaluate_text():
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "Lijdende vorm F" in result.output and "8 zinnen" in result.output


def test_cli_evaluate_json():
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["n_words"] == 54


def test_cli_evaluate_missing_file(tmp_path):
    result = CliRunner().invoke(model, ["evaluate", str(tmp_path / "weg.conllu")])
    assert result.exit_code == 1
    assert "Fout: Het bestand" in result.output and "bestaat niet" in result.output


def test_cli_evaluate_broken_file(broken_file):
    result = CliRunner().invoke(model, ["evaluate", str(broken_file)])
    assert result.exit_code == 1
    assert "niet geldig" in result.output and "kapot.conllu:2" in result.output


def test_cli_evaluate_missing_model(tmp_path):
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE), "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "taalmodel ontbreekt" in result.output


def test_cli_bench_missing_model(tmp_path):
    result = CliRunner().invoke(model, ["bench", "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "taalmodel ontbreekt" in result.output


def test_cli_train_missing_data(tmp_path):
    result = CliRunner().invoke(model, ["train", "--data", str(tmp_path / "geen"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "bestaat niet" in result.output


def test_load_pipeline_missing_dir(tmp_path):
    with pytest.raises(ModelError, match="taalmodel ontbreekt"):
        load_pipeline(tmp_path / "nergens")


def test_prepare_corpus_keeps_heldout_lines_verbatim(tmp_path):
    counts = prepare_corpus([FIXTURE], tmp_path)
    assert sum(counts.values()) == 8
    assert (tmp_path / "train.spacy").is_file() and (tmp_path / "dev.spacy").is_file()
    source = {s.sent_id: s.lines for s in read_sentences(FIXTURE)}
    heldout = list(read_sentences(tmp_path / "heldout.conllu"))
    assert len(heldout) == counts["heldout"]
    assert all(s.lines == source[s.sent_id] for s in heldout)


def test_split_keeps_paragraphs_together():
    sentences = list(read_sentences(FIXTURE))
    by_paragraph: dict[str, set[str]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.group_id, set()).add(split_part(sentence))
    assert all(len(parts) == 1 for parts in by_paragraph.values())


def test_install_model_replaces_the_old_model(tmp_path):
    new = tmp_path / "model-best"
    new.mkdir()
    (new / "meta.json").write_text(json.dumps({"name": "pipeline", "lang": "nl"}), encoding="utf-8")
    out = tmp_path / "nl_helder"
    out.mkdir()
    (out / "stale.bin").write_text("oud", encoding="utf-8")
    install_model(new, out, {"name": "nl_helder", "license": "CC BY-SA 4.0"})
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta == {"name": "nl_helder", "lang": "nl", "license": "CC BY-SA 4.0"}
    assert not (out / "stale.bin").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model-best", "nl_helder"]
