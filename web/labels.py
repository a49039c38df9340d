"""Every Dutch word the page shows besides what the report itself says.

The templates use these directly; the page script receives the same table
as JSON, so both renderings speak with one voice.
"""

from __future__ import annotations

from typing import Any

# Dimensions that get an inline highlight, in nesting order (outermost first).
HIGHLIGHTED = ("sentence_length", "jargon", "passive_voice", "personal_tone", "empathy", "solution")

DIMENSIONS = {
    "sentence_length": "Zinslengte en zinsbouw",
    "jargon": "Vaktaal en ambtelijke taal",
    "passive_voice": "Lijdende vorm",
    "personal_tone": "Persoonlijke toon",
    "empathy": "Empathie",
    "escalation": "Wat nu? (verdere stappen)",
    "solution": "Oplossing",
}

# Legend: per highlighted dimension, its styles with a name and a description
# of the pattern, so the legend works without colour.
LEGEND = (
    ("sentence_length", (
        ("sentence_length-warning", "Lange of moeilijk gebouwde zin", "lichte achtergrond"),
        ("sentence_length-error", "Te lange zin", "gestreepte achtergrond"),
    )),
    ("jargon", (("jargon", "Moeilijk of ambtelijk woord", "dikke streep eronder"),)),
    ("passive_voice", (("passive_voice", "Lijdende vorm", "stippellijn eronder"),)),
    ("personal_tone", (("personal_tone", "Toon", "golflijn eronder"),)),
    ("empathy", (("empathy", "Empathie", "lijn erboven"),)),
    ("solution", (("solution", "Vage belofte of geen termijn", "streepjeslijn erboven"),)),
)

GRADES = {
    "helder": {"word": "Helder", "light": "ok", "icon": "✓"},
    "bijna": {"word": "Bijna helder", "light": "warn", "icon": "!"},
    "onhelder": {"word": "Onhelder", "light": "fail", "icon": "✕"},
}

STATUSES = {
    "ok": {"word": "In orde", "icon": "✓"},
    "warn": {"word": "Kan beter", "icon": "!"},
    "fail": {"word": "Werk nodig", "icon": "✕"},
}

SEVERITIES = {"info": "Tip", "warning": "Let op", "error": "Probleem"}

ESCALATION_ELEMENTS = (
    ("condition", "Voorwaarde", "wanneer de burger verder kan, bv. ‘Bent u het niet eens met dit antwoord?’"),
    ("body", "Instantie", "bij wie de burger terechtkan, bv. de Vlaamse Ombudsdienst"),
    ("channel", "Kanaal", "hoe de burger die instantie bereikt: website, e-mailadres of telefoonnummer"),
)


# The "Oplossing" checklist (criterion 4, and 10 where the service admits a fault):
# metric key, name, hint.
SOLUTION_ELEMENTS = (
    ("outcome", "Uitkomst", "krijgt de burger gelijk, deels gelijk of niet? bv. ‘U heeft gelijk.’"),
    ("reason", "Reden", "waarom, bv. ‘Dat komt doordat …’ of ‘omdat …’"),
    ("action", "Actie van de dienst", "wat u doet, wie het doet en wanneer, bv. ‘Wij storten het bedrag vóór 15 januari.’"),
    ("reader_action", "Wat de burger doet", "wat de burger nog moet doen en tegen wanneer, of ‘U hoeft niets te doen.’"),
    ("contact", "Contactpersoon", "bij wie de burger met vragen terechtkan, met telefoon of e-mail"),
    ("learning", "Wat de dienst leert", "wat u verandert zodat het niet opnieuw gebeurt (alleen als u een fout erkent)"),
)


def dimension_label(dimension_id: str, report_label: str | None = None) -> str:
    return report_label or DIMENSIONS.get(dimension_id, dimension_id)


def as_json() -> dict[str, Any]:
    """The table the page script needs, as one JSON-ready dict."""
    return {
        "dimensions": DIMENSIONS,
        "highlighted": list(HIGHLIGHTED),
        "grades": GRADES,
        "statuses": STATUSES,
        "severities": SEVERITIES,
        "elements": [{"id": key, "name": name, "hint": hint} for key, name, hint in ESCALATION_ELEMENTS],
        "solution_elements": [{"id": key, "name": name, "hint": hint} for key, name, hint in SOLUTION_ELEMENTS],
    }
