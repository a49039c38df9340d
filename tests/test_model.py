"""Evaluating, training helpers and the `model` CLI, on a small hand-annotated CoNLL-U file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from helder.errors import ModelError
from helder.nlp import _restore_tokenizer, load_pipeline, model_path
from helder.nlp.cli import model
from helder.nlp.conllu import read_sentences
from helder.nlp.evaluate import SCORE_KEYS, evaluate
from helder.nlp.lemmatizer import noun_singulars
from helder.nlp.train import install_model, prepare_corpus, split_part

FIXTURE = Path(__file__).parent / "fixtures" / "mini-ud-nl.conllu"


@pytest.fixture
def broken_file(tmp_path):
    path = tmp_path / "kapot.conllu"
    path.write_text("# sent_id = x.p.1.s.1\n1\tDit\tdit\tPRON\n\n", encoding="utf-8")
    return path


def test_evaluate_reports_every_score_as_a_fraction(nlp):
    result = evaluate(FIXTURE, nlp=nlp)
    assert set(SCORE_KEYS) <= result.keys()
    assert all(0.0 <= result[key] <= 1.0 for key in SCORE_KEYS)
    assert (result["n_sentences"], result["n_words"]) == (8, 54)
    assert result["words_per_second"] > 0


def test_regex_baseline_misses_participles_without_ge(nlp):
    # Gold passives: goedgekeurd, teruggestort, gewerkt, ingediend; only "gewerkt" starts with ge-.
    result = evaluate(FIXTURE, nlp=nlp)
    assert (result["regex_passive_p"], result["regex_passive_r"]) == (1.0, 0.25)


def test_cli_evaluate_text():
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "Lijdende vorm F" in result.output and "8 zinnen" in result.output


def test_cli_evaluate_json():
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["n_words"] == 54


def test_cli_evaluate_missing_file(tmp_path):
    result = CliRunner().invoke(model, ["evaluate", str(tmp_path / "weg.conllu")])
    assert result.exit_code == 1
    assert "Fout: Het bestand" in result.output and "bestaat niet" in result.output


def test_cli_evaluate_broken_file(broken_file):
    result = CliRunner().invoke(model, ["evaluate", str(broken_file)])
    assert result.exit_code == 1
    assert "niet geldig" in result.output and "kapot.conllu:2" in result.output


def test_cli_evaluate_missing_model(tmp_path):
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE), "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "taalmodel ontbreekt" in result.output


def test_cli_bench_missing_model(tmp_path):
    result = CliRunner().invoke(model, ["bench", "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "taalmodel ontbreekt" in result.output


def test_cli_train_missing_data(tmp_path):
    result = CliRunner().invoke(model, ["train", "--data", str(tmp_path / "geen"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "bestaat niet" in result.output


def test_load_pipeline_missing_dir(tmp_path):
    with pytest.raises(ModelError, match="taalmodel ontbreekt"):
        load_pipeline(tmp_path / "nergens")


def test_the_saved_tokenizer_wins_where_it_differs_from_spacys():
    """The shipped tokenizer is read only where it differs from the one spaCy builds (a second of
    every cold start); where it differs, the model's own wins."""
    saved = spacy.blank("nl")
    saved.tokenizer.add_special_case("bvb.", [{"ORTH": "bvb."}])
    built = spacy.blank("nl")
    assert [token.text for token in built("Neem bvb. een kopie mee")][1:3] == ["bvb", "."]
    _restore_tokenizer(built, saved.tokenizer.to_bytes())
    assert [token.text for token in built("Neem bvb. een kopie mee")][1] == "bvb."


def test_the_shipped_pipeline_tokenizes_as_saved(nlp):
    saved = spacy.blank("nl")
    saved.tokenizer.from_disk(model_path() / "tokenizer")
    text = "Bv. op 3 mei jl. (zie art. 5, §2) mailde u naar info@gemeente.be: 't is 15u30!"
    assert [token.text for token in nlp(text)] == [token.text for token in saved(text)]


