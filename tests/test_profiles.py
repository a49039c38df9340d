"""Profiles: thresholds, weights, escalation bodies and the "wat nu?" template as data."""

from __future__ import annotations

import pytest

import helder
from helder import profiles


def test_default_and_local_profiles_are_available():
    ids = [profile.id for profile in profiles.available()]
    assert ids[0] == "vlaamse-overheid" and "lokaal-bestuur" in ids


def test_weights_cover_all_dimensions():
    for profile in profiles.available():
        assert set(profile.weights) >= {
            "sentence_length", "jargon", "passive_voice", "personal_tone", "empathy", "escalation", "solution"
        }
        assert abs(sum(profile.weights.values()) - 1.0) < 1e-9, profile.id


def test_templates_are_filled_in():
    for profile in profiles.available():
        assert profile.escalation_template
        assert "{" not in profile.escalation_template


def test_profile_thresholds_change_findings(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "streng.yaml").write_text(
        "id: streng\nname: Streng\nextends: vlaamse-overheid\n"
        "thresholds:\n  sentence_length.lang: {warning: 8, error: 12}\n",
        encoding="utf-8",
    )
    text = "Beste heer Peeters,\n\nWij hebben uw aanvraag voor de premie gisteren goedgekeurd en betaald.\n"
    default = helder.Checker().check(text)
    strict = helder.Checker("streng", extra_rules=[tmp_path]).check(text)
    assert not default.dimensions["sentence_length"].findings
    assert strict.dimensions["sentence_length"].findings


def test_an_accepted_phrase_is_a_name_whose_words_are_jargon_only_elsewhere(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "eigen.yaml").write_text(
        "id: eigen\nname: Eigen\nextends: vlaamse-overheid\naccept: [dienst ambtshalve inschrijvingen]\n",
        encoding="utf-8",
    )
    checker = helder.Checker("eigen", extra_rules=[tmp_path])

    def jargon(text):
        return [finding.text for finding in checker.check(text).findings if finding.dimension == "jargon"]

    assert jargon("Uw vraag ligt bij de dienst ambtshalve inschrijvingen.") == []
    assert jargon("Wij schrappen uw adres ambtshalve.") == ["ambtshalve"]


def test_the_default_profile_knows_belgian_fixed_names():
    report = helder.check("Vermeld bij uw betaling altijd de gestructureerde mededeling.")
    assert not [finding for finding in report.findings if finding.dimension == "jargon"]


def test_extends_loop_is_reported(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "a.yaml").write_text("id: a\nextends: b\n", encoding="utf-8")
    (tmp_path / "profiles" / "b.yaml").write_text("id: b\nextends: a\n", encoding="utf-8")
    with pytest.raises(helder.RuleError, match="kring"):
        profiles.load("a", [tmp_path])
