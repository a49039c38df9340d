"""The command line, through click's runner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import helder
from helder.cli import main

LETTER = (Path(helder.__file__).parent / "data" / "bench_letter.txt").read_text(encoding="utf-8")
JARGON = "Beste mevrouw Claes,\n\nU kunt het formulier middels de website indienen.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_check_json_is_the_contract(runner, tmp_path, validate_report):
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    result = runner.invoke(main, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    validate_report(json.loads(result.output), LETTER)


def test_check_text_reads_like_a_linter(runner, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(JARGON, encoding="utf-8")
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "middels" in line and "jargon." in line)
    column = JARGON.splitlines()[2].index("middels") + 1
    assert line.startswith(f"{path}:3:{column} ")
    assert "^^^^^^^" in result.output
    assert "\x1b[" not in result.output  # no colour when not on a terminal
    assert "Zinslengte" in result.output


def test_stdin_and_fail_under(runner):
    result = runner.invoke(main, ["check", "-", "--fail-under", "101"], input=JARGON)
    assert result.exit_code == 2  # 101 is out of range: a usage error
    result = runner.invoke(main, ["check", "-", "--fail-under", "100"], input=JARGON)
    assert result.exit_code == 1
    result = runner.invoke(main, ["check", "-", "--fail-under", "0"], input=JARGON)
    assert result.exit_code == 0


def test_disable_option(runner):
    result = runner.invoke(main, ["check", "-", "--format", "json", "--disable", "jargon."], input=JARGON)
    assert not [finding for finding in json.loads(result.output)["findings"] if finding["dimension"] == "jargon"]


def test_errors_are_clear_and_exit_2(runner, tmp_path):
    missing = runner.invoke(main, ["check", str(tmp_path / "nergens.txt")])
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    binary = tmp_path / "brief.docx"
    binary.write_bytes(b"PK\x03\x04 dit is geen docx")
    result = runner.invoke(main, ["check", str(binary)])
    assert result.exit_code == 2 and "beschadigd" in result.output
    too_long = tmp_path / "lang.txt"
    too_long.write_text("woord " * 10_000, encoding="utf-8")
    result = runner.invoke(main, ["check", str(too_long)])
    assert result.exit_code == 2 and "te lang" in result.output
    result = runner.invoke(main, ["check", "-", "--profile", "onbekend"], input="tekst")
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_rules_and_profiles_listings(runner):
    rules = runner.invoke(main, ["rules", "--dimension", "empathy"])
    assert rules.exit_code == 0 and "empathy." in rules.output and "jargon." not in rules.output
    listed = json.loads(runner.invoke(main, ["rules", "--format", "json"]).output)
    assert all(rule["explanation"] and rule["examples"]["bad"] for rule in listed)
    profiles = runner.invoke(main, ["profiles"])
    assert "vlaamse-overheid" in profiles.output and "lokaal-bestuur" in profiles.output


def test_console_script_runs_in_a_subprocess(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(JARGON, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "helder", "check", str(path), "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"] == "vlaamse-overheid"


def test_compare_shows_what_a_rewrite_gained(runner):
    letters = Path(__file__).parent / "fixtures" / "letters" / "vdab"
    result = runner.invoke(main, ["compare", str(letters / "poor.txt"), str(letters / "good.txt")])
    assert result.exit_code == 0, result.output
    total = next(line for line in result.output.splitlines() if line.startswith("Totaal"))
    before, after, change = (int(value) for value in total.split()[1:4])
    assert after - before == change > 30
    assert "onhelder → helder" in total
    data = json.loads(runner.invoke(main, ["compare", str(letters / "poor.txt"), str(letters / "good.txt"),
                                           "--format", "json"]).output)
    assert data["difference"]["score"] == data["after"]["score"] - data["before"]["score"] == change
