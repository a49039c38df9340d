"""The page without JavaScript: a plain form POST renders the analysis on the server."""

from __future__ import annotations

import io
import re

import pytest

from helder.web import create_app
from helder.web.highlight import Run, runs

XSS_PAYLOADS = ("<img src=x onerror=alert(1)>", "<script>alert(1)</script>", '"><svg onload=alert(1)>')


def test_get_shows_an_empty_editor_form(client, conforms):
    html = conforms(client.get("/"), "/")
    assert '<form id="check-form"' in html and 'method="post"' in html
    assert '<textarea id="tekst" name="text"' in html
    assert 'name="profile"' in html and 'name="file"' in html
    assert "Nog geen tekst gecontroleerd." in html
    assert 'lang="nl-BE"' in html


def test_post_renders_the_analysis(client, conforms, letter):
    text = letter("ambtelijk")
    response = client.post("/", data={"text": text})
    assert response.status_code == 200
    html = conforms(response, "/", "POST")
    assert "Uw tekst met markeringen" in html
    assert "Beoordeling" in html and "Aandachtspunten" in html and "Leesstatistieken" in html
    assert "Wat nu?" in html and "ontbreekt" in html
    assert 'class="hl hl--jargon">Middels</span>' in html
    assert "hl--passive_voice" in html
    assert "Voeg deze alinea in vóór uw slotformule" in html
    assert f">{text.splitlines()[0]}" in html  # the text is kept in the textarea for the next round


def test_post_shows_the_grade_as_a_word_not_only_a_colour(client, letter):
    html = client.post("/", data={"text": letter("helder")}).get_data(as_text=True)
    badge = re.search(r'<span class="badge badge--(ok|warn|fail)"><span class="badge__icon" aria-hidden="true">.</span> ([^<]+)</span>', html)
    assert badge and badge.group(2) in {"Helder", "Bijna helder", "Onhelder"}


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_post_escapes_markup_in_the_text(client, payload):
    text = f"Beste mevrouw,\n\nU schreef: {payload} Wij bekeken uw vraag.\n\nMet vriendelijke groeten,\nAn"
    html = client.post("/", data={"text": text}).get_data(as_text=True)
    assert payload not in html
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    assert escaped in html


def test_post_with_profile(client):
    html = client.post("/", data={"text": "Beste mevrouw, dank u.", "profile": "lokaal-bestuur"}).get_data(as_text=True)
    assert re.search(r'<option value="lokaal-bestuur" selected>', html)


def test_post_unknown_profile_shows_a_dutch_error(client, conforms):
    response = client.post("/", data={"text": "Beste mevrouw", "profile": "bestaat-niet"})
    assert response.status_code == 404
    html = conforms(response, "/", "POST")
    assert 'role="alert"' in html and "bestaat-niet" in html


def test_post_too_long_text_shows_a_dutch_error(conforms):
    client = create_app({"TESTING": True, "HELDER_MAX_CHARS": 200}).test_client()
    response = client.post("/", data={"text": "Beste mevrouw. " * 20})
    assert response.status_code == 413
    assert "te lang" in conforms(response, "/", "POST")


def test_post_uploaded_file_is_checked(client, letter):
    text = letter("ambtelijk")
    data = {"text": "", "file": (io.BytesIO(text.encode()), "antwoord.txt")}
    html = client.post("/", data=data, content_type="multipart/form-data").get_data(as_text=True)
    assert 'class="hl hl--jargon">Middels</span>' in html


def test_wrong_page_is_a_dutch_html_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "Dit adres bestaat niet." in response.get_data(as_text=True)


# --- highlight runs (shared logic with static/js/highlight.js) -------------

def finding(dimension, start, end, severity="warning", scope="span"):
    return {"dimension": dimension, "start": start, "end": end, "severity": severity, "scope": scope}


def test_runs_nest_overlapping_highlights_in_a_fixed_order():
    text = "Middels dit schrijven."
    result = runs(text, [finding("jargon", 0, 7), finding("sentence_length", 0, 22, "error")])
    assert result == [
        Run("Middels", ("sentence_length-error", "jargon")),
        Run(" dit schrijven.", ("sentence_length-error",)),
    ]
    assert "".join(run.text for run in result) == text


def test_runs_skip_document_findings_and_bad_offsets():
    text = "Beste mevrouw"
    result = runs(text, [finding("escalation", 0, 13), finding("empathy", 0, 5, scope="document"), finding("jargon", 5, 99)])
    assert result == [Run(text, ())]
