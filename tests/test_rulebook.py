"""Rule files: validated on load; a broken file names the file, the rule and the problem."""

from __future__ import annotations

import textwrap

import pytest

import helder
from helder.errors import RuleError
from helder.matching import _literal_prefix
from helder.resources import data_dir
from helder.rulebook import catalogue, is_disabled, load_family, load_rules, schema_error
from helder.yamlfile import load_mapping

VALID_RULE = """
family: eigen
dimension: jargon
source: Huisstijlgids van de organisatie
rules:
  - id: jargon.eigen-woord
    type: substitution
    severity: warning
    message: "'{match}' is intern jargon."
    explanation: Lezers kennen onze interne afkortingen en termen niet.
    suggestions: [Gebruik het gewone woord.]
    entries:
      dossierstuk: [document]
    examples:
      bad: [Wij missen nog een dossierstuk.]
      good: [Wij missen nog een document.]
"""


def _write(folder, name, content):
    path = folder / name
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(data_dir("rules").glob("*.yaml")), ids=lambda path: path.name)
def test_every_builtin_rule_file_follows_the_schema(path):
    """Built-in files are not validated at run time (too slow for 6,000 entries): here they are."""
    error = schema_error(load_mapping(path, "Regelbestand", RuleError, ""))
    assert error is None, f"{path.name}: {error.message if error else ''}"


def test_builtin_rules_load_and_cover_every_dimension():
    rules = load_rules()
    assert {rule.dimension for rule in rules} == {
        "sentence_length", "jargon", "passive_voice", "personal_tone", "empathy", "escalation", "solution"
    }
    lexicon = sum(len(rule.spec.get("entries", {})) for rule in rules if rule.type == "substitution")
    assert lexicon >= 400


def test_an_own_entry_on_the_words_of_a_builtin_one_stands(tmp_path):
    """An organisation's own word list overrules helder's on the same words (its alternative is the house one)."""
    _write(tmp_path, "eigen.yaml", VALID_RULE.replace("dossierstuk: [document]", "middels: [via de dienst]"))
    rules = load_rules([tmp_path])
    assert {rule.builtin for rule in rules if rule.family == "eigen"} == {False}
    assert all(rule.builtin for rule in rules if rule.family != "eigen")
    report = helder.Checker(extra_rules=[tmp_path]).check("Wij sturen u het attest middels de post.")
    assert [finding.rule for finding in report.findings if finding.text == "middels"] == ["jargon.eigen-woord.middels"]


def test_extra_rule_folder_adds_rules(tmp_path):
    _write(tmp_path, "eigen.yaml", VALID_RULE)
    checker = helder.Checker(extra_rules=[tmp_path])
    report = checker.check("Beste heer Peeters,\n\nWij missen nog een dossierstuk van u.\n")
    assert any(finding.rule == "jargon.eigen-woord.dossierstuk" for finding in report.findings)
    assert any(rule["id"] == "jargon.eigen-woord" for rule in catalogue(extra=[tmp_path]))


def test_an_own_pattern_on_lemmas_reads_the_body_and_skips_the_unparsed_salutation(tmp_path):
    """Salutations and signatures are not parsed: a lemma pattern must not break on them."""
    rule = VALID_RULE.replace("    entries:\n      dossierstuk: [document]\n", "").replace(
        "type: substitution", "type: existence").replace(
        "suggestions: [Gebruik het gewone woord.]", "suggestions: [Gebruik het gewone woord.]\n"
        "    patterns: [[{LEMMA: verzoeken}, {LOWER: u}]]")
    _write(tmp_path, "eigen.yaml", rule)
    checker = helder.Checker(extra_rules=[tmp_path])
    report = checker.check("Beste heer Peeters,\n\nWij verzochten u om een kopie.\n\nMet vriendelijke groeten,\nAn\n")
    assert [f.text for f in report.findings if f.rule == "jargon.eigen-woord"] == ["verzochten u"]


def _pattern_rule(patterns: str) -> str:
    return VALID_RULE.replace("    entries:\n      dossierstuk: [document]\n", "").replace(
        "type: substitution", "type: existence").replace(
        "suggestions: [Gebruik het gewone woord.]", f"suggestions: [Gebruik het gewone woord.]\n    patterns: {patterns}")


def test_words_of_context_are_matched_but_not_found(tmp_path):
    """A pattern may need words around what it finds: "opsturen [dan wel] afgeven"."""
    _write(tmp_path, "eigen.yaml", _pattern_rule(
        '[[{POS: VERB, CONTEXT: true}, {LOWER: dan}, {LOWER: wel}, {POS: VERB, CONTEXT: true}]]'))
    checker = helder.Checker(extra_rules=[tmp_path])
    text = "Beste heer Peeters,\n\nU kunt het formulier opsturen dan wel afgeven.\nDan wel graag voor vrijdag.\n"
    found = [f for f in checker.check(text).findings if f.rule == "jargon.eigen-woord"]
    assert [(f.text, text[f.start : f.end]) for f in found] == [("dan wel", "dan wel")]


