"""Passive voice: it hides who acts, which matters most in a complaint reply,
where the service should own what it did. Each passive clause from the NLP
core's detector is a finding. When the clause can be turned around, the
finding offers the active clause as a one-click replacement
(`helder.rewrite.active`): with the "door" agent as the new subject, or,
without one, with "wij" when the service signs the letter (marked as a guess,
and never for what the reader does: `reader_verbs`). A rewrite is offered only
when it parses as an active clause with the same words.
Score: the share of body sentences with a passive (Yoast's Dutch analysis:
green up to 10%, red above 15%).
"""

from __future__ import annotations

from helder.analysis import ParsedSentence
from helder.dimensions import Context, ratio_score
from helder.nlp.passive import PassiveClause
from helder.report import DimensionResult, Finding
from helder.rewrite.active import ActiveRewrite, keeps_content, rewrite
from helder.rulebook import Rule

ID = "passive_voice"
LABEL = "Lijdende vorm"


def assess(context: Context) -> DimensionResult:
    body = context.analysis.body
    findings = []
    rules = context.rules_of("detector", "passive")
    for rule in rules:
        findings += _findings(context, rule)
    passive_sentences = sum(1 for sentence in body if sentence.passives)
    share = passive_sentences / len(body) if body else 0.0
    rule = rules[0] if rules else None
    ok = float(context.setting(rule, "ok_share", 0.10)) if rule else 0.10
    fail = float(context.setting(rule, "fail_share", 0.15)) if rule else 0.15
    score = ratio_score(share, ok, fail, 0.5)
    metrics = {
        "passive_clauses": sum(len(sentence.passives) for sentence in body),
        "passive_sentence_share": round(share, 3),
        "passive_sentences": passive_sentences,
        "active_rewrites": sum(1 for finding in findings if finding.replacements),
    }
    if not passive_sentences:
        summary = "U schrijft actief: geen zinnen in de lijdende vorm."
    else:
        summary = (
            f"{passive_sentences} van de {len(body)} zinnen ({round(share * 100)}%) {'staat' if passive_sentences == 1 else 'staan'} in de lijdende vorm; "
            "zeg wie wat doet."
        )
    return context.result(ID, LABEL, score, summary, findings, metrics)


def _findings(context: Context, rule: Rule) -> list[Finding]:
    actor = _service_actor(context, rule)
    reader_verbs = frozenset(context.setting(rule, "reader_verbs", []))
    clauses = [(sentence, clause) for sentence in context.analysis.body for clause in sentence.passives]
    proposed = [
        rewrite(clause, None if clause.participle.lemma_.lower() in reader_verbs else actor) for _, clause in clauses
    ]
    return [
        _finding(context, rule, sentence, clause, active if active is not None and keeps_content(active) else None)
        for (sentence, clause), active in zip(clauses, proposed)
    ]


def _finding(
    context: Context, rule: Rule, sentence: ParsedSentence, clause: PassiveClause, active: ActiveRewrite | None
) -> Finding:
    messages = rule.spec.get("messages") or {}
    agent = clause.agent_text
    if active is None:
        suggestions = list(rule.suggestions)
        if agent:
            suggestions.insert(0, messages.get("agent_suggestion", "Maak '{agent}' het onderwerp van de zin."))
        return context.finding(
            rule, *sentence.offsets(clause.clause), message=messages.get("agent") if agent else None,
            suggestions=suggestions, agent=agent,
        )
    key = "guess" if active.guessed_actor else "rewrite"
    return context.finding(
        rule,
        sentence.start + active.start,
        sentence.start + active.end,
        message=messages.get(key),
        suggestions=[active.text, *rule.suggestions],
        replacements=[active.text],
        agent=agent,
        rewrite=active.text,
    )


def _service_actor(context: Context, rule: Rule) -> str | None:
    """The actor of a passive without agent, when the service signs the letter: "wij"."""
    segmentation = context.analysis.segmentation
    signed = bool(segmentation.of_kind("signature") or segmentation.of_kind("closing"))
    return context.setting(rule, "guess_actor", "wij") if signed else None
