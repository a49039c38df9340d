"""The JSON API: every route, every documented error, checked against /api/openapi.json."""

from __future__ import annotations

import io
import json

import docx
import pytest

import helder
from helder.web import create_app

XSS_PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
)


def post_check(client, body, **kwargs):
    return client.post("/api/check", json=body, **kwargs)


def error_of(response) -> dict:
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    return body["error"]


def test_check_returns_the_report(client, conforms, letter):
    text = letter("ambtelijk")
    response = post_check(client, {"text": text})
    assert response.status_code == 200
    report = conforms(response, "/api/check", "POST")
    assert report["profile"] == helder.DEFAULT_PROFILE
    assert report == helder.check(text).to_dict()
    for finding in report["findings"]:
        assert finding["text"] == text[finding["start"] : finding["end"]]


def test_check_uses_the_requested_profile(client, conforms, letter):
    response = post_check(client, {"text": letter("helder"), "profile": "lokaal-bestuur"})
    assert conforms(response, "/api/check", "POST")["profile"] == "lokaal-bestuur"


def test_unknown_profile_is_404(client, conforms, letter):
    response = post_check(client, {"text": letter("helder"), "profile": "bestaat-niet"})
    assert response.status_code == 404
    conforms(response, "/api/check", "POST")
    error = error_of(response)
    assert error["code"] == "profile_not_found"
    assert "bestaat-niet" in error["message"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{niet: json", "invalid_json"),
        (b"", "invalid_json"),
        (b'["tekst"]', "invalid_json"),
        (b"{}", "invalid_text"),
        (b'{"text": 42}', "invalid_text"),
        (b'{"text": null}', "invalid_text"),
        (b'{"text": ["a"]}', "invalid_text"),
        (b'{"text": "Beste", "profile": 3}', "invalid_profile"),
    ],
)
def test_malformed_requests_are_400(client, conforms, body, code):
    response = client.post("/api/check", data=body, content_type="application/json")
    assert response.status_code == 400
    conforms(response, "/api/check", "POST")
    assert error_of(response)["code"] == code


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415(client, conforms, content_type):
    response = client.post("/api/check", data='{"text": "Beste"}', content_type=content_type)
    assert response.status_code == 415
    conforms(response, "/api/check", "POST")
    assert "JSON" in error_of(response)["message"]


def test_text_over_the_checkers_maximum_is_413(conforms):
    client = create_app({"TESTING": True, "HELDER_MAX_CHARS": 500}).test_client()
    response = post_check(client, {"text": "Beste mevrouw, " * 40})
    assert response.status_code == 413
    conforms(response, "/api/check", "POST")
    error = error_of(response)
    assert error["code"] == "text_too_long"
    assert "te lang" in error["message"]


def test_default_maximum_is_the_librarys(client, conforms):
    response = post_check(client, {"text": "a" * (helder.DEFAULT_MAX_CHARS + 1)})
    assert response.status_code == 413
    assert error_of(response)["code"] == "text_too_long"


def test_body_over_max_content_length_is_413(client, conforms, app):
    huge = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = post_check(client, {"text": huge})
    assert response.status_code == 413
    conforms(response, "/api/check", "POST")
    error = error_of(response)
    assert error["code"] == "too_large"
    assert error["message"] == "De aanvraag is te groot: het maximum is 4 MB."


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_comes_back_as_plain_data(client, conforms, payload):
    text = f"Beste mevrouw Janssens,\n\nU schreef ons: {payload} Wij hebben uw vraag bekeken.\n\nMet vriendelijke groeten,\nAn"
    response = post_check(client, {"text": text})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    conforms(response, "/api/check", "POST")
    assert payload in json.dumps(response.get_json(), ensure_ascii=False)


def test_rules_lists_the_catalogue(client, conforms):
    response = client.get("/api/rules")
    rules = conforms(response, "/api/rules")["rules"]
    assert rules == helder.rulebook.catalogue()
    assert {rule["dimension"] for rule in rules} >= {"jargon", "passive_voice", "escalation"}


def test_profiles_lists_every_profile_default_first(client, conforms):
    body = conforms(client.get("/api/profiles"), "/api/profiles")
    ids = [profile["id"] for profile in body["profiles"]]
    assert body["default"] == helder.DEFAULT_PROFILE == ids[0]
    assert "lokaal-bestuur" in ids
    assert all(profile["escalation_template"] for profile in body["profiles"])


def test_healthz(client, conforms):
    body = conforms(client.get("/healthz"), "/healthz")
    assert body == {"status": "ok", "version": helder.__version__}


def test_unknown_api_route_is_json_404(client, conforms):
    response = client.get("/api/bestaat-niet")
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert error_of(response) == {"code": "not_found", "message": "Dit adres bestaat niet."}