@pytest.mark.parametrize("patterns", [
    "[[{LOWER: dan, CONTEXT: true}, {LOWER: wel}, {LOWER: af, CONTEXT: true, OP: '?'}]]",
    "[[{LOWER: dan}, {LOWER: wel, CONTEXT: true}, {LOWER: af}]]",
    "[[{LOWER: dan, CONTEXT: true}]]",
])
def test_misplaced_words_of_context_name_the_rule(tmp_path, patterns):
    _write(tmp_path, "eigen.yaml", _pattern_rule(patterns))
    with pytest.raises(helder.RuleError, match="jargon.eigen-woord.*CONTEXT"):
        helder.Checker(extra_rules=[tmp_path])


def test_rules_from_environment_variable(tmp_path, monkeypatch):
    _write(tmp_path, "eigen.yaml", VALID_RULE)
    monkeypatch.setenv("HELDER_RULES", str(tmp_path))
    assert any(rule.id == "jargon.eigen-woord" for rule in load_rules())


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (VALID_RULE.replace("severity: warning", "severity: ernstig"), "jargon.eigen-woord"),
        (VALID_RULE.replace("    message: \"'{match}' is intern jargon.\"\n", ""), "message"),
        (VALID_RULE.replace("      good: [Wij missen nog een document.]\n", ""), "good"),
        (VALID_RULE.replace("id: jargon.eigen-woord", "id: empathy.eigen-woord"), "moet beginnen met"),
        (VALID_RULE.replace("entries:", "entrys:"), "jargon.eigen-woord"),
        (VALID_RULE + "  - [niet, goed\n", "YAML"),
        ("- gewoon een lijst\n", "verwacht een object"),
        # A term entered twice: YAML would keep the second silently.
        (VALID_RULE.replace("      dossierstuk: [document]\n",
                            "      dossierstuk: [document]\n      dossierstuk: [stuk]\n"),
         "de sleutel 'dossierstuk' staat twee keer"),
        # An alternative put first before some words must be one of the entry's alternatives.
        (VALID_RULE.replace("      dossierstuk: [document]\n", "      dossierstuk: {alternatives: [document], bad: "
                            "Wij missen een dossierstuk., good: Wij missen een document., first_before: {stuk: [van]}}\n"),
         "'first_before' noemt 'stuk'"),
    ],
)
def test_broken_rule_file_names_file_rule_and_problem(tmp_path, broken, expected):
    path = _write(tmp_path, "eigen.yaml", broken)
    with pytest.raises(helder.RuleError) as error:
        load_family(path)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_broken_matcher_pattern_is_reported(tmp_path):
    broken = VALID_RULE.replace("type: substitution", "type: existence").replace(
        "    entries:\n      dossierstuk: [document]\n", "    patterns: [[{LEMMA: {ONBEKEND: 1}}]]\n"
    )
    _write(tmp_path, "eigen.yaml", broken)
    with pytest.raises(helder.RuleError, match="jargon.eigen-woord"):
        helder.Checker(extra_rules=[tmp_path])


def test_duplicate_rule_id_across_files_is_an_error(tmp_path):
    _write(tmp_path, "eigen.yaml", VALID_RULE)
    _write(tmp_path, "ander.yaml", VALID_RULE.replace("family: eigen", "family: ander"))
    with pytest.raises(helder.RuleError, match="bestaat al"):
        load_rules([tmp_path])


@pytest.mark.parametrize(
    ("rule_id", "disabled", "expected"),
    [
        ("jargon.ambtelijk.middels", ["jargon."], True),
        ("jargon.ambtelijk.middels", ["jargon.ambtelijk"], True),
        ("jargon.ambtelijk.middels", ["jargon.ambtelijk.middels"], True),
        ("jargon.ambtelijkheid", ["jargon.ambtelijk"], False),
        ("empathy.helaas", ["jargon."], False),
    ],
)
def test_disable_by_id_or_prefix(rule_id, disabled, expected):
    assert is_disabled(rule_id, disabled) is expected


@pytest.mark.parametrize(
    ("first_token", "prefix"),
    [
        ({"LOWER": {"REGEX": "^art\\.\\d"}}, "art."),
        ({"TEXT": {"REGEX": "^§\\d"}}, "§"),
        ({"LOWER": {"REGEX": "^abc?d"}}, "ab"),  # an optional last character is no part of the start
        ({"TEXT": {"REGEX": "^\\d"}}, ""),  # no literal start: the pattern runs on every sentence
        ({"LOWER": {"REGEX": "^art"}, "OP": "?"}, ""),  # an optional token anchors nothing
    ],
)
def test_a_pattern_led_by_a_regular_expression_runs_only_where_its_literal_start_occurs(first_token, prefix):
    assert _literal_prefix(first_token) == prefix


def test_an_alternative_comes_first_before_its_words(tmp_path):
    """`first_before` puts an alternative first where one of its words follows the term, in any form."""
    entry = ("      dossierstuk: {alternatives: [document, bewijs], bad: Wij missen een dossierstuk., "
             "good: Wij missen een document., first_before: {bewijs: [betaling, inkomen]}}\n")
    _write(tmp_path, "eigen.yaml", VALID_RULE.replace("      dossierstuk: [document]\n", entry))
    checker = helder.Checker(extra_rules=[tmp_path])

    def first(text):
        return next(f.replacements[0] for f in checker.check(text).findings if f.text == "dossierstuk")

    assert first("Wij missen nog een dossierstuk van uw betalingen.") == "bewijs"
    assert first("Wij missen nog een dossierstuk van uw huisarts.") == "document"