def test_prepare_corpus_keeps_heldout_lines_verbatim(tmp_path):
    counts = prepare_corpus([FIXTURE], tmp_path)
    assert sum(counts.values()) == 8
    assert (tmp_path / "train.spacy").is_file() and (tmp_path / "dev.spacy").is_file()
    source = {s.sent_id: s.lines for s in read_sentences(FIXTURE)}
    heldout = list(read_sentences(tmp_path / "heldout.conllu"))
    assert len(heldout) == counts["heldout"]
    assert all(s.lines == source[s.sent_id] for s in heldout)


def test_split_keeps_paragraphs_together():
    sentences = list(read_sentences(FIXTURE))
    by_paragraph: dict[str, set[str]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.group_id, set()).add(split_part(sentence))
    assert all(len(parts) == 1 for parts in by_paragraph.values())


def test_install_model_replaces_the_old_model(tmp_path):
    new = tmp_path / "model-best"
    new.mkdir()
    (new / "meta.json").write_text(json.dumps({"name": "pipeline", "lang": "nl"}), encoding="utf-8")
    out = tmp_path / "nl_helder"
    out.mkdir()
    (out / "stale.bin").write_text("oud", encoding="utf-8")
    install_model(new, out, {"name": "nl_helder", "license": "CC BY-SA 4.0"})
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta == {"name": "nl_helder", "lang": "nl", "license": "CC BY-SA 4.0"}
    assert not (out / "stale.bin").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model-best", "nl_helder"]


# --- older conversion, verb lemmas, several files -------------------------------------------------

# Two hand-written sentences in the style of the older (2017) UD Dutch conversion: flat:name, a
# possessive as DET/det, the agent of a passive as plain obl, "zich" as obj, no SpaceAfter.
OLDER_STYLE = """\
# sent_id = oud-1.p.1.s.1
1	Jan	Jan	PROPN	_	_	7	nsubj:pass	_	_
2	Peeters	Peeters	PROPN	_	_	1	flat:name	_	_
3	werd	worden	AUX	_	Number=Sing|Tense=Past|VerbForm=Fin	7	aux:pass	_	_
4	door	door	ADP	_	_	6	case	_	_
5	zijn	zijn	DET	_	_	6	det	_	_
6	buurman	buurman	NOUN	_	Gender=Com|Number=Sing	7	obl	_	_
7	geholpen	helpen	VERB	_	VerbForm=Part	0	root	_	_
8	.	.	PUNCT	_	_	7	punct	_	_

# sent_id = oud-1.p.1.s.2
1	Hij	hij	PRON	_	Case=Nom|Person=3|PronType=Prs	2	nsubj	_	_
2	wacht	wachten	VERB	_	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	_	_
3	op	op	ADP	_	_	4	case	_	_
4	nieuws	nieuws	NOUN	_	Gender=Neut|Number=Sing	2	obl	_	_
5	en	en	CCONJ	_	_	7	cc	_	_
6	zich	zich	PRON	_	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	7	obj	_	_
7	ergert	ergeren	VERB	_	Number=Sing|Tense=Pres|VerbForm=Fin	2	conj	_	_
8	,	,	PUNCT	_	_	2	punct	_	_
9	o.a.	o.a.	X	_	Abbr=yes	2	advmod	_	_
10	.	.	PUNCT	_	_	2	punct	_	_
"""


@pytest.fixture
def older_file(tmp_path):
    folder = tmp_path / "older"
    folder.mkdir()
    path = folder / "nl_lassysmall-news-2017.conllu"
    path.write_text(OLDER_STYLE, encoding="utf-8")
    return path


