"""The LanguageTool HTTP protocol, so helder's findings appear in the writer's own editor.

LibreOffice Writer, the LanguageTool browser add-on (Outlook on the web, web
forms) and Thunderbird can send text to a LanguageTool server of the user's
choice (`POST /v2/check`, `GET /v2/languages`). This blueprint answers that
protocol. The check is the same library call as `POST /api/check`; this module
only translates between the two:

* the request: `text`, or `data` (annotated text: parts of `text` and `markup`
  with an optional `interpretAs`), `language`, `enabledRules`,
  `disabledRules`, `enabledCategories`, `disabledCategories`, `enabledOnly`,
  `level`; `username` and `apiKey` are accepted and ignored; `profile` is
  helder's own extension;
* offsets: helder counts code points in plain text, LanguageTool counts UTF-16
  code units in the text as the client sent it, markup included;
* findings about the letter as a whole become a match on one short span.

Errors are plain text, as LanguageTool answers them. The letter is neither
stored nor logged.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

import helder
from helder.language import guess_language
from helder.rulebook import is_disabled

from .errors import ApiError
from .labels import DIMENSIONS

languagetool = Blueprint("languagetool", __name__)

DUTCH = "Nederlands"
LANGUAGES = [
    {"name": "Nederlands", "code": "nl", "longCode": "nl"},
    {"name": "Nederlands (België)", "code": "nl", "longCode": "nl-BE"},
    {"name": "Nederlands (Nederland)", "code": "nl", "longCode": "nl-NL"},
]
_LONG_CODES = {language["longCode"].lower(): language for language in LANGUAGES}
OTHER_LANGUAGES = {"en": "Engels", "fr": "Frans", "de": "Duits"}
WHOLE_LETTER = "Over de hele brief: "
CONTEXT_CHARS = 40  # characters of context on each side, as LanguageTool gives
SHORT_SPAN = 80  # longest underline for a finding about the whole letter
TRUE = ("true", "1", "yes", "on")


class ProtocolError(ApiError):
    """A bad request, answered in plain text as LanguageTool does."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(status, "bad_request", message)


# -- the text as the client sent it ------------------------------------------------------------------


@dataclass(frozen=True)
class Annotated:
    """Plain text for helder, and the way back from plain offsets to the client's text and UTF-16 units.

    `segments` holds, per part that shows in the plain text, (plain start, plain length, client start,
    client length, is_text), in order; markup read as nothing has no segment.
    """

    plain: str
    client: str
    segments: tuple[tuple[int, int, int, int, bool], ...]

    @classmethod
    def from_text(cls, text: str) -> Annotated:
        return cls(text, text, ((0, len(text), 0, len(text), True),))

    @classmethod
    def from_data(cls, raw: str) -> Annotated:
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise ProtocolError(f"Ongeldige JSON in 'data': {error}") from error
        parts = data.get("annotation") if isinstance(data, dict) else None
        if not isinstance(parts, list):
            raise ProtocolError("'data' moet een object zijn met een lijst 'annotation'.")
        plain: list[str] = []
        client: list[str] = []
        segments = []
        plain_at = client_at = 0
        for index, part in enumerate(parts):
            text, markup = (part.get("text"), part.get("markup")) if isinstance(part, dict) else (None, None)
            if isinstance(text, str) and markup is None:
                shown, sent, is_text = text, text, True
            elif isinstance(markup, str) and text is None and isinstance(part.get("interpretAs", ""), str):
                shown, sent, is_text = part.get("interpretAs", ""), markup, False
            else:
                raise ProtocolError(f"Deel {index + 1} van 'annotation' moet 'text' of 'markup' (met 'interpretAs') hebben.")
            if shown:
                segments.append((plain_at, len(shown), client_at, len(sent), is_text))
            plain.append(shown)
            client.append(sent)
            plain_at += len(shown)
            client_at += len(sent)
        return cls("".join(plain), "".join(client), tuple(segments))

    def to_client(self, start: int, end: int) -> tuple[int, int]:
        """A plain [start, end) as code points in the client's text: markup inside a span stays inside it."""
        return self._client_position(start, at_end=False), self._client_position(end, at_end=True)

    def _client_position(self, position: int, at_end: bool) -> int:
        if position >= len(self.plain):
            return len(self.client)
        if at_end and position > 0:
            plain_start, _, client_start, client_length, is_text = self._segment(position - 1)
            return client_start + (position - plain_start) if is_text else client_start + client_length
        plain_start, _, client_start, _, is_text = self._segment(position)
        return client_start + (position - plain_start) if is_text else client_start

    def _segment(self, position: int) -> tuple[int, int, int, int, bool]:
        index = bisect_right(self.segments, (position, float("inf"))) - 1
        return self.segments[index]


