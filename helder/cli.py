"""The `helder` command line: check letters, list rules and profiles, benchmark, serve.

Exit codes: 0 fine, 1 score under --fail-under, 2 the input or a rule file
is wrong (the message says what, in Dutch).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from helder import __version__
from helder.corpus.cli import report
from helder.errors import HelderError
from helder.nlp.cli import model
from helder.options import checker_options, split_list
from helder.profiles import DEFAULT_PROFILE
from helder.report import DIMENSION_IDS, Report

_STATUS_COLOURS = {"ok": "green", "warn": "yellow", "fail": "red"}
_STATUS_WORDS = {"ok": "goed", "warn": "matig", "fail": "zwak"}
_GRADE_COLOURS = {"helder": "green", "bijna": "yellow", "onhelder": "red"}
_SEVERITY_COLOURS = {"info": "blue", "warning": "yellow", "error": "red"}


class HelderGroup(click.Group):
    """Turns HelderError into a clean message and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except HelderError as error:
            click.echo(f"helder: {error}", err=True)
            ctx.exit(2)


@click.group(cls=HelderGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="helder")
def main() -> None:
    """helder toetst antwoorden op klachten aan Heerlijk Helder en de ombudsnormen."""


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@checker_options
@click.option("--fail-under", type=click.IntRange(0, 100), default=None, help="Exitcode 1 als de score lager is.")
def check(source: Path, output: str, profile: str, rule_dirs: tuple[Path, ...], disable: tuple[str, ...],
          accept: tuple[str, ...], fail_under: int | None) -> None:
    """Controleer een brief (.txt, .md, .docx, .eml, .msg, .pdf, .html) of '-' voor standaardinvoer."""
    from helder.checker import Checker
    from helder.extract import read_file

    if str(source) == "-":
        raw = sys.stdin.buffer.read()
        text = raw.decode("utf-8", errors="replace")
        label = "<stdin>"
    else:
        text = read_file(source)
        label = str(source)
    checker = Checker(profile, extra_rules=rule_dirs, disable=split_list(disable), accept=split_list(accept))
    report = checker.check(text)
    if output == "json":
        click.echo(report.to_json(indent=2))
    else:
        click.echo(render_text(report, text, label))
    if fail_under is not None and report.score < fail_under:
        sys.exit(1)


def render_text(report: Report, text: str, label: str) -> str:
    """A linter-style report: traffic lights per dimension, then findings with a caret excerpt."""
    lines = [
        click.style(f"{label}: ", bold=True)
        + click.style(f"{report.score}/100 {report.grade}", fg=_GRADE_COLOURS[report.grade], bold=True)
        + f"  (profiel {report.profile})",
        report.summary,
        "",
    ]
    lines += [click.style(f"  ! {notice}", fg="yellow") for notice in report.notices if notice != report.summary]
    for result in report.dimensions.values():
        light = click.style(f"● {_STATUS_WORDS[result.status]:<5}", fg=_STATUS_COLOURS[result.status])
        lines.append(f"  {light} {result.label:<28} {result.score:>3}  {result.summary}")
    lines.append("")
    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    for finding in report.findings:
        line_no = _line_of(line_starts, finding.start)
        column = finding.start - line_starts[line_no - 1] + 1
        severity = click.style(f"{finding.severity:<7}", fg=_SEVERITY_COLOURS[finding.severity])
        lines.append(f"{label}:{line_no}:{column}  {severity} {click.style(finding.rule, dim=True)}  {finding.message}")
        lines += _excerpt(text, line_starts, line_no, finding.start, finding.end)
        for suggestion in finding.suggestions[:3]:
            lines.append(f"      → {suggestion.splitlines()[0] if suggestion else suggestion}")
    if not report.findings and report.dimensions and not report.notices:
        lines.append("Geen opmerkingen.")
    stats = report.stats
    lines += ["", f"{stats.words} woorden, {stats.sentences} zinnen, gemiddeld "
              f"{str(stats.avg_sentence_words).replace('.', ',')} woorden per zin, Flesch-Douma "
              f"{str(stats.flesch_douma).replace('.', ',')}, niveau ongeveer {stats.level_estimate or '-'}."]
    return "\n".join(lines)


def _line_of(line_starts: list[int], offset: int) -> int:
    low, high = 0, len(line_starts)
    while low + 1 < high:
        middle = (low + high) // 2
        if line_starts[middle] <= offset:
            low = middle
        else:
            high = middle
    return low + 1


