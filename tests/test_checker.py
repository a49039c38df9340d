"""The library API: check(), Checker, reports, threads, noise control, bad input."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import helder
from helder.checker import DIMENSIONS

GOOD = (Path(helder.__file__).parent / "data" / "bench_letter.txt").read_text(encoding="utf-8")
JARGON = "Beste mevrouw Claes,\n\nU kunt het formulier middels de website indienen. Wij danken u voor uw vraag.\n"


def test_check_returns_a_valid_report(validate_report):
    report = helder.check(GOOD)
    data = validate_report(report, GOOD)
    assert set(data["dimensions"]) >= {module.ID for module in DIMENSIONS}
    assert json.loads(report.to_json()) == data
    assert report.grade == "helder" and report.score >= 75


def test_escalation_and_passive_metrics(checker):
    report = checker.check(GOOD)
    escalation = report.dimensions["escalation"].metrics
    assert escalation["present"] and escalation["complete"]
    assert escalation["elements"] == {"condition": True, "body": True, "channel": True}
    passive = report.dimensions["passive_voice"].metrics
    assert isinstance(passive["passive_clauses"], int)
    assert 0.0 <= passive["passive_sentence_share"] <= 1.0


def test_jargon_substitution_offers_replacements(checker):
    report = checker.check(JARGON)
    finding = next(finding for finding in report.findings if finding.text == "middels")
    assert finding.rule.startswith("jargon.")
    assert finding.suggestions and "met" in [item.lower() for item in finding.suggestions]
    assert finding.replacements == finding.suggestions
    assert finding.start == JARGON.index("middels")


def test_inflected_match_gets_its_replacement_in_the_same_form(checker):
    text = "Beste heer Peeters,\n\nU bekwam de premie pas in maart.\n"
    finding = next(finding for finding in checker.check(text).findings if finding.text == "bekwam")
    assert finding.rule.endswith(".bekomen")
    assert finding.replacements == ["kreeg"]
    assert "'kreeg'" in finding.message


def test_disable_by_prefix_and_accept_list():
    quiet = helder.Checker(disable=["jargon."])
    assert not quiet.check(JARGON).dimensions["jargon"].findings
    accepting = helder.Checker(accept=["middels"])
    assert all(finding.text != "middels" for finding in accepting.check(JARGON).findings)


def test_unknown_profile_is_a_clear_error():
    with pytest.raises(helder.ProfileNotFound, match="bestaat niet"):
        helder.Checker("bestaat-niet")


def test_check_many_matches_check(checker):
    texts = [GOOD, JARGON, ""]
    batch = [report.to_dict() for report in checker.check_many(texts, batch_size=2)]
    single = [checker.check(text).to_dict() for text in texts]
    assert batch == single


def test_checker_is_safe_to_share_between_threads(checker):
    texts = [GOOD, JARGON] * 6
    expected = [checker.check(text).to_dict() for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda text: checker.check(text).to_dict(), texts)) == expected


@pytest.mark.parametrize("text", ["", "   \n\t  \r\n"])
def test_empty_text_gets_a_valid_report_that_says_so(checker, validate_report, text):
    data = validate_report(checker.check(text), text)
    assert "geen tekst" in data["summary"].lower()
    assert data["findings"] == []


def test_too_long_text_raises_documented_exception():
    checker = helder.Checker(max_chars=1000)
    with pytest.raises(helder.TextTooLong, match="te lang: 3.000 tekens, het maximum is 1.000. Controleer"):
        checker.check("woord " * 500)
    assert helder.DEFAULT_MAX_CHARS == 50_000


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mrs Claes,\n\nThank you for your email about your application. We have approved it and will pay the "
        "amount next week. If you are not satisfied, please contact the ombudsman.\n\nKind regards,\nJohn Smith",
        "Madame,\n\nNous vous remercions pour votre courriel concernant votre demande. Nous avons approuvé votre "
        "dossier et le montant sera versé la semaine prochaine.\n\nCordialement,\nJean Dupont",
        "Sehr geehrte Frau Claes,\n\nvielen Dank für Ihre E-Mail. Wir haben Ihren Antrag genehmigt und überweisen "
        "den Betrag nächste Woche.\n\nMit freundlichen Grüßen\nJan Peeters",
    ],
)
def test_foreign_text_gets_a_notice_and_no_findings(checker, validate_report, text):
    data = validate_report(checker.check(text), text)
    assert data["notices"] and "Nederlands" in data["notices"][0]
    assert data["findings"] == []
    assert data["language"]["code"] != "nl"


@pytest.mark.parametrize(
    "text",
    [
        JARGON.replace("\n", "\r\n"),
        JARGON.replace(" ", "\u00a0"),
        JARGON.replace("middels", "mid\u200bdels"),
        "\x00\x01" + JARGON + "\x7f",
        "😀 " + JARGON + " 👍🏽",
        "<p>Beste mevrouw Claes,</p><p>U kunt het formulier middels de website indienen.</p>",
        "<img src=x onerror=alert(1)> <script>alert(1)</script> \"><svg onload=alert(1)>",
    ],
)
def test_awkward_input_keeps_offsets_exact(checker, validate_report, text):
    validate_report(checker.check(text), text)


def test_middels_still_found_in_html_and_crlf(checker):
    for text in (JARGON.replace("\n", "\r\n"), "<p>Beste mevrouw Claes,</p><p>U kunt het formulier middels de website indienen.</p>"):
        report = checker.check(text)
        assert any(finding.text == "middels" for finding in report.findings), text


def test_one_weakness_lowers_only_its_dimension(checker):
    without = GOOD.replace(GOOD[GOOD.index("Bent u niet tevreden") : GOOD.index("Nogmaals")], "")
    good, weak = checker.check(GOOD), checker.check(without)
    assert weak.dimensions["escalation"].status == "fail"
    assert not weak.dimensions["escalation"].metrics["present"]
    finding = next(finding for finding in weak.findings if finding.dimension == "escalation")
    assert finding.scope == "document" and finding.end > finding.start
    assert good.dimensions["escalation"].metrics["template"] in finding.suggestions
    for key in ("sentence_length", "jargon", "passive_voice", "personal_tone", "empathy"):
        assert abs(good.dimensions[key].score - weak.dimensions[key].score) <= 5, key


def test_report_and_library_are_typed():
    assert (Path(helder.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize(("sentence", "first"), [
    ("Gezien uw inkomen kunt u geen premie krijgen.", "'gezien' -> 'omdat'"),
    ("Bij deze bevestigen wij uw afspraak.", "'Bij deze' -> 'met deze brief'"),
    ("U kunt in beroep gaan, en dit binnen dertig dagen.", "'en dit' -> schrap het"),
    ("De werken zijn klaar, zij het met vertraging.", "', zij het' -> ', al is het'"),
])
def test_a_rule_for_several_words_gives_the_advice_for_the_word_found_first(checker, sentence, first):
    finding = next(f for f in checker.check(sentence).findings if f.rule == "jargon.stijve-verbindingswoorden")
    assert finding.suggestions[0].startswith(first)
