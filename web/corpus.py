"""/rapport: the corpus report in the browser, for a complaint coordinator.

Upload letters (several files or a zip) and optionally a meta CSV; the answer
is the report page itself with the CSV, Excel, JSON and HTML files as
downloads inside it (data: links). The files are made in a temporary folder
that is gone before the response leaves: nothing is stored on the server.

The report page carries its own style and inline SVG charts, so it gets its own
Content-Security-Policy: no scripts at all, no connections, inline styles only.
"""

from __future__ import annotations

import base64
import io
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from flask import Blueprint, Response, current_app, render_template, request, url_for
from markupsafe import Markup

import helder
from helder.corpus import ReportOptions, build_report
from helder.corpus.inputs import uploaded_sources
from helder.corpus.meta import MetaError
from helder.extract import SUPPORTED

from .errors import ApiError, from_library

corpus = Blueprint("corpus", __name__)

REPORT_CSP = "; ".join((
    "default-src 'none'",
    "style-src 'unsafe-inline'",  # the report's own <style> and matplotlib's style attributes; no script can run
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
))
ACCEPTED = (*SUPPORTED, ".zip")
DOWNLOADS = (
    ("rapport.html", "text/html", "Het rapport als webpagina (voor het jaarverslag)"),
    ("brieven.csv", "text/csv", "Eén rij per brief (Excel, puntkomma)"),
    ("regels.csv", "text/csv", "Eén rij per regel"),
    ("rapport.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-werkmap met samenvatting"),
    ("samenvatting.json", "application/json", "De cijfers als JSON"),
    ("fragmenten.csv", "text/csv", "De aangeduide fragmenten"),
)


def _form(error: ApiError | None = None, status: int = 200) -> tuple[str, int]:
    service = current_app.extensions["helder"]
    page = render_template("rapport.html", profiles=service.profiles(), default_profile=service.default_profile,
                           accepted=",".join(ACCEPTED), max_letters=current_app.config["HELDER_REPORT_MAX_LETTERS"],
                           error=error)
    return page, status


@corpus.get("/rapport")
def form() -> tuple[str, int]:
    return _form()


def _uploads() -> list[tuple[str, bytes]]:
    files = [upload for upload in request.files.getlist("files") if upload and upload.filename]
    if not files:
        raise ApiError(400, "missing_file", "Kies minstens één brief of een zip-bestand met brieven.")
    unknown = [upload.filename for upload in files if PurePosixPath(upload.filename or "").suffix.lower() not in ACCEPTED]
    if unknown:
        raise ApiError(415, "unsupported_file", f"Dit bestandstype kan helder niet lezen: {', '.join(unknown[:3])}. "
                                                f"Kies {', '.join(ACCEPTED)}.")
    return [(upload.filename or "bestand", upload.read()) for upload in files]


def _check_size(sources: list) -> None:
    limit = current_app.config["HELDER_REPORT_MAX_LETTERS"]
    if len(sources) > limit:
        raise ApiError(413, "too_many_letters", f"Dat zijn {len(sources)} bestanden; de webpagina verwerkt er hoogstens "
                                                f"{limit}. Gebruik voor meer brieven de opdracht 'helder report'.")
    unpacked = 0
    for source in sources:
        if source.member is not None:
            with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
                unpacked += archive.getinfo(source.member).file_size
    if unpacked > current_app.config["HELDER_REPORT_MAX_UNPACKED"]:
        raise ApiError(413, "too_large", "Uitgepakt is het zip-bestand te groot voor de webpagina. Gebruik 'helder report'.")


def _downloads(folder: Path) -> Markup:
    files = [(name, kind, label, (folder / name).read_bytes()) for name, kind, label in DOWNLOADS if (folder / name).exists()]
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, _, _, data in files:
            archive.writestr(name, data)
    files.append(("helder-rapport.zip", "application/zip", "Alles samen in één zip-bestand", bundle.getvalue()))
    return Markup(render_template("_rapport_downloads.html", back=url_for("corpus.form"), files=[
        {"name": name, "label": label, "href": f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"}
        for name, kind, label, data in files
    ]))


def _rule_url() -> str | None:
    """Link the rules to their trainer pages when this app serves them (absolute: the page is also a download)."""
    served = any(rule.rule == "/regels" for rule in current_app.url_map.iter_rules())
    return f"{request.host_url}regels#{{rule}}" if served else None


@corpus.post("/rapport")
def make_report():
    service = current_app.extensions["helder"]
    profile = request.form.get("profile") or service.default_profile
    try:
        sources = list(uploaded_sources(_uploads()))
        _check_size(sources)
        meta_upload = request.files.get("meta")
        meta = meta_upload.read() if meta_upload is not None and meta_upload.filename else None
        options = ReportOptions(profile=profile, jobs=1, meta=meta, fragments=request.form.get("fragmenten") == "ja",
                                anonymous=request.form.get("anoniem") == "ja", rule_url=_rule_url())
        checker = helder.shared_checker(profile, service.max_chars)
        with tempfile.TemporaryDirectory(prefix="helder-rapport-") as temporary:
            folder = Path(temporary)
            build_report(sources, folder, options, checker=checker)
            downloads = _downloads(folder)
            page = (folder / "rapport.html").read_text(encoding="utf-8")
    except MetaError as error:
        return _form(ApiError(400, "bad_meta", str(error)), 400)
    except helder.HelderError as error:
        problem = from_library(error)
        return _form(problem, problem.status)
    except ApiError as error:
        return _form(error, error.status)
    page = page.replace("<main>", "<main>\n" + str(downloads), 1)  # the report's one <main>: downloads first
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = REPORT_CSP
    response.headers["Content-Disposition"] = 'inline; filename="rapport.html"'
    return response