def _current_lexicon():
    from helder.nlp.conllu import Sentence
    from helder.nlp.harmonise import ConventionLexicon

    # "wachten op" is a prepositional object (obl:arg) in the current convention.
    current = Sentence("c.p.1.s.1", "c.p.1", words=["We", "wachten", "op", "u", "en", "wachten", "op", "post"],
                       lemmas=["we", "wachten", "op", "u", "en", "wachten", "op", "post"],
                       upos=["PRON", "VERB", "ADP", "PRON", "CCONJ", "VERB", "ADP", "NOUN"],
                       feats=[""] * 8, heads=[1, 1, 3, 1, 5, 1, 7, 5],
                       deps=["nsubj", "ROOT", "case", "obl:arg", "cc", "conj", "case", "obl:arg"])
    return ConventionLexicon.from_sentences([current])


def test_harmonise_maps_the_older_conventions(older_file):
    from helder.nlp.harmonise import harmonise

    first, second = (harmonise(s, _current_lexicon()) for s in read_sentences(older_file))
    assert first.deps[1] == "flat"
    assert (first.upos[4], first.deps[4], first.feats[4]) == ("PRON", "nmod:poss", "Person=3|Poss=Yes|PronType=Prs")
    assert first.deps[5] == "obl:agent"
    assert second.deps[3] == "obl:arg"  # "wacht op nieuws", as the current training part labels it
    assert second.deps[5] == "expl:pv"
    assert second.feats[8] == "Abbr=Yes"
    assert second.spaces[:3] == [True, True, True] and second.spaces[6] is False  # "ergert," reads as prose


def test_detach_particles_keeps_split_verbs_apart():
    from helder.nlp.conllu import Sentence
    from helder.nlp.train import detach_particles

    sentence = Sentence("x.p.1.s.1", "x.p.1", words=["Wij", "stortten", "het", "terug", "en", "teruggestort"],
                        lemmas=["wij", "terugstorten", "het", "terug", "en", "terugstorten"],
                        upos=["PRON", "VERB", "PRON", "ADP", "CCONJ", "VERB"], feats=[""] * 6,
                        heads=[1, 1, 1, 1, 5, 1], deps=["nsubj", "ROOT", "obj", "compound:prt", "cc", "conj"])
    assert detach_particles(sentence).lemmas == ["wij", "storten", "het", "terug", "en", "terugstorten"]


@pytest.mark.parametrize(("form", "raw_lemma", "expected"), [
    ("betaald", "betalen", ("regular", "betalen")),
    ("maakte", "maken", ("regular", "maken")),
    ("leefde", "leven", ("regular", "leven")),
    ("overlegd", "overleggen", ("regular", "overleggen")),
    ("bekwam", "bekomen", ("strong", "bekomen")),
    ("verzocht", "verzoeken", ("strong", "verzoeken")),
    ("onderworpen", "onderwerpen", ("strong", "onderwerpen")),
    ("teruggestort", "terug_storten", ("separable", "terugstorten")),
    ("ingevoerd", "invoeren", ("separable", "invoeren")),  # older files: no "_" marker
    ("stortte", "terug_storten", ("regular", "storten")),  # split off its particle
])
def test_verb_form_class(form, raw_lemma, expected):
    from helder.nlp.evaluate import verb_form_class

    assert verb_form_class(form, raw_lemma) == expected


def test_evaluate_scores_verb_lemmas_per_class(nlp):
    result = evaluate(FIXTURE, nlp=nlp)
    # werd (strong), gewerkt (regular), goedgekeurd, teruggestort, aangekomen, ingediend (separable)
    assert result["verb_lemma_n"] == {"all": 6, "regular": 1, "strong": 1, "separable": 4}


def test_prepare_corpus_holds_out_older_news_harmonised(tmp_path, older_file, monkeypatch):
    from helder.nlp import train

    monkeypatch.setitem(train.OLDER_HELDOUT_SHARE, older_file.stem, 1.0)
    counts = prepare_corpus([FIXTURE], tmp_path / "work", older=[older_file])
    assert counts["heldout_news2017"] == 2
    written = (tmp_path / "work" / "heldout-news2017.conllu").read_text(encoding="utf-8")
    assert "flat:name" not in written and "\tobl:agent\t" in written
    assert [s.words for s in read_sentences(tmp_path / "work" / "heldout-news2017.conllu")] == \
        [s.words for s in read_sentences(older_file)]


