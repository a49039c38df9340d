"""/rapport: the corpus report in the web app — form, upload of files or a zip, the report page
with its downloads, limits, its own strict CSP, nothing left on the server, and the page in chromium."""

from __future__ import annotations

import base64
import csv
import io
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import helder

HERE = Path(__file__).resolve().parent
AXE = HERE / "vendor" / "axe.min.js"
META = "bestand;ontvangen;verzonden;dienst\nkinderopvang.txt;01/02/2025;2025-02-20;Kinderopvang\nhelder.txt;2025-01-02;2025-03-30;Burgerzaken\n"


def _zip(letter) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("brieven/kinderopvang.txt", letter("kinderopvang"))
        archive.writestr("brieven/helder.txt", letter("helder"))
        archive.writestr("brieven/notitie.odt", b"?")
    return buffer.getvalue()


def _post(client, files, **form):
    return client.post("/rapport", data={"files": files, **form}, content_type="multipart/form-data")


def _downloads(page: str) -> dict[str, bytes]:
    return {name: base64.b64decode(data) for data, name in
            re.findall(r'href="data:[^;]+;base64,([^"]+)" download="([^"]+)"', page)}


def _leftovers() -> set[str]:
    return {path.name for path in Path(tempfile.gettempdir()).glob("helder-rapport-*")}


def test_form_is_labelled_and_dutch(client, conforms):
    response = client.get("/rapport")
    conforms(response, "/rapport")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Jaarrapport" in page
    for field in ("files", "meta", "profile"):
        assert f'<label class="field__label" for="{field}">' in page and f'id="{field}"' in page
    assert 'name="fragmenten"' in page and 'name="anoniem"' in page and "multiple" in page
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_zip_with_meta_gives_the_report_page_and_downloads(client, letter, conforms):
    before = _leftovers()
    response = _post(client, [(io.BytesIO(_zip(letter)), "brieven.zip")],
                     meta=(io.BytesIO(META.encode()), "meta.csv"))
    assert response.status_code == 200
    conforms(response, "/rapport", "POST")
    page = response.get_data(as_text=True)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script" not in csp and "img-src data:" in csp
    assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"
    assert "Klachtenrapport" in page and "Downloads" in page and "<script" not in page
    files = _downloads(page)
    assert set(files) == {"rapport.html", "brieven.csv", "regels.csv", "rapport.xlsx", "samenvatting.json",
                          "helder-rapport.zip"}
    rows = list(csv.DictReader(io.StringIO(files["brieven.csv"].decode("utf-8-sig")), delimiter=";"))
    by_file = {row["bestand"]: row for row in rows}
    assert set(by_file) == {"brieven.zip/brieven/helder.txt", "brieven.zip/brieven/kinderopvang.txt",
                            "brieven.zip/brieven/notitie.odt"}
    assert int(by_file["brieven.zip/brieven/helder.txt"]["score"]) == helder.check(letter("helder")).score
    assert by_file["brieven.zip/brieven/helder.txt"]["tijdig"] == "nee"  # 87 days
    assert by_file["brieven.zip/brieven/kinderopvang.txt"]["dienst"] == "Kinderopvang"
    assert ".odt" in by_file["brieven.zip/brieven/notitie.odt"]["fout"]
    assert load_workbook(io.BytesIO(files["rapport.xlsx"])).sheetnames[:2] == ["Samenvatting", "Brieven"]
    assert sorted(zipfile.ZipFile(io.BytesIO(files["helder-rapport.zip"])).namelist()) == sorted(set(files) - {"helder-rapport.zip"})
    assert "Downloads" not in files["rapport.html"].decode()  # the downloadable page is the clean report
    assert _leftovers() == before  # nothing stays on the server


def test_several_files_and_privacy_flags(client, letter):
    text = letter("kinderopvang")
    response = _post(client, [(io.BytesIO(text.encode()), "klacht Jan Peeters.txt"),
                              (io.BytesIO(letter("helder").encode()), "tweede.txt")],
                     fragmenten="ja", anoniem="ja")
    assert response.status_code == 200
    files = _downloads(response.get_data(as_text=True))
    assert "fragmenten.csv" in files
    assert "Jan Peeters" not in response.get_data(as_text=True) and "[naam].txt" in files["brieven.csv"].decode("utf-8-sig")
    assert b"Middels" in files["fragmenten.csv"]


@pytest.mark.parametrize(("files", "status", "message"), [
    ([], 400, "Kies minstens één brief"),
    ([(b"x", "brief.exe")], 415, "brief.exe"),
])
def test_bad_uploads_get_the_form_with_a_dutch_message(client, conforms, files, status, message):
    response = _post(client, [(io.BytesIO(data), name) for data, name in files])
    assert response.status_code == status
    conforms(response, "/rapport", "POST")
    page = response.get_data(as_text=True)
    assert message in page and 'role="alert"' in page and 'id="files"' in page


def test_too_many_letters_and_bad_meta(app, letter):
    app.config["HELDER_REPORT_MAX_LETTERS"] = 1
    client = app.test_client()
    response = _post(client, [(io.BytesIO(_zip(letter)), "brieven.zip")])
    assert response.status_code == 413 and "helder report" in response.get_data(as_text=True)
    app.config["HELDER_REPORT_MAX_LETTERS"] = 300
    response = _post(client, [(io.BytesIO(letter("helder").encode()), "a.txt")], meta=(io.BytesIO(b"naam;x\n"), "meta.csv"))
    assert response.status_code == 400 and "mist de kolom" in response.get_data(as_text=True)


def test_request_over_the_size_limit_is_refused(app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = _post(app.test_client(), [(io.BytesIO(b"x" * 5000), "groot.txt")])
    assert response.status_code == 413


def _serious(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{violation['id']}: {violation['help']}" for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")]


def test_report_page_in_the_browser_is_accessible_and_runs_under_its_csp(browser, live_server, letter, tmp_path):
    csp_errors: list[str] = []
    context = browser.new_context(base_url=live_server, viewport={"width": 1200, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and csp_errors.append(message.text))
    try:
        page.goto("/rapport")
        upload = tmp_path / "brieven.zip"
        upload.write_bytes(_zip(letter))
        page.get_by_label("Brieven (.txt, .docx, .eml, .msg, .pdf, .html of .zip)").set_input_files(str(upload))
        page.get_by_role("group", name="Privacy").get_by_label("Neem de aangeduide fragmenten uit de brieven op").check()
        page.get_by_role("button", name="Maak het rapport").focus()
        page.keyboard.press("Enter")  # the form works from the keyboard
        page.wait_for_selector("h1:has-text('Klachtenrapport')")
        assert page.locator("svg[role=img]").count() == 3  # no dates in these letters: no chart of days
        assert page.get_by_role("link", name="brieven.csv").get_attribute("download") == "brieven.csv"
        assert not csp_errors, csp_errors  # the inline style and SVG charts are allowed by the report's CSP
        font = page.evaluate("() => getComputedStyle(document.querySelector('h1')).color")
        assert font == "rgb(31, 78, 121)"  # the report's own stylesheet applies
    finally:
        context.close()
    context = browser.new_context(base_url=live_server, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto("/rapport")
        assert not _serious(page)
        page.locator("#files").set_input_files(str(upload))
        page.get_by_role("button", name="Maak het rapport").click()
        page.wait_for_selector("h1:has-text('Klachtenrapport')")
        assert not _serious(page)
    finally:
        context.close()
