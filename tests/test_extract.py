"""Reading letters from .txt, .md, .docx, .eml and .html, keeping paragraph breaks."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

import helder
from helder.extract import extract_text, html_to_text


def test_docx_keeps_paragraphs():
    document = docx.Document()
    document.add_paragraph("Beste mevrouw Claes,")
    document.add_paragraph("")
    document.add_paragraph("Bedankt voor uw mail.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text("brief.docx", buffer.getvalue()) == "Beste mevrouw Claes,\n\nBedankt voor uw mail."


def test_eml_plain_and_html_bodies():
    message = EmailMessage()
    message["Subject"] = "Uw klacht"
    message.set_content("Beste heer Peeters,\n\nBedankt voor uw mail.\n")
    assert extract_text("antwoord.eml", bytes(message)).startswith("Beste heer Peeters,\n\nBedankt")
    html = EmailMessage()
    html.set_content("<p>Beste heer Peeters,</p><p>Bedankt &amp; tot ziens.</p>", subtype="html")
    assert extract_text("antwoord.eml", bytes(html)) == "Beste heer Peeters,\n\nBedankt & tot ziens."


def test_html_drops_scripts_and_keeps_lists():
    text = html_to_text("<p>Beste Jan,</p><script>alert(1)</script><ul><li>een</li><li>twee</li></ul>")
    assert "alert" not in text
    assert "- een" in text and "- twee" in text


@pytest.mark.parametrize(("name", "data"), [("brief.txt", "Dag Jan,\r\n\r\nTot snel.".encode("cp1252")),
                                             ("brief.md", "Dag Jan, café".encode())])
def test_text_files_decode(name, data):
    assert extract_text(name, data).startswith("Dag Jan,")


def test_unsupported_and_binary_files_are_clear_errors():
    with pytest.raises(helder.HelderError, match="niet ondersteund"):
        extract_text("brief.odt", b"PK\x03\x04")
    with pytest.raises(helder.HelderError, match="beschadigd"):
        extract_text("brief.pdf", b"%PDF-1.4")  # a PDF is read (issue 12), a broken one is a clear error
    with pytest.raises(helder.HelderError, match="binair"):
        extract_text("brief.txt", b"\x00\x01\x02binary")
    with pytest.raises(helder.HelderError, match="beschadigd"):
        extract_text("brief.docx", b"not a zip")
