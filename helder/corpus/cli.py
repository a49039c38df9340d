"""`helder report`: option parsing, the progress bar and the closing line; the work is `build_report`.

Exit codes: 0 done (error rows included), 1 with --strict when a file failed,
2 when no file could be read or an option, rule file or meta file is wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from helder.errors import HelderError
from helder.options import checker_options, split_list


def _number(value: float | None, decimals: int = 0) -> str:
    from helder.corpus.html import number

    return number(value, decimals)


@click.command("report")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Map voor de uitvoer.")
@checker_options
@click.option("--jobs", type=click.IntRange(1, 256), default=None, help="Aantal processen (standaard: het aantal kernen).")
@click.option("--meta", type=click.Path(dir_okay=False, path_type=Path), help="CSV met bestand, ontvangen, verzonden, dienst, ...")
@click.option("--fragmenten", "fragments", is_flag=True, help="Neem de aangeduide fragmenten uit de brieven op.")
@click.option("--anoniem", "anonymous", is_flag=True, help="Vervang namen, adressen, telefoonnummers, e-mailadressen en rijksregisternummers.")
@click.option("--quiet", is_flag=True, help="Geen voortgangsbalk, alleen de slotregel.")
@click.option("--strict", is_flag=True, help="Exitcode 1 als een bestand niet gelezen kon worden.")
@click.option("--bench", is_flag=True, help="Meet brieven per seconde en geheugen op gegenereerde brieven (geen invoer nodig).")
@click.option("--letters", "bench_letters", default=2000, show_default=True, help="Aantal brieven voor --bench.")
def report(inputs: tuple[Path, ...], out_dir: Path | None, profile: str, rule_dirs: tuple[Path, ...],
           disable: tuple[str, ...], accept: tuple[str, ...], jobs: int | None, meta: Path | None, fragments: bool,
           anonymous: bool, quiet: bool, strict: bool, bench: bool, bench_letters: int) -> None:
    """Maak het jaarrapport over een map, zip of lijst met verzonden antwoorden."""
    if bench:
        from helder.corpus.bench import run

        run(bench_letters)
        return
    if not inputs:
        raise click.UsageError("Geef minstens één bestand, map of .zip-bestand.")
    if out_dir is None:
        raise click.UsageError("Geef met --out de map voor het rapport.")
    from helder.corpus import ReportOptions, build_report, count_sources

    progress_bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread next to the worker processes
        progress_bar = tqdm(total=count_sources(inputs, out_dir), unit=" brief", desc="Brieven", file=sys.stderr)
    options = ReportOptions(
        profile=profile, rules=tuple(map(str, rule_dirs)), disable=split_list(disable), accept=split_list(accept),
        jobs=jobs or os.cpu_count() or 1, meta=meta, fragments=fragments, anonymous=anonymous,
        progress=(lambda row: progress_bar.update()) if progress_bar else None,
    )
    try:
        summary = build_report(inputs, out_dir, options)
    finally:
        if progress_bar:
            progress_bar.close()
    counts, timing = summary["counts"], summary["timeliness"]
    line = (f"helder report: {_number(counts['files'])} bestanden, {_number(counts['letters'])} brieven beoordeeld, "
            f"{_number(counts['errors'])} niet leesbaar")
    if counts["letters"]:
        line += f"; gemiddelde score {_number(summary['score']['mean'], 1)}, {_number(100 * summary['grades']['helder']['share'])}% helder"
    if timing["known"]:
        line += f"; {_number(100 * timing['on_time_share'])}% binnen {timing['term_days']} dagen"
    problems, unmatched = summary["meta"]["problems"], summary["meta"]["unmatched"]
    if problems or unmatched:
        line += (f"; metabestand: {len(problems)} {'probleem' if len(problems) == 1 else 'problemen'}, "
                 f"{len(unmatched)} {'regel' if len(unmatched) == 1 else 'regels'} zonder brief (zie rapport.html)")
    click.echo(line + f". Rapport in {out_dir}.")
    if not counts["letters"]:
        raise HelderError("Geen enkel bestand kon gelezen en beoordeeld worden.")
    if strict and counts["errors"]:
        sys.exit(1)