def test_older_training_sentences_without_a_finite_verb_are_left_out(tmp_path, older_file, monkeypatch):
    from helder.nlp import train

    verbless = "# sent_id = oud-2.p.1.s.1\n1\tGeschiedenis\tgeschiedenis\tNOUN\t_\tNumber=Sing\t0\troot\t_\t_\n"
    older_file.write_text(OLDER_STYLE + "\n" + verbless, encoding="utf-8")
    monkeypatch.setitem(train.OLDER_HELDOUT_SHARE, older_file.stem, 0.0)
    parts = train.split_corpus([], older=[older_file])
    assert [sentence.words[0] for sentence in parts["train"]] == ["Jan", "Hij"]


def test_cli_evaluate_several_files_one_column_each(tmp_path):
    copy = tmp_path / "kopie.conllu"
    copy.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(model, ["evaluate", str(FIXTURE), str(copy)])
    assert result.exit_code == 0, result.output
    assert "Bestand 2: kopie.conllu" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("  scheidbaar"))
    assert len(row.split()) == 3  # label and two scores


@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("U heeft ons verzocht het formulier te sturen.", "verzocht", "verzoeken"),
    ("Vorig jaar bekwam u de premie niet.", "bekwam", "bekomen"),
    ("Het bedrag wordt binnen twee weken teruggestort.", "teruggestort", "terugstorten"),
    ("Uw dossier werd aan een controle onderworpen.", "onderworpen", "onderwerpen"),
    ("Wij hebben uw aanvraag gisteren goedgekeurd.", "goedgekeurd", "goedkeuren"),
    # after "te" or a modal an infinitive is its own lemma, not the past plural of another verb ("wennen")
    ("U kunt zich altijd wenden tot de ombudsdienst.", "wenden", "wenden"),
    ("Wij vragen u zich te wenden tot de dienst.", "wenden", "wenden"),
])
def test_verbs_get_their_infinitive(nlp, text, form, lemma):
    assert _lemma_as(nlp, text, form, "VERB") == lemma


def test_a_verb_stem_right_after_a_preposition_is_no_verb(nlp):
    """ "op voorhand" (in advance) tagged a verb is no form of a verb "voorhanden"."""
    assert _lemma_as(nlp, "Zulke borden moeten er op voorhand staan.", "voorhand", "VERB") != "voorhanden"


def _lemma_as(nlp, text, form, pos):
    """The lemmatizer alone, on a token tagged `pos`: whether the tagger agrees is the tagger's score."""
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer"):
        doc = nlp.get_pipe(name)(doc)
    token = next(token for token in doc if token.text == form)
    token.pos_ = pos
    return nlp.get_pipe("trainable_lemmatizer")(doc)[token.i].lemma_


@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("De impetranten kregen een antwoord.", "impetranten", "impetrant"),  # no known part: plural morphology
    ("De bermmaaimachines staan klaar.", "bermmaaimachines", "bermmaaimachine"),  # by its last part
    ("Het vredesproces loopt vast.", "vredesproces", "vredesproces"),  # "proces" is a word of its own
    # "-heden" is the plural of "-heid", however much more common the plural is
    ("Door de slechte weersomstandigheden maaien wij later.", "weersomstandigheden", "weersomstandigheid"),
])
def test_rare_nouns_get_their_singular(nlp, text, form, lemma):
    assert _lemma_as(nlp, text, form, "NOUN") == lemma


def test_an_adjective_no_tree_turns_into_a_word_gets_its_base(nlp):
    assert _lemma_as(nlp, "Op drukke dagen zetten we een tweede medewerker in.", "drukke", "ADJ") == "druk"


