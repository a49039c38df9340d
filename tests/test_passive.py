"""The passive detector on letter-style Dutch, parsed by the shipped pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from helder.nlp.passive import find_passives, is_participle_form


# sentence, kind, auxiliary, participle
PASSIVES = [
    ("De lamp in uw straat is gisteren hersteld.", "zijn", "is", "hersteld"),  # a thing: repaired, not recovered
    ("Uw aanvraag wordt door de dienst behandeld.", "worden", "wordt", "behandeld"),
    ("De beslissing werd gisteren door het college genomen.", "worden", "werd", "genomen"),
    ("Uw klacht werd door onze medewerker onderzocht.", "worden", "werd", "onderzocht"),
    ("Uw gegevens worden vertrouwelijk behandeld.", "worden", "worden", "behandeld"),
    ("De brief werd naar het verkeerde adres gestuurd.", "worden", "werd", "gestuurd"),
    ("Uw vraag wordt zo snel mogelijk beantwoord.", "worden", "wordt", "beantwoord"),
    ("Wij werden niet op de hoogte gebracht.", "worden", "werden", "gebracht"),
    ("Ik vind het jammer dat uw vraag niet werd beantwoord.", "worden", "werd", "beantwoord"),
    ("Wij zullen ervoor zorgen dat de fout wordt rechtgezet.", "worden", "wordt", "rechtgezet"),
    ("De beslissing wordt u per brief meegedeeld.", "worden", "wordt", "meegedeeld"),
    ("U wordt binnenkort door een medewerker opgebeld.", "worden", "wordt", "opgebeld"),
    # a clause-final participle after the noun of a prepositional phrase
    ("Op 1 december is de beslissing naar uw vader verstuurd.", "zijn", "is", "verstuurd"),
    # modal chains
    ("Het formulier moet worden ingediend voor 1 maart.", "worden", "worden", "ingediend"),
    ("Het bedrag dient te worden betaald binnen dertig dagen.", "worden", "worden", "betaald"),
    ("Het bedrag zal worden teruggestort op uw rekening.", "worden", "worden", "teruggestort"),
    ("Een premie kan worden aangevraagd via het e-loket.", "worden", "worden", "aangevraagd"),
    ("Uw aanvraag kon niet worden goedgekeurd omdat een attest ontbrak.", "worden", "worden", "goedgekeurd"),
    ("Het attest moet worden ondertekend door uw werkgever.", "worden", "worden", "ondertekend"),
    ("De brief had eerder verstuurd moeten worden.", "worden", "worden", "verstuurd"),
    ("Het bedrag is betaald geworden.", "worden", "geworden", "betaald"),
    # impersonal passive
    ("Er wordt hard gewerkt aan een oplossing.", "er", "wordt", "gewerkt"),
    ("Er werd niet op uw brief gereageerd.", "er", "werd", "gereageerd"),
    ("Er wordt aan uw dossier gewerkt.", "er", "wordt", "gewerkt"),
    # a particle the parser made an argument of "werd" ("af en toe" as xcomp)
    ("In de brief werd af en toe naar het reglement verwezen.", "worden", "werd", "verwezen"),
    # "worden" as the copula of a participle tagged as a noun
    ("De aannemer wordt een gebrek aan zorg verweten.", "worden", "wordt", "verweten"),
    # a "worden" or "zijn" the parser made the copula of another word; the participle later in the clause
    ("Uw vraag wordt door ons doorgestuurd naar de juiste dienst.", "worden", "wordt", "doorgestuurd"),
    ("De brief werd helaas naar een oud adres verzonden.", "worden", "werd", "verzonden"),
    ("Uw klacht is door een fout van ons niet geregistreerd.", "zijn", "is", "geregistreerd"),
    # an agent the parser labelled a plain oblique
    ("De gegevens zijn door hen gewist.", "zijn", "zijn", "gewist"),
    # krijgen-passive
    ("U krijgt het bedrag teruggestort.", "krijgen", "krijgt", "teruggestort"),
    ("U krijgt de nieuwe kaart binnen twee weken toegestuurd.", "krijgen", "krijgt", "toegestuurd"),
    ("Zij kreeg haar geld pas na drie maanden terugbetaald.", "krijgen", "kreeg", "terugbetaald"),
    ("Ik hoop dat u het bedrag snel terugbetaald krijgt.", "krijgen", "krijgt", "terugbetaald"),
    # zijn + participle of a transitive verb (UD: aux:pass)
    ("Het dossier is afgesloten.", "zijn", "is", "afgesloten"),
    ("De brief is verstuurd.", "zijn", "is", "verstuurd"),
    ("De facturen zijn gisteren betaald.", "zijn", "zijn", "betaald"),
    ("Uw betaling is nog niet verwerkt.", "zijn", "is", "verwerkt"),
    ("De fout is inmiddels rechtgezet.", "zijn", "is", "rechtgezet"),
    ("Uw gegevens zijn gewijzigd in ons systeem.", "zijn", "zijn", "gewijzigd"),
    ("U ontvangt een bevestiging zodra uw aanvraag is verwerkt.", "zijn", "is", "verwerkt"),
    ("Wij betreuren dat uw dossier niet tijdig is behandeld.", "zijn", "is", "behandeld"),
    ("Het spijt ons dat u niet eerder bent geïnformeerd.", "zijn", "bent", "geïnformeerd"),
    # "door" read as a subordinator by the parser: the auxiliary still belongs to the participle
    ("Het formulier is door u verkeerd ingevuld.", "zijn", "is", "ingevuld"),
    # a preposition marked as a subordinator, and the "als" of a predicate, open no clause
    ("De brief werd tot op vandaag niet beantwoord.", "worden", "werd", "beantwoord"),
    # a feeling whose cause "door" names
    ("Wij waren allemaal geschokt door de beelden van de brand.", "zijn", "waren", "geschokt"),
    ("Uw aanvraag wordt als onvolledig beschouwd.", "worden", "wordt", "beschouwd"),
    # a participle the tagger gave up on ("X") after a copular "zijn"
    ("Het bedrag van 58 euro is op 3 december teruggestort op rekening BE71 0961 2345 6769.", "zijn", "is",
     "teruggestort"),
    # a particle + "ge-" form the tagger called a noun, after a copular "zijn"
    ("De sporthal blijft gesloten tot de werken aan het dak zijn afgerond.", "zijn", "zijn", "afgerond"),
    # a passive auxiliary the parser hung on a word that is no participle
    ("Twee agenten werden lichtjes verwond toen een wagen op hen inreed.", "worden", "werden", "verwond"),
    # two noun phrases joined by "en" inside the clause
    ("Bij de actie werden tien kilo cannabis en drie wapens in beslag genomen.", "worden", "werden", "genomen"),
    # Belgian "gevat" (caught) after "worden"
    ("De inbreker werd na een korte achtervolging gevat.", "worden", "werd", "gevat"),
]

# sentence, agent text (without "door")
AGENTS = [
    ("Uw aanvraag wordt door de dienst behandeld.", "de dienst"),
    ("Het attest moet worden ondertekend door uw werkgever.", "uw werkgever"),
    ("Uw aanvraag is goedgekeurd door de minister.", "de minister"),
    ("De kosten worden door de gemeente gedragen.", "de gemeente"),
    ("Hij kreeg een boete opgelegd door de politie.", "de politie"),
]

NOT_PASSIVE = [
    # present participles after "zijn" are adjectives
    "Ik begrijp dat dit verwarrend is.",
    "De situatie is belastend voor u.",
    # copular worden, worden as main verb of becoming
    "Hij wordt boos.",
    "Het wordt later.",
    "Mijn zoon wil later dokter worden.",
    "Het is vandaag erg koud geworden.",
    "Hij werd gisteren vijftig jaar.",
    "Het dossier werd een prioriteit voor de dienst.",
    "Hij stapte over naar de federale regering en zijn collega werd minister-president.",
    # a participle that describes the noun of a copular "zijn"
    "Een baldakijn is een overspanning gedragen op vier stokken.",
    "Het is een oud land begrensd door de zee en de rivier.",
    # a participle with its own "zijn" in a clause under copular "worden"
    "Vorige week werd bekend dat de onderhandelingen met de aannemer afgesprongen waren.",
    # perfect tense of zijn-verbs
    "Zij is gisteren gekomen.",
    "Het pakket is aangekomen.",
    "Hij is vertrokken.",
    "De prijs is gestegen.",
    "Ik ben verhuisd.",
    "De termijn is verstreken.",
    "Het aantal klachten is toegenomen.",
    "Wat is er gebeurd met mijn aanvraag?",
    "De medewerker is vorige week met pensioen gegaan.",
    "De wachttijden zijn de voorbije maanden sterk gedaald.",
    "Uw brief is goed aangekomen.",
    "Daarna is de zaak uit de hand gelopen.",
    "De procedure is vorig jaar veranderd.",
    "Daar zijn we tekortgeschoten, en dat spijt me.",
    "Achteraf gezien was dat de juiste keuze.",
    "Eerlijk gezegd is de regel niet duidelijk.",
    # a copula before an indirect question whose verb has the shape of a participle
    "Dat is hoeveel stroom u tegelijk gebruikt, gemeten per kwartier.",
    # an infinitive whose particle meets the "ge" of "geven", with a copula of another clause
    "Vinden we een fiets terug, dan kunnen we die alleen teruggeven als we weten van wie hij is.",
    # participles as adjectives, states
    "De gesloten deur bleef dicht.",
    "Het ingevulde formulier ligt op uw bureau.",
    "Wij zijn genoodzaakt uw aanvraag te weigeren.",
    "U bent verplicht het formulier te ondertekenen.",
    "Ik ben tevreden over de afhandeling.",
    "Uw adres blijft ongewijzigd.",
    "Uw vraag bleef onbeantwoord.",
    "De bedragen zijn correct.",
    # krijgen without a verb of giving
    "Ik krijg het niet gedaan.",
    # perfect with hebben
    "Wij hebben uw brief goed ontvangen.",
    "Wij hebben de fout hersteld.",
    "De aanvraag die u hebt ingediend, is onvolledig.",
    "Het probleem is dat niemand de brief heeft gelezen.",
    "Omdat de termijn verstreken was, konden wij uw aanvraag niet meer behandelen.",
    # zijn-perfects of "raken" compounds and participles that name a state
    "Wij zijn uw plan kwijtgeraakt.",
    "Het dossier is zoekgeraakt.",
    "U bent gerechtigd op een premie.",
    # a feeling without its cause is a state
    "Wij waren allemaal geschokt.",
    "De buurtbewoners waren opgelucht toen de brandweer kwam.",
    # zijn-perfects of verbs of change, with or without a particle of direction
    "Het vliegtuigje is gisteren in een weiland neergestort.",
    "De oude schuur is tijdens de storm omgewaaid.",
    "Onze technicus is niet komen opdagen.",
    "Op één plek is het voetpad een paar centimeter verzakt.",
    "Aan deze kant van de straat is parkeren verboden.",
    "Ik begrijp dat u na dat gesprek erg gestrest was.",
    "Wij belden de andere kampen, maar ze zijn allemaal bezet.",
    # bonds and states after "zijn"; an adjective in participle shape after "worden"
    "De kosten die aan een nieuwe aanvraag verbonden zijn, betalen wij terug.",
    "De tickets voor de voorstelling waren al snel uitverkocht.",
    "Met al die uitzonderingen wordt het voor u erg ingewikkeld.",
    # "zijn" as the perfect of a copula, with a participle-shaped predicate
    "De oliekachel in de kelder is oververhit geraakt.",
    # a verb with both perfects, without an agent
    "Sinds maart zijn we overgeschakeld op een nieuw systeem.",
    "Het oude magazijn aan de kaai is vannacht volledig afgebrand.",
    # states: Belgian "gekend", a speciality, a bond; a degree word before the participle
    "Uw zoon is bij onze dienst gekend als een stipte leerling.",
    "Ons team is gespecialiseerd in schulden bij energieleveranciers.",
    "De bewoners zijn erg gehecht aan het oude park.",
    "Het water in de vijver was zeer vervuild na de droge zomer.",
    # an elliptic comparison; a noun in the plural of a participle ("ingewijden")
    "De werken aan de brug zijn vlotter verlopen dan verwacht.",
    "Volgens ingewijden wordt de directeur binnenkort voorzitter van de raad.",
    # verbs with both perfects, without an agent
    "De twee scholen zijn vorig jaar gefuseerd tot één campus.",
    "Op de ring is een vrachtwagen gekanteld.",
    # said of a person, a verb with a zijn-perfect; states (blind good letters, December 2026)
    "Ik hoop dat u intussen goed hersteld bent.",
    "U bent in augustus gescheiden.",
    "En hij is 's nachts vaak verward.",
    "De uitspraak over de aangifte was niet gepast.",
]


@pytest.mark.parametrize(("sentence", "kind", "auxiliary", "participle"), PASSIVES)
def test_finds_the_passive(nlp, sentence, kind, auxiliary, participle):
    clauses = find_passives(nlp(sentence))
    assert [(c.kind, c.auxiliary.text, c.participle.text) for c in clauses] == [(kind, auxiliary, participle)]


@pytest.mark.parametrize("sentence", NOT_PASSIVE)
def test_no_passive(nlp, sentence):
    assert find_passives(nlp(sentence)) == []


@pytest.mark.parametrize(("sentence", "agent"), AGENTS)
def test_agent_without_door(nlp, sentence, agent):
    (clause,) = find_passives(nlp(sentence))
    assert clause.agent_text == agent
    assert clause.agent.text == f"door {agent}"


def test_clause_runs_from_auxiliary_to_participle(nlp):
    (first,) = find_passives(nlp("De beslissing werd gisteren door het college genomen."))
    assert first.clause.text == "werd gisteren door het college genomen"
    (second,) = find_passives(nlp("De brief had eerder verstuurd moeten worden."))
    assert second.clause.text == "verstuurd moeten worden"


def test_no_agent_gives_none(nlp):
    (clause,) = find_passives(nlp("De brief is verstuurd."))
    assert clause.agent is None and clause.agent_text is None


def test_each_passive_in_a_sentence_is_found(nlp):
    clauses = find_passives(nlp("De premie wordt uitbetaald zodra alle documenten zijn ontvangen."))
    assert [(c.kind, c.participle.text) for c in clauses] == [("worden", "uitbetaald"), ("zijn", "ontvangen")]


def test_span_limits_the_search(nlp):
    doc = nlp("Hij is vertrokken. Uw aanvraag wordt door de dienst behandeld.")
    first, second = list(doc.sents)
    assert find_passives(first) == []
    assert [c.participle.text for c in find_passives(second)] == ["behandeld"]
    assert all(c.clause.sent == second for c in find_passives(doc))


def test_unparsed_doc_is_refused():
    with pytest.raises(ValueError):
        find_passives(spacy.blank("nl")("De brief is verstuurd."))


def _parsed(nlp, words, pos, heads, deps, finite=()):
    """A doc with a given (slipped) parse: the detector's answer to it, independent of the model.
    Auxiliaries and the words at the indices `finite` are tagged as finite verbs."""
    lemmas = [word.lower() for word in words]
    morphs = ["VerbForm=Fin" if tag == "AUX" or index in finite else "" for index, tag in enumerate(pos)]
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, morphs=morphs,
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize(
    ("words", "pos", "heads", "deps", "found"),
    [
        # "werd" read as a main verb with an invented predicate; the agent after the participle decides.
        ("België werd in oude tijden bevolkt door Keltische stammen .".split(),
         ["PROPN", "AUX", "ADP", "ADJ", "NOUN", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"],
         [1, 1, 4, 4, 1, 4, 8, 8, 1, 1],
         ["nsubj", "ROOT", "case", "amod", "obl", "nmod", "case", "amod", "xcomp", "punct"],
         ("werd", "bevolkt")),
        # The passive auxiliary with the subject misread as its argument, the participle tagged a noun.
        ("Toen werden de stammen samen aangeduid met dat woord .".split(),
         ["ADV", "AUX", "DET", "NOUN", "ADV", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
         [5, 5, 3, 1, 5, 5, 8, 8, 5, 5],
         ["advmod", "aux:pass", "det", "xcomp", "advmod", "ROOT", "case", "det", "obl", "punct"],
         ("werden", "aangeduid")),
        # "om" of a time phrase marked as if it opened an infinitive clause before the auxiliary.
        ("De raad wordt om de vijf jaar verkozen .".split(),
         ["DET", "NOUN", "AUX", "ADP", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
         [1, 7, 7, 7, 6, 6, 7, 7, 7],
         ["det", "nsubj:pass", "aux:pass", "mark", "det", "nummod", "obl", "ROOT", "punct"],
         ("wordt", "verkozen")),
        # An adverb marked as a subordinator.
        ("Er wordt dan verwezen naar de dienst .".split(),
         ["ADV", "AUX", "ADV", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
         [3, 3, 3, 3, 6, 6, 3, 3],
         ["advmod", "aux:pass", "mark", "ROOT", "case", "det", "obl", "punct"],
         ("wordt", "verwezen")),
        # A participle in -end tagged as a noun is no present participle.
        ("Het loket wordt elke ochtend geopend .".split(),
         ["DET", "NOUN", "AUX", "DET", "NOUN", "NOUN", "PUNCT"],
         [1, 5, 5, 4, 5, 5, 5],
         ["det", "nsubj:pass", "aux:pass", "det", "obl", "ROOT", "punct"],
         ("wordt", "geopend")),
        # Words the tagger called participles that Dutch morphology does not read as one.
        ("Het voetpad is erg glad .".split(),
         ["DET", "NOUN", "AUX", "ADV", "VERB", "PUNCT"],
         [1, 4, 4, 4, 4, 4],
         ["det", "nsubj", "aux", "advmod", "ROOT", "punct"],
         None),
        ("Het probleem is het verwerken van de aanvragen .".split(),
         ["DET", "NOUN", "AUX", "DET", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
         [1, 4, 4, 4, 4, 7, 7, 4, 4],
         ["det", "nsubj", "cop", "det", "ROOT", "case", "det", "nmod", "punct"],
         None),
        ("De helling is moeilijk te beklimmen .".split(),
         ["DET", "NOUN", "AUX", "ADJ", "ADP", "VERB", "PUNCT"],
         [1, 5, 5, 5, 5, 5, 5],
         ["det", "nsubj:pass", "aux:pass", "advmod", "mark", "ROOT", "punct"],
         None),
        # An article makes a noun phrase of a participle, even under "zijn".
        ("Hij is de gewezen voorzitter .".split(),
         ["PRON", "AUX", "DET", "VERB", "NOUN", "PUNCT"],
         [3, 3, 3, 3, 3, 3],
         ["nsubj", "cop", "det", "ROOT", "obj", "punct"],
         None),
        # An insertion between commas does not end the clause of a "worden" made a copula.
        ("De dienst wordt , als aanspreekpunt , vertegenwoordigd door twee medewerkers .".split(),
         ["DET", "NOUN", "AUX", "PUNCT", "SCONJ", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
         [1, 1, 1, 5, 5, 1, 7, 5, 10, 10, 7, 1],
         ["det", "ROOT", "cop", "punct", "mark", "acl", "punct", "acl", "case", "nummod", "obl", "punct"],
         ("wordt", "vertegenwoordigd")),
        # A bare "worden" on a word of another clause: the participle later in its own clause.
        ("Op dit niveau worden deze loketten balies genoemd .".split(),
         ["ADP", "DET", "NOUN", "AUX", "DET", "NOUN", "NOUN", "VERB", "PUNCT"],
         [2, 2, 5, 5, 5, 7, 7, 7, 7],
         ["case", "det", "obl", "aux:pass", "det", "parataxis", "xcomp", "ROOT", "punct"],
         ("worden", "genoemd")),
        # A participle in a bare "worden"'s verb cluster, tagged a noun.
        ("Ook zal de ruimte benut worden voor fietsen .".split(),
         ["ADV", "AUX", "DET", "NOUN", "NOUN", "AUX", "ADP", "NOUN", "PUNCT"],
         [7, 7, 3, 7, 3, 7, 7, 7, 7],
         ["advmod", "aux", "det", "nsubj", "appos", "aux:pass", "case", "ROOT", "punct"],
         ("worden", "benut")),
        # "worden" read as a main verb with an invented predicate; an impersonal "er" after it decides.
        ("Voortaan wordt er extra opgelet bij de haltes zonder verlichting .".split(),
         ["ADV", "AUX", "ADV", "ADJ", "PROPN", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
         [1, 1, 1, 4, 1, 7, 7, 4, 9, 1, 1],
         ["advmod", "ROOT", "advmod", "amod", "nsubj", "case", "det", "nmod", "case", "xcomp", "punct"],
         ("wordt", "opgelet")),
        # A verb with only a "zijn" perfect has no passive, whatever "worden" the parser gave it.
        ("Daar wordt hij gevangene , maar ontsnapt .".split(),
         ["ADV", "AUX", "PRON", "NOUN", "PUNCT", "CCONJ", "VERB", "PUNCT"],
         [3, 3, 3, 3, 6, 6, 3, 3],
         ["advmod", "aux:pass", "nsubj", "ROOT", "punct", "cc", "conj", "punct"],
         None),
        # "hebben" is never a passive auxiliary, even when the parser calls it one.
        ("Het is zeker dat zij een rol gespeeld hebben .".split(),
         ["PRON", "AUX", "ADJ", "SCONJ", "PRON", "DET", "NOUN", "VERB", "AUX", "PUNCT"],
         [7, 7, 7, 4, 7, 6, 7, 7, 7, 7],
         ["expl", "aux:pass", "advmod", "mark", "nsubj", "det", "obj", "ROOT", "aux:pass", "punct"],
         None),
        # A participle between an article with a phrase of its own and the noun is an attribute.
        ("De in Gent geboren schrijver werd de eerste burgemeester .".split(),
         ["DET", "ADP", "PROPN", "VERB", "NOUN", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
         [3, 2, 3, 3, 3, 3, 8, 8, 5, 3],
         ["nsubj:pass", "case", "obl", "ROOT", "flat", "aux:pass", "det", "amod", "xcomp", "punct"],
         None),
        # A main-verb "worden" with the participle beside it, tagged an infinitive ("aangewezen").
        ("De scheidsrechters zullen worden aangewezen uit het korps .".split(),
         ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
         [1, 3, 3, 3, 3, 7, 7, 3, 3],
         ["det", "nsubj", "aux", "ROOT", "xcomp", "case", "det", "obl:arg", "punct"],
         ("worden", "aangewezen")),
        # ... but not a name or a noun after a possessive in that place.
        ("Guy Verhofstadt werd eerste minister .".split(),
         ["PROPN", "PROPN", "AUX", "ADJ", "NOUN", "PUNCT"],
         [2, 0, 2, 4, 2, 2],
         ["nsubj", "flat", "ROOT", "amod", "xcomp", "punct"],
         None),
        ("Onder zijn bewind wordt België een federale staat .".split(),
         ["ADP", "PRON", "NOUN", "VERB", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"],
         [2, 2, 3, 3, 3, 7, 7, 3, 3],
         ["case", "nmod:poss", "obl", "ROOT", "nsubj", "det", "amod", "xcomp", "punct"],
         None),
        # A noun in participle shape after a copular "worden" the parser made a passive auxiliary.
        ("Wij willen niet dat dit een voorbeeld wordt voor andere gevallen .".split(),
         ["PRON", "VERB", "ADV", "SCONJ", "PRON", "DET", "NOUN", "AUX", "ADP", "ADJ", "NOUN", "PUNCT"],
         [1, 1, 1, 6, 6, 6, 1, 6, 10, 10, 6, 1],
         ["nsubj", "ROOT", "advmod", "mark", "nsubj", "det", "ccomp", "aux:pass", "case", "amod", "obl", "punct"],
         None),
    ],
)
def test_passive_despite_parse_slips(nlp, words, pos, heads, deps, found):
    doc = _parsed(nlp, words, pos, heads, deps)
    found_clauses = [(clause.auxiliary.text, clause.participle.text) for clause in find_passives(doc)]
    assert found_clauses == ([found] if found else [])


def test_particle_participle_tagged_finite_is_still_a_participle(nlp):
    """A particle + "ge-" form is never finite: "opgeheven" as the tagger's finite verb under a main-verb "werd"."""
    doc = _parsed(nlp, "Gisteren werd het reglement opgeheven .".split(),
                  ["ADV", "VERB", "DET", "NOUN", "VERB", "PUNCT"], [1, 1, 3, 4, 1, 1],
                  ["advmod", "ROOT", "det", "nsubj:pass", "xcomp", "punct"], finite={1, 4})
    assert [(clause.auxiliary.text, clause.participle.text) for clause in find_passives(doc)] == [("werd", "opgeheven")]


@pytest.mark.parametrize(("form", "participle"), [
    ("besloten", True), ("verboden", True), ("weerkaatst", True), ("stukgeslagen", True),
    # past tenses whose runner-up "infinitive" is the past plural ("besloten" -> "besloot")
    ("besloot", False), ("verbood", False), ("bestond", False),
    # a weak participle with the -en of a noun: "ingewijden", "aangestelden"; a strong one stays
    ("ingewijden", False), ("aangestelden", False), ("opgeheven", True),
])
def test_participle_form_by_morphology(form, participle):
    assert is_participle_form(form) is participle
