"""helder.compare: the comparison behind `helder compare` and /vergelijken."""

from __future__ import annotations

from pathlib import Path

import helder
from helder.compare import compare, finding_key

LETTERS = Path(__file__).parent / "fixtures" / "letters" / "vdab"


def _check(text: str):
    return helder.shared_checker("vlaamse-overheid").check(text)


def test_rewrite_sorts_findings_into_disappeared_stayed_and_appeared():
    before = _check("Geachte mevrouw,\n\nWij sturen u middels deze brief het formulier. Gelieve het terug te sturen.\n")
    after = _check("Geachte mevrouw,\n\nWij sturen u met deze brief het formulier. Gelieve het terug te sturen. "
                   "Wij verzoeken u te antwoorden.\n")
    result = compare(before, after)
    gone = {finding_key(finding) for finding in result.disappeared}
    kept = {finding_key(finding) for finding in result.stayed}
    new = {finding_key(finding) for finding in result.appeared}
    assert any(text == "middels" for _, text in gone)
    assert ("jargon.vlaams.gelieve-te", "gelieve het terug te sturen") in kept
    assert ("empathy.dank", "") in kept  # a missing thank-you stays missing, wherever it points
    assert any(rule.startswith("jargon.") and "verzoeken" in text for rule, text in new)
    assert len(result.disappeared) + len(result.stayed) == len(before.findings)
    assert len(result.stayed) + len(result.appeared) == len(after.findings)


def test_same_text_changes_nothing_and_whitespace_or_case_do_not_matter():
    text = (LETTERS / "poor.txt").read_text(encoding="utf-8")
    result = compare(_check(text), _check(text.replace("Bijgevolg", "bijgevolg").replace(" ", "  ", 3)))
    assert result.disappeared == [] and result.appeared == []
    assert len(result.stayed) == len(result.before.findings) > 10
    assert all(change.difference == 0 for change in result.dimensions)


def test_differences_add_up_and_serialise_like_the_cli():
    before, after = (_check((LETTERS / name).read_text(encoding="utf-8")) for name in ("poor.txt", "good.txt"))
    result = compare(before, after)
    data = result.to_dict()
    assert data["difference"]["score"] == after.score - before.score == result.score_difference > 30
    for change in result.dimensions:
        assert change.difference == after.dimensions[change.id].score - before.dimensions[change.id].score
        assert data["difference"]["dimensions"][change.id] == change.difference
    assert [change.id for change in result.dimensions] == list(before.dimensions)
    assert len(data["findings"]["disappeared"]) == len(result.disappeared) > 5
