"""The `solution` dimension (Ombudsman criteria 4 and 10) and the sentence reader behind it."""

from __future__ import annotations

import pytest
import yaml

import helder
from helder.nlp.commitments_eval import CATEGORIES, DEFAULT_DATA, evaluate

OPENING = "Beste mevrouw Peeters,\n\nDank u voor uw mail van 3 maart over uw huurpremie."
OUTCOME = "U heeft gelijk: wij hadden uw premie niet mogen stopzetten, omdat u niet verhuisd bent."
ACTION = "Wij storten het bedrag van 549 euro op 28 maart op uw rekening."
LEARNING = "Wij passen ook ons systeem aan, zodat een premie niet meer vanzelf stopt."
READER = "U hoeft zelf niets te doen."
CONTACT = "Heeft u nog een vraag? Bel mij gerust op 016 24 97 31."
WHAT_NOW = (
    "Bent u niet tevreden met dit antwoord? Dan kunt u terecht bij de Vlaamse Ombudsdienst. "
    "Bel gratis 1700 of mail naar klachten@vlaamseombudsdienst.be."
)
CLOSING = "Met vriendelijke groeten,\n\nKoen Lambrechts\ndossierbehandelaar"


def letter(*paragraphs: str) -> str:
    return "\n\n".join([OPENING, *paragraphs, WHAT_NOW, CLOSING]) + "\n"


FULL = letter(OUTCOME, ACTION + " " + LEARNING, READER + " " + CONTACT)


def solution_of(checker, text: str):
    return checker.check(text).dimensions["solution"]


def test_a_complete_reply_has_every_element(checker, validate_report):
    report = checker.check(FULL)
    result = report.dimensions["solution"]
    assert result.metrics == {
        "outcome": True, "reason": True, "action": True, "reader_action": True, "contact": True,
        "learning": True, "fault": True, "vague_promises": 0, "dated_actions": 1,
    }
    assert (result.score, result.status, result.findings) == (100, "ok", [])
    data = validate_report(report, FULL)
    assert {"score", "status", "summary", "metrics", "label", "weight"} <= set(data["dimensions"]["solution"])
    assert data["dimensions"]["solution"]["label"] == "Oplossing"


@pytest.mark.parametrize(
    ("removed", "metric", "rule"),
    [
        (OUTCOME, "outcome", "solution.uitkomst"),
        (ACTION + " " + LEARNING, "action", "solution.actie"),
        (READER, "reader_action", "solution.lezer"),
        (CONTACT, "contact", "solution.contact"),
        (LEARNING, "learning", "solution.leren"),
    ],
)
def test_a_missing_element_is_a_document_finding(checker, validate_report, removed, metric, rule):
    text = FULL.replace(removed + " ", "").replace(" " + removed, "").replace(removed, "Zo is het.")
    assert removed not in text
    result = solution_of(checker, text)
    assert result.metrics[metric] is False
    findings = [finding for finding in result.findings if finding.rule == rule]
    assert len(findings) == 1 and findings[0].scope == "document"
    assert findings[0].end > findings[0].start
    assert "Ombudsdienst" not in findings[0].text, "a missing element never points at the 'wat nu?' paragraph"
    assert result.score < 100
    validate_report(checker.check(text), text)


def test_missing_reason_is_found_without_a_causal_clause(checker):
    text = FULL.replace(", omdat u niet verhuisd bent", "")
    result = solution_of(checker, text)
    assert result.metrics["reason"] is False
    assert [finding.rule for finding in result.findings] == ["solution.reden"]


def test_missing_contact_points_at_the_last_paragraph_before_what_now(checker):
    text = letter(OUTCOME, ACTION + " " + LEARNING, READER)
    finding = next(finding for finding in solution_of(checker, text).findings if finding.rule == "solution.contact")
    assert finding.text == READER
    assert solution_of(checker, text).score == 85  # a missing contact costs 15 (rules/solution.yaml)


def test_the_ombudsman_details_are_not_the_case_contact(checker):
    text = letter(OUTCOME, ACTION + " " + LEARNING, READER)
    assert "1700" in text and "klachten@vlaamseombudsdienst.be" in text
    assert solution_of(checker, text).metrics["contact"] is False


def test_a_local_ombudsdienst_is_not_the_case_contact_either(local_checker):
    what_now = (
        "Bent u niet tevreden? Dan kunt u terecht bij de ombudsdienst van de stad. U bereikt die op 09 266 55 00."
    )
    text = FULL.replace(CONTACT, "").replace(WHAT_NOW, what_now)
    assert local_checker.check(text).dimensions["solution"].metrics["contact"] is False


