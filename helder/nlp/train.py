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
from helder.nlp.conllu import Sentence, in_heldout, read_sentences, to_conllu, to_docs
from helder.nlp.evaluate import evaluate
from helder.nlp.harmonise import ConventionLexicon, harmonise

HELDOUT_SHARE = 0.12  # blocks kept out of training and model selection, for `helder model evaluate`
DEV_SHARE = 0.08  # of the remaining blocks: spaCy's dev set, which picks model-best
DEFAULT_SEED = 20261128
DEFAULT_WORK_DIR = Path(".helder-train")
OLDER_DIR = "older"  # subfolder of --data with files of the older (2017) conversion, harmonised on reading
# The older files read from OLDER_DIR. The older Wikipedia file (nl_lassysmall-ud-train-2017) is left
# out: its prose repeats what the current LassySmall files cover, 44 % of it are titles and list
# items, and every run with it parsed letter sentences worse (models/README.md, runs 2 to 5).
OLDER_FILES = ("nl_lassysmall-news-2017",)
# Older files with a held-out share of their blocks: a second test set of unseen news, fixed before training.
OLDER_HELDOUT_SHARE = {"nl_lassysmall-news-2017": 0.3}
# The held-out files written to the work folder, and what they hold.
HELDOUT_FILES = {
    "heldout": "heldout.conllu",  # all held-out blocks of the current files (news and Wikipedia)
    "heldout_news": "heldout-news.conllu",  # their UD Dutch Alpino part: newspaper text
    "heldout_news2017": "heldout-news2017.conllu",  # held-out blocks of the older news file, harmonised
}

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
# Older files: (treebank they were taken from, key in TREEBANKS; where exactly).
OLDER_SOURCES = {
    "nl_lassysmall-ud-train-2017": ("nl_lassysmall", "nl_lassysmall-ud-train.conllu at commit ccd0244 (2017-02-01), "
                                    "Wikipedia part of Lassy Small"),
    "nl_lassysmall-news-2017": ("nl_alpino", "nl-ud-train.conllu at commit 4b8df79 (2017-10-24), "
                                "newspaper part (WR-P-P-H) of Lassy Small"),
}


def split_part(sentence: Sentence) -> str:
    """'heldout', 'dev' or 'train', stable per block (up to ten consecutive sentences of one paragraph)."""
    if in_heldout(sentence.group_id, HELDOUT_SHARE):
        return "heldout"
    if in_heldout("dev:" + sentence.group_id, DEV_SHARE):
        return "dev"
    return "train"


def detach_particles(sentence: Sentence) -> Sentence:
    """Train a split separable verb on its own lemma: "stortte ... terug" -> "storten", not "terugstorten".

    The lemmatizer runs before the parser and cannot see a particle later in
    the clause; taught the joined lemma, it learns to glue random particles
    onto verbs ("zette" -> "inzetten"). helder joins the particle itself
    through the parse (`helder/matching.py`). Held-out gold is never changed.
    """
    for i, dep in enumerate(sentence.deps):
        verb = sentence.heads[i]
        particle = sentence.words[i].lower()
        if dep != "compound:prt" or verb == i or sentence.upos[verb] not in ("VERB", "AUX"):
            continue
        lemma = sentence.lemmas[verb]
        if lemma.lower().startswith(particle) and not sentence.words[verb].lower().startswith(particle):
            sentence.lemmas[verb] = lemma[len(particle):]
    return sentence


def older_part(sentence: Sentence, file_stem: str) -> str:
    """'heldout_news2017' or 'train' for a sentence of an older file; never dev (dev is current data only)."""
    share = OLDER_HELDOUT_SHARE.get(file_stem, 0.0)
    return "heldout_news2017" if in_heldout(f"{file_stem}:{sentence.group_id}", share) else "train"


def train_pipeline(
    data_dir: Path,
    out_dir: Path,
    work_dir: Path | None = None,
    seed: int = DEFAULT_SEED,
    config: Path | None = None,
) -> dict:
    """Train on the *.conllu files in `data_dir` (and its `older/` folder), install the best model in
    `out_dir`, return the scores on each held-out file."""
    work_dir = work_dir or DEFAULT_WORK_DIR
    config = config or default_config()
    files = sorted(data_dir.glob("*.conllu"))
    older = older_files(data_dir)
    if not files:
        raise HelderError(f"Geen .conllu-bestanden gevonden in {data_dir}.")
    parts = prepare_corpus(files, work_dir, older=older)
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
    meta = training_meta(files, older, seed, parts)
    install_model(output / "model-best", out_dir, meta)
    nlp = spacy.load(out_dir)
    return {name: evaluate(work_dir / file_name, nlp=nlp) for name, file_name in HELDOUT_FILES.items()
            if parts.get(name)}


