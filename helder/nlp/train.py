"""Train helder's Dutch pipeline from UD Dutch CoNLL-U files.

The treebanks stay where they are: training writes its corpora and the
held-out file to a work folder outside the package, and only the trained
pipeline (weights, no text) lands in `out_dir`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import DocBin

from helder import __version__, resources
from helder.errors import HelderError
from helder.nlp import MODEL_NAME
from helder.nlp import augment as _augment  # noqa: F401  registers the polite-address augmenter
from helder.nlp.conllu import Sentence, in_heldout, read_sentences, to_docs
from helder.nlp.evaluate import evaluate

HELDOUT_SHARE = 0.12  # blocks kept out of training and model selection, for `helder model evaluate`
DEV_SHARE = 0.08  # of the remaining blocks: spaCy's dev set, which picks model-best
DEFAULT_SEED = 20261128
DEFAULT_WORK_DIR = Path(".helder-train")

# Credits for the treebanks, by file-name prefix (from the treebanks' READMEs).
TREEBANKS = {
    "nl_alpino": {
        "name": "UD Dutch Alpino",
        "author": "Gosse Bouma, Gertjan van Noord; earlier conversions Daniel Zeman, Zdeněk Žabokrtský",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
    },
    "nl_lassysmall": {
        "name": "UD Dutch LassySmall",
        "author": "Gosse Bouma, Gertjan van Noord",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
    },
}


def split_part(sentence: Sentence) -> str:
    """'heldout', 'dev' or 'train', stable per block (up to ten consecutive sentences of one paragraph)."""
    if in_heldout(sentence.group_id, HELDOUT_SHARE):
        return "heldout"
    if in_heldout("dev:" + sentence.group_id, DEV_SHARE):
        return "dev"
    return "train"


def train_pipeline(
    data_dir: Path,
    out_dir: Path,
    work_dir: Path | None = None,
    seed: int = DEFAULT_SEED,
    config: Path | None = None,
) -> dict:
    """Train on all *.conllu files in `data_dir`, install the best model in `out_dir`, return held-out scores."""
    work_dir = work_dir or DEFAULT_WORK_DIR
    config = config or default_config()
    files = sorted(data_dir.glob("*.conllu"))
    if not files:
        raise HelderError(f"Geen .conllu-bestanden gevonden in {data_dir}.")
    parts = prepare_corpus(files, work_dir)
    output = work_dir / "output"
    spacy_train(
        config,
        output,
        overrides={
            "paths.train": str(work_dir / "train.spacy"),
            "paths.dev": str(work_dir / "dev.spacy"),
            "system.seed": seed,
        },
        use_gpu=-1,
    )
    meta = {
        "name": MODEL_NAME,
        "version": __version__,  # the model is released with, and for, this helder version
        "description": "Dutch pipeline for helder (tokeniser, morphologizer, lemmatiser, parser), "
        "trained from scratch on UD Dutch treebanks.",
        "license": "CC BY-SA 4.0",
        "author": "helder",
        "sources": _sources(files),
        "helder_training": {"files": [f.name for f in files], "seed": seed, "sentences": parts,
                            "heldout_share": HELDOUT_SHARE, "dev_share": DEV_SHARE},
    }
    install_model(output / "model-best", out_dir, meta)
    return evaluate(work_dir / "heldout.conllu", nlp=spacy.load(out_dir))


def default_config() -> Path:
    """The shipped training config."""
    return resources.data_dir("models") / "config.cfg"


def prepare_corpus(files: list[Path], work_dir: Path) -> dict[str, int]:
    """Write train.spacy, dev.spacy and heldout.conllu (source lines verbatim); return sentence counts."""
    parts: dict[str, list[Sentence]] = {"train": [], "dev": [], "heldout": []}
    for path in files:
        for sentence in read_sentences(path):
            parts[split_part(sentence)].append(sentence)
    work_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("nl").vocab
    for name in ("train", "dev"):
        DocBin(docs=to_docs(vocab, parts[name])).to_disk(work_dir / f"{name}.spacy")
    with (work_dir / "heldout.conllu").open("w", encoding="utf-8") as handle:
        for sentence in parts["heldout"]:
            handle.write("\n".join(sentence.lines) + "\n\n")
    return {name: len(sentences) for name, sentences in parts.items()}


def install_model(model: Path, out_dir: Path, meta: dict) -> None:
    """Copy `model` to `out_dir` with `meta` merged in; `out_dir` is never left half-written.

    The copy is built in a sibling folder and renamed into place; an older
    model is first renamed aside and removed only after the swap.
    """
    out_dir = out_dir.resolve()
    staging = out_dir.with_name(f".{out_dir.name}.new-{os.getpid()}")
    retired = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(model, staging)
    meta_path = staging / "meta.json"
    merged = {**json.loads(meta_path.read_text(encoding="utf-8")), **meta}
    meta_path.write_text(json.dumps(merged, ensure_ascii=False, indent=2), encoding="utf-8")
    if out_dir.exists():
        out_dir.rename(retired)
    staging.rename(out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _sources(files: list[Path]) -> list[dict]:
    """The treebanks behind `files`, each listed once; unknown files by name."""
    sources: dict[str, dict] = {}
    for path in files:
        prefix = path.name.split("-", 1)[0]
        sources.setdefault(prefix, TREEBANKS.get(prefix, {"name": path.name}))
    return list(sources.values())
