"""The examples in every rule file are that rule's tests.

Every bad example must trigger the rule; no good example may.
"""

from __future__ import annotations

import pytest

from helder.rulebook import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule, kind, example, id=f"{rule.id}-{kind}-{index}")
    for rule in RULES
    for kind in ("bad", "good")
    for index, example in enumerate(rule.examples[kind])
]


def _fired(report, rule_id: str) -> list:
    return [finding for finding in report.findings if finding.rule == rule_id or finding.rule.startswith(rule_id + ".")]


@pytest.mark.parametrize(("rule", "kind", "example"), CASES)
def test_rule_example(checker, rule, kind, example):
    fired = _fired(checker.check(example), rule.id)
    if kind == "bad":
        assert fired, f"{rule.id} ({rule.path.name}) vindt niets in het slechte voorbeeld: {example!r}"
    else:
        assert not fired, f"{rule.id} ({rule.path.name}) slaat aan op het goede voorbeeld: {example!r} -> {fired[0].text!r}"


def test_every_rule_has_examples_of_both_kinds():
    assert RULES
    for rule in RULES:
        assert rule.examples["bad"] and rule.examples["good"], rule.id
