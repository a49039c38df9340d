"""The corpus report's inputs without the language model: file formats, walking, meta CSV, dates,
timeliness, counters and anonymisation."""

from __future__ import annotations

import statistics
import zipfile
from collections import Counter
from datetime import date

import pytest
from corpus_builders import outlook_msg, text_pdf

from helder import profiles
from helder.corpus.aggregate import median, percentile
from helder.corpus.anonymise import anonymise, anonymise_filename, names_in
from helder.corpus.dates import estimate, parse_date
from helder.corpus.inputs import InputError, sources, uploaded_sources
from helder.corpus.meta import MetaError, read_meta, timeliness
from helder.extract import UnsupportedFile, extract_text

LETTER = "Beste mevrouw Peeters,\n\nDank u voor uw klacht van 3 maart. Wij storten het geld terug.\n"


def test_msg_body_is_read_short_and_long():
    assert extract_text("antwoord.msg", outlook_msg("Uw klacht", LETTER.replace("\n", "\r\n"))) == LETTER
    long_body = LETTER + "Wij zetten het recht. " * 300  # over 4096 bytes: a regular stream, not the mini stream
    assert extract_text("lang.msg", outlook_msg("Uw klacht", long_body)).startswith("Beste mevrouw Peeters")


def test_pdf_text_is_read_with_accents():
    text = extract_text("antwoord.pdf", text_pdf(["Beste mevrouw Peeters,", "Wij hebben één café gesloten."]))
    assert "Beste mevrouw Peeters," in text and "één café" in text


@pytest.mark.parametrize("name, data", [("kapot.msg", b"geen ole"), ("kapot.pdf", b"%PDF-1.4 kapot"),
                                        ("leeg.pdf", text_pdf([]))])
def test_damaged_msg_and_pdf_give_a_dutch_error(name, data):
    with pytest.raises(UnsupportedFile) as caught:
        extract_text(name, data)
    assert any(word in str(caught.value) for word in ("beschadigd", "geen tekst"))


def test_sources_walk_folders_recursively_and_open_zips(tmp_path):
    folder = tmp_path / "brieven"
    (folder / "2025" / "maart").mkdir(parents=True)
    (folder / "a.txt").write_text(LETTER, encoding="utf-8")
    (folder / "2025" / "maart" / "b.md").write_text(LETTER, encoding="utf-8")
    (folder / ".verborgen.txt").write_text("x", encoding="utf-8")
    (folder / "~$a.docx").write_bytes(b"lock")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    with zipfile.ZipFile(folder / "archief.zip", "w") as archive:
        archive.writestr("map/c.txt", LETTER)
        archive.writestr("binnen.zip", b"PK")
        archive.writestr("__MACOSX/map/._c.txt", b"x")
    found = list(sources([folder, tmp_path / "bestaat-niet.txt"]))
    labels = [source.label for source in found]
    assert labels == [f"{folder}/2025/maart/b.md", f"{folder}/a.txt", f"{folder}/archief.zip/binnen.zip",
                      f"{folder}/archief.zip/map/c.txt", f"{folder}/foto.jpg", f"{tmp_path}/bestaat-niet.txt"]
    by_label = {source.label: source for source in found}
    assert by_label[f"{folder}/2025/maart/b.md"].relative == "2025/maart/b.md"
    assert by_label[f"{folder}/archief.zip/map/c.txt"].read().decode() == LETTER
    for label, reason in ((f"{folder}/foto.jpg", ".jpg"), (f"{folder}/archief.zip/binnen.zip", "zip-bestand in een zip"),
                          (f"{tmp_path}/bestaat-niet.txt", "bestaat niet")):
        with pytest.raises(InputError, match=reason):
            by_label[label].read()


def test_uploaded_zip_and_files_are_read_in_memory(tmp_path):
    archive = tmp_path / "upload.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("x/brief.txt", LETTER)
    found = list(uploaded_sources([("C:\\Users\\an\\brief.docx", b"..."), ("brieven.zip", archive.read_bytes())]))
    assert [(source.label, source.relative) for source in found] == [("brief.docx", "brief.docx"),
                                                                     ("brieven.zip/x/brief.txt", "x/brief.txt")]
    assert found[1].read().decode() == LETTER