def utf16_counter(text: str):
    """A function from a code-point offset in `text` to its offset in UTF-16 code units."""
    astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]
    return lambda offset: offset + bisect_right(astral, offset - 1)


# -- request ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    language: dict[str, str] | None  # None for "auto"
    enabled_rules: tuple[str, ...]
    disabled_rules: tuple[str, ...]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool
    picky: bool
    profile: str | None


def _listed(name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in request.values.get(name, "").split(",") if item.strip())


def _options() -> Options:
    code = request.values.get("language", "").strip()
    if not code:
        raise ProtocolError("Parameter 'language' ontbreekt: gebruik nl, nl-BE, nl-NL of auto.")
    if code.lower() != "auto" and code.lower().replace("_", "-") not in _LONG_CODES:
        raise ProtocolError(f"Taal '{code}' wordt niet ondersteund: helder controleert Nederlands (nl, nl-BE, nl-NL of auto).")
    options = Options(
        language=None if code.lower() == "auto" else _LONG_CODES[code.lower().replace("_", "-")],
        enabled_rules=_listed("enabledRules"),
        disabled_rules=_listed("disabledRules"),
        enabled_categories=frozenset(item.upper() for item in _listed("enabledCategories")),
        disabled_categories=frozenset(item.upper() for item in _listed("disabledCategories")),
        enabled_only=request.values.get("enabledOnly", "false").strip().lower() in TRUE,
        picky=request.values.get("level", "default").strip().lower() == "picky",
        profile=request.values.get("profile") or None,
    )
    if options.enabled_only and not (options.enabled_rules or options.enabled_categories):
        raise ProtocolError("'enabledOnly' vraagt om 'enabledRules' of 'enabledCategories'.")
    return options


def _annotated() -> Annotated:
    text, data = request.values.get("text"), request.values.get("data")
    if (text is None) == (data is None):
        raise ProtocolError("Geef de tekst mee in 'text' of in 'data', niet in allebei.")
    return Annotated.from_text(text) if text is not None else Annotated.from_data(data)


# -- response --------------------------------------------------------------------------------------


def category(dimension: str) -> dict[str, str]:
    """A dimension as a LanguageTool category: id in capitals, Dutch name."""
    return {"id": dimension.upper(), "name": DIMENSIONS.get(dimension, dimension)}


def _wanted(finding: dict[str, Any], options: Options) -> bool:
    rule, dimension = finding["rule"], finding["dimension"].upper()
    enabled = is_disabled(rule, options.enabled_rules) or dimension in options.enabled_categories
    if options.enabled_only:
        return enabled
    if is_disabled(rule, options.disabled_rules) or dimension in options.disabled_categories:
        return False
    return options.picky or enabled or finding["severity"] != "info"


def _short_span(report: dict[str, Any], finding: dict[str, Any], text: str) -> tuple[int, int]:
    """For a finding about the whole letter: the first sentence of the part it points at, at most SHORT_SPAN long."""
    start, end = finding["start"], finding["end"]
    for sentence in report["sentences"]:
        if start <= sentence["start"] < end:
            start, end = sentence["start"], sentence["end"]
            break
    line_end = text.find("\n", start, end)
    end = line_end if line_end > start else end
    if end - start > SHORT_SPAN:
        cut = text.rfind(" ", start, start + SHORT_SPAN)
        end = cut if cut > start else start + SHORT_SPAN
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_of(report: dict[str, Any], start: int, text: str) -> str:
    for sentence in report["sentences"]:
        if sentence["start"] <= start < sentence["end"]:
            return text[sentence["start"] : sentence["end"]]
    return ""


def _rules_page() -> str | None:
    """The address of the trainers' rule page, when this app serves one."""
    served = any(str(url_rule) == "/regels" for url_rule in current_app.url_map.iter_rules())
    return f"{request.host_url}regels" if served else None