def _excerpt(text: str, line_starts: list[int], line_no: int, start: int, end: int) -> list[str]:
    line_start = line_starts[line_no - 1]
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].rstrip("\r")
    shown_start, shown_end = start - line_start, min(end, line_start + len(line)) - line_start
    if len(line) > 100:  # keep long lines readable: show a window around the span
        window_start = max(0, shown_start - 40)
        line = ("…" if window_start else "") + line[window_start : window_start + 100]
        offset = window_start - (1 if window_start else 0)
        shown_start, shown_end = shown_start - offset, min(shown_end - offset, len(line))
    printable = "".join(char if char.isprintable() or char == "\t" else " " for char in line)
    gutter = f"{line_no:>5} | "
    carets = " " * len(gutter[:-2]) + "| " + " " * shown_start + "^" * max(1, shown_end - shown_start)
    return [gutter + printable, click.style(carets, fg="cyan")]


@main.command()
@click.argument("before", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("after", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--profile", default=DEFAULT_PROFILE, show_default=True)
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
def compare(before: Path, after: Path, profile: str, output: str) -> None:
    """Vergelijk twee versies van een brief, onderdeel per onderdeel (bijvoorbeeld in een opleiding)."""
    import json

    from helder.checker import Checker
    from helder.compare import compare as compare_reports
    from helder.extract import read_file

    checker = Checker(profile)
    first, second = (checker.check(read_file(path)) for path in (before, after))
    result = compare_reports(first, second)
    if output == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    rows = [("Totaal", first.score, second.score, f"  ({first.grade} → {second.grade})")]
    rows += [(change.label, change.before, change.after, "") for change in result.dimensions]
    click.echo(f"{'':<28} {'voor':>5} {'na':>5} {'verschil':>9}")
    for label, old, new, note in rows:
        change = click.style(f"{new - old:+9d}", fg="green" if new > old else "red" if new < old else None)
        click.echo(f"{label:<28} {old:>5} {new:>5} {change}{note}")
    click.echo(f"{'Opmerkingen':<28} {len(first.findings):>5} {len(second.findings):>5} "
               f"{len(second.findings) - len(first.findings):+9d}")
    click.echo(f"Opmerkingen verdwenen: {len(result.disappeared)}, gebleven: {len(result.stayed)}, "
               f"nieuw: {len(result.appeared)}")


@main.command("rules")
@click.option("--dimension", type=click.Choice(list(DIMENSION_IDS)), default=None)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(dimension: str | None, rule_dirs: tuple[Path, ...], output: str) -> None:
    """Toon de regels met hun uitleg voor opleiders."""
    import json

    from helder.rulebook import catalogue

    listed = catalogue(dimension, rule_dirs)
    if output == "json":
        click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    for rule in listed:
        extra = f", {rule['entries']} woorden" if "entries" in rule else ""
        click.echo(click.style(rule["id"], bold=True) + f"  [{rule['dimension']}, {rule['severity']}, {rule['type']}{extra}]")
        click.echo(f"  {rule['message']}")
        click.echo(f"  Waarom: {rule['explanation']}")
        if rule["examples"]["bad"]:
            click.echo(f"  Niet: {rule['examples']['bad'][0]}")
            click.echo(f"  Wel:  {rule['examples']['good'][0]}")
        click.echo("")


@main.command("profiles")
def profiles_command() -> None:
    """Toon de beschikbare profielen."""
    from helder.profiles import available

    for profile in available():
        marker = " (standaard)" if profile.id == DEFAULT_PROFILE else ""
        click.echo(click.style(profile.id, bold=True) + marker + f": {profile.name}")
        if profile.description:
            click.echo(f"  {profile.description}")


@main.command()
@click.option("--rounds", default=50, show_default=True, help="Aantal metingen voor p50/p95.")
@click.option("--web", is_flag=True, help="Meet de webserver onder gunicorn, met 8 gelijktijdige gebruikers.")
@click.option("--language", is_flag=True,
              help="Meet hoe goed helder de taal leest: woordenlijst, jargon op goede brieven, zinsbouw, taalmodel.")
@click.option("--data", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Met --language: een map met UD Dutch .conllu-bestanden, voor de scores van het taalmodel.")
def bench(rounds: int, web: bool, language: bool, data: Path | None) -> None:
    """Meet snelheid en geheugen van de checker op een brief van 400 woorden."""
    if web:
        from helder.web.bench import main as web_bench

        sys.exit(web_bench([]))
    if language:
        from helder.scorecard import run as scorecard

        scorecard(data)
        return
    from helder.bench import run

    run(rounds=rounds)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Start de webeditor voor één gebruiker (voor een team: zie README, gunicorn)."""
    from werkzeug.serving import run_simple

    from helder.web import create_app
    from helder.web.security import PathOnlyRequestHandler

    click.echo(f"helder draait op http://{host}:{port}/ (Ctrl+C stopt)")
    run_simple(host, port, create_app(), threaded=True, request_handler=PathOnlyRequestHandler)


main.add_command(model)
main.add_command(report)