@pytest.mark.parametrize(("method", "path"), [("GET", "/api/check"), ("PUT", "/api/check"), ("POST", "/api/rules"),
                                              ("DELETE", "/api/profiles"), ("POST", "/healthz"), ("GET", "/api/extract")])
def test_wrong_method_is_json_405(client, method, path):
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert response.mimetype == "application/json"
    assert error_of(response)["code"] == "method_not_allowed"
    assert response.headers["Allow"]


def test_unexpected_error_is_a_generic_json_500(monkeypatch, conforms):
    app = create_app()  # not TESTING: errors are handled as in production

    def broken(self, text, profile=None):
        raise RuntimeError("interne fout met details")

    monkeypatch.setattr(type(app.extensions["helder"]), "check", broken)
    response = app.test_client().post("/api/check", json={"text": "Beste mevrouw"})
    assert response.status_code == 500
    conforms(response, "/api/check", "POST")
    error = error_of(response)
    assert error["code"] == "internal_error"
    body = response.get_data(as_text=True)
    assert "Traceback" not in body and "RuntimeError" not in body and "details" not in body


# --- POST /api/extract ------------------------------------------------------

def upload(client, filename: str, data: bytes):
    return client.post("/api/extract", data={"file": (io.BytesIO(data), filename)}, content_type="multipart/form-data")


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_extract_reads_a_txt_file(client, conforms, letter):
    text = letter("helder")
    response = upload(client, "antwoord.txt", text.encode("utf-8"))
    assert response.status_code == 200
    assert conforms(response, "/api/extract", "POST")["text"].strip() == text.strip()


def test_extract_reads_a_docx_file(client, conforms):
    response = upload(client, "Antwoord.DOCX", docx_bytes("Beste meneer Peeters,", "Dank u voor uw brief."))
    assert response.status_code == 200
    text = conforms(response, "/api/extract", "POST")["text"]
    assert "Beste meneer Peeters," in text and "Dank u voor uw brief." in text


def test_extract_refuses_other_file_types(client, conforms):
    response = upload(client, "brief.pdf", b"%PDF-1.4")
    assert response.status_code == 415
    conforms(response, "/api/extract", "POST")
    assert error_of(response)["code"] == "unsupported_file"
    assert ".docx" in error_of(response)["message"]


def test_extract_reports_an_unreadable_docx_in_dutch(client, conforms):
    response = upload(client, "kapot.docx", b"dit is geen docx")
    assert response.status_code == 422
    conforms(response, "/api/extract", "POST")
    assert error_of(response)["message"]


def test_extract_needs_a_file(client, conforms):
    response = client.post("/api/extract", data={}, content_type="multipart/form-data")
    assert response.status_code == 400
    conforms(response, "/api/extract", "POST")
    assert error_of(response)["code"] == "missing_file"


def test_extract_needs_multipart(client, conforms):
    response = client.post("/api/extract", json={"text": "Beste"})
    assert response.status_code == 415
    conforms(response, "/api/extract", "POST")


def test_extract_refuses_files_over_the_size_limit(conforms):
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1024}).test_client()
    response = upload(client, "groot.txt", b"a" * 4096)
    assert response.status_code == 413
    conforms(response, "/api/extract", "POST")
    assert error_of(response)["code"] == "too_large"


def test_extract_refuses_text_over_the_checkers_maximum(conforms):
    client = create_app({"TESTING": True, "HELDER_MAX_CHARS": 100}).test_client()
    response = upload(client, "lang.txt", ("Beste mevrouw. " * 20).encode())
    assert response.status_code == 413
    assert error_of(response)["code"] == "text_too_long"


def test_broken_server_setup_is_a_500_not_the_users_fault(monkeypatch, conforms, caplog):
    app = create_app()

    def broken(self, text, profile=None):
        raise helder.RuleError("Regelbestand jargon.yaml: ongeldige regel.")

    monkeypatch.setattr(type(app.extensions["helder"]), "check", broken)
    response = app.test_client().post("/api/check", json={"text": "Beste mevrouw"})
    assert response.status_code == 500
    conforms(response, "/api/check", "POST")
    assert error_of(response)["code"] == "internal_error"
    assert "jargon.yaml" in caplog.text  # the administrator learns what is wrong


@pytest.mark.parametrize("escaped", ["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d"])
def test_lone_surrogates_get_a_clean_report(client, conforms, escaped):
    """A JSON string may hold a lone surrogate; it is read as U+FFFD and the spans still fit."""
    raw = '{"text": "Beste mevrouw Peeters,\\n\\nUw aanvraag werd ' + escaped + ' door ons afgewezen middels een brief."}'
    response = client.post("/api/check", data=raw.encode("ascii"), content_type="application/json")
    assert response.status_code == 200
    conforms(response, "/api/check", "POST")
    sent = json.loads(raw)["text"]
    for finding in response.get_json()["findings"]:
        expected = sent[finding["start"] : finding["end"]]
        assert finding["text"] == "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in expected)
