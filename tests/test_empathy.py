"""Empathy read as a trainer reads it: the stance reader per category, and the
dimension's judgement on letters (verdict is no acknowledgement, a recognised
fault asks for an apology on the admission sentence, no fault asks for none).

The precision/recall targets are not asserted here: `helder model empathy`
prints them.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helder.cli import main
from helder.nlp.stance import categories, read_text
from helder.nlp.stance_eval import LABELS, SentenceDataError, evaluate_splits, load_sentences

LETTER = "Beste mevrouw Peeters,\n\n{body}\n\nMet vriendelijke groeten,\n\nAn Jacobs\nDienst Wonen\n"


def _read(checker, sentence: str) -> set[str]:
    return set().union(*(categories(cues) for cues in read_text(checker.nlp(sentence))))


def _empathy(checker, body: str):
    text = LETTER.format(body=body)
    return text, checker.check(text).dimensions["empathy"]


# Sentences written for these tests (not in the labelled set).
POSITIVES = [
    ("acknowledgement", "Ik begrijp dat de brief van de stad u ongerust maakte."),
    ("acknowledgement", "Het is vervelend dat u twee keer naar het loket moest komen."),
    ("acknowledgement", "Ik kan me voorstellen hoe lastig die weken zonder verwarming waren."),
    ("verdict", "Uw klacht over de parkeerboete is gegrond."),
    ("verdict", "Wij vinden uw klacht niet gegrond."),
    ("thanks", "Bedankt voor uw bericht over de kapotte bank in het park."),
    ("fault_admission", "Wij hebben uw adreswijziging verkeerd ingevoerd."),
    ("fault_admission", "Wij hadden u sneller moeten antwoorden."),
    ("fault_admission", "Uw formulier is bij ons zoekgeraakt."),
    ("apology", "Onze excuses voor het lange wachten."),
    ("procedure", "Dat is nu eenmaal onze werkwijze."),
    ("door_closing", "Wij beschouwen deze klacht als afgesloten."),
    ("blame_shifting", "U had de aanvraag zelf moeten controleren."),
    ("blame_shifting", "Door uw onvolledige aanvraag duurde de behandeling langer."),
    ("minimising", "Het ging maar om een kleine vergissing in het bedrag."),
    ("reproach", "Zoals reeds gemeld in onze mail van 4 april, is het attest verplicht."),
    ("takeback", "Ik begrijp uw ongerustheid, maar wij kunnen de datum niet verschuiven."),
]

NEGATIVES = [
    ("acknowledgement", "Wij begrijpen uit uw brief dat u een nieuwe kaart wilt."),
    ("acknowledgement", "Uw klacht is gegrond."),
    ("verdict", "U kunt met uw vragen terecht bij onze klantendienst."),
    ("thanks", "Dankzij de nieuwe planning rijdt de bus vaker."),
    ("fault_admission", "Wij hebben uw premie goedgekeurd."),
    ("fault_admission", "Mocht u een fout ontdekken in de factuur, bel ons dan."),
    ("apology", "Tot onze spijt kunnen wij de kosten niet terugbetalen."),
    ("procedure", "De procedure duurt dertig dagen: zo weet u wanneer u een antwoord krijgt."),
    ("door_closing", "Heeft u nog vragen, dan kunt u mij altijd mailen."),
    ("blame_shifting", "U kunt zelf een nieuwe afspraak maken via de website."),
    ("minimising", "Het formulier invullen duurt maar tien minuten."),
    ("reproach", "Zoals afgesproken stuur ik u de documenten maandag."),
    ("takeback", "Helaas kunnen wij de boete niet schrappen, maar u kunt wel in schijven betalen."),
]


@pytest.mark.parametrize(("category", "sentence"), POSITIVES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(POSITIVES)])
def test_category_found(checker, category, sentence):
    assert category in _read(checker, sentence)


@pytest.mark.parametrize(("category", "sentence"), NEGATIVES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(NEGATIVES)])
def test_category_not_found(checker, category, sentence):
    assert category not in _read(checker, sentence)


def test_fault_without_apology_is_found_on_the_admission_sentence(checker):
    admission = "Wij hadden u eerder moeten informeren over de werken in uw straat."
    text, result = _empathy(checker, f"Bedankt voor uw mail van 3 mei. Ik begrijp dat u ongerust was. {admission} "
                                     "De werken duren nog twee weken.")
    findings = [finding for finding in result.findings if finding.rule == "empathy.excuses"]
    assert len(findings) == 1
    assert findings[0].scope == "span"
    assert text[findings[0].start : findings[0].end] == admission
    assert "Het spijt me" in findings[0].suggestions[0]
    assert result.metrics["fault_admitted"] is True and result.metrics["apology"] is False


def test_delay_gets_a_delay_suggestion(checker):
    _, result = _empathy(checker, "Bedankt voor uw brief. Ik begrijp dat u boos bent. Wij hebben te laat geantwoord.")
    finding = next(finding for finding in result.findings if finding.rule == "empathy.excuses")
    assert "vertraging" in finding.message and "wachttijd" in finding.suggestions[0]


def test_fault_with_apology_gives_no_finding(checker):
    _, result = _empathy(checker, "Bedankt voor uw mail. Ik begrijp dat u boos bent. Uw dossier is bij ons zoekgeraakt. "
                                  "Het spijt me dat u daardoor zo lang moest wachten.")
    assert not [finding for finding in result.findings if finding.rule == "empathy.excuses"]
    assert result.metrics["apology"] is True and result.metrics["fault_admitted"] is True


def test_no_fault_no_apology_pushed(checker):
    body = ("Bedankt voor uw mail over de bouwpremie. Ik kan me voorstellen dat dit antwoord u teleurstelt. "
            "Uw woning is jonger dan vijftien jaar, en de premie is er voor oudere woningen. "
            "Daarom kunnen wij de premie niet toekennen. U kunt wel de renovatielening aanvragen.")
    _, result = _empathy(checker, body)
    assert result.metrics["fault_admitted"] is False
    assert not [finding for finding in result.findings if finding.rule == "empathy.excuses"]
    assert result.status == "ok"


def test_verdict_is_reported_as_verdict_not_acknowledgement(checker):
    _, result = _empathy(checker, "Bedankt voor uw klacht. Uw klacht is gegrond. Onze excuses daarvoor. "
                                  "Wij passen de factuur aan.")
    finding = next(finding for finding in result.findings if finding.rule == "empathy.erkenning")
    assert "oordeel" in finding.message and "gegrond" in finding.message
    assert result.metrics["verdict"] is True and result.metrics["acknowledgement"] is False


def test_thanks_alone_is_no_acknowledgement(checker):
    _, result = _empathy(checker, "Bedankt voor uw melding. Wij hebben de straatlamp hersteld.")
    finding = next(finding for finding in result.findings if finding.rule == "empathy.erkenning")
    assert "bedankt" in finding.message


def test_defensive_findings_have_their_own_rule_and_span(checker):
    defensive = "U had het formulier zelf moeten nakijken."
    text, result = _empathy(checker, f"Bedankt voor uw mail. Ik begrijp dat u boos bent. {defensive}")
    finding = next(finding for finding in result.findings if finding.rule == "empathy.defensief.schuld-afschuiven")
    assert text[finding.start : finding.end] in defensive and finding.end - finding.start > 10
    assert result.metrics["defensive"]["blame_shifting"] == 1
    assert result.score < 100


def test_helaas_is_counted_per_100_words(checker):
    _, result = _empathy(checker, "Bedankt voor uw mail. Ik begrijp dat u teleurgesteld bent. Helaas kunnen wij de "
                                  "premie niet toekennen. Helaas is ook een uitzondering niet mogelijk.")
    assert result.metrics["helaas"] == 2
    assert result.metrics["helaas_per_100_words"] > 0


def test_evaluation_returns_scores_per_split(checker, tmp_path):
    data = tmp_path / "zinnen.yaml"
    data.write_text(
        "sentences:\n"
        "  - {text: 'Onze excuses voor de fout.', labels: [apology], split: train}\n"
        "  - {text: 'De bus rijdt weer.', labels: [none], split: train}\n"
        "  - {text: 'Uw klacht is gegrond.', labels: [verdict, fault_admission], split: heldout}\n",
        encoding="utf-8",
    )
    results, errors = evaluate_splits(checker.nlp, load_sentences(data))
    assert set(results) == {"train", "heldout"} and set(results["train"]) == set(LABELS)
    for scores in results.values():
        for score in scores.values():
            assert score.precision is None or 0.0 <= score.precision <= 1.0
            assert score.recall is None or 0.0 <= score.recall <= 1.0
    assert results["train"]["apology"].true_positives + results["train"]["apology"].false_negatives == 1
    assert all(isinstance(text, str) for text, _, _ in errors)


def test_evaluation_rejects_unknown_labels(tmp_path):
    data = tmp_path / "kapot.yaml"
    data.write_text("sentences:\n  - {text: 'Dag.', labels: [blij], split: train}\n", encoding="utf-8")
    with pytest.raises(SentenceDataError, match="onbekend label"):
        load_sentences(data)


def test_cli_prints_the_table_and_refuses_bad_data(tmp_path):
    data = tmp_path / "zinnen.yaml"
    data.write_text("sentences:\n  - {text: 'Onze excuses.', labels: [apology], split: heldout}\n", encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["model", "empathy", "--data", str(data)])
    assert ok.exit_code == 0 and "apology" in ok.output and "heldout P" in ok.output
    bad = tmp_path / "kapot.yaml"
    bad.write_text("zinnen: []\n", encoding="utf-8")
    failed = runner.invoke(main, ["model", "empathy", "--data", str(bad)])
    assert failed.exit_code != 0 and "Fout:" in failed.output


def test_both_dimensions_share_one_stance_reading_per_sentence(checker, monkeypatch):
    """The empathy and solution dimensions ask the same sentences; each is read once."""
    from helder.nlp import stance

    reads: list[tuple[int, int, int]] = []
    original = stance._read_stances

    def counted(reader):
        reads.append((id(reader.sentence.doc), reader.sentence.start, reader.sentence.end))
        return original(reader)

    monkeypatch.setattr(stance, "_read_stances", counted)
    body = ("Ik begrijp dat u boos bent. Wij hebben ons vergist bij de berekening van uw premie. "
            "Onze excuses daarvoor. Wij storten het verschil vóór 15 mei op uw rekening.")
    report = checker.check(LETTER.format(body=body))
    assert report.dimensions["empathy"].metrics["acknowledgement"] and report.dimensions["solution"].metrics["outcome"]
    assert reads and len(reads) == len(set(reads))