def training_meta(files: list[Path], older: list[Path], seed: int, parts: dict[str, int]) -> dict:
    """What meta.json records about a trained model: licence, sources, files, seed and split."""
    return {
        "name": MODEL_NAME,
        "version": __version__,  # the model is released with, and for, this helder version
        "description": "Dutch pipeline for helder (tokeniser, morphologizer, lemmatiser, parser), "
        "trained from scratch on UD Dutch treebanks.",
        "license": "CC BY-SA 4.0",
        "author": "helder",
        "sources": _sources(files + older),
        "helder_training": {"files": [f.name for f in files] + [f"{OLDER_DIR}/{f.name}" for f in older],
                            "seed": seed, "sentences": parts, "heldout_share": HELDOUT_SHARE, "dev_share": DEV_SHARE,
                            "older_heldout_share": OLDER_HELDOUT_SHARE,
                            "harmonised": "older/ files: see helder/nlp/harmonise.py"},
    }


def older_files(data_dir: Path) -> list[Path]:
    """The files of OLDER_FILES that `data_dir`'s `older/` folder holds."""
    return [path for path in sorted((data_dir / OLDER_DIR).glob("*.conllu")) if path.stem in OLDER_FILES]


def default_config() -> Path:
    """The shipped training config."""
    return resources.data_dir("models") / "config.cfg"


def split_corpus(files: list[Path], older: list[Path] = ()) -> dict[str, list[Sentence]]:
    """The sentences of the UD files by part: train, dev and the held-out parts of HELDOUT_FILES.

    Older files are harmonised with the conventions of the current training part.
    """
    parts: dict[str, list[Sentence]] = {"train": [], "dev": [], "heldout": [], "heldout_news": [],
                                        "heldout_news2017": []}
    for path in files:
        for sentence in read_sentences(path):
            part = split_part(sentence)
            parts[part].append(detach_particles(sentence) if part in ("train", "dev") else sentence)
            if part == "heldout" and path.name.startswith("nl_alpino"):
                parts["heldout_news"].append(sentence)
    lexicon = ConventionLexicon.from_sentences(parts["train"])
    for path in older:
        for sentence in read_sentences(path):
            part = older_part(sentence, path.stem)
            if part == "train" and not has_finite_verb(sentence):
                continue  # see has_finite_verb
            harmonise(sentence, lexicon)
            parts[part].append(detach_particles(sentence) if part == "train" else sentence)
    return parts


def has_finite_verb(sentence: Sentence) -> bool:
    """Whether a sentence has a finite verb. 44 % of the older Wikipedia file's sentences have
    none (titles, list items; 2 % of the news): trained on them, the parser read "U leverde
    commentaar" as an attributive participle before a noun. Older training sentences without one
    are left out (models/README.md, the fifth run)."""
    return any("VerbForm=Fin" in feats for feats in sentence.feats)


def _write_heldout(parts: dict[str, list[Sentence]], work_dir: Path) -> dict[str, Path]:
    """Held-out sentences of the current files keep their source lines verbatim;
    those of older files are written harmonised, as the model would have seen them."""
    written = {}
    for name, file_name in HELDOUT_FILES.items():
        if not parts[name]:
            continue
        path = work_dir / file_name
        if name == "heldout_news2017":
            path.write_text("".join(to_conllu(sentence) for sentence in parts[name]), encoding="utf-8")
        else:
            path.write_text("".join("\n".join(sentence.lines) + "\n\n" for sentence in parts[name]), encoding="utf-8")
        written[name] = path
    return written


def write_heldout(data_dir: Path, work_dir: Path) -> dict[str, Path]:
    """Only the held-out files of the UD data in `data_dir` (and `older/`), for scoring without training."""
    work_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(data_dir.glob("*.conllu"))
    if not files:
        raise HelderError(f"Geen .conllu-bestanden gevonden in {data_dir}.")
    return _write_heldout(split_corpus(files, older_files(data_dir)), work_dir)


def prepare_corpus(files: list[Path], work_dir: Path, older: list[Path] = ()) -> dict[str, int]:
    """Write train.spacy, dev.spacy and the held-out files (HELDOUT_FILES); return sentence counts."""
    parts = split_corpus(files, older)
    work_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("nl").vocab
    for name in ("train", "dev"):
        DocBin(docs=to_docs(vocab, parts[name])).to_disk(work_dir / f"{name}.spacy")
    _write_heldout(parts, work_dir)
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
    """The treebanks behind `files`, each listed once; older conversions and unknown files by name."""
    sources: dict[str, dict] = {}
    for path in files:
        prefix = path.name.split("-", 1)[0]
        if path.stem in OLDER_SOURCES:
            treebank, origin = OLDER_SOURCES[path.stem]
            sources[path.stem] = {**TREEBANKS[treebank], "name": f"{TREEBANKS[treebank]['name']}, older conversion",
                                  "file": f"{OLDER_DIR}/{path.name}", "origin": origin}
        else:
            sources.setdefault(prefix, TREEBANKS.get(prefix, {"name": path.name}))
    return list(sources.values())