def test_broken_zip_becomes_one_error_source(tmp_path):
    (tmp_path / "kapot.zip").write_bytes(b"PK\x03\x04 niet echt")
    [source] = list(sources([tmp_path / "kapot.zip"]))
    with pytest.raises(InputError, match="zip-bestand is beschadigd"):
        source.read()


@pytest.mark.parametrize("text, expected", [
    ("17/03/2025", date(2025, 3, 17)), ("7-3-2025", date(2025, 3, 7)), ("07.03.2025", date(2025, 3, 7)),
    ("2025-03-17", date(2025, 3, 17)), (" 2025-3-7 ", date(2025, 3, 7)),
])
def test_parse_date_belgian_and_iso(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2025", "17/03/25", "maart 2025", "2025/03/17", ""])
def test_parse_date_rejects_what_it_cannot_read(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_meta_csv_semicolon_with_bom_both_date_forms_and_problems():
    data = (
        "\ufeffBestand;ontvangen;verzonden;dienst;behandelaar;uitkomst;opmerking\n"
        "2025/a.txt;03/02/2025;2025-03-10;Wonen;An Claes;gegrond;x\n"
        "b.docx;1-2-2025;31/02/2025;Wonen;;ongegrond;\n"
        "c.txt;10/03/2025;01/03/2025;Mobiliteit;;;\n"
        "2025/a.txt;;;;;;\n"
        ";01/01/2025;;;;;\n"
        "\n"
        "weg.txt;01/01/2025;02/01/2025;Wonen;;;\n"
    ).encode("utf-8")
    table = read_meta(data)
    assert [row.bestand for row in table.rows] == ["2025/a.txt", "b.docx", "c.txt", "weg.txt"]
    first = table.rows[0]
    assert (first.ontvangen, first.verzonden, first.dienst, first.behandelaar, first.uitkomst) == (
        date(2025, 2, 3), date(2025, 3, 10), "Wonen", "An Claes", "gegrond")
    assert table.rows[1].ontvangen == date(2025, 2, 1) and table.rows[1].verzonden is None
    assert table.rows[2].ontvangen is None  # sent before received: no term counted
    problems = " | ".join(table.problems)
    for expected in ("onbekende kolommen genegeerd: opmerking", "regel 3 (b.docx): 'verzonden'", "31/02/2025",
                     "regel 4 (c.txt): verzonden vóór ontvangen", "regel 5: '2025/a.txt' staat er al in (regel 2)",
                     "regel 6: geen bestandsnaam"):
        assert expected in problems
    assert table.lookup("/data/brieven/2025/a.txt") is first  # by path within the folder
    assert table.lookup("archief.zip/x/B.docx").bestand == "b.docx"  # by file name, case-insensitive
    assert table.lookup("brieven/2024/a.txt") is None  # same name, other folder: no guess
    assert [row.bestand for row in table.unmatched()] == ["c.txt", "weg.txt"]
    assert table.lookup("archief.zip/y/b.docx").bestand == "b.docx"
    assert "regel 3: 'b.docx' past bij meer dan één brief (ook archief.zip/y/b.docx)" in table.problems[-1]


def test_meta_csv_comma_separated_cp1252():
    table = read_meta("bestand,ontvangen,verzonden,dienst\nbrief.txt,2025-01-02,2025-01-20,Financiën\n".encode("cp1252"))
    assert table.rows[0].dienst == "Financiën" and table.rows[0].verzonden == date(2025, 1, 20)
    assert not table.problems


def test_meta_csv_without_bestand_column_is_refused(tmp_path):
    with pytest.raises(MetaError, match="mist de kolom 'bestand'"):
        read_meta(b"naam;datum\nbrief.txt;01/01/2025\n")
    with pytest.raises(MetaError, match="kan niet gelezen worden"):
        read_meta(tmp_path / "ontbreekt.csv")


def test_letter_dates_are_estimated_from_the_letter():
    letter = ("Dienst Wonen\nGent, 10 januari 2026\n\nBeste mevrouw Peeters,\n\n"
              "Dank u voor uw klacht van 20 december over de premie.\n")
    assert estimate(letter) == (date(2025, 12, 20), date(2026, 1, 10))  # a date without year before the letter date
    other = "Datum: 05/03/2025\n\nGeachte heer Maes,\n\nOp 3 februari ontvingen wij uw klacht.\n"
    assert estimate(other) == (date(2025, 2, 3), date(2025, 3, 5))
    assert estimate("Beste An,\n\nWe spreken af op 3 maart.\n") == (None, None)


def test_timeliness_uses_the_term_and_marks_estimates():
    row = read_meta(b"bestand;ontvangen;verzonden\na.txt;01/01/2025;15/02/2025\nb.txt;01/01/2025;\n").rows
    exact = timeliness(row[0], (None, None))
    assert (exact.days(), exact.on_time(45), exact.on_time(44), exact.estimated) == (45, True, False, False)
    mixed = timeliness(row[1], (date(2024, 12, 1), date(2025, 3, 1)))
    assert (mixed.received, mixed.sent, mixed.estimated) == (date(2025, 1, 1), date(2025, 3, 1), True)
    assert timeliness(None, (None, date(2025, 3, 1))).days() is None


@pytest.mark.parametrize("values", [[7], [3, 1], [5, 1, 9, 9, 2], list(range(101)) + [100, 100]])
def test_histogram_median_and_percentile_are_exact(values):
    histogram = Counter(values)
    assert median(histogram) == statistics.median(values)
    ordered = sorted(values)
    assert percentile(histogram, 0.9) == ordered[-(-9 * len(values) // 10) - 1]


def test_anonymise_replaces_people_and_contact_details_but_not_institutions():
    letter = ("Geachte mevrouw Van den Broeck,\n\nU belde ons op 0471 23 45 67 en mailde naar els.vdb@voorbeeld.be. "
              "Uw rijksregisternummer 85.07.30-033.61 (of 85073003361) staat in het dossier. U woont in de "
              "Kerkstraat 12, 9000 Gent. De Vlaamse Ombudsdienst bereikt u op 1700.\n\n"
              "Met vriendelijke groeten,\n\nPieter Janssens\nDienst Wonen\n")
    names = names_in(letter)
    assert {"Van den Broeck", "Pieter Janssens"} <= names
    cleaned = anonymise(letter, names)
    for secret in ("Broeck", "0471", "els.vdb", "85.07.30", "85073003361", "Kerkstraat", "9000 Gent", "Pieter", "Janssens"):
        assert secret not in cleaned, secret
    for kept in ("Vlaamse Ombudsdienst", "1700", "[naam]", "[telefoon]", "[e-mail]", "[rijksregisternummer]", "[adres]"):
        assert kept in cleaned, kept
    assert anonymise_filename("2025/klacht_Van_den_Broeck_0471234567.docx", names) == "2025/klacht_[naam]_[telefoon].docx"
    assert anonymise_filename("map/Jan Peeters.pdf") == "map/[naam].pdf"
    informal = "Beste Jelle,\n\nJelle, u schreef ons.\n\nDag Sofie De Wit\n"
    assert names_in(informal) == {"Jelle", "Sofie De Wit"}
    assert anonymise(informal, names_in(informal)) == "Beste [naam],\n\n[naam], u schreef ons.\n\nDag [naam]\n"


def test_the_term_comes_from_the_profile(tmp_path):
    assert profiles.load("vlaamse-overheid").term_days == 45
    assert profiles.load("lokaal-bestuur").term_days == 45
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "snelle-stad.yaml").write_text("id: snelle-stad\nextends: lokaal-bestuur\ntermijn_dagen: 30\n",
                                                           encoding="utf-8")
    assert profiles.load("snelle-stad", [tmp_path]).term_days == 30
