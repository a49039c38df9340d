"""The OpenAPI 3.1 description of every route the app serves.

The report schema is the library's own contract (helder/schema/report.schema.json)
with helder's documented extensions, so the document cannot drift from what
`Report.to_dict()` promises. tests/web checks real responses against it.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

import helder

JSON = "application/json"
HTML = "text/html"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _report_schemas() -> dict[str, Any]:
    """The report contract, with its $defs moved into components and helder's extensions added."""
    source = resources.files("helder").joinpath("schema", "report.schema.json").read_text(encoding="utf-8")
    contract = json.loads(source.replace('"#/$defs/dimension"', '"#/components/schemas/Dimension"')
                          .replace('"#/$defs/finding"', '"#/components/schemas/Finding"'))
    definitions = contract.pop("$defs")
    for key in ("$schema", "$id"):
        contract.pop(key, None)

    report = copy.deepcopy(contract)
    report["properties"].update({
        "summary": {"type": "string", "description": "Dutch one-line verdict"},
        "notices": {"type": "array", "items": {"type": "string"}, "description": "Dutch notices, e.g. no text or not Dutch"},
        "language": {
            "type": "object",
            "required": ["code", "dutch_share"],
            "properties": {"code": {"type": ["string", "null"]}, "dutch_share": {"type": "number"}},
        },
        "parts": {"type": "array", "items": _ref("Part")},
        "meta": {"type": "object", "description": "caller-supplied metadata, echoed back (empty from the API)"},
    })
    report["required"] = [*report["required"], "summary", "notices", "language", "parts"]
    dimensions = report["properties"]["dimensions"]
    dimensions["required"] = [*dimensions["required"], "solution"]
    dimensions["properties"] = {
        "solution": {"allOf": [_ref("Dimension"), {"properties": {"metrics": _ref("SolutionMetrics")}}]},
    }

    dimension = definitions["dimension"]
    dimension["properties"].update({
        "label": {"type": "string", "description": "Dutch name of the dimension"},
        "weight": {"type": "number"},
        "findings": {"type": "integer", "minimum": 0, "description": "number of findings"},
    })
    dimension["required"] = [*dimension["required"], "label", "weight", "findings", "metrics"]
    dimension["description"] = (
        "escalation.metrics holds present, complete, elements {condition, body, channel} and template "
        "(the profile's 'wat nu?' paragraph); passive_voice.metrics holds passive_clauses and passive_sentence_share; "
        "solution.metrics is SolutionMetrics."
    )

    finding = definitions["finding"]
    finding["properties"].update({
        "id": {"type": "string", "description": "stable key: rule + matched text + occurrence index"},
        "explanation": {"type": "string", "description": "Dutch, for trainers"},
        "replacements": {"type": "array", "items": {"type": "string"},
                         "description": "suggestions that can replace input[start:end] as they are"},
        "scope": {"enum": ["span", "document"]},
    })
    finding["required"] = [*finding["required"], "id", "text", "explanation", "scope", "suggestions", "replacements"]

    part = {
        "type": "object",
        "required": ["kind", "start", "end"],
        "properties": {
            "kind": {"enum": ["subject", "reference", "salutation", "body", "closing", "signature", "other"]},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
    }
    flags = ("outcome", "reason", "action", "reader_action", "contact", "learning", "fault")
    solution_metrics = {
        "type": "object",
        "description": "Criterion 4 elements found in the reply; learning is asked for only when fault is true",
        "required": [*flags, "vague_promises", "dated_actions"],
        "properties": {
            **{flag: {"type": "boolean"} for flag in flags},
            "vague_promises": {"type": "integer", "minimum": 0},
            "dated_actions": {"type": "integer", "minimum": 0},
        },
    }
    return {"Report": report, "Dimension": dimension, "Finding": finding, "Part": part, "SolutionMetrics": solution_metrics}


def _object(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


SCHEMAS: dict[str, Any] = {
    "Error": _object(["error"], {
        "error": _object(["code", "message"], {
            "code": {"type": "string", "description": "machine-readable, e.g. invalid_json"},
            "message": {"type": "string", "description": "Dutch, for the user"},
        }),
    }),
    "CheckRequest": _object(["text"], {
        "text": {"type": "string", "description": "the reply to check; at most HELDER_MAX_CHARS characters"},
        "profile": {"type": "string", "description": "profile id; the server's default when absent"},
    }),
    "Rules": _object(["rules"], {
        "rules": {"type": "array", "items": _object(
            ["id", "dimension", "type", "severity", "message"],
            {
                "id": {"type": "string"},
                "family": {"type": "string"},
                "dimension": {"type": "string"},
                "type": {"enum": ["existence", "substitution", "occurrence", "expectation", "conditional", "metric", "detector"]},
                "severity": {"enum": ["info", "warning", "error"]},
                "scope": {"type": "string"},
                "message": {"type": "string"},
                "explanation": {"type": "string"},
                "suggestions": {"type": "array", "items": {"type": "string"}},
                "examples": {"type": "object"},
                "source": {"type": "string"},
            },
        )},
    }),
    "Profiles": _object(["default", "profiles"], {
        "default": {"type": "string"},
        "profiles": {"type": "array", "items": _object(
            ["id", "name", "description", "escalation_template"],
            {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "description": {"type": "string"},
                "escalation_template": {"type": "string"},
                "weights": {"type": "object", "additionalProperties": {"type": "number"}},
                "grades": {"type": "object", "additionalProperties": {"type": "number"}},
            },
        )},
    }),
    "Extracted": _object(["text"], {"text": {"type": "string"}}),
    "LanguageToolCheck": _object(["software", "warnings", "language", "matches"], {
        "software": _object(["name", "version", "apiVersion"], {
            "name": {"const": "helder"}, "version": {"type": "string"}, "apiVersion": {"type": "integer"},
        }),
        "warnings": _object(["incompleteResults"], {"incompleteResults": {"type": "boolean"}}),
        "language": _object(["name", "code", "detectedLanguage"], {
            "name": {"type": "string"},
            "code": {"type": "string"},
            "detectedLanguage": _object(["name", "code", "confidence"], {
                "name": {"type": "string"}, "code": {"type": "string"}, "confidence": {"type": "number"},
            }),
        }),
        "matches": {"type": "array", "items": _object(
            ["message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule"],
            {
                "message": {"type": "string"},
                "shortMessage": {"type": "string"},
                "replacements": {"type": "array", "items": _object(["value"], {"value": {"type": "string"}})},
                "offset": {"type": "integer", "minimum": 0, "description": "UTF-16 code units in the text as sent"},
                "length": {"type": "integer", "minimum": 0, "description": "UTF-16 code units"},
                "context": _object(["text", "offset", "length"], {
                    "text": {"type": "string"}, "offset": {"type": "integer"}, "length": {"type": "integer"},
                }),
                "sentence": {"type": "string"},
                "type": _object(["typeName"], {"typeName": {"type": "string"}}),
                "rule": _object(["id", "description", "issueType", "category"], {
                    "id": {"type": "string", "description": "helder's rule id"},
                    "description": {"type": "string"},
                    "issueType": {"type": "string"},
                    "category": _object(["id", "name"], {
                        "id": {"type": "string", "description": "the dimension id in capitals"},
                        "name": {"type": "string", "description": "Dutch name of the dimension"},
                    }),
                    "urls": {"type": "array", "items": _object(["value"], {"value": {"type": "string"}})},
                }),
            },
        )},
    }),
    "LanguageToolLanguages": {"type": "array", "items": _object(["name", "code", "longCode"], {
        "name": {"type": "string"}, "code": {"type": "string"}, "longCode": {"type": "string"},
    })},
    "Health": _object(["status", "version"], {"status": {"const": "ok"}, "version": {"type": "string"}}),
    "ExerciseGoals": _object(["score", "grade", "goals", "findings"], {
        "score": {"type": "integer"},
        "grade": {"type": "string"},
        "goals": {"type": "array", "items": _object(["key", "label", "met", "detail"], {
            "key": {"type": "string"}, "label": {"type": "string"}, "met": {"type": "boolean"},
            "detail": {"type": "string"},
        })},
        "findings": {"type": "array", "items": _object(["rule", "dimension", "severity", "message", "text", "scope"], {
            name: {"type": "string"} for name in ("rule", "dimension", "severity", "message", "text", "scope")
        })},
    }),
    "OpenAPI": {"type": "object", "required": ["openapi", "paths"]},
}

ERRORS = {
    "400": "Malformed JSON, a missing or non-string field, or no file",
    "404": "Unknown address or unknown profile",
    "405": "Method not allowed on this address",
    "413": "Request body over MAX_CONTENT_LENGTH, or text over the checker's maximum",
    "415": "Wrong content type, or a file type that cannot be read",
    "422": "The file could not be read",
    "500": "Unexpected error (generic message, never a stack trace)",
}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": _ref(schema)}}}


def _errors(*codes: str) -> dict[str, Any]:
    return {code: {"$ref": f"#/components/responses/E{code}"} for code in codes}


def _text(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/plain": {"schema": {"type": "string"}}}}


def _html(description: str) -> dict[str, Any]:
    return {"description": description, "content": {HTML: {"schema": {"type": "string"}}}}


def _page_form() -> dict[str, Any]:
    form = _object([], {
        "text": {"type": "string"},
        "profile": {"type": "string"},
        "file": {"type": "string", "contentMediaType": "application/octet-stream", "description": ".docx or .txt"},
    })
    return {"content": {"multipart/form-data": {"schema": form}, "application/x-www-form-urlencoded": {"schema": form}}}


PATHS: dict[str, Any] = {
    "/": {
        "get": {"summary": "The editor page", "responses": {"200": _html("Editor page")}},
        "post": {
            "summary": "Check without JavaScript: the page with the analysis rendered on the server",
            "requestBody": _page_form(),
            "responses": {
                "200": _html("Editor page with the analysis"),
                **{code: _html("Editor page with a Dutch error message") for code in ("404", "413", "415", "422", "500")},
            },
        },
    },
    "/rapport": {
        "get": {"summary": "The corpus report form (annual complaint report)", "responses": {"200": _html("Form page")}},
        "post": {
            "summary": "Corpus report of uploaded letters: the report page with CSV/XLSX/JSON downloads; nothing is kept",
            "requestBody": {"content": {"multipart/form-data": {"schema": _object(["files"], {
                "files": {"type": "array", "items": {"type": "string", "contentMediaType": "application/octet-stream"},
                          "description": "Letters (.txt .md .docx .eml .msg .pdf .html) or .zip archives"},
                "meta": {"type": "string", "contentMediaType": "text/csv", "description": "Optional meta CSV"},
                "profile": {"type": "string"},
                "fragmenten": {"type": "string", "enum": ["ja"]},
                "anoniem": {"type": "string", "enum": ["ja"]},
            })}}},
            "responses": {
                "200": _html("The self-contained report page with its downloads"),
                **{code: _html("Form page with a Dutch error message") for code in ("400", "404", "413", "415", "422", "500")},
            },
        },
    },
    "/regels": {
        "get": {
            "summary": "The trainers' rule page: every rule with explanation, criterion, examples and lexicon entries",
            "parameters": [{"name": "q", "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "Show only rules and lexicon entries that contain this text"}],
            "responses": {"200": _html("Rule page (gzip-compressed when the client accepts it)")},
        },
    },
    "/vergelijken": {
        "get": {"summary": "Compare two versions of a letter: the form", "responses": {"200": _html("Form page")}},
        "post": {
            "summary": "Compare two versions (pasted or uploaded): scores before/after, findings gone, kept and new",
            "requestBody": {"content": {"multipart/form-data": {"schema": _object([], {
                "voor": {"type": "string"}, "na": {"type": "string"}, "profile": {"type": "string"},
                **{f"bestand_{name}": {"type": "string", "contentMediaType": "application/octet-stream",
                                       "description": ".docx or .txt"} for name in ("voor", "na")},
            })}}},
            "responses": {
                "200": _html("The comparison"),
                **{code: _html("Form page with a Dutch error message") for code in ("400", "404", "413", "415", "422", "500")},
            },
        },
    },
    "/oefenen": {"get": {"summary": "The list of trainer exercises", "responses": {"200": _html("Exercise list")}}},
    "/oefenen/{exercise_id}": {
        "get": {
            "summary": "One exercise: situation, goals, the poor text to rewrite, hints and the model answer",
            "parameters": [{"name": "exercise_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": _html("Exercise page"), "404": _html("No such exercise")},
        },
        "post": {
            "summary": "Check a rewrite without JavaScript: the exercise page with the goals met",
            "parameters": [{"name": "exercise_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": _object([], {
                "text": {"type": "string"}})}}},
            "responses": {"200": _html("Exercise page with the goals"), "404": _html("No such exercise"),
                          "413": _html("Exercise page with a Dutch error message")},
        },
    },
    "/api/exercises/{exercise_id}/goals": {
        "post": {
            "summary": "The goals of an exercise for a draft (the exercise page's live check)",
            "parameters": [{"name": "exercise_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": {JSON: {"schema": _object(["text"], {"text": {"type": "string"}})}}},
            "responses": {"200": _json("ExerciseGoals", "Goals met or not, score and findings"),
                          **_errors("400", "404", "413")},
        },
    },
    "/healthz": {"get": {"summary": "Liveness check", "responses": {"200": _json("Health", "Server is up")}}},
    "/api/check": {
        "post": {
            "summary": "Check a reply; returns the report",
            "requestBody": {"required": True, "content": {JSON: {"schema": _ref("CheckRequest")}}},
            "responses": {"200": _json("Report", "The report"), **_errors("400", "404", "413", "415")},
        },
    },
    "/api/extract": {
        "post": {
            "summary": "Read the text of an uploaded .docx or .txt file (the file is not kept)",
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": _object(["file"], {
                    "file": {"type": "string", "contentMediaType": "application/octet-stream"},
                })}},
            },
            "responses": {"200": _json("Extracted", "The file's text"), **_errors("400", "413", "415", "422")},
        },
    },
    "/v2/check": {
        "post": {
            "summary": "The LanguageTool protocol: check a text for LibreOffice, the LanguageTool add-on, Thunderbird",
            "description": "Form fields as LanguageTool's /v2/check: text or data (annotated text), language "
            "(nl, nl-BE, nl-NL, auto), enabledRules, disabledRules, enabledCategories, disabledCategories, "
            "enabledOnly, level (picky adds hints); username and apiKey are ignored; profile is helder's extension. "
            "Offsets are UTF-16 code units in the text as sent, markup included.",
            "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": _object(
                ["language"],
                {name: {"type": "string"} for name in (
                    "text", "data", "language", "enabledRules", "disabledRules", "enabledCategories",
                    "disabledCategories", "enabledOnly", "level", "username", "apiKey", "profile",
                )},
            )}}},
            "responses": {
                "200": _json("LanguageToolCheck", "Matches, as a LanguageTool server gives them"),
                **{code: _text(text) for code, text in (
                    ("400", "A missing or bad parameter, an unsupported language or an unknown profile"),
                    ("405", "Method not allowed on this address"),
                    ("413", "Text over the checker's maximum"),
                    ("500", "Unexpected error"),
                )},
            },
        },
    },
    "/v2/languages": {
        "get": {
            "summary": "The languages helder checks, for LanguageTool clients",
            "responses": {"200": _json("LanguageToolLanguages", "Dutch and its Belgian and Netherlands variants")},
        },
    },
    "/api/rules": {"get": {"summary": "The rule catalogue", "responses": {"200": _json("Rules", "All rules")}}},
    "/api/profiles": {"get": {"summary": "Available profiles", "responses": {"200": _json("Profiles", "All profiles")}}},
    "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": _json("OpenAPI", "OpenAPI 3.1 document")}}},
    "/static/{filename}": {
        "get": {
            "summary": "The page's own scripts, styles and icon",
            "parameters": [{"name": "filename", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The file"}, "404": {"description": "No such file"}},
        },
    },
}


def _paths() -> dict[str, Any]:
    """PATHS, with the 405 and 500 every JSON route can answer."""
    paths = copy.deepcopy(PATHS)
    for path, item in paths.items():
        if path.startswith("/api/") or path == "/healthz":
            for operation in item.values():
                operation["responses"] = {**operation["responses"], **_errors("405", "500")}
    return paths


@lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    """The complete document served at /api/openapi.json."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "helder",
            "version": helder.__version__,
            "description": "Toetst antwoorden op klachten aan Heerlijk Helder en de criteria 4, 6 en 7 van de "
            "Vlaamse Ombudsman. Offsets in the report are Python str indices (code points). "
            "Errors are {\"error\": {\"code\", \"message\"}} with a Dutch message.",
        },
        "paths": _paths(),
        "components": {
            "schemas": {**_report_schemas(), **SCHEMAS},
            "responses": {f"E{code}": _json("Error", text) for code, text in ERRORS.items()},
        },
    }