def test_vague_promises_are_span_findings_with_the_readers_question(checker):
    vague = "Wij bekijken de mogelijkheden."
    text = FULL.replace(ACTION + " " + LEARNING, vague)
    result = solution_of(checker, text)
    findings = [finding for finding in result.findings if finding.rule == "solution.vaag"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.scope == "span" and text[finding.start : finding.end] == vague
    assert all(word in finding.message for word in ("wat", "wie", "wanneer"))
    assert result.metrics["vague_promises"] == 1 and result.metrics["action"] is False


def test_a_dated_action_is_not_vague(checker):
    dated = "Wij bekijken uw dossier opnieuw en bellen u vóór vrijdag."
    result = solution_of(checker, FULL.replace(ACTION, dated))
    assert result.metrics["vague_promises"] == 0
    assert result.metrics["action"] and result.metrics["dated_actions"] == 1


def test_an_action_without_a_date_is_a_tip(checker):
    result = solution_of(checker, FULL.replace(" op 28 maart", ""))
    assert result.metrics["action"] and result.metrics["dated_actions"] == 0
    finding = next(finding for finding in result.findings if finding.rule == "solution.wanneer")
    assert finding.severity == "info" and "Wij storten" in finding.text


def test_no_lesson_is_asked_without_a_fault(checker):
    outcome = "Wij kunnen u hierin niet volgen, want de premie stopt bij elke verhuizing."
    result = solution_of(checker, FULL.replace(OUTCOME, outcome).replace(LEARNING, ""))
    assert result.metrics["fault"] is False and result.metrics["outcome"] is True
    assert not [finding for finding in result.findings if finding.rule == "solution.leren"]


def test_a_rule_can_be_switched_off():
    quiet = helder.Checker(disable=["solution.contact"])
    text = letter(OUTCOME, ACTION + " " + LEARNING, READER)
    assert not [finding for finding in quiet.check(text).findings if finding.rule == "solution.contact"]


def test_an_empty_text_reports_every_metric(checker):
    metrics = checker.check("").dimensions["solution"].metrics
    assert set(metrics) == {
        "outcome", "reason", "action", "reader_action", "contact", "learning", "fault",
        "vague_promises", "dated_actions",
    }


def test_sentence_data_is_large_and_split_by_label():
    sentences = yaml.safe_load(DEFAULT_DATA.read_text(encoding="utf-8"))["sentences"]
    assert len(sentences) >= 160
    heldout = [item for item in sentences if item["split"] == "heldout"]
    assert 0.25 <= len(heldout) / len(sentences) <= 0.4
    for category in CATEGORIES:
        splits = {item["split"] for item in sentences if category in item["labels"]}
        assert splits == {"train", "heldout"}, category


def test_the_evaluation_returns_precision_and_recall_per_category():
    result = evaluate()
    sentences = yaml.safe_load(DEFAULT_DATA.read_text(encoding="utf-8"))["sentences"]
    for split in ("train", "heldout"):
        assert set(result[split]) == set(CATEGORIES)
        total = sum(1 for item in sentences if item["split"] == split and "none" in item["labels"])
        assert result[split]["none"].support == total
        for score in result[split].values():
            assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0
            assert score.true_positives <= min(score.support, score.predicted)


def test_a_request_to_the_reader_needs_a_deadline(checker):
    request = "Stuur ons een kopie van uw huurcontract."
    undated = solution_of(checker, FULL.replace(READER, request))
    finding = next(finding for finding in undated.findings if finding.rule == "solution.termijn")
    assert finding.text == request and finding.severity == "info"
    dated = solution_of(checker, FULL.replace(READER, "Stuur ons vóór 1 maart een kopie van uw huurcontract."))
    assert not [finding for finding in dated.findings if finding.rule == "solution.termijn"]
    assert dated.metrics["reader_action"]


def test_what_the_service_pays_in_an_offer_needs_no_deadline_from_the_reader(checker):
    offer = "Wilt u een nacht in een hotel doorbrengen, dan betalen wij één nacht per week terug."
    result = solution_of(checker, FULL.replace(READER, offer))
    assert not [finding for finding in result.findings if finding.rule == "solution.termijn"]
    request = "Wilt u ons de factuur van het hotel sturen?"
    asked = solution_of(checker, FULL.replace(READER, request))
    assert [finding.text for finding in asked.findings if finding.rule == "solution.termijn"] == [request]


def test_a_remedy_already_done_counts_after_the_verdict_only(checker):
    done = "Op 10 maart herstelden wij uw dossier."
    after = solution_of(checker, FULL.replace(ACTION + " " + LEARNING, done))
    assert after.metrics["action"] and after.metrics["dated_actions"] == 1
    before = solution_of(checker, FULL.replace(OUTCOME, done).replace(ACTION + " " + LEARNING, OUTCOME))
    assert before.metrics["action"] is False
