"""Sentence length and structure: long sentences and paragraphs, and
constructions that make a sentence hard to read whatever its length.

Only the body counts; salutation, reference block and signature do not.
Guidance: an average of 15-20 words is fine, under 15 is plain; a text is
green when at most 25% of its sentences have more than 20 words and red
above 30% (Yoast's Dutch readability analysis). The structures
(naamwoordstijl, tang, van-keten, dubbele ontkenning, lange bijzin vooraan)
come from the parse (`helder.nlp.structure`); each costs its rule's modest
penalty on top of the length score.
"""

from __future__ import annotations

from helder.dimensions import Context, ratio_score
from helder.nlp.structure import DETECTORS, KINDS, OPTIONS
from helder.report import DimensionResult, Finding

ID = "sentence_length"
LABEL = "Zinslengte en zinsbouw"


def assess(context: Context) -> DimensionResult:
    body = context.analysis.body
    findings = []
    long_rule = next(iter(context.rules_of("metric", "sentence_words")), None)
    warning = int(context.setting(long_rule, "warning", 20)) if long_rule else 20
    error = int(context.setting(long_rule, "error", 30)) if long_rule else 30
    lengths = [sentence.words for sentence in body]
    if long_rule:
        for sentence in body:
            if sentence.words > warning:
                severe = sentence.words > error
                findings.append(
                    context.finding(
                        long_rule,
                        sentence.start,
                        sentence.end,
                        severity="error" if severe else long_rule.severity,
                        value=sentence.words,
                        threshold=error if severe else warning,
                    )
                )
    for rule in context.rules_of("metric", "paragraph_words"):
        limit = int(context.setting(rule, "warning", 90))
        for part in context.analysis.segmentation.of_kind("body"):
            words = sum(sentence.words for sentence in body if part.start <= sentence.start < part.end)
            if words > limit:
                findings.append(context.finding(rule, part.start, part.end, value=words, threshold=limit))

    average = sum(lengths) / len(lengths) if lengths else 0.0
    for rule in context.rules_of("metric", "average_sentence_words"):
        limit = float(context.setting(rule, "warning", 20))
        if average > limit:
            longest = max(body, key=lambda sentence: sentence.words)
            findings.append(
                context.finding(
                    rule, longest.start, longest.end, scope="document", value=f"{average:.1f}".replace(".", ","),
                    threshold=f"{limit:g}",
                )
            )

    share = sum(1 for words in lengths if words > warning) / len(lengths) if lengths else 0.0
    very_long = sum(1 for words in lengths if words > error)
    structures = _structures(context)
    score = (
        ratio_score(share, 0.25, 0.30, 0.60) - 8 * very_long - 2 * max(0.0, average - 20)
        - context.penalty(structures)
    )
    metrics = {
        "average": round(average, 1),
        "longest": max(lengths, default=0),
        "share_over_threshold": round(share, 3),
        "threshold": warning,
        "over_error": very_long,
        "sentences": len(lengths),
        "structures": {kind: sum(1 for finding in structures if finding.rule == f"{ID}.{kind}") for kind in KINDS},
    }
    summary = _summary(lengths, average, share, warning) + _structure_summary(structures)
    return context.result(ID, LABEL, score, summary, findings + structures, metrics)


def _structures(context: Context) -> list[Finding]:
    """One finding per structure the parse shows, for each enabled structure rule."""
    findings = []
    for rule in context.rules_of("detector"):
        kind = rule.spec.get("detector")
        if kind not in DETECTORS:
            continue
        options = {key: int(context.setting(rule, key, default)) for key, default in OPTIONS[kind].items()}
        for sentence in context.analysis.body:
            for structure in DETECTORS[kind](sentence.doc, **options):
                threshold = {"werkwoord": "verb_gap", "lidwoord": "article_gap"}.get(structure.variant)
                findings.append(
                    context.finding(
                        rule,
                        *sentence.offsets(structure.span),
                        message=rule.text(structure.variant) if structure.variant else None,
                        value=structure.size,
                        threshold=options.get(threshold or "", next(iter(options.values()), "")),
                        **structure.hints,
                    )
                )
    return findings


_STRUCTURE_NAMES = {
    "naamwoordstijl": "naamwoordstijl",
    "tang": "tangconstructie",
    "van-keten": "van-keten",
    "dubbele-ontkenning": "dubbele ontkenning",
    "lange-bijzin": "lange bijzin vooraan",
}


def _structure_summary(structures: list[Finding]) -> str:
    if not structures:
        return ""
    counts = {kind: sum(1 for finding in structures if finding.rule.endswith(f".{kind}")) for kind in KINDS}
    parts = [f"{count}× {_STRUCTURE_NAMES[kind]}" for kind, count in counts.items() if count]
    return f" Zinsbouw: {', '.join(parts)}."


def _summary(lengths: list[int], average: float, share: float, warning: int) -> str:
    if not lengths:
        return "Er zijn geen zinnen om te meten."
    shown = f"{average:.0f}"
    if share == 0:
        return f"Uw zinnen zijn kort genoeg: gemiddeld {shown} woorden, geen enkele boven {warning}."
    return f"Gemiddeld {shown} woorden per zin; {round(share * 100)}% van de zinnen heeft meer dan {warning} woorden."
