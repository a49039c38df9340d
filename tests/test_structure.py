"""Sentence-structure detectors (helder/nlp/structure.py), their rules and their benchmark.

Spans are checked as exact text; the figures of the benchmark are printed by
`helder model structure`, not asserted here.
"""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner
from spacy.tokens import Doc

import helder
from helder.cli import main
from helder.nlp.structure import KINDS, find_structures, verb_for
from helder.nlp.structure_eval import (
    DEFAULT_DATA,
    StructureDataError,
    evaluate_structures,
    load_sentences,
)


def structures(nlp, text: str, kind: str, **options):
    return [structure for structure in find_structures(nlp(text), [kind], **options) if structure.kind == kind]


@pytest.mark.parametrize(
    ("text", "span", "variant", "rewrite"),
    [
        ("De afhandeling van uw aanvraag vindt plaats in maart.", "De afhandeling van uw aanvraag vindt plaats",
         "leeg-werkwoord", "'wij handelen ... af'"),
        ("Na ontvangst van uw betaling sturen wij u het attest.", "Na ontvangst van uw betaling",
         "voorzetsel", "'nadat wij ... ontvangen'"),
        ("Voor de berekening van uw huurpremie hebben wij uw huurcontract nodig.",
         "Voor de berekening van uw huurpremie", "voorzetsel", "'om ... te berekenen'"),
        ("Wij gaan over tot uitbetaling van de premie.", "gaan over tot uitbetaling van de premie",
         "leeg-werkwoord", "'wij betalen ... uit'"),
        ("Het indienen van een bezwaar is mogelijk tot 30 juni.", "Het indienen van een bezwaar",
         "infinitief", "'wij dienen ... in' of 'u kunt ... indienen'"),
        # A suffixless action noun, also where the tagger took it for a name.
        ("De controle van de facturen gebeurt door de dienst Wonen.", "De controle van de facturen gebeurt",
         "leeg-werkwoord", "'wij controleren ...'"),
        # A suffixless action noun of Flemish letters.
        ("De opmaak van het nieuwe reglement gebeurt in het voorjaar.", "De opmaak van het nieuwe reglement gebeurt",
         "leeg-werkwoord", "'wij maken ... op'"),
        # The reader's own action: the clause gets "u" as its doer.
        ("Bij verlies van uw bewonerskaart vraagt u een nieuwe aan.", "Bij verlies van uw bewonerskaart",
         "voorzetsel", "'als u ... verliest'"),
        # A phrase hung on a time noun says when; so does one that opens the sentence.
        ("Wij antwoorden binnen de tien dagen na ontvangst van uw formulier.", "na ontvangst van uw formulier",
         "voorzetsel", "'nadat wij ... ontvangen'"),
        ("Voor de erkenning van uw diploma moet u een vertaling bezorgen.", "Voor de erkenning van uw diploma",
         "voorzetsel", "'om ... te erkennen'"),
    ],
)
def test_nominal_style_found_with_a_verb_to_write(nlp, text, span, variant, rewrite):
    found = structures(nlp, text, "naamwoordstijl")
    assert [structure.span.text for structure in found] == [span]
    assert found[0].variant == variant
    assert found[0].hints["rewrite"] == rewrite


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering vindt plaats op 12 mei in het stadhuis.",  # an event without participants
        "Wij hebben uw betaling op 3 maart ontvangen.",  # the verb is there
        "In de bijlage vindt u onze beslissing.",  # "vinden", not "plaatsvinden"
        "De regels voor de toekenning van de huurpremie gelden voor iedereen.",  # the phrase modifies a noun
        "Wij verlengen de termijn voor uw betaling van de boete tot eind mei.",  # right after its noun, whatever the parse
        "Wij danken u voor uw melding van het lek in de kelder.",  # the verb's own object: "danken voor"
        "Het inkomen van uw gezin is gestegen.",  # a lexicalised infinitive
        "Uw opmerking over de fietsenstalling bij het station van Lier is terecht.",  # a noun tagged as infinitive
    ],
)
def test_nominal_style_not_found(nlp, text):
    assert structures(nlp, text, "naamwoordstijl") == []


def test_verb_for_derives_the_verb_dutch_uses():
    assert verb_for("afhandeling") == "afhandelen"
    assert verb_for("herziening") == "herzien"
    assert verb_for("registratie") == "registreren"
    assert verb_for("woning") is None


def test_tang_between_verb_parts(nlp):
    text = "Wij hebben uw aanvraag van 3 maart over de renovatiepremie voor uw woning in de Kerkstraat goedgekeurd."
    found = structures(nlp, text, "tang")
    assert [(s.span.text, s.size, s.variant) for s in found] == [
        ("hebben uw aanvraag van 3 maart over de renovatiepremie voor uw woning in de Kerkstraat goedgekeurd",
         14, "werkwoord"),
    ]
    assert structures(nlp, text, "tang", verb_gap=14) == []


def test_tang_between_article_and_noun(nlp):
    found = structures(nlp, "De door u op 3 maart ingediende aanvraag is volledig.", "tang")
    assert [(s.span.text, s.size, s.variant) for s in found] == [
        ("De door u op 3 maart ingediende aanvraag", 6, "lidwoord"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "size"),
    [
        # The tagger may call the closing infinitive or participle finite; it governs the auxiliary all the same.
        ("De stad zal de kosten voor de herstelling van uw tuinhek nog deze maand volledig vergoeden.",
         "zal de kosten voor de herstelling van uw tuinhek nog deze maand volledig vergoeden", 12),
        ("Wij hebben uw melding over de kapotte straatlamp in de Beekstraat gisteren aan de dienst Openbare Werken "
         "doorgegeven.",
         "hebben uw melding over de kapotte straatlamp in de Beekstraat gisteren aan de dienst Openbare Werken "
         "doorgegeven", 15),
        # An uninflected strong participle before the noun, and a rare noun the tagger calls an adjective.
        ("De door de aannemer in uw straat gegraven sleuf wordt volgende week gedicht.",
         "De door de aannemer in uw straat gegraven sleuf", 7),
        # A time phrase opens the modifier too; an adjective after an inner article is the inner noun's.
        ("Uw vorige week aan de verkeerde dienst gestuurde aanvraag hebben wij intussen doorgestuurd.",
         "Uw vorige week aan de verkeerde dienst gestuurde aanvraag", 7),
        # The noun after the participle, whatever the tagger calls it ("tak" read as a preposition).
        ("De tijdens de storm van vrijdag op uw oprit gevallen tak halen wij morgen weg.",
         "De tijdens de storm van vrijdag op uw oprit gevallen tak", 9),
        # The modal's infinitive closes the clause, whatever the tagger makes of it after a long middle.
        ("U kunt het nieuwe formulier voor de premie ook in de bibliotheek van uw deelgemeente ophalen.",
         "kunt het nieuwe formulier voor de premie ook in de bibliotheek van uw deelgemeente ophalen", 13),
        # A perfect of a modal: the modal's infinitive stands for the participle, whatever its tag.
        ("Wij hadden u de beslissing over uw aanvraag voor een studietoelage al in augustus moeten meedelen.",
         "hadden u de beslissing over uw aanvraag voor een studietoelage al in augustus moeten", 12),
        # An embedded clause ends at its finite verb; the main clause's particle follows.
        ("De bibliotheek zet de boeken die u online gereserveerd heeft voortaan een week langer voor u klaar.",
         "zet de boeken die u online gereserveerd heeft voortaan een week langer voor u klaar", 13),
        ("De ophaaldienst haalt het snoeiafval dat u op 4 november had buitengezet volgende week alsnog op.",
         "haalt het snoeiafval dat u op 4 november had buitengezet volgende week alsnog op", 12),
        # A particle the parser attached, rare as a written verb ("langssturen").
        ("Ik stuur morgen een technieker van de huisvestingsmaatschappij voor de lekkende radiator in uw woonkamer "
         "langs.",
         "stuur morgen een technieker van de huisvestingsmaatschappij voor de lekkende radiator in uw woonkamer "
         "langs", 13),
        # An article the parser hung on the participle far before it does not make the participle a noun.
        ("Uw aanvraag voor een bewonerskaart wordt door de dienst Mobiliteit in het stadskantoor normaal binnen "
         "de tien werkdagen behandeld.",
         "wordt door de dienst Mobiliteit in het stadskantoor normaal binnen de tien werkdagen behandeld", 12),
        # A modal's infinitive tagged finite, with a phrase after it.
        ("U kunt het aanvraagformulier voor de renovatiepremie van de Vlaamse overheid afdrukken via onze website.",
         "kunt het aanvraagformulier voor de renovatiepremie van de Vlaamse overheid afdrukken", 9),
        # A particle with a phrase after it; a name in title case is no infinitive.
        ("Wij geven uw opmerking over het lawaai van de containers aan de straatkant door aan de dienst Netheid.",
         "geven uw opmerking over het lawaai van de containers aan de straatkant door", 11),
        ("U kunt bij de dienst Burgerzaken in het administratief centrum een nieuwe identiteitskaart aanvragen.",
         "kunt bij de dienst Burgerzaken in het administratief centrum een nieuwe identiteitskaart aanvragen", 11),
        # "morgen" in the middle is an adverb, not the modal's infinitive.
        ("U mag de fiets met de kapotte band van uw zoon morgen aan het loket ophalen.",
         "mag de fiets met de kapotte band van uw zoon morgen aan het loket ophalen", 13),
    ],
)
def test_tang_despite_tagging_slips(nlp, text, span, size):
    assert [(s.span.text, s.size) for s in structures(nlp, text, "tang")] == [(span, size)]


def _parsed(nlp, words, pos, deps, heads, morphs, lemmas):
    """A doc with a given parse: the detectors' answer to a parse slip, independent of the model."""
    lemmas = [lemmas.get(word, word.lower()) for word in words]
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, morphs=morphs, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_tang_closed_by_a_participle_parsed_as_an_attribute(nlp):
    # "opgevraagd" hung on the object as amod: it closes the clause, so it is the verb of "heb".
    words = "Ik heb het dossier van de klacht van uw buurman over de haag opgevraagd .".split()
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "VERB",
           "PUNCT"]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "det", "nmod", "case", "nmod:poss", "nmod", "case", "det", "nmod",
            "amod", "punct"]
    heads = [1, 1, 3, 1, 6, 6, 3, 9, 9, 6, 12, 12, 6, 3, 1]
    morphs = ["", "VerbForm=Fin", *[""] * 11, "VerbForm=Part", ""]
    doc = _parsed(nlp, words, pos, deps, heads, morphs, {"heb": "hebben", "opgevraagd": "opvragen"})
    assert [(s.span.text, s.size) for s in find_structures(doc, ["tang"])] == [
        ("heb het dossier van de klacht van uw buurman over de haag opgevraagd", 11)]


def test_tang_closed_by_an_infinitive_the_lookup_reads_as_a_plural(nlp):
    # "zetten" is also the plural of "zet"; tagged a verb at the end of a modal's clause it is the infinitive.
    words = "U mag de container met het afval van de voorbije twee weken op maandag buiten zetten .".split()
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "ADJ", "NUM", "NOUN", "ADP", "PROPN",
           "ADP", "VERB", "PUNCT"]
    deps = ["nsubj", "aux", "det", "obj", "case", "det", "nmod", "case", "det", "amod", "nummod", "nmod", "case",
            "obl", "case", "ROOT", "punct"]
    heads = [15, 15, 3, 15, 6, 6, 3, 11, 11, 11, 11, 6, 13, 15, 15, 15, 15]
    morphs = ["", "VerbForm=Fin", *[""] * 15]
    doc = _parsed(nlp, words, pos, deps, heads, morphs, {"mag": "mogen", "weken": "week"})
    assert [(s.span.text, s.size) for s in find_structures(doc, ["tang"])] == [
        ("mag de container met het afval van de voorbije twee weken op maandag buiten zetten", 13)]


def test_nested_attribute_belongs_to_the_inner_article(nlp):
    """"een van de door u ... ingediende documenten": the participle phrase is the inner article's."""
    found = structures(nlp, "Een van de door u op 3 maart ingediende documenten ontbreekt.", "tang")
    assert [s.span.text for s in found] == ["de door u op 3 maart ingediende documenten"]
    assert structures(nlp, "Een van de door u ingediende documenten ontbreekt.", "tang") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wij sturen u de kaart volgende week op.",
        "Uw op 3 maart ingediende aanvraag is volledig.",
        "U kunt de ombudsdienst gratis bellen op 1700 of een brief sturen naar de Leuvenseweg.",
        # A plural noun closes the sentence, no infinitive: the modal has its predicate in "terecht".
        "U kunt met al uw vragen over de premie altijd terecht bij onze medewerkers voor de kosten.",
        # The infinitive after the relative clause's verb is the relative clause's, not the main clause's.
        "Als u niet tevreden bent over de manier waarop wij uw klacht behandelden, kunt u terecht bij de Vlaamse "
        "Ombudsdienst, die u gratis kunt bellen op 0800 240 50, maar u kunt er ook een klacht indienen via "
        "www.vlaamseombudsdienst.be.",
    ],
)
def test_no_tang_when_the_parts_are_close(nlp, text):
    assert structures(nlp, text, "tang") == []


def test_van_chain(nlp):
    text = "De behandeling van de aanvraag van de premie van uw moeder duurt langer dan gepland."
    found = structures(nlp, text, "van-keten")
    assert [(s.span.text, s.size) for s in found] == [
        ("De behandeling van de aanvraag van de premie van uw moeder", 3),
    ]
    assert structures(nlp, text, "van-keten", min_phrases=4) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # In front of the finite verb a main clause holds one constituent: the phrases there stack,
        # wherever the parser hung them.
        ("De kosten voor het onderhoud van de tuin bij de sociale woningen zijn gestegen.",
         "De kosten voor het onderhoud van de tuin bij de sociale woningen"),
        # A name of several words ("dienst Sociale Huisvesting") does not break the chain.
        ("Dit is het nieuwe adres van het kantoor van de dienst Sociale Huisvesting in Mechelen.",
         "het nieuwe adres van het kantoor van de dienst Sociale Huisvesting in Mechelen"),
        # An adjective used as a noun, and a name the tagger calls an adjective, end the chain all the same.
        ("De herziening van de premies van de huurtoelage voor alleenstaanden gebeurt in maart.",
         "De herziening van de premies van de huurtoelage voor alleenstaanden"),
        ("Een medewerker van de helpdesk van het agentschap voor Binnenlands Bestuur belt u morgen op.",
         "Een medewerker van de helpdesk van het agentschap voor Binnenlands Bestuur"),
        ("De brief van de directeur van de school van Wilrijk kwam gisteren aan.",
         "De brief van de directeur van de school van Wilrijk"),
        # A nominal infinitive starts a chain; a phrase on the subject is no object of the verb
        # ("betalen voor", "werken aan" are, elsewhere).
        ("Ik heb met de wijkagent over het parkeren op de stoep voor de ingang van uw garage gesproken.",
         "het parkeren op de stoep voor de ingang van uw garage"),
        ("Volgens onze gegevens is de premie voor de aankoop van een fiets met trapondersteuning al betaald.",
         "de premie voor de aankoop van een fiets met trapondersteuning"),
        ("Wij hebben vastgesteld dat de camera aan de ingang van de parking bij het station al een week niet werkt.",
         "de camera aan de ingang van de parking bij het station"),
        # A phrase the parser hung on the verb stacks when a "van" phrase of its own follows.
        ("Wij betreuren de lange wachttijd aan het loket van de dienst Burgerzaken van de stad Gent.",
         "de lange wachttijd aan het loket van de dienst Burgerzaken van de stad Gent"),
        # "om" without "te" is a preposition, whatever the parser makes of it; "aan de brandweer" is the verb's.
        ("Ik heb uw verzoek om een kopie van het verslag van de controle aan de brandweer doorgestuurd.",
         "uw verzoek om een kopie van het verslag van de controle"),
        # Any phrase of its own keeps a phrase in the chain, wherever the parser hung it.
        ("Wij verwijzen u graag naar de infosessie over de subsidies voor zonnepanelen op appartementsgebouwen.",
         "de infosessie over de subsidies voor zonnepanelen op appartementsgebouwen"),
        # The phrase's noun is the noun its words end in, whatever the tagger took for its head:
        # a numeral ("twaalf"), a noun tagged as a verb ("uw appartement").
        ("De kosten voor de vervanging van de twaalf kapotte lampen in de tunnel onder het station betaalt de NMBS.",
         "De kosten voor de vervanging van de twaalf kapotte lampen in de tunnel onder het station"),
        ("Op de factuur voor het waterverbruik van uw appartement aan de Lange Lozanastraat staat een fout.",
         "de factuur voor het waterverbruik van uw appartement aan de Lange Lozanastraat"),
        # "aan" is no verb's object where the receiver is named already ("stuur u").
        ("Ik stuur u een kopie van de brief aan de eigenaar van het appartement boven u.",
         "een kopie van de brief aan de eigenaar van het appartement"),
        # An object's "van" phrase after the verbs that close the clause.
        ("Heeft u een kopie gekregen van het verslag van de controle van de brandtrap?",
         "een kopie gekregen van het verslag van de controle van de brandtrap"),
        # A noun's own preposition stays with it ("aanvraag tot", "recht op"), wherever the parser hung it.
        ("Wij hebben uw aanvraag tot aansluiting op het gasnet van de gemeente goedgekeurd.",
         "uw aanvraag tot aansluiting op het gasnet van de gemeente"),
        # An inflected adjective the tagger read as the phrase's noun.
        ("De melding over de kapotte ramen van de refter van de school is terecht.",
         "De melding over de kapotte ramen van de refter van de school"),
    ],
)
def test_van_chain_robust_to_attachment(nlp, text, span):
    assert [s.span.text for s in structures(nlp, text, "van-keten")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Dank u voor uw mail van 3 maart over het startbedrag voor uw dochter.",  # a date does not stack
        "Op 3 maart hebben wij in Gent met uw moeder gesproken.",  # phrases of the verb
        "Wij herstellen de verlichting van het fietspad langs de vaart tegen midden april.",  # a time phrase
        "Geef de afstandsbediening van de garagepoort op de dag van de verhuis aan de huisbewaarder.",  # idem
        "U moet uw verhuis naar een adres buiten Vlaanderen binnen de acht dagen aan de dienst Bevolking melden.",
        "Wij hebben de foto van de schade aan de gevel aan de aannemer getoond.",  # "tonen aan": the verb's
        # "op vraag van" says on whose word, it does not stack
        "Mijn collega heeft het huurcontract en de plaatsbeschrijving van uw vorige woning op vraag van de "
        "vrederechter opnieuw opgevraagd.",
        "De behandeling van uw aanvraag duurt drie weken.",
        # A phrase right before the verb that ends the clause, and takes it, is the verb's.
        "Vanaf nu controleert de werfleider zelf of de bewonersbrief in alle straten rond de werf in de bus zit.",
        "Wij hebben uw klacht over de scheuren in het voetpad aan de dienst Wegen bezorgd.",  # "bezorgd" as ADJ
        # "tot" with a finite verb of its own, after the clause's finite verb, opens a clause ("until").
        "U mag uw wagen gratis parkeren in de ondergrondse parking onder het stadhuis tot de werken aan uw garage "
        "klaar zijn.",
        # A second "subject" of one verb is its object: "naar" is the verb's ("sturen naar").
        "De stad stuurt de plannen voor het nieuwe plein naar alle bewoners van de wijk.",
        "De bus van 17.05 uur naar het ziekenhuis van Aalst vertrok twintig minuten te laat.",  # a time does not stack
        # A date after another preposition than "van" says when; a bare formula says how.
        "De conciërge geeft u de badge voor de fietsenstalling op zaterdag aan de ingang van het gebouw.",
        "U kunt uw grofvuil op afspraak bij de recyclageparken in Gent en Zwijnaarde binnenbrengen.",
        "Volgens de inspecteur komt het vocht in de muren van de slaapkamer uit een lek in de dakgoot.",  # "komen uit"
    ],
)
def test_no_van_chain(nlp, text):
    assert structures(nlp, text, "van-keten") == []


@pytest.mark.parametrize(
    ("text", "span", "positive"),
    [
        ("Het is niet onmogelijk dat de werken langer duren.", "niet onmogelijk", "mogelijk"),
        ("Die beslissing is niet zonder gevolgen voor uw premie.", "niet zonder", None),
        ("Dit is geen onbelangrijk detail in uw dossier.", "geen onbelangrijk", None),
        ("Wij laten uw brief zeker niet onbeantwoord.", "niet onbeantwoord", "beantwoord"),  # tagged as a noun
    ],
)
def test_double_negation(nlp, text, span, positive):
    found = structures(nlp, text, "dubbele-ontkenning")
    assert [structure.span.text for structure in found] == [span]
    assert found[0].hints.get("positive") == positive


@pytest.mark.parametrize(
    "text",
    [
        "Wij kunnen niet onmiddellijk antwoorden.",  # "on-" without a negative meaning
        "Wij konden de onkosten niet terugbetalen.",  # another phrase, and a noun
        "Dat is niet belangrijk voor uw aanvraag.",
        "Dat was geen ongeluk maar een fout van onze dienst.",  # a noun with a meaning of its own
    ],
)
def test_no_double_negation(nlp, text):
    assert structures(nlp, text, "dubbele-ontkenning") == []


def test_long_opening_clause(nlp):
    text = (
        "Omdat de aannemer de werken aan de riolering in uw straat pas volgende maand afrondt, "
        "kan de stad de schade aan uw oprit nu nog niet herstellen."
    )
    found = structures(nlp, text, "lange-bijzin")
    assert [(s.span.text, s.size) for s in found] == [
        ("Omdat de aannemer de werken aan de riolering in uw straat pas volgende maand afrondt", 15),
    ]
    assert structures(nlp, text, "lange-bijzin", max_words=15) == []
    assert structures(nlp, "Omdat de aannemer pas volgende maand klaar is, kan de stad uw oprit niet herstellen.",
                      "lange-bijzin") == []
    assert structures(nlp, "Als ambtenaar van de dienst Wonen van de stad Gent heb ik uw dossier zelf opgevolgd.",
                      "lange-bijzin") == []


def test_long_opening_clause_when_the_tree_misses_it(nlp):
    """A parse that hangs the subordinator on a noun under the main verb (as a retrained model did):
    the comma and the verb right after it close the opening clause."""
    words = ("Zodra de aannemer de nieuwe leidingen in de kelder van het appartementsgebouw heeft aangesloten , "
             "krijgt u weer warm water .").split()
    heads = [2, 2, 15, 5, 5, 13, 8, 8, 5, 11, 11, 8, 13, 2, 15, 15, 15, 15, 19, 15, 15]
    deps = ["mark", "det", "advcl", "det", "amod", "obj", "case", "det", "nmod", "case", "det", "nmod", "aux", "acl",
            "punct", "ROOT", "nsubj", "advmod", "amod", "obj", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB",
           "PUNCT", "VERB", "PRON", "ADV", "ADJ", "NOUN", "PUNCT"]
    morphs = [""] * len(words)
    morphs[12] = morphs[15] = "VerbForm=Fin"
    morphs[13] = "VerbForm=Part"
    morphs[16] = "Case=Nom"
    spaces = [word not in {"aangesloten", "water", "."} for word in words]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, morphs=morphs)
    found = find_structures(doc, ["lange-bijzin"])
    assert [(s.span.text, s.size) for s in found] == [
        ("Zodra de aannemer de nieuwe leidingen in de kelder van het appartementsgebouw heeft aangesloten", 14)
    ]
    assert find_structures(doc, ["lange-bijzin"], max_words=14) == []


LETTER = """Beste mevrouw Peeters,

Dank u voor uw brief. De afhandeling van uw aanvraag vindt plaats in maart. Het is niet onmogelijk dat de werken langer duren.

Met vriendelijke groeten,
Jan Claes
"""


def test_checker_reports_structures_in_sentence_length(checker, validate_report):
    report = checker.check(LETTER)
    data = validate_report(report, LETTER)
    dimension = report.dimensions["sentence_length"]
    assert dimension.label == "Zinslengte en zinsbouw"
    assert dimension.metrics["structures"] == {
        "naamwoordstijl": 1, "tang": 0, "van-keten": 0, "dubbele-ontkenning": 1, "lange-bijzin": 0,
    }
    found = {f["rule"]: f for f in data["findings"] if f["dimension"] == "sentence_length"}
    assert found["sentence_length.naamwoordstijl"]["text"] == "De afhandeling van uw aanvraag vindt plaats"
    assert "'wij handelen ... af'" in found["sentence_length.naamwoordstijl"]["message"]
    assert found["sentence_length.dubbele-ontkenning"]["text"] == "niet onmogelijk"
    assert "'mogelijk'" in found["sentence_length.dubbele-ontkenning"]["message"]
    plain = checker.check(LETTER.replace("De afhandeling van uw aanvraag vindt plaats", "Wij handelen uw aanvraag af")
                          .replace("niet onmogelijk", "mogelijk"))
    assert plain.dimensions["sentence_length"].score > dimension.score


def test_profile_thresholds_and_disable(tmp_path):
    text = "Beste mevrouw Peeters,\n\nDe door u op 3 maart ingediende aanvraag is volledig.\n\nJan Claes\n"
    assert any(f.rule == "sentence_length.tang" for f in helder.Checker().check(text).findings)
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "ruim.yaml").write_text(
        "id: ruim\nname: Ruim\nextends: vlaamse-overheid\n"
        "thresholds:\n  sentence_length.tang: {verb_gap: 8, article_gap: 6}\n",
        encoding="utf-8",
    )
    lenient = helder.Checker("ruim", extra_rules=[tmp_path]).check(text)
    assert not any(f.rule == "sentence_length.tang" for f in lenient.findings)
    disabled = helder.Checker(disable=["sentence_length.tang"]).check(text)
    assert disabled.dimensions["sentence_length"].metrics["structures"]["tang"] == 0


def test_benchmark_returns_figures_per_split(nlp):
    scores = evaluate_structures(load_sentences(DEFAULT_DATA), nlp)
    data = scores.as_dict()
    labelled = yaml.safe_load(DEFAULT_DATA.read_text(encoding="utf-8"))["sentences"]
    for split in ("train", "heldout"):
        assert data[split]["sentences"] == sum(1 for item in labelled if item["split"] == split)
        for kind in KINDS:
            figures = data[split][kind]
            assert 0.0 <= figures["precision"] <= 1.0 and 0.0 <= figures["recall"] <= 1.0
            assert figures["hits"] + figures["misses"] == sum(
                1 for item in labelled if item["split"] == split and kind in item["labels"]
            )
    train_texts = {item["text"] for item in labelled if item["split"] == "train"}
    assert all(text in train_texts for text, _, _ in scores.train_errors)  # held-out mistakes are never shown


def test_sentence_file_is_split_before_tuning():
    labelled = load_sentences(DEFAULT_DATA)
    assert len(labelled) >= 180
    heldout = [item for item in labelled if item["split"] == "heldout"]
    assert 0.25 <= len(heldout) / len(labelled) <= 0.4
    for kind in KINDS:
        assert sum(1 for item in heldout if kind in item["labels"]) >= 5, kind


def test_bad_sentence_file_gets_a_dutch_error(tmp_path):
    path = tmp_path / "zinnen.yaml"
    path.write_text("sentences:\n  - {text: 'Een zin.', labels: [], split: test}\n", encoding="utf-8")
    with pytest.raises(StructureDataError, match="'split' moet"):
        load_sentences(path)
    result = CliRunner().invoke(main, ["model", "structure", "--data", str(path)])
    assert result.exit_code != 0
    assert "Fout:" in result.output


def test_cli_prints_precision_and_recall(tmp_path):
    path = tmp_path / "zinnen.yaml"
    path.write_text(
        "sentences:\n"
        "  - {text: 'Het is niet onmogelijk dat de bus te laat is.', labels: [dubbele-ontkenning], split: train}\n"
        "  - {text: 'Wij bellen u morgen op.', labels: [], split: heldout}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["model", "structure", "--data", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = yaml.safe_load(result.output)
    assert figures["train"]["dubbele-ontkenning"] == {
        "precision": 1.0, "recall": 1.0, "hits": 1, "false_alarms": 0, "misses": 0,
    }
    assert figures["heldout"]["sentences"] == 1
