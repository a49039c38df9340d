"""The jargon lexicon: every entry is tiered, has a plain alternative, and carries its own test.

An entry's bad example must trigger that very entry; its good example (the same
sentence in plain words) must trigger no lexicon entry at all. The examples run
in one batch per tier (`check_many`), and a failure lists every failing entry.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from helder.matching import term_variants
from helder.nlp.inflect import attributive, verb_lemma
from helder.nlp.particles import is_a_preposition_apart
from helder.rulebook import load_rules, slug

TIERS = ("ambtelijk", "omslachtig", "moeilijk", "archaisch", "vlaams")
LEXICON = [rule for rule in load_rules() if rule.type == "substitution" and rule.dimension == "jargon"]


def _lexicon_findings(report):
    return [finding for finding in report.findings if finding.tier is not None]


def test_every_lexicon_rule_has_a_tier_and_every_entry_an_alternative():
    assert LEXICON
    for rule in LEXICON:
        assert rule.spec.get("tier") in TIERS, rule.id
        for term, alternatives in rule.spec["entries"].items():
            assert alternatives and all(item.strip() for item in alternatives), f"{rule.id}: {term}"
            assert term == " ".join(term.split()), f"{rule.id}: {term!r}"


def test_a_term_stands_in_one_tier_only():
    counts = Counter(term for rule in LEXICON for term in rule.spec["entries"])
    assert not [term for term, count in counts.items() if count > 1]


def test_an_adjective_and_its_attributive_form_stand_in_one_tier():
    """ "nevenstaand" and "nevenstaande" are one term: both find the same words. Other words that
    only look so: the noun "circulaire" (a circular) and the old dative "verzoeke" ("te uwen verzoeke")."""
    tiers = {term: rule.spec["tier"] for rule in LEXICON for term in rule.spec["entries"]}
    other_words = {"circulaire", "verzoeke"}
    assert not [term for term, tier in tiers.items()
                if term.endswith("e") and term not in other_words and tiers.get(term[:-1], tier) != tier]


def test_no_alternative_is_itself_a_term():
    """A one-click replacement must not send the writer to the next finding ("omwille van" -> "wegens")."""
    terms = {term.lower() for rule in LEXICON for term in rule.spec["entries"]}
    chained = []
    for rule in LEXICON:
        for term, alternatives in rule.spec["entries"].items():
            for alternative in alternatives:
                words = re.findall(r"[\w'.-]+", alternative.lower())
                phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
                chained += [(term, alternative) for phrase in phrases if phrase in terms and phrase != term.lower()]
    assert not chained


def test_every_tier_is_present():
    assert {rule.spec["tier"] for rule in LEXICON} == set(TIERS)


def _entries_with_examples(tier: str):
    return [
        (rule, term, examples)
        for rule in LEXICON
        if rule.spec["tier"] == tier
        for term, examples in rule.spec["entry_examples"].items()
    ]


@pytest.mark.parametrize("tier", TIERS)
def test_each_entry_finds_its_bad_example(checker, tier):
    cases = _entries_with_examples(tier)
    reports = checker.check_many([examples["bad"] for _, _, examples in cases])
    missed = [
        f"{term!r}: {examples['bad']!r} -> {[f.rule for f in _lexicon_findings(report)]}"
        for (rule, term, examples), report in zip(cases, reports)
        if f"{rule.id}.{slug(term)}" not in {finding.rule for finding in report.findings}
    ]
    assert not missed, f"{len(missed)} of {len(cases)} entries miss their bad example:\n" + "\n".join(missed)


@pytest.mark.parametrize("tier", TIERS)
def test_no_entry_fires_on_a_good_example(checker, tier):
    cases = _entries_with_examples(tier)
    reports = checker.check_many([examples["good"] for _, _, examples in cases])
    fired = [
        f"{term!r}: {examples['good']!r} -> {[(f.rule, f.text) for f in _lexicon_findings(report)]}"
        for (rule, term, examples), report in zip(cases, reports)
        if _lexicon_findings(report)
    ]
    assert not fired, f"{len(fired)} of {len(cases)} good examples still hold lexicon terms:\n" + "\n".join(fired)


# Participles that are adjectives of their own, with other alternatives than the entry of their form's
# lemma: "misnoegd" is "ontevreden", while the entry "misnoegen" is the noun ("het misnoegen": "ongenoegen").
ADJECTIVES_OF_THEIR_OWN = frozenset({"misnoegd"})


def test_terms_are_lemmas_not_inflected_forms():
    """Lemma matching finds "verzocht" and "bekwam" through "verzoeken" and "bekomen": no entry per form."""
    from helder.nlp import inflect

    terms = {term for rule in LEXICON for term in rule.spec["entries"]}
    inflected = []
    for term in terms - ADJECTIVES_OF_THEIR_OWN:
        for lemma in inflect.verb_lemma(term)[:1]:
            forms = {inflect.past(lemma), inflect.past(lemma, plural=True), inflect.past_participle(lemma)}
            if lemma != term and lemma in terms and term in forms:
                inflected.append(f"{term} ({lemma})")
    assert not inflected, sorted(inflected)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # The parser hung the particle on the next phrase; word order gives it back to its verb.
        ("Toen u belde, deelde onze medewerker mee dat u een nieuw formulier moest sturen.",
         "deelde onze medewerker mee"),
        ("De Lijn voert de nieuwe dienstregeling door in september.", "voert de nieuwe dienstregeling door"),
        # The tagger read the verb as an adjective: the lexicon decides which word of the clause it is.
        ("De dienst licht het dossier toe.", "licht het dossier toe"),
        # A verbal expression whose verb is separable, split by the clause.
        ("De commissie brengt volgende week advies uit.", "brengt volgende week advies uit"),
        # Clause-final after a noun, a bare stem is a verb, not a noun ("de waarborg").
        ("Wij weten dat de dienst het dossier toelicht.", "toelicht"),
    ],
)
def test_a_particle_the_parser_misplaced_still_makes_its_verb(checker, sentence, found):
    assert found in {finding.text for finding in _lexicon_findings(checker.check(sentence))}


@pytest.mark.parametrize(
    ("sentence", "split_term", "inner_term"),
    [
        ("Wij vorderen geen nalatigheidsinterest terug.", "vorderen geen nalatigheidsinterest terug", "nalatigheidsinterest"),
        ("De stad komt haar verbintenis na.", "komt haar verbintenis na", "verbintenis"),
    ],
)
def test_a_term_pulled_apart_hides_no_term_between_its_parts(checker, sentence, split_term, inner_term):
    found = {finding.text for finding in _lexicon_findings(checker.check(sentence))}
    assert {split_term, inner_term} <= found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("U beschikt tevens over het recht om bezwaar te maken.", "beschikt tevens over"),
        ("Als u niet tevreden bent, kan u zich tot het onthaal richten.", "tot het onthaal richten"),
        ("Wij zien uiteindelijk van de boete af.", "zien uiteindelijk van de boete af"),
        ("Dat de woning aan alle normen beantwoordt, is zeker.", "aan alle normen beantwoordt"),
        # the parser hung the preposition's phrase on another phrase, not on the verb
        ("U wendt zich met uw vragen tot de dienst Burgerzaken.", "wendt zich met uw vragen tot"),
        ("Wend u voor vragen over uw pensioen tot de Federale Pensioendienst.",
         "Wend u voor vragen over uw pensioen tot"),
    ],
)
def test_a_verb_and_its_preposition_are_found_apart(checker, sentence, found):
    assert found in {finding.text for finding in _lexicon_findings(checker.check(sentence))}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # The expression's noun as the antecedent of the verb's relative clause.
        ("Wij begrijpen de hinder die u hebt ondervonden.", "hinder die u hebt ondervonden"),
        ("De maatregelen die wij hebben getroffen, helpen.", "maatregelen die wij hebben getroffen"),
        # The last part of a hyphenated word is a word of its own; a compound's is not.
        ("Bij niet-naleving van de regels volgt een boete.", "niet-naleving"),
        ("Wij stellen een milieu-inbreuk vast.", "milieu-inbreuk"),
    ],
)
def test_a_term_is_found_in_a_relative_clause_or_after_a_hyphen(checker, sentence, found):
    assert found in {finding.text for finding in _lexicon_findings(checker.check(sentence))}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # A "te" frame and its preposition, with the finite verb between them or before them.
        ("Wij weten niet of de vertraging te wijten is aan de aannemer.", "te wijten is aan"),
        ("Het lek is aan een kapotte leiding toe te schrijven.", "aan een kapotte leiding toe te schrijven"),
        # A separable verb and its preposition right after the particle, the verb read as an adverb.
        ("De meerkosten vloeien voort uit de nieuwe tarieven.", "vloeien voort uit"),
        # A verb's preposition before the verb cluster, though the parser hung it on another noun.
        ("Wij merken op dat u zich voor een lening tot de gemeentelijke kredietbank kunt wenden.",
         "tot de gemeentelijke kredietbank kunt wenden"),
        # A copula's "van" phrase is the expression's own, not an object that makes its noun a subject.
        ("Er is sprake van een vergissing in de berekening.", "is sprake"),
        # The officialese "u erop wijzen", with its person; "De cijfers wijzen erop" is plain.
        ("Graag wijzen wij u erop dat de termijn afloopt.", "wijzen wij u erop"),
        # An expression whose verb hangs on "laten".
        ("De eigenaar liet gisteren opnieuw verstek gaan.", "liet gisteren opnieuw verstek gaan"),
        # A separable verb whose form is also a strong past ("voeren", past of "varen").
        ("Wij voeren de betaling van uw premie morgen uit.", "voeren de betaling van uw premie morgen uit"),
        # "bij deze" (hereby) is no article before a verb the tagger read as a noun.
        ("Bij deze brengen wij u ter kennis dat het loket sluit.", "brengen wij u ter kennis"),
        # An expression with "de", written without it.
        ("Wij bevestigen ontvangst van uw brief.", "bevestigen ontvangst"),
        # An adjective and a noun, both inflected; an attributive term in its base form.
        ("De belasting op onroerende goederen stijgt.", "onroerende goederen"),
        ("U sloot een hypothecair krediet af bij uw bank.", "hypothecair"),
        # An expression with its preposition, split by the clause: found without the preposition.
        ("U maakt melding van een lek in de kelder.", "maakt melding"),
        ("U hebt er melding van gemaakt.", "melding van gemaakt"),
        # ... and where a twin without the preposition exists, that twin is the finding.
        ("Wij maken voortaan gebruik van een nieuwe app.", "maken voortaan gebruik"),
        # A particle before the verb cluster, as Flemish writes it.
        ("Wij betreuren de onrust die deze brief teweeg heeft gebracht.", "teweeg heeft gebracht"),
        ("Wij hopen dat de aannemer de werken snel aan zal vatten.", "aan zal vatten"),
        # "gaan" before a participle is no auxiliary, whatever the parser says.
        ("De verbouwing gaat gepaard met veel lawaai.", "gaat gepaard"),
    ],
)
def test_a_term_is_found_in_its_other_word_orders_and_forms(checker, sentence, found):
    assert found in {finding.text for finding in _lexicon_findings(checker.check(sentence))}


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        # An auxiliary makes no expression of its own: not "ten doel hebben" as well.
        ("Wij hebben ons ten doel gesteld om elke klacht snel te beantwoorden.", ["ten doel gesteld"]),
        # A term the sentence pulled apart hides a finding on one of its own words.
        ("De opvang neemt pas aanvang na de zomer.", ["neemt pas aanvang"]),
        # The same word gives one finding, not a lexicon term and a law reference.
        ("Het decreet bepaalt dat u recht hebt op een premie.", ["decreet"]),
        # "te laat" is "too late", and a gap ends at a new clause: no "dienen ... te" here.
        ("Er dient opgemerkt dat uw aanvraag te laat was.", ["dient opgemerkt"]),
        # An expression found without its preposition ("melding maken van") needs its words as written.
        ("De werken maken veel lawaai.", []),
    ],
)
def test_one_finding_for_one_term(checker, sentence, only):
    assert [f.text for f in checker.check(sentence).findings if f.dimension == "jargon"] == only


@pytest.mark.parametrize("sentence", [
    "Stuur uw bezwaar met een aangetekende brief naar de gouverneur.",
    "U kunt bezwaar indienen bij ter post aangetekende brief.",
])
def test_a_participle_before_its_noun_makes_no_verbal_expression(checker, sentence):
    """ "een aangetekende brief" is no "bezwaar aantekenen", though "bezwaar" stands in the clause."""
    assert not [f for f in _lexicon_findings(checker.check(sentence)) if f.rule.endswith("bezwaar-aantekenen")]


def test_a_word_after_a_preposition_is_no_participle_of_an_earlier_auxiliary(checker):
    """ "op voorhand" is no "voorhanden", also after a "zijn" earlier in the letter."""
    report = checker.check("U wilt weten waar u aan toe bent, en uw aannemer plant zijn werk op voorhand.")
    assert not [f for f in _lexicon_findings(report) if f.rule.endswith(".voorhanden")]


@pytest.mark.parametrize("sentence", [
    "Het is zonde dat u zo lang moest wachten.",  # not the old subjunctive of "zenden"
    "Hier vindt u nuttige informatie over de premie.",  # "nuttig", not "nuttigen"
])
def test_an_everyday_word_the_lemma_table_misreads_is_no_term(checker, sentence):
    assert not _lexicon_findings(checker.check(sentence))


@pytest.mark.parametrize("sentence", [
    "Dan kunt u dat melden bij onze dienst Handhaving.",  # the name of a service
    "Voor een buurtfeest is het lenen gratis.",  # no "zich": no "zich lenen voor"
    "Na drie kwartier haakte u in.",  # hung up the phone: "inhaken op" is the officialese
    "Wij hebben uw vakbond, het ACV, verwittigd.",  # a union every Belgian reader knows
    "Het ereloon is wat de arts aanrekent voor zijn werk.",  # the word defined by "is wat"
    "Uw trajectbegeleider, Lotte Aerts, helpt u graag.",  # a job title with the person's name
    "Hebt u nog vragen? Onze dossierbeheerder Ann Van den Broeck belt u graag.",
    "U kunt met onze zorgcoördinator, meneer Declercq, praten.",
    "Voor vragen kunt u terecht bij uw vaste dossierbeheerder, Thomas Aerts.",  # also after an adjective
    "De bomen staan op grond van de gemeente, niet op die van de provincie.",  # land, not "volgens"
    "U kunt de zitting enkel op afspraak bijwonen.",  # "enkel" is standard Dutch in Belgium
    "De cijfers wijzen erop dat het aantal klachten daalt.",  # "erop wijzen" without a person: it shows
    "Niets weerhoudt u ervan een nieuwe aanvraag in te dienen.",  # "tegenhouden", not the Belgian "aanvaarden"
    "Dan wassen en kleden de zorgkundigen de bewoners.",  # the plural of an everyday Flemish word
    "Ook die mogen wij niet aanrekenen als u niet zelf voor een eenpersoonskamer koos.",  # "die" is no article
    "Dat is vervelend, zeker met kinderen die zich op het zwemmen verheugden.",  # a relative clause of its own
    "De sanctionerend ambtenaar is de persoon die bij de stad over die boetes beslist.",  # defined, though mis-tagged
    "Er stond niet bij dat de winkels bereikbaar blijven.",  # written beside it, not "bijstaan" (helpen)
    "U krijgt binnen een week een bevestiging met uw inschrijvingsnummer.",  # a register's, not a car's
    "U krijgt van ons een integrale waterfactuur: één factuur voor alles.",  # the name on every Flemish water bill
    "U bent aangewezen op de hulp van uw buren.",  # depending on, not the Belgian "aangewezen" (geschikt)
    "Uit uw e-mails blijkt dat u de vertraging al in 2023 kende.",  # knew about it, not "vertraging kennen" (hebben)
    "Met uw kaart mag u parkeren op de plaatsen die voorbehouden zijn voor personen met een handicap.",
])
def test_what_blind_good_letters_wrote_plainly_is_no_jargon(checker, sentence):
    assert not checker.check(sentence).dimensions["jargon"].findings


def test_a_present_participle_heading_its_own_phrase_is_the_verb(checker):
    """ "rekening houdend met" is the verb (a wordy phrase of its own), not the term "houdende"; its attributive
    use is."""
    report = checker.check("Rekening houdend met uw situatie geven wij u uitstel.")
    assert [finding.rule for finding in _lexicon_findings(report)] == ["jargon.omslachtig.rekening-houdend-met"]
    report = checker.check("Het besluit houdende de nieuwe parkeerregels geldt vanaf 1 mei.")
    assert [finding.rule for finding in _lexicon_findings(report)] == ["jargon.ambtelijk.houdende"]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Uw dossierbeheerder belt u volgende week.", "dossierbeheerder"),  # no name: the reader learns nothing
    ("Een curator, Jan Peeters, beheert de zaak.", "curator"),  # a role the reader must learn, not our own staff
    ("De dienst ruimtelijke ordening bekijkt uw vraag.", "ruimtelijke ordening"),  # a name in lower case
])
def test_a_title_with_a_name_is_plain_only_for_the_services_own_people(checker, sentence, found):
    assert found in [finding.text for finding in checker.check(sentence).dimensions["jargon"].findings]


def test_a_term_is_no_jargon_inside_its_plain_phrases(checker):
    """ "betreft" has `not_in: [wat … betreft]`: the gap stays inside one clause."""
    assert not _lexicon_findings(checker.check("Wat de kosten van de herstelling betreft, betalen wij alles."))
    report = checker.check("Wat u vraagt, betreft een andere dienst.")
    assert [finding.text for finding in _lexicon_findings(report)] == ["betreft"]


def test_an_abbreviation_after_kortweg_is_explained(checker):
    report = checker.check("Een persoonsvolgend budget, kortweg PVB, is geld voor zorg. Uw PVB komt in maart.")
    assert not [finding for finding in report.findings if finding.rule == "jargon.afkorting"]


# Lexicon findings in context: (why, text, the texts found). Each row is a case a blind set or a good
# letter showed; the texts pin both what is found and what is not.
IN_CONTEXT = [
    ("a numbered annex is a reference", "In bijlage 2 vindt u het reglement van de speelpleinwerking.", []),
    ("also in Roman numerals", "Het reglement staat in bijlage IV van het besluit.", []),
    ("a particle after a relative clause's verb is the main verb's", "Wij keren het bedrag dat u te weinig kreeg "
     "in één keer uit.", ["keren het bedrag dat u te weinig kreeg in één keer uit"]),
    ("... and after a participle before its noun", "U biedt zich op het afgesproken uur aan bij het loket.",
     ["biedt zich op het afgesproken uur aan"]),
    ("an expression's words after a relative clause are the main verb's", "Wij nemen de klacht die u stuurde zo "
     "snel mogelijk in behandeling.", ["nemen de klacht die u stuurde zo snel mogelijk in behandeling"]),
    ("an unnumbered one is 'attached'", "In bijlage vindt u het reglement van de speelpleinwerking.", ["In bijlage"]),
    ("a hard word the letter defines, nowhere", "Het openbaar onderzoek is de periode waarin buren hun mening "
     "kunnen geven. Wij verlengen het openbaar onderzoek tot 10 januari.", []),
    ("the same word undefined", "Wij verlengen het openbaar onderzoek tot 10 januari.", ["openbaar onderzoek"]),
    ("officialese stays officialese, defined or not", "Teneinde is een woord dat u beter niet gebruikt.",
     ["Teneinde"]),
    ("explained by the next sentence", "Na een renovatie passen wij soms het kadastraal inkomen aan. Dat is het "
     "bedrag waarop wij de belasting berekenen. Wij gebruikten een te hoog kadastraal inkomen.", []),
    ("a hard word once per letter", "De intercommunales krijgen een brief. Ook andere intercommunales mogen reageren.",
     ["intercommunales"]),
    ("a comment on the whole sentence explains nothing", "U kreeg een te hoge heffing. Dat is een fout van ons.",
     ["heffing"]),
    ("a next sentence that describes it", "Wij vroegen de gegevens op bij het kadaster. Dat is een officieel "
     "register van alle gronden.", []),
    ("the same word undescribed", "Wij vroegen de gegevens op bij het kadaster.", ["kadaster"]),
    ("a verb the parser gave a determiner", "Dit vloeit voort uit het reglement.", ["vloeit voort uit"]),
    ("a particle before a subordinator the tagger calls an adverb",
     "We schorten de invordering op zolang uw bezwaar loopt.", ["schorten de invordering op", "invordering"]),
    ("a compound whose last part is also an infinitive", "U behaalde creditbewijzen voor drie vakken.",
     ["creditbewijzen"]),
    ("'zich vinden in' needs its 'zich'", "Wij hebben foto's met datum in het dossier gevonden.", []),
    ("... and a verb with its particle is another verb", "Wij vonden uw brief terug in ons archief.", []),
    ("with its 'zich'", "Als u zich niet kunt vinden in deze beslissing, kunt u in beroep gaan.", ["vinden in"]),
    ("an adverb the tagger calls an adjective, and a number further on", "Als u niet tevreden bent, wendt u zich "
     "best tot de Vlaamse Ombudsdienst, gratis bereikbaar op 1700.", ["wendt u zich best tot"]),
    ("'voorzien in' a month is planned, not provided", "De controlemeting is voorzien in januari.", []),
    ("... nor in a season", "De volgende aanpassing is voorzien in het voorjaar.", []),
    ("a permit is granted in plain words too", "De vergunning werd op 2 oktober verleend.", []),
    ("other things are given", "Het OCMW heeft u een voorschot verleend.", ["verleend"]),
    ("the closing formula", "Op bevel, de algemeen directeur.", ["Op bevel"]),
    ("an order of a judge is plain", "De arrestatie gebeurde op bevel van de onderzoeksrechter.", []),
    ("a sentence that names what the one before described", "Wij tellen het inkomen van iedereen die bij u woont. "
     "Dat noemen we de leefeenheid.", []),
    ("a long middle field", "U dient binnen de maand na de herstelling een verklaring van een erkend "
     "installateur te bezorgen.",
     ["dient binnen de maand na de herstelling een verklaring van een erkend installateur te bezorgen"]),
    ("an 'om' of clock time opens no clause", "De container dient om 7 uur aan de straat te staan.",
     ["dient om 7 uur aan de straat te staan"]),
    ("an 'om' before a number that is no time does", "U dient ons te vragen om 7 formulieren in te vullen.",
     ["dient ons te vragen"]),
    ("a preposition before a quoted name is no particle", "Alle informatie vindt u onder 'Hinder' in de app.", []),
    ("a counted noun left no article out", "Dan hebt u twee mogelijkheden.", []),
    ("a code in a gap is no name", "Het bedrag dient op rekening BE12 3456 te worden gestort.",
     ["dient op rekening BE12 3456 te worden"]),
    ("a particle before an indirect question", "Wij zetten hieronder uiteen waarom wij weigeren.",
     ["zetten hieronder uiteen"]),
    ("an apposition that describes it", "Wij vroegen het na bij het kadaster, de dienst die de eigenaars bijhoudt.",
     []),
    ("a name given to what the sentence described", "U betaalt elk jaar een vast bedrag voor uw aansluiting, "
     "het vastrecht.", []),
    ("a question the letter answers", "Wat is een onteigening? De overheid neemt dan een stuk grond over.", []),
    ("a grave's concession is a hard word, explained once", "Het graf ligt op een concessie. Een concessie is het "
     "recht om een graf te gebruiken. Als de concessie afloopt, kunt u ze verlengen.", []),
    ("giving in is officialese", "Wij deden een concessie.", ["deden een concessie"]),
    ("a compound whose last part the letter defines", "U kreeg een parkeerretributie. Een retributie is het bedrag "
     "dat u betaalt voor een dienst van de stad.", []),
    ("officialese at every use", "Wij nemen uw klacht in behandeling. Wij nemen ook uw vraag in behandeling.",
     ["nemen uw klacht in behandeling", "nemen ook uw vraag in behandeling"]),
    ("'schrijven' in a term is the noun", "U schrijft dat u zich als vrijwilliger niet gewaardeerd voelt.", []),
    ("so no split expression", "U schrijft dat de brief aangetekend was.", []),
    ("the noun itself", "Wij stuurden u een aangetekend schrijven.", ["aangetekend schrijven"]),
    ("a preposition on the modal of a verb-final clause",
     "Indien u zich met deze beslissing niet kunt verenigen, belt u ons.",
     ["Indien", "met deze beslissing niet kunt verenigen"]),
    ("'als' before a verb-final verb", "De woning die als opvang fungeert, is vrijgesteld.", ["als opvang fungeert"]),
    ("a conditional 'als' is no preposition", "Als het toestel niet fungeert, bellen wij de hersteller.", []),
    ("an infinitive read as a noun is no past of 'wennen'", "U kunt zich steeds wenden tot de ombudsman.",
     ["zich steeds wenden tot"]),
    ("'gehouden … te' before an infinitive", "U bent gehouden de kosten te betalen.",
     ["gehouden de kosten te betalen"]),
    ("a 'te' before a name opens no infinitive", "De vergadering werd gehouden in het gemeentehuis te Gent.", []),
    ("a capitalised later word makes a name", "Uw dossier komt in het Bijzonder Comité voor de Sociale Dienst.", []),
    ("the phrase itself", "Wij letten meer in het bijzonder op de veiligheid.", ["meer in het bijzonder"]),
    ("a day is no prepositional object", "Op maandag zetten we een extra medewerker in.", []),
    ("the object itself", "Op de veiligheid zetten wij sterk in.", ["Op de veiligheid zetten wij sterk in"]),
    ("a time is no object, also in the plural", "Op drukke dagen zetten we een tweede medewerker in.", []),
    ("... nor after the inverted subject", "Vanaf nu zetten wij op drukke dagen een extra medewerker in.", []),
    ("the noun 'geduld' after an auxiliary of another clause",
     "Ook als het druk is aan het loket, mag u van ons respect en geduld verwachten.", []),
    ("a noun with its possessive is no verb", "Steek op tijd uw hand op.", []),
    ("an 'om' clause is not the clause of 'dank'", "Dank u om ons te laten weten dat de lamp stuk is.", []),
    ("'dank weten' itself", "Wij willen u dank weten voor uw geduld.", ["dank weten"]),
    ("'erbij' is no particle 'bij'", "U stuurde er foto's en de factuur bij.", []),
    ("'bijsturen' itself", "Wij sturen het beleid bij.", ["sturen het beleid bij"]),
    ("'erop' written apart is no particle 'op'", "Wij maken u er nogmaals attent op dat de termijn voorbij is.",
     ["maken u er nogmaals attent"]),
    ("an 'er' that opens the clause leaves the particle", "Er maakt een medewerker een verslag op.",
     ["maakt een medewerker een verslag op"]),
    ("a present participle after a date is no verb", "De concessie van het graf loopt op 31 december eerstkomend af.",
     ["concessie", "eerstkomend"]),
    ("'ertoe' written apart is no particle 'toe'", "Dit draagt er toe bij dat de kosten dalen.", []),
    ("officialese the letter defines", "Een raming is een schatting van het bedrag dat u later krijgt. De raming is "
     "nog geen beslissing.", []),
    ("an adjective the letter defines", "Ongewettigd wil zeggen: zonder geldige reden. Uw zoon was 34 halve dagen "
     "ongewettigd afwezig.", []),
    ("the same adjective undefined", "Uw zoon was vorig jaar ongewettigd afwezig.", ["ongewettigd"]),
    ("a prepositional phrase before an inverted verb defines nothing", "In casu is de termijn al voorbij.",
     ["In casu"]),
    ("officialese the next sentence names", "Daarom stuurden wij u een navordering. Zo heet het als de "
     "belastingdienst achteraf het verschil vraagt. Wij trekken de navordering in.", []),
    ("what the sentence means explains no officialese in it", "Uw aanvraag werd derhalve afgewezen. Dit "
     "betekent dat u geen premie krijgt.", ["derhalve"]),
    ("a comment on the sentence names nothing", "Wij sturen u een navordering. Dat is een fout van ons.",
     ["navordering"]),
    ("a name the sentence gives at its end", "Zo'n bezoek met alle partijen heet een tegensprekelijke "
     "plaatsbeschrijving. Iedereen kan er zijn opmerkingen geven.", []),
    ("a preposition before the verb cluster, wherever the parser hung it",
     "Het college heeft beslist tot afvoering over te gaan.", ["tot afvoering over te gaan", "afvoering"]),
    ("an explanation announced", "Het hogere bedrag komt door het capaciteitstarief. Ik leg uit wat dat is.", []),
    ("a name after a colon", "Voor uw afval betaalt u een belasting: de afvalstoffenheffing.", []),
    ("a list after a colon names nothing", "U betaalt: de afvalstoffenheffing en de retributie.",
     ["afvalstoffenheffing", "retributie"]),
    ("the noun as the subject of a verb with its own object", "Deze maatregel treft vooral gezinnen. De "
     "maatregelen treffen ook uw straat. Het bedrag voldoet niet aan de regels.", []),
    ("the noun as the object", "Wij zullen de nodige maatregelen treffen. U moet het bedrag voldoen.",
     ["maatregelen treffen", "bedrag voldoen"]),
    ("a subject that belongs to the expression", "U weet dat beroep openstaat.", ["beroep openstaat"]),
    ("a word of the first of two coordinated verbs", "Wij willen u hierbij helpen en sturen u een folder.",
     ["hierbij"]),  # the stiff "hierbij", not "hierbij sturen"
    ("a claim defines nothing", "De verwerkingsgrondslag is een wettelijke verplichting.", ["verwerkingsgrondslag"]),
    ("the verb defines its noun", "U vroeg naar de onteigening van uw tuin. Onteigenen betekent dat de overheid "
     "grond koopt voor een project van algemeen belang.", []),
    ("a name given after the description", "Het deel dat u overhoudt, is minder waard. Wij noemen dat de minwaarde.",
     []),
    ("the answer to a question", "Wat is een GAS-boete? GAS staat voor gemeentelijke administratieve sanctie. "
     "Het is een boete van de stad.", []),
    ("the words an abbreviation stands for, between quotes", "U kreeg een GAS-boete. GAS staat voor "
     "'gemeentelijke administratieve sanctie'.", []),
    ("a name given between quotes", "Iedereen kijkt samen naar de staat van de woning. Wij noemen dat 'een "
     "tegensprekelijke plaatsbeschrijving'.", []),
    ("an apposition after the particle of the verb", "Bij een nieuwe klacht stellen wij een proces-verbaal op, een "
     "officieel verslag.", []),
    ("a list after the word is no apposition", "Wij sturen u een proces-verbaal, een formulier en een folder.",
     ["proces-verbaal"]),
    ("a name that opens a sentence, written inside one too", "De straatverlichting is van Fluvius. Fluvius ging "
     "kijken.", []),
    ("a compound's head is the same hard word", "U kreeg een aanslag voor de afvalstoffenheffing. De heffing is "
     "1.500 euro.", ["afvalstoffenheffing"]),
    ("and explained with the compound", "Wat is de afvalstoffenheffing? Het is een belasting op het afval dat u "
     "buitenzet. U betaalt de heffing niet.", []),
    ("a verb with its own subject heads another clause", "Daarna geldt het nieuwe tarief vanaf de eerste dag van "
     "de maand waarin u de aanvraag doet.", []),
    ("and the expression in one clause", "U kunt uw rechten doen gelden bij de rechtbank.", ["doen gelden"]),
    ("a predicate after a prepositional phrase", "Wij achten een vergoeding van vijftig euro passend.",
     ["achten een vergoeding van vijftig euro passend"]),
    ("a verb the tagger misread, before its particle", "De stad werft drie nieuwe gemeenschapswachten aan.",
     ["werft drie nieuwe gemeenschapswachten aan"]),
    ("a preposition before a time is no particle", "Drie keer kwam de maaltijd pas na half twee aan.", []),
    ("a finite verb after a determiner is no noun", "Ik ben blij dat u ons dit schreef.", []),
    ("and the noun is", "In dit schrijven leggen wij uit wat er misliep.", ["dit schrijven"]),
    ("'er ... voor' written apart", "Mevrouw Peeters nam er zelfs een halve dag vrij voor.", []),
    ("an officialese noun the letter explains", "Dien binnen de 30 dagen een vraag tot heroverweging in. Dat is een "
     "vraag om uw dossier opnieuw te bekijken.", []),
    ("the name of a thing once per letter", "U kunt een herziening vragen. Wij sturen u het formulier voor de "
     "herziening.", ["herziening"]),
    ("an apposition a comma closes", "Stuur uw bezwaar naar de deputatie, het bestuur van de provincie, via mail.",
     []),
    ("the next item of a list explains nothing", "Uw bezwaar vermeldt uw naam, een dagtekening, een omschrijving "
     "van het besluit waartegen u bezwaar maakt.", ["dagtekening"]),
    ("nor does the next name in a list", "U kunt terecht bij de deputatie, de gemeente of de politie.",
     ["de deputatie"]),
    ("a name in the past tense", "U kreeg een zorgbudget. Vroeger heette dat de tegemoetkoming voor hulp aan "
     "bejaarden.", []),
    ("a definition after a possessive", "Wie er zijn domicilie heeft, betaalt niets. Uw domicilie is het adres waar "
     "u officieel woont.", []),
    ("a definition that says what it shows", "Het rendement toont hoeveel warmte het toestel geeft.", []),
    ("what is done in it", "Voor elke aanvraag doen we een watertoets. Daarbij kijken we naar twee dingen.", []),
    ("the words an abbreviation stands for", "U kreeg een GAS-boete. GAS staat voor gemeentelijke administratieve "
     "sanctie.", []),
    ("'als tegemoetkoming' is a gesture", "Als kleine tegemoetkoming sturen we u een gratis rittenkaart.", []),
    ("a name in the gap of a split term", "Huisvuil dient aan de hoek met de Molenstraat te worden aangeboden.",
     ["dient aan de hoek met de Molenstraat te worden"]),
    ("a term inside a name", "Het Bijzonder Comité voor de Sociale Dienst besliste op 3 mei.", []),
    ("a name after a hard word does not explain it", "Uw gemeente hoort bij de eerstelijnszone Kempen.",
     ["eerstelijnszone"]),
    ("condolences are no officialese", "Ik wil u mijn medeleven betuigen met het overlijden van uw vader.", []),
    ("a term that opens a name", "U kunt bezwaar indienen bij de Toezichthouder Sociaal Wonen.", []),
    ("and the same word as a word", "Vorige week kwam de toezichthouder langs.", ["toezichthouder"]),
    ("a word in the name of a body", "U kunt een klacht indienen bij de Commissie inzake Leerlingenrechten.", []),
    ("... in lower case after its capitalised head", "U kunt bezwaar indienen bij de Raad voor betwistingen inzake "
     "studietoelagen.", []),
    ("... not past a capitalised word of the name", "U kunt bij de Raad van State inzake uw vergunning in beroep "
     "gaan.", ["inzake"]),
    ("the words of a definition", "De RVA is de federale dienst die uw werkloosheidsuitkering toekent.", []),
    ("a claim is no definition", "De lekkage is het gevolg van een veronachtzaming van het onderhoud.",
     ["veronachtzaming"]),
    ("... nor a subject that points back", "Deze sanctie is het gevolg van het feit dat u arbeid verrichtte.",
     ["sanctie", "het feit dat", "verrichtte"]),
    ("... nor a phrase before an inverted verb", "Gelet op de middelen is een terbeschikkingstelling niet mogelijk.",
     ["Gelet op", "terbeschikkingstelling"]),
    ("what tells about the kind after 'Dat is een'", "Dat is een team van begeleiders dat leerkrachten in de klas "
     "bijstaat.", []),
    ("the kind itself is still the word", "Wij stuurden de aannemer een brief. Dat is een officiële verwittiging.",
     ["verwittiging"]),
    ("an apposition that says what a name is", "U kunt terecht bij het Comité P, het onafhankelijke "
     "toezichtsorgaan op de politie.", []),
    ("... also for an abbreviation before ', en'", "Wij gaven dat door aan de RVA, de federale dienst voor de "
     "werkloosheidsuitkeringen, en aan uw vakbond.", []),
    ("a word that ends its sentence, and what it means", "Daarom werd uw zorgbudget geschorst. Dat betekent dat de "
     "betaling tijdelijk stopt.", []),
    ("what happens then", "Soms houdt de stad eerst een openbaar onderzoek. Dan kunnen buren 30 dagen lang bezwaar "
     "indienen.", []),
    ("'dan ook' is a conclusion, not what happens then", "Uw bril staat niet in de nomenclatuur. Er kan dan "
     "ook geen vergoeding komen.", ["nomenclatuur"]),
    ("what he does in it", "Hij deed een conformiteitsonderzoek. Daarbij kijkt hij of de woning veilig is.", []),
    ("an explanation after the word's own modifier", "Wij sturen de brief naar de titularis van de nummerplaat: de "
     "persoon die de plaat op zijn naam heeft.", []),
    ("an agent noun with the 'd' after 'r'", "Wij geven u de namen van erkende keurders in uw buurt.", []),
    ("a long word that an abbreviation shortens", "Volgens het energieprestatiecertificaat, kortweg het EPC, had de "
     "woning label D.", []),
    ("a kind of thing that sums it up, a few words on", "Voor alle organisatoren zetten we een geluidsbegrenzer in "
     "de zaal. Dat toestel zet de muziek stiller.", []),
    ("not the matter of the sentence", "Uw verzekeraar kan u desgewenst bijstaan. Deze beslissing is definitief.",
     ["desgewenst", "bijstaan"]),
    ("a sentence that only gives the name", "Na de oogst blijft er stikstof in de grond. Dat is het nitraatresidu.",
     []),
    ("the noun of a longer term taken up", "Het bijzonder comité voor de sociale dienst beslist op 13 november. Dat "
     "comité is een groep gemeenteraadsleden.", []),
    ("'Dat zijn' without an article", "Het grootste deel zijn ereloonsupplementen. Dat zijn extra kosten die een "
     "arts mag aanrekenen.", []),
    ("a definition with its abbreviation between commas: the words defined and defining", "Een ruimtelijk "
     "uitvoeringsplan, kort RUP, is een plan waarin de stad vastlegt wat er op elk perceel mag.", []),
    ("an abbreviation after ', of'", "Een persoonsvolgend budget, of PVB, is geld voor zorg. Uw PVB komt in maart.",
     []),
    ("a passive term needs its participle", "Dat betekent dat de steen wordt weggenomen en dat de resten naar een "
     "andere plaats gaan.", []),
    ("'passen bij' before a clause is no 'bijpassen'", "Zo'n reactie past niet bij hoe wij met reizigers willen "
     "omgaan.", []),
    ("a verb's preposition right after its object", "Wij toetsen uw aanvraag aan de voorwaarden van het "
     "reglement.", ["toetsen uw aanvraag aan"]),
    ("... not a place before a final verb", "Het is de kabel die vier lampen in uw straat van stroom voorziet.", []),
    ("what it is, after the verb and a colon", "Dan kan Emma misschien rechtstreeks toegankelijke hulp krijgen: een "
     "beperkte hoeveelheid zorg, zonder budget.", []),
    ("... not a clause after the colon", "U moet de heffing betalen: de stad vraagt dat van iedereen.", ["heffing"]),
    ("the weak form of a term's pronoun", "We wijzen erop dat de termijn op 30 juni afloopt.", ["We wijzen erop"]),
    ("an explanation in the past tense", "U vroeg ook naar het prosumententarief. Dat was een vast bedrag dat "
     "eigenaars van zonnepanelen betaalden voor het net.", []),
    ("the next sentence takes the word up by name", "U hebt een IBA nodig. Volgens het zoneringsplan van uw "
     "gemeente moet u tegen 2030 een IBA plaatsen. Dat plan toont per straat hoe het afvalwater gezuiverd wordt.", []),
    ("what an abbreviation in the sentence stands for", "Een GAS-boete is een gemeentelijke administratieve "
     "sanctie.", []),
    ("... not without the abbreviation", "U kreeg een gemeentelijke administratieve sanctie.",
     ["gemeentelijke administratieve sanctie"]),
    ("a split verb in the plural that the model reads as another verb", "Wij wenden de middelen aan voor de "
     "renovatie van uw woning.", ["wenden de middelen aan"]),
    ("what happens then answers a question, it explains nothing", "Wilt u het vonnis toevoegen aan uw dossier? "
     "Dan kan dat via het e-loket.", ["het vonnis"]),
    ("a stiff reference to the reader's letter", "We verwijzen naar uw brief van 2 mei.", ["We verwijzen naar uw"]),
    ("a colon ends what the verb makes", "Daarom maakten wij een schatting: een berekening van uw verbruik.", []),
    ("'te wijten' with the copula after it", "Na grondig onderzoek van uw dossier is gebleken dat de vertraging te "
     "wijten is aan een ontbrekend rekeningnummer.", ["is gebleken", "te wijten is aan"]),
    ("the next sentence takes the word up after a bare preposition", "U vroeg of u kunt overstappen naar "
     "schuldbemiddeling. Bij schuldbemiddeling maken wij afspraken met de mensen bij wie u schulden hebt.", []),
    ("... but not after an article: that is no definition", "U moet de heffing betalen. Bij de heffing komt nog een "
     "boete.", ["heffing"]),
    ("a hard word tied to the next one by 'tot' is one name with it", "Dan kunt u een verzoek tot heroverweging "
     "indienen. Dat betekent dat een andere collega uw dossier opnieuw bekijkt.", []),
    ("the sentence says it explains the word", "Even uitleggen wat de heffing is. Een woning die een jaar leeg "
     "staat, komt op een lijst.", []),
    ("... a plain mention is no such promise", "U vroeg wanneer de heffing betaald moet worden.", ["heffing"]),
    ("the inverted and the negated 'gebleken'", "Gebleken is dat de meter stuk was. Uit uw dossier is niet "
     "gebleken dat u recht hebt op de premie.", ["Gebleken is", "niet gebleken"]),
    ("what happens then, for a subject of two nouns", "Er is een openbaar onderzoek nodig. Buren en andere "
     "betrokkenen kunnen dan hun mening geven.", []),
    ("an old closing formula", "Tot slot verblijven wij met de meeste hoogachting.",
     ["verblijven wij", "met de meeste hoogachting"]),
    ("a capitalised term linked to the next word of a name", "Schrijf naar het kantoor Opmetingen en Waarderingen "
     "in Brugge.", []),
    ("... not a term after a comma", "Wij vragen u, Gelieve te betalen.", ["Gelieve te betalen"]),
    ("the verb of a frame is no 'te' infinitive itself", "U hoeft geen nieuwe aanvraag in te dienen en ook niet "
     "opnieuw te betalen.", []),
    ("... while the frame itself is found", "U dient het formulier voor 1 mei terug te sturen.",
     ["dient het formulier voor 1 mei terug te sturen"]),
    ("the verb of a subordinate clause inside a fixed phrase", "Wij zien dat uw aanvraag in strijd is met het "
     "reglement en dat mevrouw Maes belast werd met uw dossier.", ["in strijd is met", "belast werd met"]),
    ("a 'wij' phrase said by one writer, with an adverb inside", "Het is mij helaas niet mogelijk om de boete te "
     "schrappen.", ["Het is mij helaas niet mogelijk"]),
    ("... with the verb in the first person", "Ik veroorloof mij u te herinneren aan de betaling.",
     ["Ik veroorloof mij"]),
    ("... and the possessive", "Naar mijn weten is de factuur betaald.", ["Naar mijn weten"]),
    ("a fixed phrase in the past tense", "Het lag voor de hand dat de buren klaagden.", ["Het lag voor de hand"]),
    ("two sentence adverbs inside a fixed phrase", "Het spreekt dan ook voor zich dat wij de kosten "
     "terugbetalen.", ["Het spreekt dan ook voor zich"]),
    ("a conjunction, not 'eens' (again) before 'dat'", "Ziet u nog eens dat de container vol is? Eens dat wij "
     "het attest hebben, betalen wij.", ["Eens dat"]),
    ("the past of 'bekomen', not 'zich bekwamen'", "Wij bekwamen uw aanvraag laat. De medewerkers bekwamen zich in "
     "het Frans.", ["bekwamen"]),
    ("a split pronominal adverb before its verb", "Wij kunnen ons daar niet mee verenigen.",
     ["daar niet mee verenigen"]),
    ("... but not a place with its own noun phrase", "Wij zijn daar met de fiets naar het loket gegaan.", []),
    ("one finding where two prepositions could serve the term", "Wij zijn niet van plan gebruik te maken van die "
     "regeling.", ["gebruik te maken van"]),
    ("a plural noun phrase whose noun the tagger read as a verb", "Wij controleren twee hinderlijke inrichtingen in "
     "uw straat.", ["hinderlijke inrichtingen"]),
    ("a reflexive imperative", "Wend u tot de ombudsdienst.", ["Wend u tot"]),
    ("the singular of an expression's plural noun", "Er werd intussen een bijkomende maatregel getroffen.",
     ["bijkomende", "maatregel getroffen"]),
    ("a participle the tagger read as a noun", "De eigenaar is in gebreke gebleven om de gevel te herstellen.",
     ["in gebreke gebleven"]),
    ("a particle the tagger read as a noun", "De raad deed de beslissing van het college teniet.",
     ["deed de beslissing van het college teniet"]),
    ("... but not a noun among the particles", "Wij hebben de bus op woensdag geleegd in plaats van op dinsdag.", []),
    ("an adjective inside a fixed phrase", "Wij blijven in de vaste overtuiging dat de beslissing klopt.",
     ["in de vaste overtuiging dat"]),
    ("... but not one that changes an idiom without article", "De stoep is in slechte staat.", []),
    ("adjectives after the phrase's own, also coordinated", "Het OCMW zoekt met u naar passende en duurzame arbeid.",
     ["passende en duurzame arbeid"]),
    ("... but not a degree word that makes another phrase", "Wij herstellen het zo precies mogelijk.", []),
    ("a fixed phrase with its verb before the subject", "Tot slot wijzen wij erop dat de termijn loopt.",
     ["wijzen wij erop"]),
    ("... and the question, with its own 'zich'", "Wendt u zich liever tot de ombudsdienst?",
     ["Wendt u zich liever tot"]),
    ("a reflexive expression whose 'zich' stands apart", "Het college heeft zich op 12 juni met het voorstel "
     "akkoord verklaard.", ["zich op 12 juni met het voorstel akkoord verklaard"]),
    ("... but not without a 'zich' in the clause", "Het college verklaarde het voorstel akkoord.", []),
    ("a degree word the tagger read as a name", "U mag de container op louter tijdelijke basis plaatsen.",
     ["op louter tijdelijke basis", "louter"]),
    ("a degree word inside a litotes", "Uw klacht over de wachttijd is niet helemaal onterecht.",
     ["niet helemaal onterecht"]),
    ("the 'meer' of a comparative inside a fixed phrase", "Wij maaien de berm voortaan op meer regelmatige basis.",
     ["op meer regelmatige basis"]),
    ("an ordinal makes the noun of a phrase another noun", "Wij schreven al in de eerste zin dat u gelijk had.", []),
    ("a fixed phrase with its verb after a subject, in the past", "De reden daarvoor was dat de aannemer ziek was.",
     ["De reden daarvoor was dat"]),
    ("a phrase term's 'uw' of another owner", "Er rust in zijn hoofde geen verplichting.", ["in zijn hoofde"]),
    ("an expression's noun phrase after a year", "De dienstregeling onderging in 2025 een ingrijpende verandering.",
     ["onderging in 2025 een ingrijpende verandering"]),
    ("... and after a year the parser hung on the noun", "De eigenaar deed in 2022 afstand van de grond.",
     ["deed in 2022 afstand"]),
    ("an adjective the tagger read as a verb inside an expression", "Wij kwamen samen niet tot een bevredigende "
     "oplossing.", ["kwamen samen niet tot een bevredigende oplossing"]),
    ("an adjective, itself a term, inside an idiom with a plural noun", "De weg blijft uit dwingende "
     "veiligheidsoverwegingen dicht.", ["uit dwingende veiligheidsoverwegingen", "dwingende"]),
    ("... but not a singular idiom's noun in the plural", "De regio zette de richtlijn om in eigen regels.", []),
    ("a participle coordinated after the phrase's own", "Stuur het attest onder gesloten en aangetekende omslag.",
     ["onder gesloten en aangetekende omslag"]),
    ("... after an adjective the tagger read as a noun", "Het maatschappelijk en financieel onderzoek loopt nog.",
     ["maatschappelijk en financieel onderzoek"]),
    ("an adjective before the phrase's own", "U kunt het formulier langs beveiligde elektronische weg indienen.",
     ["langs beveiligde elektronische weg"]),
    ("an adjective in an idiom that ends in a pronominal adverb", "Wij hebben in volledige overeenstemming "
     "daarmee gehandeld.", ["in volledige overeenstemming daarmee"]),
    ("a participle after the phrase's own adjective", "Het gaat om een abnormaal verborgen gebrek.",
     ["abnormaal verborgen gebrek"]),
    ("a gapped phrase in the past", "Wat de vorige jaren aanging, klopte de berekening.",
     ["Wat de vorige jaren aanging"]),
    ("'weinig' before an inserted adjective", "Het spijt ons voor de weinig vriendelijke wijze waarop dat gebeurde.",
     ["de weinig vriendelijke wijze waarop"]),
    ("... but 'weinig' alone is no inserted word", "Er kwamen weinig klachten over de wijze van ophalen.", []),
    ("... nor in 'zo weinig mogelijk'", "Wij werken met zo weinig mogelijk hinder voor u.", []),
    ("the agent between a phrase's article and participle", "Het door u gevraagde is niet mogelijk.",
     ["Het door u gevraagde"]),
    ("a noun coordinated before the phrase's own", "Wij zeggen u in alle openheid en eerlijkheid dat het misliep.",
     ["in alle openheid en eerlijkheid"]),
    ("... but no phrase made of two coordinated nouns", "De kosten en baten van het project zijn bekend.", []),
    ("a reflexive verb's preposition after another phrase", "De raad boog zich op 3 mei over de klacht.",
     ["boog zich op 3 mei over"]),
    ("the plural of an adjective used as a noun, without article", "De korting is voor zorgbehoevenden.",
     ["zorgbehoevenden"]),
    ("... but not an everyday plural", "Buren en andere betrokkenen kunnen bezwaar indienen.", []),
    ("... but not who pays", "Het verschil neemt de stad voor haar rekening.", []),
    ("a noun that is also a verb's bare stem, without 'ik', is the noun", "U kon uw boodschappen niet doen en "
     "moest geld lenen.", []),
    ("a past tense the model and the rules agree on", "De medewerker las het kenteken fout in.", []),
    ("... while the present of the rarer verb stays a term", "De Lijn last op zaterdag een extra rit in.",
     ["last op zaterdag een extra rit in"]),
    ("a plural is its own infinitive, whatever the model read", "Daarom wenden wij ons tot u.",
     ["wenden wij ons tot"]),
    ("an infinitive the tagger called a noun, after a noun it called an adjective", "Wij doen u in bijlage het "
     "nieuwe aanslagbiljet toekomen.", ["doen u in bijlage het nieuwe aanslagbiljet toekomen", "in bijlage"]),
    ("'het' before a noun that takes 'de' is the subject", "Ondertussen verdient het aanbeveling uw dochter ook in "
     "een andere school aan te melden.", ["verdient het aanbeveling"]),
    ("a particle the parser hung on the verb's object", "U stelde op 10 april beroep in bij de rechtbank.",
     ["stelde op 10 april beroep in"]),
    ("a particle that is no preposition, right after its verb", "Het diensthoofd zegde toe de informatie te geven.",
     ["zegde toe"]),
    ("an unstressed '-or' keeps its short vowel", "De luchtkwaliteit wordt sinds januari gemonitord.",
     ["gemonitord"]),
    ("the Flemish word order of a fixed phrase", "Het is intussen vast komen te staan dat de aannemer de schade "
     "veroorzaakte.", ["vast komen te staan"]),
    ("the preposition of a relative 'waar' is no particle", "U voelde zich gekleineerd waar andere mensen bij "
     "stonden.", []),
    ("the noun after a hyphen is no verb", "Uw meter krijgt een nieuwe software-update.", []),
    ("a noun takes no 'zich': the tagger's noun is the verb", "Dan kunt u zich gratis richten tot de "
     "ombudsdienst.", ["richten tot"]),
    ("a closing formula's old word", "Met gevoelens van hoogachting,\n\nLotte Moens", ["hoogachting"]),
    ("an old word names nothing, whatever follows it", "Met vriendelijke groeten en hoogachting, het diensthoofd "
     "Mobiliteit.", ["hoogachting"]),
    ("an adjective after a verbal expression's preposition changes it", "Het huis is voor de rest in goede staat.",
     []),
    ("a 'die' after the verb and its subject points back and opens no clause", "Voor zover dat nodig is, dient u "
     "die aan te vragen bij de FOD.", ["dient u die aan te vragen"]),
]


@pytest.mark.parametrize(("term", "variants"), [
    ("het is zaak", ["het was zaak", "is het zaak", "was het zaak"]),
    ("wij verblijven", ["ik verblijf", "verblijven wij", "verblijf ik"]),
    ("wij zijn van oordeel", ["ik ben van oordeel", "zijn wij van oordeel", "ben ik van oordeel"]),
    ("in zijn zitting van", ["in haar zitting van", "in hun zitting van"]),
    ("in uw hoofde", ["in haar hoofde", "in hun hoofde", "in zijn hoofde"]),
    ("de reden daarvoor is dat", ["de reden daarvoor was dat"]),
    ("gebleken is", ["gebleken was"]),
    ("wij zouden u dankbaar zijn", ["ik zou u dankbaar zijn"]),  # a past plural, not "ik zoud"
    ("dit neemt niet weg dat", ["dit nam niet weg dat"]),
    ("uit hoofde van", []),  # "uit" is no present tense of "uiten"
    ("acht slaan", []),  # nor is the noun "acht" one of "achten"
    ("in uw bezit", ["in haar bezit", "in hun bezit", "in zijn bezit"]),  # not "in uw bezat", nor "in uw bezitte"
    ("naar ons weten", ["naar mij weten", "naar mijn weten"]),
    ("het feit dat", []),  # "feit" is no present tense
    ("met redenen omkleed", ["met redenen omklede"]),  # before its noun: "een met redenen omklede beslissing"
    ("kan niet worden uitgesloten", ["kon niet worden uitgesloten", "kan niet uitgesloten worden",
                                     "kon niet uitgesloten worden"]),
    ("ten laste", []),
    ("in het kader van", []),
])
def test_the_forms_of_a_fixed_phrase(term, variants):
    assert [" ".join(words) for words in term_variants(term.split())] == variants


@pytest.mark.parametrize(("text", "found"), [pytest.param(text, found, id=why) for why, text, found in IN_CONTEXT])
def test_lexicon_findings_in_context(checker, text, found):
    assert [finding.text for finding in _lexicon_findings(checker.check(text))] == found


# Abbreviations and rare words explained in the letter: (why, text, the jargon findings' texts).
EXPLAINED = [
    ("a definition in brackets after the word's verb", "Op het attest moet de U-waarde staan (dat is een cijfer voor "
     "hoe goed het glas isoleert).", []),
    ("a noun in -ing after its verb in plain words", "U kreeg een brief dat uw inschrijving geschrapt is. Nu is uw "
     "schrapping ongedaan.", []),
    ("... not without it", "Nu is uw schrapping ongedaan.", ["schrapping"]),
    ("what one can do in that time, in the next sentence", "Eerst loopt er een openbaar onderzoek van 60 dagen. In "
     "die periode kan iedereen het plan inkijken.", []),
    ("... not what the service does in it", "Eerst loopt er een openbaar onderzoek van 60 dagen. In die periode "
     "werkt de dienst aan het plan.", ["openbaar onderzoek"]),
    ("... also addressed to the reader", "Tot 30 januari loopt het openbaar onderzoek. In die periode kunt u het plan "
     "inkijken.", []),
    ("what the reader can do then, in the next sentence", "Daarna volgt een openbaar onderzoek. U kunt dan uw "
     "bezwaren indienen.", []),
    ("... but not with other words between", "Twijfelt ons systeem over een perceel, dan krijgt u een bericht. U "
     "kunt daar dan foto's opladen.", ["perceel"]),
    ("a clause on what happens in it, after a comma", "Daarna volgt een openbaar onderzoek, waarin u bezwaar kunt "
     "indienen.", []),
    ("officialese defined as the moment when", "U gaf bij de actualisatie van 2025 uw inkomen door. De actualisatie "
     "is het moment waarop we nagaan of u nog aan de voorwaarden voldoet.", []),
    ("... but not by the reason why", "U gaf bij de actualisatie uw inkomen door. De actualisatie is de reden dat "
     "u een brief kreeg.", ["actualisatie"]),
    ("the end of a name that a sentence defines", "U kreeg een voorstel tot onmiddellijke inning. Een voorstel tot "
     "onmiddellijke inning is een voorstel om de boete te betalen zonder dat de zaak naar het parket gaat.", []),
    ("... but not a claim about another thing", "U kreeg een voorstel tot onmiddellijke inning. De brief tot "
     "onmiddellijke inning is fout.", ["onmiddellijke inning"]),
    ("a rule book whose sentence says what it holds", "Ons politiereglement zegt dat de borden 48 uur vooraf "
     "moeten staan.", []),
    ("... also past an apposition", "Ons belastingreglement, met de regels die de gemeenteraad vastlegt, zegt dat "
     "u de vermindering elk jaar moet aanvragen.", []),
    ("... or what it gives", "Ons belastingreglement geeft een vrijstelling bij renovatie.", []),
    ("... or after what it holds", "Het terras mag open blijven tot 1 uur. Zo staat het in het politiereglement.",
     []),
    ("... or what holds by it", "Volgens ons belastingreglement geldt de vrijstelling twee jaar.", []),
    ("... but not by an article of a dated law", "Volgens artikel 12 van het decreet van 7 december 2018 komt u niet "
     "in aanmerking.", ["artikel 12", "het decreet", "komt u niet in aanmerking"]),
    ("an apposition closing the sentence, with two nouns joined inside it", "Uw woning staat in het "
     "leegstandsregister, de lijst van alle leegstaande woningen en gebouwen in onze stad.", []),
    ("... but not the next items of a list", "Stuur ons het conformiteitsattest, de huurovereenkomst en loonfiches.",
     ["conformiteitsattest"]),
    ("a sentence that defines the word with its adjective", "U vindt het verslag van de provinciale "
     "omgevingsambtenaar partijdig. De provinciale omgevingsambtenaar is een deskundige van de provincie.", []),
    ("... but not a bare reference", "Dat staat in het politiereglement.", ["politiereglement"]),
    ("a hard word naming for short what a compound named before", "U klaagt over de leegstandsheffing voor de "
     "Molenstraat. U moet de heffing voor 2024 niet betalen.", []),
    ("... not when the word before it is no compound", "Uw tuin ligt naast de parking. De rest van de "
     "verkaveling blijft.", ["verkaveling"]),
    ("what one could do in it, in the past", "Van 2 december tot 31 januari liep er een openbaar onderzoek. In die "
     "periode kon iedereen het plan inkijken.", []),
    ("a thing without an article in the next sentence", "U vroeg steun voor de ecoregeling. Dat is extra steun als u "
     "na de oogst een groenbedekker zaait.", []),
    ("... but not a remark on the sentence", "Vraag het conformiteitsattest aan. Dat is handig als u wilt "
     "verhuren.", ["conformiteitsattest"]),
    ("... nor a comparison", "Na nazicht van uw meter kennen we uw verbruik: 2.950 kilowattuur. Dat is ongeveer "
     "evenveel als vorig jaar.", ["nazicht"]),
    ("a plural definition with 'alle'", "De privéwaterafvoer moet gekeurd zijn. De privéwaterafvoer zijn alle "
     "leidingen op uw eigen terrein.", []),
    ("what it pays for, after a comma", "U krijgt een wederbeleggingsvergoeding, voor de kosten die u maakt als u "
     "nieuwe grond koopt.", []),
    ("an apposition between commas before the object", "Bij een beroep bekijkt de deputatie, het dagelijks "
     "bestuur van de provincie, het hele dossier opnieuw.", []),
    ("... but not an item of a list", "Wij stuurden de brief naar de deputatie, het kabinet van de gouverneur, de "
     "burgemeester en de schepenen.", ["de deputatie"]),
    ("the first part of a compound, defined in the next sentence", "De ANPR-camera herkende uw auto niet. ANPR "
     "betekent dat de camera nummerplaten automatisch leest.", []),
    ("an adjective's noun, its verb and a colon", "Wij moeten al uw belastbare inkomsten meetellen: alle "
     "inkomsten waarop u belastingen betaalt.", []),
    ("a name that opens with a participle, before a colon", "Zulke maanden zijn gelijkgestelde periodes: u werkte "
     "niet, maar ze tellen mee alsof u wel werkte.", []),
    ("officialese defined with the word after it", "Is een kind te vaak ongewettigd afwezig, dan vervalt de "
     "toeslag. Ongewettigd afwezig betekent: afwezig zonder geldige reden.", []),
    ("an apposition that says what it is for", "U betaalt een rolrecht, een bijdrage om uw zaak te laten "
     "inschrijven.", []),
    ("a word whose noun a later sentence defines", "Het bedrag hangt af van hoe zelfredzaam u bent. "
     "Zelfredzaamheid wil zeggen: hoe goed u zelf dagelijkse dingen kunt doen.", []),
    ("what a part pays for, in a list of parts", "Ze bestaat uit drie delen:\n- het drinkwater;\n- de "
     "gemeentelijke saneringsbijdrage, voor de riolering in uw gemeente;\n- de vaste vergoeding.", []),
    ("... but not a time after the word", "De huur betaalt u prenumerando, voor de eerste van de maand.",
     ["prenumerando"]),
    ("a quoted term before a colon", 'Daarop staat uw "gezamenlijk belastbaar inkomen": het inkomen waarop u '
     'belastingen betaalt.', []),
    ("the words an abbreviation before their brackets stands for", "Een IBA (individuele behandelingsinstallatie "
     "voor afvalwater) is een kleine zuiveringsinstallatie in uw tuin.", []),
    ("the writer's role, by what the writer does in it", "Als sanctionerend ambtenaar beslis ik over die boetes.",
     []),
    ("... but not a role named in passing", "Als sanctionerend ambtenaar heeft hij het dossier.",
     ["sanctionerend ambtenaar"]),
    ("an apposition after the word and its verb", "Hij moet een beroepsaansprakelijkheidsverzekering hebben, een "
     "verzekering die schade betaalt als hij een fout maakt.", []),
    ("a long apposition between commas", "Ook de saneringsbijdrage, het deel van de factuur voor het zuiveren van "
     "afvalwater, valt weg.", []),
    ("an abbreviation spelled out after 'uw'", "Kijk dan naar uw EPC, uw energieprestatiecertificaat.",
     ["energieprestatiecertificaat"]),
    ("a thing, after what it is said to be and a colon", "Die studie gaat na of een milieueffectrapport nodig "
     "is: een uitgebreid onderzoek naar alle gevolgen voor het milieu.", []),
    ("a thing, after its verbs and a colon", "U kreeg een brief waarin u uw verweer kon geven: uw kant van het "
     "verhaal.", []),
    ("what the service does in it, after a colon", "Om de twee jaar doen wij een actualisatie: wij sturen iedereen "
     "een brief met de vraag of hij nog een woning zoekt.", []),
    ("... nor officialese before an adverb and a colon", "Dat is in casu zo: uw tuinhuis staat te dicht bij de "
     "grens.", ["in casu"]),
    ("... but not a manner, after its verbs and a colon", "De procedure werd onrechtmatig opgestart: uw "
     "leverancier vergiste zich.", ["onrechtmatig"]),
    ("what its holder checks, in the next sentence", "De wijkagent komt langs voor een woonstcontrole. Hij gaat na of "
     "u echt op het nieuwe adres woont.", []),
    ("the noun after an adjective taken up in the next sentence", "De reden staat in het ruimtelijk uitvoeringsplan. "
     "Dat plan legt vast wat u waar mag bouwen.", []),
    ("a name set between commas after what the sentence describes", "Een ambtenaar die daarvoor is aangeduid, de "
     "sanctionerend ambtenaar, beslist of de boete terecht is.", []),
    ("... but not an item of a list", "Wij vroegen advies aan de brandweer, de sanctionerend ambtenaar, de politie en "
     "de buren.", ["sanctionerend ambtenaar"]),
    ("the words of a definition of a piece of land", "Een perceel is een stuk grond met een eigen nummer bij het "
     "kadaster.", []),
    ("an abbreviation set after the lower-case name it stands for", "Daarna bespreekt de gemeentelijke commissie voor "
     "ruimtelijke ordening, de GECORO, alle bezwaren.", []),
    ("a name given before a colon and what it means", "Soms schrapt de gemeente iemand uit het register. Dat noemen "
     "we een ambtshalve schrapping: de gemeente doet het zelf. Was uw ambtshalve schrapping terecht?", []),
    ("'Dat wil zeggen' after a word and its verb", "U betaalt de belasting voor een studio waar niemand "
     "gedomicilieerd is. Dat wil zeggen: waar niemand officieel woont.", []),
    ("... but not 'Dat betekent', which tells what follows", "U diende uw aanvraag in toen u laattijdig was. Dat "
     "betekent dat u de premie niet krijgt.", ["laattijdig"]),
    ("what one can do during it", "U diende tijdens het openbaar onderzoek een bezwaar in. Tijdens het openbaar "
     "onderzoek kan iedereen bezwaren indienen.", []),
    ("what one can do then, past a sentence on how long it takes", "Daarna volgt het openbaar onderzoek. Dat duurt "
     "30 dagen. Uw buren en andere mensen kunnen dan uw plannen inkijken.", []),
    ("... with words between the verb and 'dan'", "Daarna houdt de stad een openbaar onderzoek. Iedereen kan het plan "
     "dan inkijken.", []),
    ("... but not a sentence on something else after it", "Daarna volgt het openbaar onderzoek. Dat duurt 30 dagen. "
     "De stad betaalt de kosten.", ["openbaar onderzoek"]),
    ("a definition after the abbreviation, given after 'kort een'", "U diende een bezwaar in tegen het ruimtelijk "
     "uitvoeringsplan. Een ruimtelijk uitvoeringsplan, kort een RUP, is een plan dat vastlegt wat er op een plek "
     "gebouwd mag worden.", []),
    ("a law reference once", "Dat staat in het politiereglement. Het politiereglement verbiedt het.",
     ["politiereglement"]),
    ("an abbreviation spelled out after a comma", "Uw energielabel staat op het EPC, het energieprestatiecertificaat.",
     ["energieprestatiecertificaat"]),
    ("the same abbreviation unexplained", "Uw energielabel staat op het EPC.", ["EPC"]),
    ("an abbreviation in the plural, once", "Het RUP laat dat niet toe. De twee nieuwe RUP's laten ook geen "
     "appartementen toe.", ["RUP"]),
    ("... and explained in the singular", "Het LOP (lokaal overlegplatform) bekijkt dat. De twee LOP's vergaderen "
     "elke maand.", []),
    ("... and unexplained in the plural alone", "De twee LOP's vergaderen elke maand.", ["LOP's"]),
    ("an abbreviation the next sentence explains", "De GECORO geeft advies. Dat is een commissie die de stad raad "
     "geeft.", []),
    ("an abbreviation the next sentence spells out", "U sloot met ons een GPMI af. Dat staat voor geïntegreerd "
     "project van maatschappelijke integratie.", []),
    ("an abbreviation a later use defines", "Wij stuurden het naar de RVA. De RVA is de federale dienst die de "
     "uitkeringen betaalt.", []),
    ("an abbreviation a later use spells out", "Wij stuurden het naar de RVA. Later vroeg de RVA (Rijksdienst voor "
     "Arbeidsvoorziening) meer.", []),
    ("an abbreviation used twice, unexplained, once", "Wij stuurden het naar de HVW. De HVW antwoordt binnen de "
     "maand.", ["HVW"]),
    ("a sentence that opens with officialese defines nothing", "Dientengevolge zijn de kosten ten uwen laste.",
     ["Dientengevolge", "ten uwen laste"]),
    ("an office every Flemish reader knows by its letters", "Wij stuurden het naar de RVA en het CLB.", []),
    ("a hard name in brackets after its plain description", "Uw dak volgt de Vlaamse regel voor hemelwater (de "
     "gewestelijke verordening hemelwater).", []),
    ("... but not officialese in brackets", "De stad (in casu het college) besliste anders.", ["in casu"]),
    ("a Flemish name in brackets after its plain description", "Hang de vergunning dertig dagen uit aan de "
     "straatkant (de 'aanplakking').", []),
    ("a hard word that opens what the noun before the colon is", "U krijgt een huurpremie: een tegemoetkoming in de "
     "huur die u betaalt.", []),
    ("... but not an item of a list after a colon", "U kreeg twee dingen: een tegemoetkoming en een premie.",
     ["tegemoetkoming"]),
    ("... nor the first of a list", "Wij bekeken uw stukken: het vonnis van faillissement, de facturen en uw mails.",
     ["vonnis"]),
    ("a role the next sentence explains by its holder", "De sanctionerend ambtenaar bekijkt uw uitleg. Zij is de "
     "persoon die over de boetes beslist.", []),
    ("... but not by a remark about the holder", "De sanctionerend ambtenaar bekijkt uw uitleg. Zij is erg "
     "grondig.", ["sanctionerend ambtenaar"]),
    ("a scan every patient knows by its letters", "De arts vraagt een MRI van uw knie.", []),
    ("spelled out after 'een'", "Wij noemen zo'n installatie een IBA, een installatie die afvalwater zuivert.", []),
    ("an abbreviation that opens its expansion", "U kreeg een boete in de LEZ. LEZ staat voor lage-emissiezone.",
     []),
    ("a unit of file size", "Ons formulier aanvaardt bestanden tot 5 MB.", []),
    ("a name after the abbreviation it expands", "Wie zijn afvalwater zelf zuivert, kan het terugkrijgen. Wij noemen "
     "zo'n installatie een IBA, een individuele behandelingsinstallatie voor afvalwater.", []),
    ("an explanation after the word's modifier without an article", "De heffingen voor sanering, dat zijn de kosten "
     "om het afvalwater te zuiveren, vallen weg.", []),
    ("'kort' before the abbreviation", "Een lage-emissiezone, kort LEZ, is een gebied waar oude wagens niet mogen "
     "rijden. De LEZ geldt overal.", []),
    ("an abbreviation in brackets with its article", "De gemeentelijke commissie voor ruimtelijke ordening (de "
     "GECORO) bekijkt de bezwaren.", []),
    ("a particle verb in the present tense", "U mag pas bemesten als u een vanggewas inzaait.", []),
    ("a compound that opens with an everyday verb", "Wij bouwen een vulplaats voor de mesttank.", []),
    ("... not with a rare one", "Wij volgen de wanbetalingsprocedure.", ["wanbetalingsprocedure"]),
    ("a plural defined without an article, two sentences on", "U betaalde 640 euro ereloonsupplementen. U schrok "
     "daarvan. Ereloonsupplementen zijn extra bedragen die artsen bovenop het gewone tarief vragen.", []),
    ("... but not a claim about them", "U betaalde ereloonsupplementen. Ereloonsupplementen zijn niet toegelaten.",
     ["ereloonsupplementen"]),
    ("a comment on the sentence before explains none of its words", "Onze telefoonlijn was gesatureerd. Dat is "
     "een verklaring, maar geen excuus.", ["gesatureerd"]),
    ("a particle before a verb form that is no rare word itself", "U schrijft dat de medewerker u afsnauwde.", []),
    ("... but a prefix before a noun is no particle verb", "De directie verontschuldigt zich voor deze "
     "onzorgvuldigheid.", ["onzorgvuldigheid"]),
    ("the verb between a word and its explanation after a colon", "U kunt een bewijs van woonst krijgen: dat is een "
     "officieel bewijs van uw adres.", []),
]


@pytest.mark.parametrize(("text", "found"), [pytest.param(text, found, id=why) for why, text, found in EXPLAINED])
def test_abbreviations_and_rare_words_explained_in_the_letter(checker, text, found):
    assert [finding.text for finding in checker.check(text).dimensions["jargon"].findings] == found


def test_every_plain_phrase_contains_its_term():
    """A `not_in` phrase that lacks its term's words, perhaps a verb's inflected form ("weerhoudt … ervan"),
    a separable verb's two parts ("past … bij hoe") or an adjective's attributive form ("integrale waterfactuur"),
    can never apply."""
    for rule in load_rules():
        for term, phrases in (rule.spec.get("entry_exceptions") or {}).items():
            for phrase in phrases:
                words = phrase.lower().replace("…", " ").split()
                forms = set(words) | {lemma for word in words for lemma in verb_lemma(word)}
                forms |= {particle + form for particle in words for form in forms}
                missing = {word for word in term.lower().split()
                           if word not in forms and attributive(word) not in words}
                assert not missing, (term, phrase)


def test_an_abbreviation_whose_stop_ends_the_sentence_is_found(checker):
    report = checker.check("Wij ontvingen uw brief van 3 maart jl.")
    assert [finding.rule for finding in _lexicon_findings(report)] == ["jargon.archaisch.jl"]


@pytest.mark.parametrize("sentence", [
    "Ik neem daar als diensthoofd de verantwoordelijkheid voor.",  # the "voor" of "daarvoor"
    "Neem wel foto's voor en na, en stuur die naar ons.",  # "voor en na"
])
def test_a_preposition_of_its_own_is_no_particle(nlp, sentence):
    (voor,) = [token for token in nlp(sentence) if token.lower_ == "voor"][:1]
    assert is_a_preposition_apart(voor)


def test_the_noun_voornemen_is_found_but_not_the_verb(checker):
    """"het voornemen" (the intention) is officialese; "zich voornemen" (to resolve to) is plain Dutch."""
    assert [f.text for f in _lexicon_findings(checker.check("Het college heeft het voornemen om te bouwen."))] == [
        "het voornemen"]
    assert _lexicon_findings(checker.check("Hij heeft zich voorgenomen om trager te rijden.")) == []


def test_quoted_words_are_mentioned_not_used(checker):
    """A reply may quote the earlier letter; the apostrophes of "'s ochtends" and "foto's" quote nothing."""
    assert not _lexicon_findings(checker.check("Er stond in die brief dat u 'in gebreke' bleef."))
    assert not _lexicon_findings(checker.check('U schreef: "Mijn dossier is al maanden in behandeling."'))
    report = checker.check("Wij bekeken 's ochtends uw foto's en nemen uw klacht in behandeling.")
    assert [finding.text for finding in _lexicon_findings(report)] == ["nemen uw klacht in behandeling"]
    # a formula the reader is asked to write is quoted whole, and is still the service's wording
    report = checker.check("Schrijf 'Goed voor akkoord' boven uw handtekening.")
    assert [finding.text for finding in _lexicon_findings(report)] == ["Goed voor akkoord"]


def test_a_present_participle_that_is_an_adjective_of_its_own_is_no_verb(checker):
    """ "verstrekkende gevolgen" (far-reaching) is no "verstrekken" (to provide)."""
    report = checker.check("Het nieuwe reglement heeft verstrekkende gevolgen voor de marktkramers.")
    assert not [f for f in _lexicon_findings(report) if f.rule.endswith(".verstrekken")]


def test_a_separable_particle_and_a_noun_plural_make_no_noun_term(checker):
    """ "rollen ... uit" is "uitrollen", not the noun "uitrol" ("rollen" is also the plural of "rol")."""
    report = checker.check("Wij rollen het nieuwe systeem volgend jaar uit.")
    assert not [f for f in _lexicon_findings(report) if f.rule.endswith(".uitrol")]


def test_a_gap_does_not_reach_into_an_om_clause(checker):
    """ "behoren ... te" is not in "het behoort tot uw taak om erover te waken"."""
    report = checker.check("Het behoort tot uw taak om erover te waken dat alles klopt.")
    assert not [f for f in _lexicon_findings(report) if "behoren" in f.rule]


@pytest.mark.parametrize(
    ("sentence", "split_term"),
    [
        ("Gelieve het formulier terug te sturen.", "Gelieve het formulier terug te sturen"),  # not "gelieve" too
        ("Wij delen u mede dat de werken uitlopen.", "delen u mede"),  # not "mede" (-> "ook") too
        ("Wij stellen u in het bezit van een nieuwe kaart.", "stellen u in het bezit"),  # not "in het bezit van"
    ],
)
def test_a_term_pulled_apart_hides_a_shorter_term_on_its_first_or_last_word(checker, sentence, split_term):
    assert [f.text for f in _lexicon_findings(checker.check(sentence))] == [split_term]


def test_a_verb_is_no_plural_noun_of_a_verbal_expression(checker):
    """ "gebruiken" is no plural of "gebruik": "gebruik maken" is not in this sentence."""
    report = checker.check("Wij maken de gegevens onherkenbaar en gebruiken ze voor statistiek.")
    assert not [f for f in _lexicon_findings(report) if f.rule.endswith("gebruik-maken")]


def test_only_the_verbs_nearest_phrase_makes_its_term(checker):
    """ "voorziet in opvang voor de kinderen" is "voorzien in", not "voorzien voor"."""
    rules = {finding.rule for finding in _lexicon_findings(checker.check("De stad voorziet in opvang voor de kinderen."))}
    assert any(rule.endswith("voorzien-in") for rule in rules) and not any(rule.endswith("voorzien-voor") for rule in rules)


def test_jongstleden_after_a_date_is_found(checker):
    assert "jongstleden" in {f.text for f in _lexicon_findings(checker.check("Op 3 maart jongstleden belde u ons."))}


@pytest.mark.parametrize(
    ("sentence", "not_found"),
    [
        ("Heeft u nog plaats in uw garage?", "plaatshebben"),
        ("U schreef uw klacht aan het loket op.", "aanschrijven"),
        ("De technieker komt op dinsdag 4 maart tussen 8 en 12 uur.", "tussenkomen"),  # before a number
    ],
)
def test_a_preposition_or_a_noun_with_a_modifier_is_no_verb_particle(checker, sentence, not_found):
    assert not [f for f in _lexicon_findings(checker.check(sentence)) if f.rule.endswith(not_found)]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Deze brief heeft geen rechtsgevolgen voor u.", "rechtsgevolg"),
        ("De werken in uw straat zijn op 3 maart aangevangen.", "aanvangen"),
        ("Uw woning staat op de lijst van erfgoedobjecten.", "erfgoedobject"),
        ("De tarieven zijn 10 resp. 15 euro.", "resp"),
        ("Deze regel is nog vigerend.", "vigerende"),
        ("Wij hebben dat vorige week betwist.", "betwisten"),
        ("Wij hebben het plan geïntegreerd in het nieuwe beleid.", "integreren"),
        ("Intramurale zorg is duur.", "intramuraal"),
        ("Wij storten voornoemd bedrag vandaag terug.", "voornoemde"),  # a referring participle, uninflected
    ],
)
def test_a_term_is_found_whatever_word_class_the_tagger_guesses(checker, sentence, term):
    """Through the lookup table's lemma (compounds by their last part), terms ending in a full stop,
    and an adjective term written attributively ("vigerende") in its base form."""
    assert [f for f in _lexicon_findings(checker.check(sentence)) if f.rule.endswith(term)]


def test_a_gapped_term_does_not_end_in_a_preposition_that_merely_shares_its_lemma(checker):
    report = checker.check("Gelieve ons de stukken ten laatste op 3 mei te bezorgen.")
    found = {finding.rule: finding.text for finding in _lexicon_findings(report)}
    assert found["jargon.vlaams.gelieve-te"].endswith("te bezorgen")


def test_of_twin_terms_the_one_whose_preposition_stands_there_is_the_finding(checker):
    """ "gebruik maken" and "gebruik maken van" both match "maken voortaan gebruik"; without "van"
    in the matched words, the term without it is the one found. With "van" beside it, the longer."""
    split = _lexicon_findings(checker.check("Wij maken voortaan gebruik van een nieuwe app."))
    whole = _lexicon_findings(checker.check("U kunt gebruik maken van de app."))
    assert [finding.rule for finding in split] == ["jargon.omslachtig.gebruik-maken"]
    assert [finding.rule for finding in whole] == ["jargon.omslachtig.gebruik-maken-van"]
