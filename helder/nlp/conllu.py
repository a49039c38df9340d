"""Read Universal Dependencies CoNLL-U files into spaCy Docs.

Used by both training and evaluation, so gold data is read one way only.
Lemmas in the Dutch UD treebanks (Alpino, LassySmall) mark compound and
particle boundaries with an underscore ("basis_niveau", "af_lopen"). helder
matches dictionary lemmas, so the marker is removed on reading; the same
normalisation applies to every score that `helder model evaluate` reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


class CoNLLUError(ValueError):
    """A CoNLL-U file that cannot be read; the message names file and line."""


@dataclass
class Sentence:
    """One gold sentence, as it stands in the file."""

    sent_id: str
    group_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)  # without the compound marker: "afleggen"
    raw_lemmas: list[str] = field(default_factory=list)  # as in the file: "af_leggen"
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based index into the sentence; self for root
    deps: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the block as in the file, comments included


def normalise_lemma(lemma: str) -> str:
    """Drop UD-Dutch compound markers: 'basis_niveau' -> 'basisniveau'."""
    if lemma == "_" or "_" not in lemma:
        return lemma
    joined = lemma.replace("_", "")
    return joined or lemma


def _paragraph_id(sent_id: str) -> str:
    """The paragraph a sentence belongs to.

    Alpino ids look like 'WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.5.s.4',
    LassySmall ids like 'wiki-135.p.100.s.1': dropping '.s.N' names the
    paragraph. Whole documents are too few and too large to split on.
    """
    return sent_id.rsplit(".s.", 1)[0]


BLOCK_SENTENCES = 10


def read_sentences(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of one CoNLL-U file, each tagged with its block.

    A block is a run of at most ten consecutive sentences of one paragraph:
    the unit of every split. Some LassySmall "paragraphs" hold a whole
    article of 6,000 words; splitting on them would put one topic wholly on
    one side. Multi-word ranges and empty nodes are skipped.
    """
    per_paragraph: dict[str, int] = {}
    for sentence in _read(path):
        index = per_paragraph.get(sentence.group_id, 0)
        per_paragraph[sentence.group_id] = index + 1
        sentence.group_id = f"{sentence.group_id}#{index // BLOCK_SENTENCES}"
        yield sentence


def _read(path: Path) -> Iterator[Sentence]:
    sentence: Sentence | None = None
    rows: list[tuple[int, list[str]]] = []
    counter = 0

    def finish() -> Sentence | None:
        if sentence is None or not rows:
            return None
        index = {row[0]: i for i, (_, row) in enumerate(rows)}
        for lineno, row in rows:
            try:
                head = int(row[6])
            except ValueError:
                raise CoNLLUError(f"{path}:{lineno}: kolom HEAD is geen getal: {row[6]!r}") from None
            sentence.words.append(row[1])
            sentence.lemmas.append(normalise_lemma(row[2]))
            sentence.raw_lemmas.append(row[2])
            sentence.upos.append(row[3])
            sentence.xpos.append(row[4])
            sentence.feats.append("" if row[5] == "_" else row[5])
            sentence.heads.append(index[row[0]] if head == 0 else index.get(str(head), index[row[0]]))
            sentence.deps.append("ROOT" if head == 0 else row[7])
            sentence.spaces.append("SpaceAfter=No" not in row[9])
        return sentence

    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip():
                done = finish()
                if done is not None:
                    yield done
                sentence, rows = None, []
                continue
            if sentence is None:
                counter += 1
                sentence = Sentence(sent_id=f"{path.stem}-{counter}", group_id=f"{path.stem}-{counter}")
            sentence.lines.append(line)
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                    sentence.sent_id, sentence.group_id = sent_id, _paragraph_id(sent_id)
                continue
            row = line.split("\t")
            if len(row) != 10:
                raise CoNLLUError(f"{path}:{lineno}: verwacht 10 kolommen, gevonden {len(row)}")
            if "-" in row[0] or "." in row[0]:
                continue
            rows.append((lineno, row))
    done = finish()
    if done is not None:
        yield done


def to_conllu(sentence: Sentence) -> str:
    """`sentence` as a CoNLL-U block, from its fields (for sentences changed after reading)."""
    lines = [f"# sent_id = {sentence.sent_id}"]
    for i, word in enumerate(sentence.words):
        head = 0 if sentence.deps[i] == "ROOT" else sentence.heads[i] + 1
        misc = "_" if sentence.spaces[i] else "SpaceAfter=No"
        lines.append("\t".join([
            str(i + 1), word, sentence.lemmas[i], sentence.upos[i], sentence.xpos[i] or "_",
            sentence.feats[i] or "_", str(head), "root" if head == 0 else sentence.deps[i], "_", misc,
        ]))
    return "\n".join(lines) + "\n\n"


def in_heldout(group_id: str, share: float) -> bool:
    """Stable block-level split: a block always lands on the same side."""
    digest = hashlib.sha1(group_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def to_docs(vocab: Vocab, sentences: Iterable[Sentence], sents_per_doc: int = 10) -> Iterator[Doc]:
    """Group consecutive sentences of one block into Docs, so sentence splitting is learnt and scored."""
    batch: list[Sentence] = []
    for sentence in sentences:
        if batch and (len(batch) >= sents_per_doc or batch[-1].group_id != sentence.group_id):
            yield _build_doc(vocab, batch)
            batch = []
        batch.append(sentence)
    if batch:
        yield _build_doc(vocab, batch)


def _build_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    for sentence in sentences:
        offset = len(words)
        words += sentence.words
        # A sentence boundary always has whitespace, whatever SpaceAfter says.
        spaces += sentence.spaces[:-1] + [True]
        lemmas += sentence.lemmas
        pos += sentence.upos
        tags += sentence.xpos
        morphs += sentence.feats
        heads += [offset + head for head in sentence.heads]
        deps += sentence.deps
        sent_starts += [True] + [False] * (len(sentence.words) - 1)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )
