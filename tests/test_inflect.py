"""Dutch inflection (helder.nlp.inflect) and its evaluation on UD files (helder.nlp.inflect_eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helder.nlp import inflect
from helder.nlp.inflect import (
    PERSONS,
    attributive,
    conjugation,
    diminutive,
    inflect_like,
    past,
    past_participle,
    perfect_auxiliary,
    plural,
    present,
    split_separable,
    strong_verbs,
    verb_class,
    verb_lemma,
)
from helder.nlp.inflect_eval import HELDOUT_SHARE, evaluate_inflection, format_text

FIXTURES = Path(__file__).parent / "fixtures"

# lemma: 1sg, 2sg, 2sg_inv, u, 3sg, pl
PRESENT = {
    "werken": ("werk", "werkt", "werk", "werkt", "werkt", "werken"),
    "maken": ("maak", "maakt", "maak", "maakt", "maakt", "maken"),
    "zetten": ("zet", "zet", "zet", "zet", "zet", "zetten"),
    "worden": ("word", "wordt", "word", "wordt", "wordt", "worden"),
    "leven": ("leef", "leeft", "leef", "leeft", "leeft", "leven"),
    "reizen": ("reis", "reist", "reis", "reist", "reist", "reizen"),
    "zijn": ("ben", "bent", "ben", "bent", "is", "zijn"),
    "hebben": ("heb", "hebt", "heb", "heeft", "heeft", "hebben"),
    "kunnen": ("kan", "kunt", "kun", "kunt", "kan", "kunnen"),
    "zullen": ("zal", "zult", "zul", "zult", "zal", "zullen"),
    "willen": ("wil", "wilt", "wil", "wilt", "wil", "willen"),
    "mogen": ("mag", "mag", "mag", "mag", "mag", "mogen"),
    "gaan": ("ga", "gaat", "ga", "gaat", "gaat", "gaan"),
    "doen": ("doe", "doet", "doe", "doet", "doet", "doen"),
    "slaan": ("sla", "slaat", "sla", "slaat", "slaat", "slaan"),
    "zien": ("zie", "ziet", "zie", "ziet", "ziet", "zien"),
    "staan": ("sta", "staat", "sta", "staat", "staat", "staan"),
    "komen": ("kom", "komt", "kom", "komt", "komt", "komen"),
    "tekenen": ("teken", "tekent", "teken", "tekent", "tekent", "tekenen"),
    "reserveren": ("reserveer", "reserveert", "reserveer", "reserveert", "reserveert", "reserveren"),
    "verbeteren": ("verbeter", "verbetert", "verbeter", "verbetert", "verbetert", "verbeteren"),
    "betalen": ("betaal", "betaalt", "betaal", "betaalt", "betaalt", "betalen"),
    "ontstaan": ("ontsta", "ontstaat", "ontsta", "ontstaat", "ontstaat", "ontstaan"),
    "vergeten": ("vergeet", "vergeet", "vergeet", "vergeet", "vergeet", "vergeten"),
}


@pytest.mark.parametrize("lemma", sorted(PRESENT))
def test_present_for_every_person(lemma):
    assert tuple(present(lemma, person) for person in PERSONS) == PRESENT[lemma]


@pytest.mark.parametrize("lemma, person, separated, expected", [
    ("opbellen", "3sg", True, "belt"),  # hij belt u op
    ("opbellen", "3sg", False, "opbelt"),  # dat hij u opbelt
    ("terugbetalen", "u", True, "betaalt"),
    ("aankomen", "1sg", True, "kom"),
    ("opstaan", "3sg", True, "staat"),
])
def test_present_of_separable_verbs(lemma, person, separated, expected):
    assert present(lemma, person, separated=separated) == expected


def test_unknown_person_is_refused():
    with pytest.raises(ValueError):
        present("werken", "4sg")


# lemma: past singular, past plural, participle, auxiliary
FORMS = {
    # regular: 't kofschip on the sound of the infinitive, doubled and undoubled letters, v/z
    "werken": ("werkte", "werkten", "gewerkt", "hebben"),
    "vragen": ("vroeg", "vroegen", "gevraagd", "hebben"),
    "maken": ("maakte", "maakten", "gemaakt", "hebben"),
    "zetten": ("zette", "zetten", "gezet", "hebben"),
    "praten": ("praatte", "praatten", "gepraat", "hebben"),
    "antwoorden": ("antwoordde", "antwoordden", "geantwoord", "hebben"),
    "bellen": ("belde", "belden", "gebeld", "hebben"),
    "leven": ("leefde", "leefden", "geleefd", "hebben"),
    "reizen": ("reisde", "reisden", "gereisd", "zijn"),
    "fietsen": ("fietste", "fietsten", "gefietst", "hebben"),
    "wandelen": ("wandelde", "wandelden", "gewandeld", "hebben"),
    "gebeuren": ("gebeurde", "gebeurden", "gebeurd", "zijn"),
    # French -eren verbs and the trema after ge-
    "informeren": ("informeerde", "informeerden", "geïnformeerd", "hebben"),
    "reserveren": ("reserveerde", "reserveerden", "gereserveerd", "hebben"),
    "evolueren": ("evolueerde", "evolueerden", "geëvolueerd", "hebben"),
    "kopiëren": ("kopieerde", "kopieerden", "gekopieerd", "hebben"),
    "creëren": ("creëerde", "creëerden", "gecreëerd", "hebben"),
    # an unstressed "-or" stays short (but "horen" -> "hoorde")
    "monitoren": ("monitorde", "monitorden", "gemonitord", "hebben"),
    "sponsoren": ("sponsorde", "sponsorden", "gesponsord", "hebben"),
    "horen": ("hoorde", "hoorden", "gehoord", "hebben"),
    "eisen": ("eiste", "eisten", "geëist", "hebben"),
    "uploaden": ("uploadde", "uploadden", "geüpload", "hebben"),
    "uiten": ("uitte", "uitten", "geuit", "hebben"),
    # unstressed prefixes: no ge-
    "betalen": ("betaalde", "betaalden", "betaald", "hebben"),
    "versturen": ("verstuurde", "verstuurden", "verstuurd", "hebben"),
    "herhalen": ("herhaalde", "herhaalden", "herhaald", "hebben"),
    "erkennen": ("erkende", "erkenden", "erkend", "hebben"),
    "ontmoeten": ("ontmoette", "ontmoetten", "ontmoet", "hebben"),
    "gebruiken": ("gebruikte", "gebruikten", "gebruikt", "hebben"),
    "overleggen": ("overlegde", "overlegden", "overlegd", "hebben"),
    "ondertekenen": ("ondertekende", "ondertekenden", "ondertekend", "hebben"),
    "weerkaatsen": ("weerkaatste", "weerkaatsten", "weerkaatst", "hebben"),
    # separable: particle before ge-
    "opvolgen": ("opvolgde", "opvolgden", "opgevolgd", "hebben"),
    "terugsturen": ("terugstuurde", "terugstuurden", "teruggestuurd", "hebben"),
    "terugbetalen": ("terugbetaalde", "terugbetaalden", "terugbetaald", "hebben"),
    "toekennen": ("toekende", "toekenden", "toegekend", "hebben"),
    "opzijleggen": ("opzijlegde", "opzijlegden", "opzijgelegd", "hebben"),  # not "geopzijlegd"
    "leegmaken": ("leegmaakte", "leegmaakten", "leeggemaakt", "hebben"),  # not "geleegmaakt"
    # strong and irregular, from the table
    "krijgen": ("kreeg", "kregen", "gekregen", "hebben"),
    "brengen": ("bracht", "brachten", "gebracht", "hebben"),
    "zijn": ("was", "waren", "geweest", "zijn"),
    "komen": ("kwam", "kwamen", "gekomen", "zijn"),
    "blijven": ("bleef", "bleven", "gebleven", "zijn"),
    "schrijven": ("schreef", "schreven", "geschreven", "hebben"),
    "bieden": ("bood", "boden", "geboden", "hebben"),
    # strong compounds derived from their base
    "ontvangen": ("ontving", "ontvingen", "ontvangen", "hebben"),
    "bekomen": ("bekwam", "bekwamen", "bekomen", "hebben"),
    "verzoeken": ("verzocht", "verzochten", "verzocht", "hebben"),
    "onderwerpen": ("onderwierp", "onderwierpen", "onderworpen", "hebben"),
    "verkrijgen": ("verkreeg", "verkregen", "verkregen", "hebben"),
    "bevinden": ("bevond", "bevonden", "bevonden", "hebben"),
    "verbieden": ("verbood", "verboden", "verboden", "hebben"),
    "opnemen": ("opnam", "opnamen", "opgenomen", "hebben"),
    "aankomen": ("aankwam", "aankwamen", "aangekomen", "zijn"),
    "vergelijken": ("vergeleek", "vergeleken", "vergeleken", "hebben"),
    "vergeven": ("vergaf", "vergaven", "vergeven", "hebben"),
    "aanbevelen": ("aanbeval", "aanbevalen", "aanbevolen", "hebben"),
    "ontstaan": ("ontstond", "ontstonden", "ontstaan", "zijn"),
    # auxiliaries of compounds
    "weglopen": ("wegliep", "wegliepen", "weggelopen", "zijn"),
    "ondergaan": ("onderging", "ondergingen", "ondergaan", "hebben"),
    "onderrichten": ("onderrichtte", "onderrichtten", "onderricht", "hebben"),  # not "geonderricht"
    "aftrekken": ("aftrok", "aftrokken", "afgetrokken", "hebben"),
    "trouwen": ("trouwde", "trouwden", "getrouwd", "zijn"),
}


@pytest.mark.parametrize("lemma", sorted(FORMS))
def test_past_participle_and_auxiliary(lemma):
    past_sg, past_pl, participle, auxiliary = FORMS[lemma]
    assert past(lemma) == past_sg
    assert past(lemma, plural=True) == past_pl
    assert past_participle(lemma) == participle
    assert perfect_auxiliary(lemma) == auxiliary


@pytest.mark.parametrize(("lemma", "auxiliary"), [
    ("vertrouwen", "hebben"), ("toevertrouwen", "hebben"),  # a prefix makes another verb than "trouwen"
    ("hertrouwen", "zijn"), ("aanbelanden", "zijn"),  # ... unless the prefixed verb itself takes "zijn"
    ("neerstorten", "zijn"), ("omwaaien", "zijn"), ("verzakken", "zijn"),
])
def test_perfect_auxiliary_of_compounds(lemma, auxiliary):
    assert perfect_auxiliary(lemma) == auxiliary


def test_separated_past_drops_the_particle():
    assert past("opnemen", separated=True) == "nam"
    assert past("terugsturen", plural=True, separated=True) == "stuurden"


def test_zullen_has_no_participle():
    with pytest.raises(ValueError):
        past_participle("zullen")


@pytest.mark.parametrize("lemma, expected", [
    ("verstuiken", {"verstuiken", "verstuik", "verstuikt", "verstuikte", "verstuikten"}),
    ("verzoeken", {"verzoeken", "verzoek", "verzoekt", "verzocht", "verzochten"}),
    ("opnemen", {"opnemen", "opneem", "opneemt", "opnam", "opnamen", "opgenomen"}),  # as in "dat u het opneemt"
    ("zullen", {"zullen", "zal", "zou", "zouden"}),  # no participle
])
def test_conjugation(lemma, expected):
    assert conjugation(lemma) == expected


@pytest.mark.parametrize("lemma, expected", [
    ("opvolgen", ("op", "volgen")),
    ("terugbetalen", ("terug", "betalen")),
    ("aanvragen", ("aan", "vragen")),
    ("opnemen", ("op", "nemen")),
    ("ontvangen", None),
    ("betalen", None),
    ("overleggen", None),  # taken as "consult": overlegd
    ("informeren", None),
    ("naderen", None),  # no na + deren
    ("volgen", None),
])
def test_split_separable(lemma, expected):
    assert split_separable(lemma) == expected


@pytest.mark.parametrize("lemma, expected", [
    ("werken", "regular"), ("krijgen", "strong"), ("opbellen", "separable"), ("verzoeken", "inseparable"),
])
def test_verb_class(lemma, expected):
    assert verb_class(lemma) == expected


@pytest.mark.parametrize("lemma, feats, kwargs, expected", [
    ("vragen", "Number=Sing|Tense=Past|VerbForm=Fin", {}, "vroeg"),
    ("vragen", {"VerbForm": "Fin", "Tense": "Past", "Number": "Plur"}, {}, "vroegen"),
    ("vragen", "VerbForm=Part", {}, "gevraagd"),
    ("vragen", "VerbForm=Inf", {}, "vragen"),
    ("vragen", "Number=Sing|Tense=Pres|VerbForm=Fin", {}, "vraagt"),
    ("vragen", "Number=Sing|Tense=Pres|VerbForm=Fin", {"person": "2sg_inv"}, "vraag"),
    ("kunnen", "Number=Sing|Person=1|Tense=Pres|VerbForm=Fin", {}, "kan"),
    ("werken", "Number=Sing|Tense=Pres|VerbForm=Fin", {"tag": "WW|pv|tgw|ev"}, "werk"),
    ("werken", "VerbForm=Part", {"tag": "WW|vd|prenom|met-e"}, "gewerkte"),
    ("zetten", "VerbForm=Part", {"tag": "WW|vd|prenom|met-e"}, "gezette"),
    ("krijgen", "VerbForm=Part", {"tag": "WW|vd|prenom|met-e"}, "gekregen"),
    ("betrekken", "VerbForm=Part", {"tag": "WW|vd|nom|met-e|mv-n"}, "betrokkenen"),
    ("werken", "VerbForm=Part", {"tag": "WW|od|prenom|met-e"}, "werkende"),
    ("opbellen", "Number=Sing|Tense=Past|VerbForm=Fin", {"separated": True}, "belde"),
])
def test_inflect_like(lemma, feats, kwargs, expected):
    assert inflect_like(lemma, feats, **kwargs) == expected


@pytest.mark.parametrize("form, lemma", [
    ("bekwam", "bekomen"),
    ("verzocht", "verzoeken"),
    ("onderworpen", "onderwerpen"),
    ("gewerkt", "werken"),
    ("teruggestort", "terugstorten"),
    ("opgevolgd", "opvolgen"),
    # a rare separable verb: particle + the participle of its core, not a "verb" ending in -den
    ("afgewaterd", "afwateren"),
    ("zijnde", "zijn"),  # a present participle of "zijn" ("zijnde de eigenaar")
    ("afgegrendeld", "afgrendelen"),
    ("opgewaardeerd", "opwaarderen"),
    ("betaald", "betalen"),
    ("gebeld", "bellen"),
    ("gereisd", "reizen"),
    ("geleefd", "leven"),
    ("geïnformeerd", "informeren"),
    ("gekopieerd", "kopiëren"),
    ("kreeg", "krijgen"),
    ("vond", "vinden"),
    ("was", "zijn"),
    ("weet", "weten"),
    ("gebruikt", "gebruiken"),
    ("geslaagd", "slagen"),
    ("gescheiden", "scheiden"),
    ("ingebrachte", "inbrengen"),
    ("Ontvangen", "ontvangen"),
    ("vervelend", "vervelen"),
    ("staande", "staan"),
    ("bestaande", "bestaan"),
    ("gaande", "gaan"),
    # An infinitive of its own that is also a strong past: the more common verb with a past of its own.
    ("uitvoeren", "uitvoeren"),
    ("voeren", "voeren"),
    ("wezen", "wijzen"),
    ("ingingen", "ingaan"),
    ("uitgegeven", "uitgeven"),
    # A rare word on -en is its own infinitive before it is "ik ..." of a verb on -enen; its past stays.
    ("finaliseren", "finaliseren"),
    ("verstouten", "verstouten"),
    ("finaliseerden", "finaliseren"),
    ("teken", "tekenen"),  # frequent words keep their frequency order
    ("gebezigd", "bezigen"),  # "be" is no prefix here: the verb comes from "bezig"
])
def test_verb_lemma_first_candidate(form, lemma):
    assert verb_lemma(form)[0] == lemma


def test_verb_lemma_puts_inflected_words_last():
    # "werkten" regenerates "gewerkt" too, but it is a form of "werken"
    candidates = verb_lemma("gewerkt")
    assert candidates.index("werken") < candidates.index("werkten")


@pytest.mark.parametrize("sentence", [
    "Het retentiebekken naast de wijk vangt bij hevige regen het water op.",
    "Een retentiebekken vangt het water op.",
])
def test_a_singular_noun_that_reads_as_a_rare_infinitive_stays_a_noun_term(checker, sentence):
    """ "retentiebekken" is its own infinitive to `verb_lemma`, and the table reads "retentiebek" in it;
    after "het" or "een" it is still the singular noun term, no plural noun for a verb."""
    assert verb_lemma("retentiebekken")[0] == "retentiebekken"
    findings = checker.check(sentence).findings
    assert any(finding.rule == "jargon.moeilijk.retentiebekken" for finding in findings)


@pytest.mark.parametrize("form", ["", "   ", "12", "e-mail"])
def test_verb_lemma_without_a_word(form):
    assert verb_lemma(form) == []


@pytest.mark.parametrize("form, lemma", [
    # an open syllable takes one vowel letter: no "vrijwaaren"; and vrijwaren is no vrij + waren
    ("gevrijwaard", "vrijwaren"),
    ("vrijwaarde", "vrijwaren"),
    ("opwaardeerde", "opwaarderen"),
    # a short vowel before one consonant doubles it: no "opschriken"; schrikken also conjugates weakly
    ("opgeschrikt", "opschrikken"),
    ("opschrikte", "opschrikken"),
    ("schrikte", "schrikken"),
    ("wegebde", "wegebben"),
    # a particle compound that is a word itself beats one that borrows its core's frequency
    ("aangewend", "aanwenden"),
    # om, over, door ... as an unstressed prefix: no ge-
    ("omkaderd", "omkaderen"),
    ("overkoepeld", "overkoepelen"),
    # the other stress of the e, for a rare verb whose own forms wordfreq does not know
    ("opgemonterd", "opmonteren"),
    ("bemaskerd", "bemaskeren"),
    # a rare verb: a known word + a known verb (nest + zoeken, alleen + staan, ver + luiden) ...
    ("nestzoekende", "nestzoeken"),
    ("alleenstaande", "alleenstaan"),
    ("verluid", "verluiden"),
    ("ontroest", "ontroesten"),
    # ... or a word at all (revolteren is one, "revolterenen" none)
    ("revolterende", "revolteren"),
    # rare regular and separable verbs of an own list
    ("afgeroomd", "afromen"),
    ("opgekrikt", "opkrikken"),
    ("uitgedund", "uitdunnen"),
    ("afgekalfd", "afkalven"),
    ("weggeëbd", "wegebben"),
    ("ontbost", "ontbossen"),
    ("opgekalefaterd", "opkalefateren"),
    ("bezwadderde", "bezwadderen"),
    ("afboende", "afboenen"),
    ("bewimpeld", "bewimpelen"),
    ("verduurzaamd", "verduurzamen"),
])
def test_verb_lemma_of_a_rare_verb(form, lemma):
    assert verb_lemma(form)[0] == lemma


@pytest.mark.parametrize("form, non_word", [
    ("gevrijwaard", "vrijwaaren"), ("vrijwaarde", "vrijwaaren"), ("opgeschrikt", "opschriken"),
    ("schrikte", "schriken"), ("opwaardeerde", "opwaardeeren"),
])
def test_verb_lemma_puts_no_spelling_non_word_first(form, non_word):
    candidates = verb_lemma(form)
    assert non_word not in candidates[:1]
    assert non_word not in candidates or candidates.index(non_word) == len(candidates) - 1


def test_verb_lemma_reads_no_inflected_form_as_a_rare_infinitive():
    assert verb_lemma("getalenteerde")[0] == "talenteren"
    assert verb_lemma("bovenstaand")[0] == "bovenstaan"


@pytest.mark.parametrize("noun, expected_plural, expected_diminutive", [
    ("aanvraag", "aanvragen", "aanvraagje"),
    ("brief", "brieven", "briefje"),
    ("kind", "kinderen", "kindje"),
    ("formulier", "formulieren", "formuliertje"),
    ("huis", "huizen", "huisje"),
    ("boom", "bomen", "boompje"),
    ("bon", "bonnen", "bonnetje"),
    ("mogelijkheid", "mogelijkheden", "mogelijkheidje"),
    ("beslissing", "beslissingen", "beslissinkje"),
    ("medewerker", "medewerkers", "medewerkertje"),
    ("auto", "auto's", "auto'tje"),
    ("klacht", "klachten", "klachtje"),
])
def test_plural_and_diminutive(noun, expected_plural, expected_diminutive):
    assert plural(noun) == expected_plural
    assert diminutive(noun) == expected_diminutive


@pytest.mark.parametrize("adjective, expected", [
    ("duidelijk", "duidelijke"), ("groot", "grote"), ("snel", "snelle"), ("lief", "lieve"),
    ("vies", "vieze"), ("los", "losse"), ("half", "halve"), ("officieel", "officiële"),
    ("blij", "blije"), ("open", "open"), ("moeilijk", "moeilijke"), ("wit", "witte"),
    ("privé", "privé"),  # one form: "een privé gesprek", "de privé gegevens"
    ("verder", "verdere"), ("bitter", "bittere"),  # an unstressed -er: no doubled "r" ("verderre")
    ("kwaliteitsvol", "kwaliteitsvolle"), ("waardevol", "waardevolle"),  # "-vol" is stressed
    ("meer", "meer"),  # "meer informatie", not "mere"
])
def test_attributive(adjective, expected):
    assert attributive(adjective) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("duidelijk", True), ("verder", True), ("nabij", True),
    ("zijn", False), ("vaak", False), ("zo'n", False), ("ernaast", False), ("dichtbij", False),
])
def test_only_adjectives_have_an_attributive_form(word, expected):
    assert inflect.has_attributive(word) is expected


def test_strong_table_is_large_and_well_formed():
    table = strong_verbs()
    assert len(table) >= 220
    for verb in table.values():
        assert verb.infinitive.endswith("n")
        assert verb.auxiliary in ("hebben", "zijn")
        assert verb.past_sg and verb.past_pl
        assert verb.participle or verb.infinitive == "zullen"


def test_heldout_share_matches_training():
    from helder.nlp.train import HELDOUT_SHARE as TRAINING_SHARE

    assert HELDOUT_SHARE == TRAINING_SHARE


def test_evaluation_on_the_fixture():
    result = evaluate_inflection(FIXTURES)
    both = [result["inflection"][part].get("overall", {}).get("all", {"total": 0, "correct": 0})
            for part in ("heldout", "tuning")]
    assert sum(entry["total"] for entry in both) == 13  # 15 verb tokens, 2 infinitives
    assert sum(entry["correct"] for entry in both) == 13
    assert result["excluded"] == {"infinitive": 2}
    # "is aangekomen": the one perfect in the fixture
    assert result["perfect_auxiliary"]["heldout"]["overall"]["all"] == {"total": 1, "correct": 1, "accuracy": 1.0}
    assert "Vervoeging" in format_text(result)


SENTENCE_WITH_ERRORS = """\
# sent_id = t.p.{paragraph}.s.1
# text = U werkte hard en jij kan gaan.
1	U	u	PRON	_	Person=2|PronType=Prs	2	nsubj	_	_
2	werkte	werken	VERB	_	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	_	_
3	hard	hard	ADJ	_	_	2	advmod	_	_
4	en	en	CCONJ	_	_	7	cc	_	_
5	jij	jij	PRON	_	Person=2|PronType=Prs	7	nsubj	_	_
6	kan	kunnen	AUX	_	Number=Sing|Tense=Pres|VerbForm=Fin	7	aux	_	_
7	gaan	gaan	VERB	_	VerbForm=Inf	2	conj	_	_
8	gedaan	doen2	VERB	_	VerbForm=Part	2	conj	_	_

"""


def test_evaluation_counts_errors_and_exclusions(tmp_path):
    # paragraph 1 falls in the tuning part, paragraph 8 in the held-out part
    text = SENTENCE_WITH_ERRORS.format(paragraph=1) + SENTENCE_WITH_ERRORS.format(paragraph=8)
    (tmp_path / "t.conllu").write_text(text, encoding="utf-8")
    result = evaluate_inflection(tmp_path, max_errors=10)
    for part in ("heldout", "tuning"):
        overall = result["inflection"][part]["overall"]["all"]
        # "werkte" annotated as present (u werkt) and "kan" after jij (helder says "kunt"): both wrong
        assert (overall["total"], overall["correct"]) == (2, 0)
    assert result["excluded"] == {"infinitive": 2, "not letters only": 2}
    # errors are listed from the tuning part only
    assert sorted(error["generated"] for error in result["errors"]) == ["kunt", "werkt"]


def test_evaluation_needs_conllu_files(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate_inflection(tmp_path)


def test_module_has_no_spacy_import():
    source = Path(inflect.__file__).read_text(encoding="utf-8")
    assert "spacy" not in source.lower().replace("no spacy", "")


def test_cli_command(tmp_path):
    from click.testing import CliRunner

    from helder.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["model", "inflection", "--data", str(FIXTURES), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"verb_lemma"' in result.output
    missing = runner.invoke(main, ["model", "inflection", "--data", str(tmp_path / "nergens")])
    assert missing.exit_code != 0
    assert "bestaat niet" in missing.output


@pytest.mark.parametrize("noun, expected", [
    ("nadeel", "nadelen"), ("probleem", "problemen"), ("doel", "doelen"), ("kasteel", "kastelen"),
    ("tafel", "tafels"), ("deken", "dekens"), ("bezem", "bezems"), ("eigenaar", "eigenaars"),
])
def test_plural_after_a_long_vowel_takes_en(noun, expected):
    assert plural(noun) == expected


@pytest.mark.parametrize("noun, expected", [
    ("nadeel", "nadelen"), ("regel", "regels"), ("werk", "werken"), ("zorgdienst", "zorgdiensten"),
    ("tip", "tips"), ("ticket", "tickets"), ("bijlage", "bijlagen"), ("stuk", "stukken"),
    ("kosten", None), ("regels", None), ("verkeer", None), ("drukte", None), ("personeel", None), ("uitleg", None),
    # Mass nouns whose plural shape is a verb ("wraken", "afvallen"), also in a compound ("smeergelden").
    ("wraak", None), ("afval", None), ("smeergeld", None),
    # "-en" nouns: mostly "-s", but "reden" takes "-en" (also in a compound)
    ("inkomen", "inkomens"), ("reden", "redenen"), ("beweegreden", "beweegredenen"),
])
def test_attested_plural_is_a_known_plural_of_the_noun(noun, expected):
    assert inflect.attested_plural(noun) == expected


@pytest.mark.parametrize(("noun", "expected"), [
    ("bezwaar", "bezwaren"), ("gevaar", "gevaren"),  # a prefix and a stressed "-aar"
    ("jaar", "jaren"), ("bel", "bellen"),  # one syllable: stressed
    ("aanslag", "aanslagen"), ("verlof", "verloven"),  # a short vowel that lengthens, also in a compound
    ("leraar", "leraars"), ("eigenaar", "eigenaars"), ("tafel", "tafels"),  # unstressed: -s
])
def test_plural_after_a_stressed_last_syllable(noun, expected):
    assert plural(noun) == expected
