"""`helder model ...`: train, evaluate and time the Dutch pipeline."""

from __future__ import annotations

from pathlib import Path

import click

from helder.errors import HelderError
from helder.nlp.conllu import CoNLLUError


class DutchUsageError(click.ClickException):
    """A problem the user can fix, shown as "Fout: ..." instead of click's English prefix."""

    def show(self, file=None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


def _existing_file(path: Path) -> Path:
    if not path.is_file():
        raise DutchUsageError(f"Het bestand {path} bestaat niet.")
    return path


def _existing_dir(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise DutchUsageError(f"De map met {what} bestaat niet: {path}")
    return path


@click.group(help="Het Nederlandse taalmodel van helder trainen, evalueren en meten.")
def model() -> None:
    pass


@model.command(help="Train het taalmodel op UD-bestanden (.conllu) in een map.")
@click.option("--data", "data", type=click.Path(path_type=Path), required=True, help="Map met .conllu-bestanden.")
@click.option("--out", "out", type=click.Path(path_type=Path), required=True, help="Map voor het getrainde model.")
@click.option("--work", "work", type=click.Path(path_type=Path), default=None,
              help="Werkmap voor tussenbestanden (standaard ./.helder-train).")
@click.option("--seed", type=int, default=None, help="Startwaarde voor het toeval (standaard 20261128).")
def train(data: Path, out: Path, work: Path | None, seed: int | None) -> None:
    from helder.nlp.evaluate import format_text
    from helder.nlp.train import DEFAULT_SEED, train_pipeline

    _existing_dir(data, "trainingsgegevens")
    try:
        result = train_pipeline(data, out, work_dir=work, seed=DEFAULT_SEED if seed is None else seed)
    except (CoNLLUError, HelderError) as error:
        raise DutchUsageError(str(error)) from error
    click.echo(f"Model geïnstalleerd in {out}. Scores op de achtergehouden zinnen:\n")
    click.echo(format_text(list(result.values())))


@model.command(help="Schrijf de tabel met het geslacht (de/het) van zelfstandige naamwoorden uit het trainingsdeel "
                    "van de UD-bestanden in een map (helder/data/noun_genders.tsv).")
@click.option("--data", "data", type=click.Path(path_type=Path), required=True, help="Map met .conllu-bestanden.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Uitvoerbestand (standaard helder/data/noun_genders.tsv).")
def genders(data: Path, out: Path | None) -> None:
    from helder.nlp.genders import GENDERS_FILE, genders_of, write_table
    from helder.nlp.train import older_files, split_corpus

    _existing_dir(data, "trainingsgegevens")
    try:
        table = genders_of(split_corpus(sorted(data.glob("*.conllu")), older_files(data))["train"])
    except CoNLLUError as error:
        raise DutchUsageError(str(error)) from error
    write_table(table, out or GENDERS_FILE)
    click.echo(f"{len(table)} zelfstandige naamwoorden geschreven naar {out or GENDERS_FILE}.")


@model.command(help="Evalueer het taalmodel op een of meer UD-bestanden (.conllu), met één kolom per bestand.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="Uitvoer als tabel (text) of als JSON.")
@click.option("--model", "model_dir", type=click.Path(path_type=Path), default=None,
              help="Map van het model (standaard het meegeleverde model).")
def evaluate(files: tuple[Path, ...], output_format: str, model_dir: Path | None) -> None:
    from helder.nlp.evaluate import format_json, format_text

    results = _evaluate_files(files, model_dir)
    single = results[0] if len(results) == 1 else results
    click.echo(format_json(single) if output_format == "json" else format_text(single))


def _evaluate_files(files: tuple[Path, ...], model_dir: Path | None) -> list[dict]:
    """Scores of the model on each file, with Dutch errors for unreadable files or a missing model."""
    from helder.nlp import load_pipeline
    from helder.nlp.evaluate import evaluate as run_evaluation

    for file in files:
        _existing_file(file)
    results: list[dict] = []
    file = None
    try:
        nlp = load_pipeline(model_dir)
        for file in files:
            results.append(run_evaluation(file, nlp=nlp))
    except CoNLLUError as error:
        raise DutchUsageError(f"Het CoNLL-U-bestand is niet geldig: {error}") from error
    except UnicodeDecodeError as error:
        raise DutchUsageError(f"Het bestand {file} is geen UTF-8-tekst en dus geen CoNLL-U-bestand.") from error
    except HelderError as error:
        raise DutchUsageError(str(error)) from error
    return results


@model.command(help="Meet de laadtijd en de snelheid van het taalmodel op één processorkern; "
               "met --eval ook de scores op achtergehouden UD-bestanden.")
@click.option("--model", "model_dir", type=click.Path(path_type=Path), default=None,
              help="Map van het model (standaard het meegeleverde model).")
@click.option("--eval", "eval_files", multiple=True, type=click.Path(path_type=Path),
              help="Een .conllu-bestand om ook op te scoren (herhaalbaar), "
                   "bijvoorbeeld .helder-train/heldout.conllu.")
def bench(model_dir: Path | None, eval_files: tuple[Path, ...]) -> None:
    from helder.nlp.benchmark import benchmark_pipeline, format_benchmark
    from helder.nlp.evaluate import format_text

    try:
        result = benchmark_pipeline(model_dir)
    except HelderError as error:
        raise DutchUsageError(str(error)) from error
    click.echo(format_benchmark(result))
    if eval_files:
        click.echo("")
        click.echo(format_text(_evaluate_files(eval_files, model_dir)))


@model.command(help="Meet de vervoeging (helder.nlp.inflect) op UD-bestanden (.conllu) in een map: "
               "elke werkwoordsvorm opnieuw gemaakt uit lemma en kenmerken, en het lemma uit de vorm.")
@click.option("--data", "data", type=click.Path(path_type=Path), required=True, help="Map met .conllu-bestanden.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="Uitvoer als tabel (text) of als JSON.")
@click.option("--errors", "max_errors", type=int, default=0,
              help="Toon zoveel fouten uit het afstemmingsdeel (nooit uit het achtergehouden deel).")
def inflection(data: Path, output_format: str, max_errors: int) -> None:
    from helder.nlp.inflect_eval import evaluate_inflection
    from helder.nlp.inflect_eval import format_json as inflection_json
    from helder.nlp.inflect_eval import format_text as inflection_text

    _existing_dir(data, "UD-bestanden")
    try:
        result = evaluate_inflection(data, max_errors=max_errors)
    except FileNotFoundError as error:
        raise DutchUsageError(str(error)) from error
    except CoNLLUError as error:
        raise DutchUsageError(f"Een CoNLL-U-bestand is niet geldig: {error}") from error
    except UnicodeDecodeError as error:
        raise DutchUsageError("Een .conllu-bestand in de map is geen UTF-8-tekst.") from error
    click.echo(inflection_json(result) if output_format == "json" else inflection_text(result))


def _labelled_sentences(default: str):
    """--data, --format and --errors, as every command that scores a reader on labelled sentences takes them."""
    def decorate(command):
        for option in reversed((
            click.option("--data", "data", type=click.Path(path_type=Path), default=None,
                         help=f"YAML-bestand met gelabelde zinnen (standaard {default} in de repository)."),
            click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
                         help="Uitvoer als tabel (text) of als JSON."),
            click.option("--errors", "max_errors", type=int, default=0,
                         help="Toon zoveel fouten uit het afstemmingsdeel (nooit uit het achtergehouden deel)."),
        )):
            command = option(command)
        return command
    return decorate


@model.command(help="Meet de zinslezer van het onderdeel 'Oplossing' (helder.nlp.commitments): precisie en "
                    "recall per categorie, voor het afstemmingsdeel en het achtergehouden deel.")
@_labelled_sentences("tests/fixtures/solution/sentences.yaml")
def solution(data: Path | None, output_format: str, max_errors: int) -> None:
    from helder.nlp.commitments_eval import DEFAULT_DATA, errors
    from helder.nlp.commitments_eval import evaluate as evaluate_solution
    from helder.nlp.commitments_eval import format_json as solution_json
    from helder.nlp.commitments_eval import format_text as solution_text

    import yaml

    path = _existing_file(data or DEFAULT_DATA)
    try:
        result = evaluate_solution(path)
    except (KeyError, TypeError, yaml.YAMLError) as error:
        raise DutchUsageError(f"Het bestand {path} heeft niet de vorm van gelabelde zinnen: {error}") from error
    click.echo(solution_json(result) if output_format == "json" else solution_text(result))
    if max_errors > 0:
        for text, expected, found in errors(path)[:max_errors]:
            click.echo(f"  verwacht {', '.join(expected)}; gevonden {', '.join(found)}: {text}")


@model.command(help="Meet precisie en recall van de zinsbouwcontroles (naamwoordstijl, tang, ...) op gelabelde zinnen.")
@_labelled_sentences("tests/fixtures/structure/sentences.yaml")
def structure(data: Path | None, output_format: str, max_errors: int) -> None:
    from helder.nlp import load_pipeline
    from helder.nlp.structure_eval import (
        DEFAULT_DATA,
        StructureDataError,
        evaluate_structures,
        load_sentences,
    )
    from helder.nlp.structure_eval import format_json as structure_json
    from helder.nlp.structure_eval import format_text as structure_text

    try:
        sentences = load_sentences(data or DEFAULT_DATA)
        scores = evaluate_structures(sentences, load_pipeline())
    except (StructureDataError, HelderError) as error:
        raise DutchUsageError(str(error)) from error
    click.echo(structure_json(scores) if output_format == "json" else structure_text(scores, max_errors))


@model.command(help="Meet de actieve herschrijvingen van lijdende zinnen (helder.rewrite.active) op gelabelde "
                    "zinnen: hoe vaak helder er een aanbiedt en hoe vaak ze juist is, per deel.")
@click.option("--data", "data", type=click.Path(path_type=Path), default=None,
              help="YAML-bestand met lijdende zinnen (standaard tests/fixtures/rewrite/passives.yaml in de repository).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="Uitvoer als tabel (text) of als JSON.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Toon de fouten uit het trainingsdeel (nooit uit het achtergehouden deel).")
def rewrite(data: Path | None, output_format: str, show_errors: bool) -> None:
    from helder.rewrite.evaluate import DEFAULT_DATA, RewriteDataError, evaluate, load_items
    from helder.rewrite.evaluate import format_json as rewrite_json
    from helder.rewrite.evaluate import format_text as rewrite_text

    try:
        scores = evaluate(load_items(data or DEFAULT_DATA))
    except (RewriteDataError, HelderError) as error:
        raise DutchUsageError(str(error)) from error
    click.echo(rewrite_json(scores) if output_format == "json" else rewrite_text(scores, show_errors))


@model.command(help="Meet de zinslezer van het onderdeel 'Empathie' (helder.nlp.stance): precisie en recall per "
                    "categorie, voor het afstemmingsdeel en het achtergehouden deel.")
@_labelled_sentences("tests/fixtures/empathy/sentences.yaml")
def empathy(data: Path | None, output_format: str, max_errors: int) -> None:
    from helder.nlp import load_pipeline
    from helder.nlp.stance_eval import DEFAULT_DATA, SentenceDataError, evaluate_splits, load_sentences
    from helder.nlp.stance_eval import format_json as empathy_json
    from helder.nlp.stance_eval import format_scores as empathy_text

    path = _existing_file(data or DEFAULT_DATA)
    try:
        results, train_errors = evaluate_splits(load_pipeline(), load_sentences(path))
    except (SentenceDataError, HelderError) as error:
        raise DutchUsageError(str(error)) from error
    click.echo(empathy_json(results) if output_format == "json" else empathy_text(results))
    for text, expected, found in train_errors[:max(max_errors, 0)]:
        click.echo(f"  verwacht {', '.join(sorted(expected))}; gevonden {', '.join(sorted(found))}: {text}")
