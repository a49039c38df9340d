"""Read a letter from the formats officers write in, keeping paragraph breaks.

.txt and .md as text, .docx with python-docx, .eml with the standard
library's email parser, .html through the standard library's HTML parser,
.msg (Outlook) with extract-msg and text PDFs with pypdf.
Nothing is written to disk.
"""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from helder.errors import HelderError

SUPPORTED = (".txt", ".md", ".docx", ".eml", ".msg", ".pdf", ".html", ".htm")
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol"}


class UnsupportedFile(HelderError):
    """The file's type is not one helder reads, or its content is damaged."""


def extract_text(filename: str, data: bytes) -> str:
    """The letter text of a file's bytes; the extension decides how it is read."""
    suffix = Path(filename).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFile(
            f"Bestandstype '{suffix or filename}' wordt niet ondersteund. Gebruik {', '.join(SUPPORTED)}."
        )
    if suffix == ".docx":
        return _docx(data)
    if suffix == ".eml":
        return _eml(data)
    if suffix == ".msg":
        return _msg(data)
    if suffix == ".pdf":
        return _pdf(data)
    text = _decode(data)
    return html_to_text(text) if suffix in (".html", ".htm") else text


def read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise HelderError(f"Bestand {path} kan niet gelezen worden: {error.strerror or error}.") from error
    return extract_text(path.name, data)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFile("Dit lijkt een binair bestand, geen tekst.")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _docx(data: bytes) -> str:
    import docx  # python-docx; imported here because only .docx needs it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnsupportedFile("Het Word-bestand is beschadigd of geen .docx-bestand.") from error
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    return "\n\n".join(_squeeze(paragraphs))


def _squeeze(paragraphs: list[str]) -> list[str]:
    """Word's empty paragraphs are spacing; one blank line between paragraphs is enough."""
    return [paragraph for paragraph in paragraphs if paragraph.strip()]


def _eml(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise UnsupportedFile("In deze e-mail staat geen leesbare tekst.")
    content = body.get_content()
    return html_to_text(content) if body.get_content_type() == "text/html" else content


def _msg(data: bytes) -> str:
    import extract_msg  # imported here because only .msg needs it

    try:
        message = extract_msg.openMsg(data)
    except Exception as error:  # extract-msg and olefile raise many types for damaged files
        raise UnsupportedFile("Het Outlook-bestand (.msg) is beschadigd of geen .msg-bestand.") from error
    try:
        body = message.body
        if not (body and body.strip()):
            markup = message.htmlBody
            body = html_to_text(_decode(markup)) if markup else ""
    except Exception as error:
        raise UnsupportedFile("De tekst van dit Outlook-bestand (.msg) kan niet gelezen worden.") from error
    finally:
        message.close()
    if not body.strip():
        raise UnsupportedFile("In dit Outlook-bestand (.msg) staat geen leesbare tekst.")
    return body.replace("\r\n", "\n")


def _pdf(data: bytes) -> str:
    import pypdf  # imported here because only .pdf needs it

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnsupportedFile("De PDF is beveiligd met een wachtwoord.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnsupportedFile:
        raise
    except Exception as error:  # pypdf raises many types for damaged files
        raise UnsupportedFile("De PDF is beschadigd of geen PDF-bestand.") from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise UnsupportedFile("In deze PDF staat geen tekst (een scan?). helder leest alleen PDF's met tekst.")
    return text


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.chunks.append("\n\n" if tag != "br" else "\n")
        if tag == "li":
            self.chunks.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_to_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = [line.strip() for line in "".join(collector.chunks).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()
