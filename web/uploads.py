"""Reading an uploaded letter into text, in memory only (the file is never saved)."""

from __future__ import annotations

from pathlib import PurePath

from flask import Request
from werkzeug.datastructures import FileStorage

import helder
import helder.extract

from .errors import ApiError

ACCEPTED_SUFFIXES = (".docx", ".txt")


def uploaded_file(request: Request) -> FileStorage | None:
    """The file in the form field `file`, or None when none was chosen."""
    upload = request.files.get("file")
    return upload if upload is not None and upload.filename else None


def read_upload(request: Request, max_chars: int) -> str:
    """The text of the file posted as multipart field `file` (for POST /api/extract)."""
    if request.mimetype != "multipart/form-data":
        raise ApiError(415, "unsupported_media_type", "Stuur het bestand als multipart/form-data in het veld 'file'.")
    upload = uploaded_file(request)
    if upload is None:
        raise ApiError(400, "missing_file", "Kies een bestand (.docx of .txt).")
    return file_text(upload, max_chars)


def file_text(upload: FileStorage, max_chars: int) -> str:
    """Extract the text of `upload`; Dutch errors for wrong type, unreadable or too long."""
    filename = upload.filename or ""
    if PurePath(filename).suffix.lower() not in ACCEPTED_SUFFIXES:
        raise ApiError(415, "unsupported_file", "Dit bestandstype kan niet worden geopend. Kies een .docx- of .txt-bestand.")
    text = helder.extract.extract_text(filename, upload.read())
    if len(text) > max_chars:
        raise helder.TextTooLong(len(text), max_chars)
    return text
