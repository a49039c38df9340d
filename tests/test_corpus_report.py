"""The corpus report end to end: every input format, error rows, the five outputs, timeliness from a
meta file, privacy flags, the CLI and parallel workers."""

from __future__ import annotations

import csv
import email.message
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import jsonschema
import pytest
from click.testing import CliRunner
from corpus_builders import outlook_msg, text_pdf
from openpyxl import load_workbook

import helder
from helder.cli import main
from helder.corpus import ReportOptions, build_report, score_file
from helder.corpus.outputs import letter_columns
from helder.report import DIMENSION_IDS

LETTERS = Path(__file__).parent / "fixtures" / "letters"
SCHEMA = json.loads((Path(helder.__file__).parent / "schema" / "corpus-summary.schema.json").read_text(encoding="utf-8"))


def fixture(name: str) -> str:
    return (LETTERS / name).read_text(encoding="utf-8")


def _docx(text: str) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _eml(text: str) -> bytes:
    message = email.message.EmailMessage()
    message["Subject"] = "Uw klacht"
    message.set_content(text)
    return bytes(message)


def _html(text: str) -> bytes:
    return ("<html><body>" + "".join(f"<p>{part}</p>" for part in text.split("\n\n")) + "</body></html>").encode()


# file -> (how it is written, fixture letter); the text helder extracts is what check() must score the same.
CORPUS = {
    "txt/goed.txt": (str.encode, "afvalintercommunale/good.txt"),
    "txt/zwak.md": (str.encode, "afvalintercommunale/poor.txt"),
    "word/de-lijn.docx": (_docx, "de-lijn/poor.txt"),
    "mail/vdab.eml": (_eml, "vdab/good.txt"),
    "mail/huurpremie.msg": (lambda text: outlook_msg("Uw klacht", text), "huurpremie/good.txt"),
    "pdf/studietoelage.pdf": (lambda text: text_pdf(text.splitlines()), "studietoelage/poor.txt"),
    "web/omgevingsloket.html": (_html, "omgevingsloket/good.txt"),
}
ERRORS = {"kapot.docx": b"geen docx", "leeg.txt": b"   \n", "foto.jpg": b"\xff\xd8\xff",
          "lang.txt": ("Beste mevrouw Claes, dank u. " * 2000).encode()}
META = (
    "bestand;ontvangen;verzonden;dienst;behandelaar;uitkomst\n"
    "goed.txt;03/02/2025;2025-02-17;Afval;Griet Vanhoutte;gegrond\n"
    "txt/zwak.md;1-12-2024;2025-02-28;Afval;;ongegrond\n"
    "de-lijn.docx;2025-01-10;2025-02-01;Vervoer;;gegrond\n"
    "vdab.eml;10/01/2025;32/01/2025;Werk;;\n"
    "niet-bestaand.txt;01/01/2025;02/01/2025;Werk;;\n"
)