def _rule(finding: dict[str, Any], describe: dict[str, dict[str, Any]], rules_page: str | None) -> dict[str, Any]:
    rule_id = finding["rule"]
    family = describe.get(rule_id) or describe.get(rule_id.rsplit(".", 1)[0]) or {}
    label = DIMENSIONS.get(finding["dimension"], finding["dimension"])
    rule = {
        "id": rule_id,
        "description": f"{label}: {finding['text'].strip()}" if family.get("type") == "substitution" else
        family.get("message", label).replace("'{match}'", "…").replace("{match}", "…"),
        "issueType": "style",
        "category": category(finding["dimension"]),
    }
    if rules_page:
        rule["urls"] = [{"value": f"{rules_page}#{family.get('id', rule_id)}"}]
    return rule


def matches(report: dict[str, Any], annotated: Annotated, options: Options) -> list[dict[str, Any]]:
    """helder's findings as LanguageTool matches, in the client's text and UTF-16 units."""
    plain, client = annotated.plain, annotated.client
    utf16 = utf16_counter(client)
    describe = {rule["id"]: rule for rule in current_app.extensions["helder"].rules()}
    rules_page = _rules_page()
    found = []
    for finding in report["findings"]:
        if not _wanted(finding, options):
            continue
        whole = finding["scope"] == "document"
        start, end = _short_span(report, finding, plain) if whole else (finding["start"], finding["end"])
        client_start, client_end = annotated.to_client(start, end)
        context_start = max(0, client_start - CONTEXT_CHARS)
        context_end = min(len(client), client_end + CONTEXT_CHARS)
        offset, length = utf16(client_start), utf16(client_end) - utf16(client_start)
        found.append({
            "message": (WHOLE_LETTER if whole else "") + finding["message"],
            "shortMessage": finding.get("tier", "").capitalize() or DIMENSIONS.get(finding["dimension"], ""),
            "replacements": [] if whole else [{"value": value} for value in finding["replacements"]],
            "offset": offset,
            "length": length,
            "context": {
                "text": client[context_start:context_end].replace("\n", " "),
                "offset": utf16(client_start) - utf16(context_start),
                "length": length,
            },
            "sentence": _sentence_of(report, start, plain),
            "type": {"typeName": "Hint" if finding["severity"] == "info" else "Other"},
            "rule": _rule(finding, describe, rules_page),
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return found


def _language_block(options: Options, report: dict[str, Any] | None, plain: str) -> dict[str, Any]:
    code, confidence = guess_language(plain)
    if report is not None and report["language"]["code"] == "nl":
        code = "nl"
    detected = _LONG_CODES["nl-be"] if code == "nl" else {"name": OTHER_LANGUAGES[code], "longCode": code}
    stated = options.language or detected
    return {
        "name": stated["name"],
        "code": stated["longCode"],
        "detectedLanguage": {"name": detected["name"], "code": detected["longCode"], "confidence": confidence},
    }


# -- routes ----------------------------------------------------------------------------------------


@languagetool.get("/v2/languages")
def languages() -> Response:
    """The languages helder checks, in LanguageTool's format."""
    return jsonify(LANGUAGES)


@languagetool.post("/v2/check")
def check() -> Response:
    """Check a text the way a LanguageTool server does, with helder's rules."""
    options = _options()
    annotated = _annotated()
    service = current_app.extensions["helder"]
    if len(annotated.plain) > service.max_chars:
        raise ProtocolError(
            f"De tekst is te lang: {len(annotated.plain)} tekens, het maximum is {service.max_chars}.", status=413
        )
    report = None
    if annotated.plain.strip():
        try:
            report = service.check(annotated.plain, options.profile)
        except helder.ProfileNotFound as error:
            raise ProtocolError(str(error)) from error
    dutch = report is not None and report["language"]["code"] == "nl"
    return jsonify({
        "software": {
            "name": "helder",
            "version": helder.__version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": _language_block(options, report, annotated.plain),
        "matches": matches(report, annotated, options) if dutch else [],
    })


def init_app(app) -> None:
    """Register the blueprint; its answers may be read by editors and add-ons on other origins."""
    app.register_blueprint(languagetool)

    @app.after_request
    def _cross_origin(response: Response) -> Response:
        if request.path.startswith("/v2/"):
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
        return response