@pytest.mark.parametrize(("form", "singular"), [
    ("impetranten", "impetrant"), ("opbraken", "opbraak"), ("démarches", "démarche"), ("bussen", "bus"),
    ("auto's", "auto"), ("aanwonenden", "aanwonende"), ("wachtbuizen", "wachtbuis"),
    ("mogelijkheden", "mogelijkheid"),
])
def test_noun_singulars_by_plural_morphology(form, singular):
    assert noun_singulars(form)[0] == singular


@pytest.mark.parametrize("form", ["brief", "verbintenis", "les", "en"])
def test_no_singular_for_a_word_that_is_no_regular_plural(form):
    assert noun_singulars(form) == []


def test_cli_bench_with_heldout_scores():
    result = CliRunner().invoke(model, ["bench", "--eval", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "woorden/s" in result.output and "Werkwoordlemma" in result.output and "Lijdende vorm F" in result.output


def test_a_loaded_lemmatizer_can_be_trained_further(nlp):
    """spaCy fills the tree -> label index only when labels are added; a loaded (sourced) lemmatizer
    without it would train every token towards label 0."""
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    labels = lemmatizer.cfg["labels"]
    assert len(lemmatizer.tree2label) == len(labels) > 0
    assert all(lemmatizer.tree2label[tree] == index for index, tree in enumerate(labels))


# --- augmentation --------------------------------------------------------------------------------

def _gold(words, heads, deps, pos, lemmas, morphs):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs,
               sent_starts=[index == 0 for index in range(len(words))])


def _dienst_sentence(verb="stuurt", tense="Pres", last="."):
    # De dienst stuurt u een brief .
    return _gold(
        ["De", "dienst", verb, "u", "een", "brief", last],
        [1, 2, 2, 2, 5, 2, 2],
        ["det", "nsubj", "ROOT", "iobj", "det", "obj", "punct"],
        ["DET", "NOUN", "VERB", "PRON", "DET", "NOUN", "PUNCT"],
        ["de", "dienst", "sturen", "u", "een", "brief", last],
        ["", "Number=Sing", f"Number=Sing|Tense={tense}|VerbForm=Fin", "Person=2", "", "Number=Sing", ""],
    )


def test_imperative_copy_drops_the_subject_and_keeps_the_tree():
    from helder.nlp.augment import imperative_copy

    copy = imperative_copy(_dienst_sentence())
    assert copy.text.strip() == "Stuur u een brief ."
    assert [token.head.text for token in copy] == ["Stuur", "Stuur", "brief", "Stuur", "Stuur"]
    assert [token.dep_ for token in copy] == ["ROOT", "iobj", "det", "obj", "punct"]
    assert (copy[0].lemma_, copy[0].tag_, str(copy[0].morph)) == (
        "sturen", "WW|pv|tgw|ev", "Number=Sing|Tense=Pres|VerbForm=Fin")
    assert copy[0].is_sent_start


@pytest.mark.parametrize("sentence", [
    _dienst_sentence(verb="stuurde", tense="Past"),  # past tense: no imperative
    _dienst_sentence(last="?"),  # a question
])
def test_imperative_copy_leaves_other_clauses_alone(sentence):
    from helder.nlp.augment import imperative_copy

    assert imperative_copy(sentence) is None


def test_polite_address_copy_addresses_the_reader():
    from helder.nlp.augment import address_reader

    doc = _gold(["Hij", "is", "zijn", "brief", "kwijt", "."], [4, 4, 3, 4, 4, 4],
                ["nsubj", "cop", "nmod:poss", "obj", "ROOT", "punct"], ["PRON", "AUX", "PRON", "NOUN", "ADJ", "PUNCT"],
                ["hij", "zijn", "zijn", "brief", "kwijt", "."],
                ["Case=Nom|Person=3|PronType=Prs", "", "Person=3|Poss=Yes|PronType=Prs", "", "", ""])
    copy = address_reader(doc)
    assert copy.text.strip() == "U bent uw brief kwijt ."
    assert [token.head.i for token in copy] == [token.head.i for token in doc]
