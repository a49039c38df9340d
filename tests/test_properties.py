"""Property tests: arbitrary text never crashes the checker and offsets stay exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = st.sampled_from([
    "Beste mevrouw Claes,", "Geachte heer/mevrouw,", "\n\n", "\r\n", "Met vriendelijke groeten,\n", "Jan Peeters\n",
    "middels", " bv. ", " art. 5 ", "€ 1.250,00", "KL/2026/00123", "www.vlaamseombudsdienst.be", "1700",
    "Uw aanvraag werd door de dienst goedgekeurd.", "- punt\n", "1. punt\n", "<p>", "</p>", "&amp;", "\u00a0",
    "\u200b", "😀", "\x00", "\ud800", "\udc00", "\t", "Bent u niet tevreden?", "Helaas.", "u ", "je ", ".", "?", "  ",
])
TEXTS = st.one_of(
    st.text(max_size=5000),
    st.text(st.characters(codec=None, categories=None), max_size=500),  # lone surrogates included
    st.lists(FRAGMENTS, max_size=60).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_checker_never_raises_and_keeps_offsets(checker, validate_report, text):
    report = checker.check(text)
    validate_report(report, text)
    report.to_json().encode("utf-8")  # any text a JSON string or a form can carry gives valid UTF-8 JSON


def test_a_run_on_sentence_of_thousands_of_words_is_checked(checker, validate_report):
    """One "sentence" of 25,000 characters: the clause-level matchers look near each verb, not across it all."""
    text = "Beste mevrouw,\n\n" + " ".join(["wij nemen uw klacht in behandeling en stellen u in kennis"] * 420) + ".\n\nGroeten"
    report = checker.check(text)
    validate_report(report, text)
    assert report.dimensions["jargon"].findings