def build_corpus(root: Path) -> Path:
    folder = root / "brieven"
    for name, (write, source) in CORPUS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(write(fixture(source)))
    for name, data in ERRORS.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "archief.zip", "w") as archive:
        archive.writestr("2025/de-lijn-goed.txt", fixture("de-lijn/good.txt"))
    (root / "meta.csv").write_text(META, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def report(corpus) -> tuple[Path, dict]:
    out = corpus.parent / "rapport"
    summary = build_report([corpus], out, ReportOptions(jobs=1, meta=corpus.parent / "meta.csv"))
    return out, summary


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_one_row_per_file_with_the_scores_of_check(report, corpus):
    out, _ = report
    rows = {row["bestand"]: row for row in read_csv(out / "brieven.csv")}
    expected = {f"{corpus}/{name}" for name in [*CORPUS, *ERRORS]} | {f"{corpus}/archief.zip/2025/de-lijn-goed.txt"}
    assert set(rows) == expected
    for name in CORPUS:
        row = rows[f"{corpus}/{name}"]
        text = helder.extract.read_file(corpus / name)
        checked = helder.check(text)
        assert row["fout"] == "" and int(row["score"]) == checked.score and row["beoordeling"] == checked.grade, name
        for key in DIMENSION_IDS:
            assert int(row[f"{key}_score"]) == checked.dimensions[key].score
            assert row[f"{key}_status"] == checked.dimensions[key].status
        assert int(row["woorden"]) == checked.stats.words
        assert row["gem_zinslengte"] == f"{checked.stats.avg_sentence_words:.1f}".replace(".", ",")
        assert row["watnu_aanwezig"] == ("ja" if checked.dimensions["escalation"].metrics["present"] else "nee")
        for column, metric in (("oplossing_actie", "action"), ("oplossing_contact", "contact")):
            assert row[column] == ("ja" if checked.dimensions["solution"].metrics[metric] else "nee"), (name, column)


def test_unreadable_files_become_error_rows(report, corpus):
    out, summary = report
    rows = {row["bestand"]: row for row in read_csv(out / "brieven.csv")}
    assert "beschadigd" in rows[f"{corpus}/kapot.docx"]["fout"]
    assert rows[f"{corpus}/leeg.txt"]["fout"] == "Het bestand bevat geen tekst."
    assert ".jpg" in rows[f"{corpus}/foto.jpg"]["fout"] and rows[f"{corpus}/foto.jpg"]["score"] == ""
    assert rows[f"{corpus}/lang.txt"]["fout"].startswith("De tekst is te lang: 58.000 tekens")
    assert summary["counts"] == {"files": 12, "letters": 8, "errors": 4}
    assert {error["file"] for error in summary["errors"]} == {f"{corpus}/{name}" for name in ERRORS}


def test_summary_follows_its_schema_and_the_rows(report):
    out, summary = report
    on_disk = json.loads((out / "samenvatting.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(on_disk)
    scores = [int(row["score"]) for row in read_csv(out / "brieven.csv") if row["score"]]
    assert on_disk["score"]["mean"] == round(sum(scores) / len(scores), 1)
    assert sum(band["letters"] for band in on_disk["score"]["histogram"]) == len(scores)
    assert sum(grade["letters"] for grade in on_disk["grades"].values()) == len(scores)
    assert list(on_disk["dimensions"]) == list(DIMENSION_IDS)
    for shares in on_disk["dimensions"].values():
        assert shares["ok"] + shares["warn"] + shares["fail"] == pytest.approx(1.0, abs=0.001)
    assert [entry["score"] for entry in on_disk["lowest"]] == sorted(scores)[:len(on_disk["lowest"])]
    letters = [row for row in read_csv(out / "brieven.csv") if row["score"]]
    with_action = sum(row["oplossing_actie"] == "ja" for row in letters) / len(letters)
    assert on_disk["metrics"]["solution_action"] == pytest.approx(with_action, abs=0.001)


def test_rules_table_counts_findings_and_letters(report, corpus):
    out, summary = report
    reports = [helder.check(helder.extract.read_file(corpus / name)) for name in CORPUS]
    reports.append(helder.check(fixture("de-lijn/good.txt")))
    rows = read_csv(out / "regels.csv")
    assert [row["regel"] for row in rows[:20]] == [rule["rule"] for rule in summary["top_rules"]]
    for row in rows:
        findings = sum(1 for checked in reports for finding in checked.findings if finding.rule == row["regel"])
        letters = sum(1 for checked in reports if any(finding.rule == row["regel"] for finding in checked.findings))
        assert (int(row["opmerkingen"]), int(row["brieven"])) == (findings, letters), row["regel"]
        assert row["aandeel_brieven"] == f"{letters / 8:.3f}".replace(".", ",")
        assert row["onderdeel"] == row["regel"].split(".")[0]


def test_timeliness_from_the_meta_file_and_the_letters(report, corpus):
    out, summary = report
    rows = {row["bestand"]: row for row in read_csv(out / "brieven.csv")}
    good = rows[f"{corpus}/txt/goed.txt"]
    assert (good["dagen"], good["tijdig"], good["datum_geschat"], good["dienst"]) == ("14", "ja", "nee", "Afval")
    late = rows[f"{corpus}/txt/zwak.md"]
    assert (late["ontvangen"], late["dagen"], late["tijdig"]) == ("2024-12-01", "89", "nee")
    timing = summary["timeliness"]
    assert timing["term_days"] == 45
    assert {"file": f"{corpus}/txt/zwak.md", "days": 89, "dienst": "Afval", "estimated": False} in timing["late"]
    assert timing["known"] + timing["unknown"] == 8 and timing["on_time"] == timing["known"] - len(timing["late"])
    assert timing["estimated"] == sum(1 for row in rows.values() if row["datum_geschat"] == "ja")
    services = {group["name"]: group for group in summary["breakdown"]["dienst"]}
    assert services["Afval"]["letters"] == 2 and services["Afval"]["on_time_share"] == 0.5
    assert {group["name"] for group in summary["breakdown"]["uitkomst"]} == {"gegrond", "ongegrond"}
    problems = " ".join(summary["meta"]["problems"])
    assert "32/01/2025" in problems and summary["meta"]["unmatched"] == ["niet-bestaand.txt"]


def test_workbook_has_summary_letters_and_rules(report):
    out, summary = report
    book = load_workbook(out / "rapport.xlsx")
    assert book.sheetnames == ["Samenvatting", "Brieven", "Regels"]
    letters = book["Brieven"]
    assert letters.freeze_panes == "A2" and letters.max_row == 1 + summary["counts"]["files"]
    assert letters.column_dimensions["A"].width >= 30
    header = [cell.value for cell in letters[1]]
    assert header == [name for name, _ in letter_columns()]
    scored = [row for row in letters.iter_rows(min_row=2) if row[header.index("score")].value is not None]
    assert len(scored) == summary["counts"]["letters"]
    for row in scored:
        score, passive = row[header.index("score")], row[header.index("aandeel_lijdend")]
        assert isinstance(score.value, int) and score.number_format == "0"
        assert 0 <= passive.value <= 1 and passive.number_format == "0.0%"
    rules = book["Regels"]
    assert rules.max_row == 1 + len(read_csv(out / "regels.csv")) and rules.freeze_panes == "A2"
    labels = [row[0] for row in book["Samenvatting"].iter_rows(values_only=True)]
    assert "Brieven beoordeeld" in labels and "Op tijd" in labels and "Afval" in labels


def test_html_is_self_contained_dutch_and_printable(report, corpus):
    out, summary = report
    page = (out / "rapport.html").read_text(encoding="utf-8")
    assert '<html lang="nl-BE">' in page and "Kerncijfers" in page and "Tijdigheid" in page and "Per dienst" in page
    for external in ("<script", "<link", "<img", "@import", 'src="', "http://", "https://"):
        assert external not in page.replace("http://www.w3.org/", ""), external
    assert not re.findall(r"url\((?!#)", page)  # only references inside the page (SVG clip paths)
    assert page.count("<svg") == 4 and 'role="img"' in page
    assert "@page { size: A4" in page and "@media print" in page
    top = summary["top_rules"][0]["rule"]
    assert f"<code>{top}</code>" in page and "Waarom" not in page.split("Verantwoording")[1]
    assert "Afval" in page and "zwak.md" in page  # the late letter and its service


def _texts(folder: Path) -> str:
    return "\n".join(path.read_bytes().decode("utf-8", "replace") for path in folder.iterdir() if path.suffix != ".xlsx") + \
        "\n".join(str(cell) for path in folder.glob("*.xlsx") for sheet in load_workbook(path)
                  for row in sheet.iter_rows(values_only=True) for cell in row)


def test_by_default_no_letter_text_leaves(report):
    out, _ = report
    everything = _texts(out)
    for phrase in ("Beste heer Willems", "griet.vanhoutte@ial-afval.be", "056 62 19 14", "creditnota van 59,90 euro"):
        assert phrase not in everything
    assert not (out / "fragmenten.csv").exists()


def test_fragments_and_anonymous(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    letter = ("Geachte mevrouw Verhaegen,\n\nMiddels deze brief delen wij u mede dat uw dossier door de dienst werd "
              "afgesloten. Uw rijksregisternummer 85.07.30-033.61 werd door ons nagekeken. U kunt ons bellen op "
              "09 210 55 55 of mailen naar lien.verhaegen@voorbeeld.be.\n\nMet vriendelijke groeten,\n\nKoen Dewulf\n")
    (folder / "klacht_Verhaegen.txt").write_text(letter, encoding="utf-8")
    plain = build_report([folder], tmp_path / "plain", ReportOptions(fragments=True, rule_url="/regels#{rule}"))
    fragments = read_csv(tmp_path / "plain" / "fragmenten.csv")
    assert any(row["fragment"].startswith("Middels") for row in fragments)
    page = (tmp_path / "plain" / "rapport.html").read_text(encoding="utf-8")
    assert "‘Middels" in page
    middels = next(rule["rule"] for rule in plain["top_rules"] if rule["rule"].endswith(".middels"))
    [linked] = re.findall(rf'<a href="/regels#([\w.-]+)"><code>{re.escape(middels)}</code></a>', page)
    assert middels.startswith(linked + ".") and linked in {rule["id"] for rule in helder.rulebook.catalogue()}
    assert plain["report"]["privacy"] == {"fragments": True, "anonymous": False}
    build_report([folder], tmp_path / "anon", ReportOptions(fragments=True, anonymous=True))
    everything = _texts(tmp_path / "anon")
    for secret in ("Verhaegen", "85.07.30", "09 210 55 55", "lien.verhaegen", "Koen", "Dewulf"):
        assert secret not in everything, secret
    assert "klacht_[naam].txt" in everything and "Middels" in everything


def test_score_file_is_one_row_for_other_engines(corpus):
    row = score_file(corpus / "txt" / "goed.txt")
    assert row["score"] == helder.check(fixture("afvalintercommunale/good.txt")).score
    assert row["ontvangen"].isoformat() == "2025-02-03" and row["datum_geschat"] is True and row["tijdig"] is True


def test_cli_summary_line_and_exit_codes(corpus, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["report", str(corpus / "txt"), str(corpus / "foto.jpg"), "--out", str(tmp_path / "a"),
                                  "--jobs", "1", "--meta", str(corpus.parent / "meta.csv")])
    assert result.exit_code == 0, result.output
    assert re.search(r"3 bestanden, 2 brieven beoordeeld, 1 niet leesbaar; gemiddelde score \d+,\d", result.output)
    assert result.output.count("\n") == 1  # one closing line, no progress bar off a terminal
    assert "metabestand: 1 probleem, 3 regels zonder brief (zie rapport.html). Rapport in" in result.output
    strict = runner.invoke(main, ["report", str(corpus / "foto.jpg"), str(corpus / "txt"), "--out", str(tmp_path / "b"),
                                  "--jobs", "1", "--strict", "--quiet"])
    assert strict.exit_code == 1
    nothing = runner.invoke(main, ["report", str(corpus / "leeg.txt"), "--out", str(tmp_path / "c"), "--jobs", "1"])
    assert nothing.exit_code == 2 and "Geen enkel bestand" in nothing.output
    assert runner.invoke(main, ["report", str(corpus)]).exit_code == 2  # --out missing
    bad_meta = runner.invoke(main, ["report", str(corpus / "txt"), "--out", str(tmp_path / "d"), "--jobs", "1",
                                    "--meta", str(corpus / "leeg.txt")])
    assert bad_meta.exit_code == 2 and "bestand" in bad_meta.output


def test_two_worker_processes_give_the_same_rows(corpus, report, tmp_path):
    build_report([corpus], tmp_path, ReportOptions(jobs=2, meta=corpus.parent / "meta.csv"))
    assert (tmp_path / "brieven.csv").read_bytes() == (report[0] / "brieven.csv").read_bytes()
    assert (tmp_path / "regels.csv").read_bytes() == (report[0] / "regels.csv").read_bytes()


def test_output_folder_inside_the_input_is_not_read_back(tmp_path):
    (tmp_path / "brief.txt").write_text(fixture("de-lijn/good.txt"), encoding="utf-8")
    for _ in range(2):  # the second run finds the first run's rapport.html and CSVs in the folder
        summary = build_report([tmp_path], tmp_path / "rapport", ReportOptions())
        assert summary["counts"] == {"files": 1, "letters": 1, "errors": 0}
