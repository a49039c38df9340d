"""Read the stance of a sentence in a complaint reply, as a trainer would.

A trainer reads more than words: "uw klacht is gegrond" is a verdict, not
understanding; "wij hadden u eerder moeten informeren" admits a fault
without the word "fout"; "u had het formulier moeten nakijken" says the
same with the reader as subject and so shifts the blame. Each reading
below combines lemmas with the parse (subject, modal, negation,
subordinate clause), so the same meaning in other words is found too.

`read_sentence(span)` returns `Cue`s, one per stance found, each with the
tokens that carry it. The categories:

* ``acknowledgement``: names what the reader went through or felt;
* ``verdict``: a judgement on the complaint (gegrond, terecht, ontvankelijk);
* ``thanks``: thanks or appreciation;
* ``fault_admission``: the service admits a fault (kind: mistake, delay,
  loss, counterfactual, verdict);
* ``apology``: the service apologises;
* defensive: ``procedure``, ``door_closing``, ``blame_shifting``,
  ``minimising``, ``reproach`` and ``takeback`` (a "maar" or "echter" that
  takes back the empathy before it).

The parser knows little letter Dutch (it tags "ongenoegen" a verb), so
word classes come from lemma and form, and the tree is used for what it
gets right: who is the subject, what is negated, what is subordinate.
The word lists are small, closed and written for this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from helder.nlp.negation import NEGATIONS

CATEGORIES = (
    "acknowledgement", "verdict", "thanks", "fault_admission", "apology",
    "procedure", "door_closing", "blame_shifting", "minimising", "reproach", "takeback",
)
DEFENSIVE = ("procedure", "door_closing", "blame_shifting", "minimising", "reproach", "takeback")
# Stances that a following "maar"/"echter" can take back.
_EMPATHIC = frozenset({"acknowledgement", "apology", "thanks", "fault_admission", "concession"})


@dataclass(frozen=True)
class Cue:
    """A stance in a sentence: the category, the tokens that carry it and, for faults, the kind."""

    category: str
    span: Span
    kind: str = ""
    trigger: int = -1  # index in the doc of the word that carries the stance


# -- word classes ------------------------------------------------------------------------------

FIRST_PERSON = frozenset({"ik", "wij", "we", "mij", "me", "ons", "onszelf", "mezelf", "mijzelf"})
READER = frozenset({"u", "je", "jij", "jou", "uzelf", "jezelf", "gij", "ge"})
READER_POSSESSIVE = frozenset({"uw", "jouw", "je"})
OUR_POSSESSIVE = frozenset({"onze", "ons", "mijn"})
# The reader in the third person, as officialese writes: "de klaagster had zelf moeten nagaan".
READER_NOUNS = frozenset({
    "klager", "klaagster", "aanvrager", "aanvraagster", "betrokkene", "begunstigde", "verzoeker", "verzoekster",
    "huurder", "cursist", "inburgeraar", "hulpvrager",
})
# Nouns for the service itself: "onze dienst", "de medewerker".
OUR_SIDE = frozenset({
    "dienst", "medewerker", "medewerkster", "collega", "administratie", "organisatie", "stad", "gemeente",
    "agentschap", "chauffeur", "loketmedewerker", "afdeling", "team", "klantendienst", "personeel",
})
CONDITIONAL_MARKS = frozenset({"als", "indien", "wanneer", "zodra", "ingeval", "of"})
MODALS = frozenset({"moeten", "mogen", "kunnen"})
COUNTERFACTUAL_PARTICIPLES = frozenset({"gekund", "gemoeten", "gemogen", "gehoeven"})
PAST_HEBBEN = frozenset({"had", "hadden", "hadt"})

# Feelings and experiences of the reader.
FEELING_NOUNS = frozenset({
    "ongenoegen", "ongerustheid", "frustratie", "frustraties", "teleurstelling", "ontgoocheling", "bezorgdheid",
    "bezorgdheden", "ergernis", "onvrede", "boosheid", "woede", "verontwaardiging", "onzekerheid", "zorg", "zorgen",
    "stress", "verdriet", "angst", "onrust", "gevoel", "gevoelens", "tegenvaller", "moeite", "spanning", "kopzorgen",
})
FEELING_ADJECTIVES = frozenset({
    "vervelend", "frustrerend", "onaangenaam", "ambetant", "pijnlijk", "lastig", "zwaar", "storend", "hinderlijk",
    "teleurstellend", "ergerlijk", "zuur", "stresserend", "begrijpelijk", "vermoeiend", "beangstigend", "onprettig",
    "moeilijk", "erg", "jammer", "spijtig", "ontmoedigend", "verwarrend",
})
NEGATED_COMFORT = frozenset({
    "fijn", "prettig", "leuk", "aangenaam", "eenvoudig", "makkelijk", "gemakkelijk", "evident", "plezant",
    "vanzelfsprekend",
})
READER_STATES = frozenset({
    "boos", "kwaad", "ongerust", "teleurgesteld", "ontgoocheld", "gefrustreerd", "verontwaardigd", "bezorgd",
    "bang", "ontevreden", "geërgerd", "verdrietig", "overstuur", "gekwetst", "geschrokken", "gestresseerd",
    "radeloos", "moedeloos", "ongelukkig", "gefrusteerd",
})
READER_FEELING_VERBS = frozenset({
    "ergeren", "voelen", "schrikken", "teleurstellen", "frustreren", "kwetsen", "meemaken", "doormaken",
    "ondergaan", "beleven", "ervaren", "lijden", "verstoren", "verstoord", "bezorgen", "raken", "ontgoochelen",
    "meemaakte", "meemaakt", "meegemaakt", "doorgemaakt", "voelde", "voelt",
})
EMPATHY_VERBS = frozenset({"voorstellen", "inbeelden", "indenken", "inleven", "meevoelen"})
UNDERSTAND_VERBS = frozenset({"begrijpen", "snappen", "begrijp", "snap"})

THANK_WORDS = frozenset({"bedankt", "dank", "dankjewel", "dankuwel", "merci", "bedanken", "danken", "dankbaar"})
APPRECIATE_VERBS = frozenset({"waarderen", "appreciëren", "apprecieer", "waardeer"})
GLAD = frozenset({"blij", "fijn", "dankbaar", "prettig"})

APOLOGY_NOUNS = frozenset({"excuses", "excuus", "verontschuldiging", "verontschuldigingen", "sorry", "pardon"})
APOLOGY_VERBS = frozenset({
    "verontschuldigen", "verontschuldig", "verontschuldigt", "verontschuldigde", "verontschuldigden", "excuseren",
    "excuseer", "excuseert", "betreuren", "betreur", "betreurt", "betreurde", "betreurden", "spijten",
})
REQUEST_VERBS = frozenset({"vragen", "eisen", "verwachten", "verlangen", "willen"})

COMPLAINT_NOUNS = frozenset({
    "klacht", "klachten", "bezwaar", "opmerking", "opmerkingen", "melding", "klachtpunt", "verzoek", "beroep",
    "kritiek", "verwijt", "vraag",
})
VERDICT_POSITIVE = frozenset({"gegrond", "terecht"})
VERDICT_NEGATIVE = frozenset({"ongegrond", "onterecht", "ontvankelijk", "onontvankelijk"})

FAULT_NOUNS = frozenset({
    "fout", "fouten", "foutje", "vergissing", "misverstand", "tekortkoming", "nalatigheid", "vergetelheid",
    "misser", "blunder", "vertraging", "schuld",
})
FAULT_VERBS = frozenset({
    "vergissen", "vergist", "vergiste", "vergisten", "mislopen", "misgelopen", "misliep", "misgaan", "misgegaan",
    "misging", "foutlopen", "foutgelopen", "foutgaan", "foutgegaan", "tekortschieten", "tekortgeschoten",
    "falen", "gefaald",
})
_LOST_COPULAS = frozenset({
    "is", "was", "zijn", "waren", "raakt", "raakte", "raakten", "geraakt", "blijft", "bleef", "bleven", "gebleven",
})
LOSS_VERBS = frozenset({
    "zoekraken", "zoekgeraakt", "kwijtraken", "kwijtgeraakt", "verliezen", "verloren", "vergeten", "vergat",
    "vergaten", "kwijt", "zoek",
})
WRONG_MANNER = frozenset({"verkeerd", "foutief", "onjuist", "onvolledig", "onterecht", "slordig", "onduidelijk"})
LATE = frozenset({"laat", "traag", "laattijdig"})
COMPARATIVES = frozenset({"sneller", "beter", "eerder", "duidelijker", "vlotter", "vroeger", "zorgvuldiger"})

PROCEDURE_NOUNS = frozenset({
    "procedure", "procedures", "regel", "regels", "regelgeving", "reglement", "reglementering", "wet", "wetgeving",
    "voorschrift", "voorschriften", "richtlijn", "richtlijnen", "beleid", "werkwijze", "standaardwerkwijze",
    "protocol", "systeem", "boekje", "decreet", "regeling",
})
PERMIT_VERBS = frozenset({"toelaten", "toestaan", "voorzien", "voorschrijven", "opleggen", "verbieden", "bepalen", "laten"})
FOLLOW_VERBS = frozenset({"volgen", "toepassen", "houden", "naleven", "afwijken", "handelen", "doen", "gebeuren"})
CORRECT_MANNER = frozenset({"correct", "reglementair", "juist", "zorgvuldig", "terecht"})
REASON_MARKS = frozenset({"omdat", "want", "zodat", "zodoende", "daarom"})

CLOSED_WORDS = frozenset({"afgesloten", "afgehandeld", "gesloten", "afsluiten", "afhandelen", "sluiten"})
CASE_NOUNS = frozenset({"dossier", "zaak", "klacht", "kwestie", "discussie", "onderwerp"})
CONTACT_NOUNS = frozenset({
    "correspondentie", "briefwisseling", "contact", "contacten", "reactie", "reacties", "antwoord", "antwoorden",
    "discussie", "mail", "mails", "brief", "brieven", "vraag", "vragen", "communicatie", "opvolging", "schrijven",
})
CONTACT_VERBS = frozenset({
    "reageren", "antwoorden", "beantwoorden", "ingaan", "contacteren", "schrijven", "voeren", "heropenen", "herzien",
    "volgen", "toevoegen",
})
# The service's workload, given as an excuse after empathy ("maar wij hebben het erg druk").
BUSY_WORDS = frozenset({
    "druk", "drukte", "drukke", "overbelast", "overbevraagd", "onderbemand", "personeelstekort", "personeelsgebrek",
    "werkdruk", "werklast", "achterstand", "achterstanden",
})
WORKLOAD_VERBS = frozenset({"verwerken", "behandelen", "afhandelen", "doen", "beantwoorden"})
# Formal objections the service can refuse to handle any further ("verdere bezwaren behandelen wij niet").
OBJECTION_NOUNS = frozenset({"bezwaar", "bezwaren", "klacht", "klachten", "betwisting", "betwistingen", "opmerking", "opmerkingen"})
HANDLE_VERBS = frozenset({"behandelen", "behandeling", "beantwoorden", "onderzoeken", "aanvaarden", "bekijken", "ingaan", "reageren"})
# What the reader gets from the service: "u had een antwoord moeten krijgen" admits our fault.
RECEIVE_VERBS = frozenset({"krijgen", "ontvangen", "terugkrijgen", "gekregen"})
FINAL_WORDS = frozenset({"laatste", "definitief", "definitieve", "vaststaan", "onherroepelijk"})
OPENING_WORDS = frozenset({"gerust", "altijd", "ombudsdienst", "ombudsman", "terecht", "bellen", "contacteren"})

RESPONSIBLE_WORDS = frozenset({"verantwoordelijk", "aansprakelijk", "verantwoordelijkheid", "schuld", "oorzaak", "wijten"})
READER_FAILINGS = frozenset({
    "nalaten", "nagelaten", "naliet", "verzuimen", "verzuimd", "verzuimde", "vergeten", "vergat", "verstrijken",
    "negeren", "genegeerd", "negeerde",
})
BLAME_ADJECTIVES = frozenset({"laat", "late", "laattijdig", "laattijdige", "onvolledig", "onvolledige", "eigen",
                              "verkeerd", "verkeerde", "foutief", "foutieve", "onjuist", "onjuiste"})

MINIMISERS = frozenset({"slechts", "maar", "enkel", "alleen", "amper", "nauwelijks", "hooguit", "hoogstens"})
SMALL = frozenset({"klein", "kleine", "gering", "geringe", "beperkt", "beperkte", "miniem", "miniemen", "minieme", "kort"})
PROBLEM_NOUNS = frozenset({
    "vertraging", "vertragingen", "fout", "foutje", "vergissing", "ongemak", "hinder", "overlast", "schade",
    "wachttijd", "wachten", "probleem", "storing", "moeite", "omweg", "nadeel", "ongemakken",
})

SPEECH_VERBS = frozenset({"zei", "zegt", "zeiden", "verweet", "verweten", "beweerde", "schreef", "meldde", "vond", "dacht"})
REMIND_VERBS = frozenset({"wijzen", "herinneren", "attent", "vestigen", "benadrukken", "herhalen", "onderstrepen"})
TELL_VERBS = frozenset({
    "meedelen", "medegedeeld", "meegedeeld", "melden", "vermelden", "zeggen", "aangeven", "uitleggen", "schrijven",
    "communiceren", "antwoorden", "verduidelijken", "toelichten", "informeren", "aanschrijven", "staan", "lezen",
})
ALREADY = frozenset({"reeds", "al", "eerder", "herhaaldelijk", "meermaals", "nogmaals", "vroeger", "destijds"})
KNOW_VERBS = frozenset({"weten", "lezen", "zien", "begrijpen", "beseffen", "kennen", "merken", "opmerken", "achten"})
FUTURE_LECTURE = frozenset({"voortaan", "toekomst", "volgende"})

CONTRASTS = frozenset({"maar", "echter", "doch", "evenwel", "niettemin", "nochtans", "desondanks", "toch"})
HOLD_WORDS = frozenset({"blijven", "verandert", "veranderen", "nodig", "noodzakelijk", "onvermijdelijk", "anders"})
HELP_VERBS = frozenset({"helpen", "tegemoetkomen", "begrip"})

# The words each reading starts from; a sentence without any of them is skipped cheaply.
_ACKNOWLEDGEMENT_TRIGGERS = (
    EMPATHY_VERBS | UNDERSTAND_VERBS | FEELING_NOUNS | FEELING_ADJECTIVES | NEGATED_COMFORT | READER_STATES
    | READER_FEELING_VERBS | {"begrip"}
)
_VERDICT_TRIGGERS = VERDICT_POSITIVE | VERDICT_NEGATIVE | {"gelijk"}
_THANKS_TRIGGERS = THANK_WORDS | APPRECIATE_VERBS | GLAD | {"dankzij", "prijs"}
_APOLOGY_TRIGGERS = APOLOGY_NOUNS | APOLOGY_VERBS | {"spijt"}
_CONCESSION_TRIGGERS = UNDERSTAND_VERBS | HELP_VERBS | {"begrip", "begrijp"}
_FAULT_TRIGGERS = (
    PAST_HEBBEN | COUNTERFACTUAL_PARTICIPLES | FAULT_NOUNS | FAULT_VERBS | LOSS_VERBS | WRONG_MANNER | LATE
    | {"kon", "konden", "onrechte", "onterecht", "onterechte", "mis", "hoofd", "liggen", "erkennen", "gestopt"}
)
_PROCEDURE_TRIGGERS = PROCEDURE_NOUNS | CORRECT_MANNER | {"eenmaal", "gebonden"}
_DOOR_TRIGGERS = CLOSED_WORDS | CONTACT_NOUNS | OBJECTION_NOUNS | CONTACT_VERBS | FINAL_WORDS | {"ingaan", "vast", "afsluiten", "afhandelen"}
_BLAME_TRIGGERS = (
    PAST_HEBBEN | READER_FAILINGS | READER_POSSESSIVE | RESPONSIBLE_WORDS
    | {"verkeerde", "verkeerd", "fout", "ligt", "lag", "niets", "niks", "taak", "plicht", "opdracht"}
)
_MINIMISING_TRIGGERS = MINIMISERS | SMALL | {
    "enige", "iedereen", "anderen", "andere", "vaker", "erg", "ernstig", "ernstigs", "uitzonderlijk", "abnormaal",
    "mee", "nadeel",
}
_REPROACH_TRIGGERS = KNOW_VERBS | REMIND_VERBS | TELL_VERBS | FUTURE_LECTURE | {
    "zoals", "weten", "geacht", "uitgelegd", "gezegd", "duidelijk", "bekend", "eerste", "verwachten",
}

_UNDERSTANDING = UNDERSTAND_VERBS | {"voelen", "voelde", "voelt"}
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj"})
_NOMINAL_LINKS = frozenset({"det", "nmod:poss", "amod", "nmod", "fixed", "flat", "compound", "nummod"})


# -- tree reading ------------------------------------------------------------------------------

def lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def forms(token: Token) -> set[str]:
    """The form and the lemma: the lemmatiser is unsure on letter vocabulary.
    The tokenizer sometimes keeps a full stop on a word ("het spijt me.")."""
    return _memo(token, "forms", lambda word: frozenset({word.lower_, lemma(word), word.lower_.rstrip(".")}))


def verb_lemma(token: Token) -> str:
    """The lemma with its separable particle: "laat ... toe" -> "toelaten"."""
    particles = [child.lower_ for child in token.children if child.dep_ == "compound:prt"]
    return "".join(particles) + lemma(token)


def is_any(token: Token, words: Iterable[str]) -> bool:
    return not forms(token).isdisjoint(words)


def _memo(token: Token, name: str, compute):
    """Per-doc memo of a tree reading: every category asks the same questions of the same token."""
    memo = token.doc.user_data.setdefault(("helder.stance", name), {})
    if token.i not in memo:
        memo[token.i] = compute(token)
    return memo[token.i]


def clause_head(token: Token) -> Token:
    """The head of the clause `token` belongs to."""
    return _memo(token, "clause_head", _clause_head)


def _clause_head(token: Token) -> Token:
    while token.dep_ not in _CLAUSE_DEPS and token.dep_ != "ROOT" and token.head != token:
        token = token.head
    return token


def clause_tokens(head: Token) -> list[Token]:
    """The tokens of the clause headed by `head`, without its own subordinate clauses."""
    return _memo(head, "clause_tokens", _clause_tokens)


def _clause_tokens(head: Token) -> list[Token]:
    inner = [child for child in head.children if child.dep_ in _CLAUSE_DEPS]
    excluded = {token.i for child in inner for token in child.subtree}
    return [token for token in head.subtree if token.i not in excluded]


def subjects(head: Token) -> list[Token]:
    """Subjects of the clause: the head's, its auxiliaries', or (xcomp, conj) its controller's."""
    found = [child for child in head.children if child.dep_.startswith("nsubj") or child.dep_ == "expl"]
    for child in head.children:
        if child.dep_.startswith(("aux", "cop")):
            found.extend(grand for grand in child.children if grand.dep_.startswith("nsubj"))
    if not found and head.dep_ in {"xcomp", "conj"} and head.head != head:
        return subjects(head.head)
    return found


def party(token: Token) -> str:
    """Who a nominal is: "first" (the service), "reader", or "other"."""
    if is_any(token, FIRST_PERSON):
        return "first"
    if is_any(token, READER) or lemma(token) in READER_NOUNS:
        return "reader"
    possessives = {child.lower_ for child in token.children if child.dep_ in {"nmod:poss", "det"}}
    if possessives & OUR_POSSESSIVE or (lemma(token) in OUR_SIDE and not possessives & READER_POSSESSIVE):
        return "first"
    if possessives & READER_POSSESSIVE:
        return "reader_thing"
    return "other"


def _phrase_head(token: Token) -> Token:
    while token.dep_ in _NOMINAL_LINKS and token.head != token and token.head.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "X"}:
        token = token.head
    return token


def _is_subject_like(token: Token) -> bool:
    """A nominal that is not inside a prepositional phrase."""
    if token.pos_ not in {"PRON", "NOUN", "PROPN", "DET", "X"} or token.dep_ in {"mark", "expl:pv"}:
        return False
    top = _phrase_head(token)
    return not any(child.dep_ == "case" for child in top.children) and top.dep_ not in {"obl", "obl:agent", "obl:arg"}


def positional_subject(head: Token) -> Token | None:
    """The subject by Dutch word order: right after the subordinator, else next to the finite verb.

    The parser often takes "u" for the subject in "Onze medewerker had u ...";
    word order does not.
    """
    clause = clause_tokens(head)
    marks = [child for child in head.children if child.dep_ == "mark"]
    if marks:
        following = [token for token in clause if token.i > marks[0].i]
        return _phrase_head(following[0]) if following and _is_subject_like(following[0]) else None
    own = [head, *[child for child in head.children if child.dep_.startswith(("aux", "cop"))]]
    finite = next((token for token in sorted(own, key=lambda t: t.i) if "Fin" in token.morph.get("VerbForm")), None)
    if finite is None:
        return None
    doc = finite.doc
    sentence = finite.sent
    candidates = [
        doc[index] for index in (finite.i - 1, finite.i + 1)
        if sentence.start <= index < sentence.end and doc[index] in clause and _is_subject_like(doc[index])
    ]
    if len(candidates) == 2 and candidates[0].lower_ in {"dat", "dit", "het", "die"} and "Nom" in candidates[1].morph.get("Case"):
        return candidates[1]  # "dat had u ons moeten melden": the object comes first, the subject follows the verb
    return _phrase_head(candidates[0]) if candidates else None


def subject_party(head: Token) -> str:
    return _memo(head, "subject_party", _subject_party)


def _subject_party(head: Token) -> str:
    subject = positional_subject(head)
    if subject is None:
        found = subjects(head)
        subject = found[0] if found else None
    return party(subject) if subject is not None else "none"


def negated(tokens: Iterable[Token]) -> bool:
    return any(token.lower_ in NEGATIONS for token in tokens)


def conditional(head: Token) -> bool:
    """A conditional or indirect-question clause, or a main clause under "als ...": "mocht u ..."."""
    marks = {child.lower_ for child in head.children if child.dep_ == "mark"}
    return bool(marks & CONDITIONAL_MARKS) or any(token.lower_ == "mocht" for token in clause_tokens(head))


def span_of(tokens: Iterable[Token]) -> Span:
    """The stretch from the first to the last token, without punctuation at its edges."""
    ordered = sorted(tokens, key=lambda token: token.i)
    words = [token for token in ordered if not token.is_punct] or ordered
    while len(words) > 1 and words[0].pos_ == "CCONJ":
        words = words[1:]  # "maar de regels zijn zo": the clause, without its conjunction
    return words[0].doc[words[0].i : words[-1].i + 1]


def clause_span(head: Token) -> Span:
    """The clause with its complement ("het is vervelend dat u ..."), without coordinated or adverbial clauses."""
    cut = [token for token in head.subtree if token != head and (
        token.dep_ in {"advcl", "parataxis"} or (token.dep_ == "conj" and any(child.dep_ == "cc" for child in token.children))
    )]
    excluded = {inner.i for token in cut for inner in token.subtree}
    kept = {token.i for token in head.subtree if token.i not in excluded}
    first = last = head.i  # the unbroken stretch of the clause around its head
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    return span_of(head.doc[first : last + 1])


def _sentence(span: Span | Doc) -> Span:
    return span[:] if isinstance(span, Doc) else span


# -- the readings --------------------------------------------------------------------------------

class _Reader:
    """One sentence; each method returns the cues of one category."""

    def __init__(self, sentence: Span) -> None:
        self.sentence = sentence
        self.tokens = list(sentence)
        self.words = [token for token in self.tokens if not token.is_punct]
        self.token_forms = [forms(token) for token in self.tokens]
        self.forms = frozenset().union(*self.token_forms)
        self.with_particle = [token for token in self.tokens if any(child.dep_ == "compound:prt" for child in token.children)]

    @staticmethod
    def cue(token: Token, category: str, span: Span, kind: str = "") -> Cue:
        return Cue(category, span, kind, token.i)

    def near(self, token: Token, words: Iterable[str], before: int = 3, after: int = 3) -> bool:
        window = self.sentence.doc[max(self.sentence.start, token.i - before) : min(self.sentence.end, token.i + after + 1)]
        return any(is_any(other, words) for other in window if other != token)

    def candidates(self, triggers: frozenset[str] | set[str], particles: bool = False) -> list[Token]:
        """The tokens a reading starts from (and, for particle verbs, every verb with a particle)."""
        if self.forms.isdisjoint(triggers):
            return self.with_particle if particles else []
        return [
            token for token, token_forms in zip(self.tokens, self.token_forms)
            if not token_forms.isdisjoint(triggers) or (particles and token in self.with_particle)
        ]

    def has(self, words: Iterable[str], tokens: Iterable[Token] | None = None) -> bool:
        if tokens is None:
            return not self.forms.isdisjoint(words)
        return any(is_any(token, words) for token in tokens)

    # acknowledgement --------------------------------------------------------------------
    def acknowledgement(self) -> list[Cue]:
        cues = []
        for token in self.candidates(_ACKNOWLEDGEMENT_TRIGGERS):
            head = clause_head(token)
            clause = clause_tokens(head)
            if is_any(token, EMPATHY_VERBS) and not negated(clause):
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
            elif token.lower_ == "begrip" and not negated(clause) and self.near(token, {"voor"}, 0, 1) \
                    and not self.has(THANK_WORDS):
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
            elif is_any(token, UNDERSTAND_VERBS) and self._understands_feeling(token):
                cues.append(self.cue(token, "acknowledgement", span_of(token.subtree)))
            elif is_any(token, FEELING_NOUNS) and self._feeling_of_reader(token):
                cues.append(self.cue(token, "acknowledgement", span_of([token, *clause])))
            elif is_any(token, FEELING_ADJECTIVES) and self._about_situation(token):
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
            elif is_any(token, NEGATED_COMFORT) and any(other.lower_ in {"niet", "geen"} for other in self.tokens[:token.i - self.sentence.start]) \
                    and self.has({"is", "was", "zijn", "waren", "geweest"}) and self.has(READER | READER_POSSESSIVE | {"om"}):
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
            elif is_any(token, READER_STATES) and self._reader_in(head) and not self.has(PAST_HEBBEN | {"heeft", "hebt"}, clause) \
                    and not self._asks():
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
            elif is_any(token, READER_FEELING_VERBS) and self._reader_feels(token, head):
                cues.append(self.cue(token, "acknowledgement", clause_span(head)))
        return cues

    def regret_for_reader(self, apologies: list[Cue]) -> list[Cue]:
        """"Het spijt me dat u zo lang moest wachten": the apology names what the reader went through."""
        cues = []
        for cue in apologies:
            after = self.sentence.doc[cue.trigger + 1 : min(self.sentence.end, cue.trigger + 4)]
            words = [token.lower_ for token in after]
            following = words[words.index("dat") + 1 :] if "dat" in words else []
            if following and following[0] in READER:
                cues.append(Cue("acknowledgement", cue.span, "", cue.trigger))
        return cues

    def concessions(self) -> list[Cue]:
        """"Ik begrijp uw standpunt", "wij willen u graag helpen": a concession a "maar" can take back."""
        return [
            self.cue(token, "concession", clause_span(clause_head(token)))
            for token in self.candidates(_CONCESSION_TRIGGERS)
            if (is_any(token, UNDERSTAND_VERBS | HELP_VERBS) or token.lower_ in {"begrip", "begrijp"})
            and not negated(clause_tokens(clause_head(token)))
        ]

    def _asks(self) -> bool:
        """A question or condition ("Bent u niet tevreden?", "als u ontevreden bent"): the escalation paragraph."""
        return self.tokens[-1].text == "?" or self.has({"als", "indien", "mocht"})

    def _understands_feeling(self, verb: Token) -> bool:
        head = clause_head(verb)
        if negated(clause_tokens(head)) or subject_party(head) not in {"first", "none"}:
            return False
        after = [token.lower_ for token in self.tokens if token.i > verb.i]
        source = "uit" in after[: after.index("dat")] if "dat" in after else "uit" in after[:3]
        if source or "Part" in verb.morph.get("VerbForm"):
            return False  # "wij begrijpen uit uw mail", "ik heb begrepen": taking note, not empathy
        complement = [token for token in self.tokens if token != verb]
        if "dat" in after and set(after[after.index("dat") :]) & (READER | READER_POSSESSIVE):
            return True  # "ik begrijp dat zo'n verschil een flinke hap uit uw budget is"
        return any(
            is_any(token, FEELING_NOUNS | FEELING_ADJECTIVES | READER_STATES | READER_FEELING_VERBS) for token in complement
        )

    def _feeling_of_reader(self, noun: Token) -> bool:
        if self._asks() and not self.has(UNDERSTAND_VERBS | EMPATHY_VERBS):
            return False  # "Heeft u het gevoel dat ...?": the escalation paragraph asks, it does not acknowledge
        if noun.lower_ in {"zorg", "zorgen"} and self.near(noun, {"ervoor", "voor", "dat"}, 0, 1):
            return False  # "ik zorg ervoor dat ...": the verb "zorgen voor"
        if noun.lower_ == "moeite" and not self.near(noun, {"veel", "wat", "zoveel", "zo"}, 2, 0):
            return False  # "de moeite nemen om te schrijven" is thanks; "veel moeite doen" a burden
        if lemma(noun) == "zorg" and noun.pos_ == "VERB" and noun.lower_ != "zorgen":
            return False
        if noun.lower_ == "zorgen" and not any(child.lower_ in READER_POSSESSIVE | {"veel"} for child in noun.children) \
                and not self.has({"maakte", "maakt", "maken", "maakten", "gaf", "geeft", "bezorgde", "bezorgt"}):
            return False  # "wij zorgen ervoor"
        head = clause_head(noun)
        return self.has(READER | READER_POSSESSIVE, clause_tokens(head)) or any(
            child.lower_ in READER_POSSESSIVE for child in noun.children
        )

    def _about_situation(self, adjective: Token) -> bool:
        """"het is vervelend dat u ...", "dat moet ambetant geweest zijn", "uw ongerustheid is begrijpelijk"."""
        if adjective.dep_ == "advmod" and adjective.lower_ not in {"jammer", "spijtig"}:
            return False  # "erg lang", "moeilijk naar het loket komen"
        following = adjective.doc[adjective.i + 1] if adjective.i + 1 < self.sentence.end else None
        if following is not None and following.pos_ in {"ADJ", "ADV"} | ({"NOUN"} if following.lower_ in BUSY_WORDS else set()):
            return False  # a degree word: "erg druk", "heel lang"
        if adjective.lower_ in {"jammer", "spijtig"} and adjective.i + 1 < self.sentence.end \
                and adjective.doc[adjective.i + 1].lower_ == "genoeg":
            return False
        head = clause_head(adjective)
        if self.near(adjective, NEGATIONS, 2, 0):
            return False
        return subject_party(head) != "first" or self.has(READER | READER_POSSESSIVE)

    def _reader_in(self, head: Token) -> bool:
        return subject_party(head) in {"reader", "none"} and self.has(READER | READER_POSSESSIVE)

    def _reader_feels(self, verb: Token, head: Token) -> bool:
        own_subject = [child for child in verb.children if child.dep_.startswith("nsubj")]
        scope = list(verb.subtree) if own_subject else clause_tokens(head)  # "wat u meemaakte, had niet ..."
        if negated(scope) and lemma(verb) not in {"voelen"}:
            return False
        if is_any(verb, {"voelen", "voelde", "voelt", "ergeren", "ergert", "ergerde"}) and self.has({"zich"}) and self.has(READER):
            return True  # "dat u zich niet gehoord voelde"
        who = party(own_subject[0]) if own_subject else subject_party(head)
        objects = [child for child in verb.children if child.dep_ in {"obj", "iobj"}]
        if who == "reader" and lemma(verb) not in {"raken"}:
            return lemma(verb) not in {"bezorgen"} or self.has(FEELING_NOUNS)
        if any(party(child) in {"reader", "reader_thing"} for child in objects) and who != "first":
            return lemma(verb) not in {"bezorgen"} or self.has(FEELING_NOUNS)
        return lemma(verb) == "raken" and any(party(child) == "first" for child in objects) and self.has(READER)

    # verdict --------------------------------------------------------------------------------
    def verdicts(self) -> list[Cue]:
        cues = []
        for token in self.candidates(_VERDICT_TRIGGERS):
            head = clause_head(token)
            clause = clause_tokens(head)
            word = token.lower_
            if word in VERDICT_POSITIVE | VERDICT_NEGATIVE:
                if word == "terecht" and not self._judges_complaint(token, clause):
                    continue
                if word == "onterecht" and not self.has(COMPLAINT_NOUNS, clause):
                    continue
                positive = word in VERDICT_POSITIVE and not negated(clause)
                cues.append(self.cue(token, "verdict", clause_span(head), "positive" if positive else "negative"))
            elif word == "gelijk" and self._reader_is_right(token, head):
                cues.append(self.cue(token, "verdict", clause_span(head), "negative" if negated(clause) else "positive"))
        return cues

    def _judges_complaint(self, token: Token, clause: list[Token]) -> bool:
        """"uw klacht is terecht", but not "u kunt terecht" or "terecht vraagt u"."""
        if self.has({"kan", "kunt", "kunnen", "kon", "kwam", "komen"}, clause):
            return False
        if token.dep_ == "advmod" and token.head.pos_ == "VERB" and not self.has(COMPLAINT_NOUNS, clause):
            return False
        if is_any(token.head, READER_STATES):
            return False  # "terecht verontwaardigd": acknowledgement
        if self.has(FEELING_NOUNS, clause) and not self.has(COMPLAINT_NOUNS, clause):
            return False  # "uw bezorgdheid is terecht": understanding of a feeling, not a verdict
        return self.has(COMPLAINT_NOUNS, clause) or self.has({"is", "was", "blijkt", "vinden", "vind"}, clause)

    def _reader_is_right(self, token: Token, head: Token) -> bool:
        """"u heeft gelijk", "wij geven u gelijk"; not "ik heb gelijk een afspraak gemaakt"."""
        previous = self.sentence.doc[token.i - 1] if token.i > self.sentence.start else None
        if previous is not None and previous.lower_ in {"heeft", "hebt", "had", "geeft", "geven", "gaf", "gelijk"} | READER:
            window = self.sentence.doc[max(self.sentence.start, token.i - 3) : token.i]
            return any(is_any(other, READER) for other in window)
        return False

    # thanks ---------------------------------------------------------------------------------
    def thanks(self) -> list[Cue]:
        cues = []
        for token in self.candidates(_THANKS_TRIGGERS):
            head = clause_head(token)
            if is_any(token, THANK_WORDS):
                if token.lower_.startswith("dankzij"):
                    continue
                if token.lower_ not in {"dank", "bedankt", "merci", "dankjewel", "dankuwel"} and subject_party(head) == "reader":
                    continue  # "u hoeft ons niet te bedanken"
                cues.append(self.cue(token, "thanks", span_of([token, *[t for t in token.subtree if t.i <= token.i + 4]])))
            elif token.lower_ == "dankzij" and token.i + 1 < self.sentence.end \
                    and self.sentence.doc[token.i + 1].lower_ in READER_POSSESSIVE:
                cues.append(self.cue(token, "thanks", self.sentence.doc[token.i : token.i + 3]))
            elif is_any(token, APPRECIATE_VERBS) and subject_party(head) in {"first", "none"} and not negated(clause_tokens(head)):
                cues.append(self.cue(token, "thanks", clause_span(head)))
            elif token.lower_ == "prijs" and self.near(token, {"op"}, 1, 0) and self.near(token, {"stellen", "stel", "stelt"}, 4, 2):
                cues.append(self.cue(token, "thanks", clause_span(head)))
            elif is_any(token, GLAD) and self._glad_reader_did(token):
                cues.append(self.cue(token, "thanks", span_of(token.subtree)))
        return cues

    def _glad_reader_did(self, token: Token) -> bool:
        after = self.sentence.doc[token.i + 1 : min(self.sentence.end, token.i + 4)]
        return any(t.lower_ == "dat" for t in after) and any(is_any(t, READER) for t in after)

    # apology --------------------------------------------------------------------------------
    def apologies(self) -> list[Cue]:
        """"onze excuses", "het spijt me", "wij verontschuldigen ons"; not "tot onze spijt",
        "u vroeg om excuses", "u hoeft zich niet te excuseren", "geen excuses"."""
        cues = []
        for token in self.candidates(_APOLOGY_TRIGGERS):
            head = clause_head(token)
            close = self.sentence.doc[max(self.sentence.start, token.i - 4) : token.i + 1]
            if is_any(token, APOLOGY_NOUNS):
                if negated(close) or self.has(REQUEST_VERBS - {"willen"} | {"vroeg", "vraagt", "eist", "eiste"}):
                    continue
            elif token.lower_ == "spijt":
                if self.near(token, {"tot"}, 2, 0) or not self.near(token, FIRST_PERSON | {"ik", "wij", "we"}, 3, 2):
                    continue  # "tot onze spijt": regret about bad news, no apology
            elif is_any(token, APOLOGY_VERBS):
                root = self.sentence.root
                main = root if head.dep_ == "conj" and head.head == root else head  # "... erkent de fout en betreurt ze"
                who = subject_party(main)
                if who in {"reader", "reader_thing"} or negated(close) or (who == "other" and main != root):
                    continue  # "het agentschap betreurt de fout", but not "u vroeg of de chauffeur zich ..."
                if head != root and subject_party(root) == "reader":
                    continue
            else:
                continue
            if self.has({"hoeft", "hoeven", "hoef"}, clause_tokens(head)):
                continue
            cues.append(self.cue(token, "apology", self._apology_span(token, head)))
        return cues

    def _apology_span(self, token: Token, head: Token) -> Span:
        if token.dep_ in _CLAUSE_DEPS or token == head:
            return span_of(token.subtree)
        return span_of(head.subtree)

    # fault admission ------------------------------------------------------------------------
    def faults(self, verdicts: list[Cue]) -> list[Cue]:
        cues = [Cue("fault_admission", cue.span, "verdict", cue.trigger) for cue in verdicts if cue.kind == "positive"]
        for token in self.candidates(_FAULT_TRIGGERS, particles=True):
            head = clause_head(token)
            clause = clause_tokens(head)
            kind = self._fault_kind(token, head, clause)
            if kind:
                cues.append(self.cue(token, "fault_admission", clause_span(head), kind))
        return cues

    def _fault_kind(self, token: Token, head: Token, clause: list[Token]) -> str:
        """The kind of fault `token` admits, or "" if it admits none."""
        who = subject_party(head)
        word = token.lower_
        if conditional(head) or self.has({"mocht"}) or self._in_question(token):
            return ""
        if word in PAST_HEBBEN or word in COUNTERFACTUAL_PARTICIPLES:
            counterfactual = self._counterfactual(clause) and self._service_side(head, clause)
            passive = self.has({"worden", "geworden"}, clause)  # "u had verwittigd moeten worden"
            return "counterfactual" if counterfactual and (who != "reader" or passive or self._receives(clause)) else ""
        if word in {"kon", "konden"} and self.has(COMPARATIVES, clause) and not self.has(READER, clause):
            return "counterfactual"
        if word == "onrechte" or (word in {"onterecht", "onterechte"} and not self.has(COMPLAINT_NOUNS)):
            return "" if self.has({"vermijden", "vermeden", "voorkomen", "vermijd"}) else "mistake"
        if is_any(token, FAULT_NOUNS):
            return self._fault_noun(token, head, clause, who)
        if who == "reader" or (negated(clause) and word not in {"gestopt"}):
            return ""
        verb = verb_lemma(token)
        if is_any(token, FAULT_VERBS) or verb in FAULT_VERBS or (word == "mis" and self.has({"ging", "gaat", "liep", "loopt"})):
            return "mistake"
        if word == "zoek" and not self.has(_LOST_COPULAS, clause):
            return ""  # "zoek" is lost only after "zijn", "raken" or "blijven": "Zoek ook bij andere opvang"
        if is_any(token, LOSS_VERBS) or verb in LOSS_VERBS or (word == "hoofd" and self.near(token, {"over"}, 2, 0)):
            if word == "verloren" and not self.has({"gegaan", "gaan", "ging"}, clause) and who != "first":
                return ""
            return "loss" if who in {"first", "reader_thing", "none"} or self._ours(token, head) else ""
        if lemma(token) == "liggen" and self.has({"bleef", "bleven", "blijven", "gebleven"}, clause) and who in {"reader_thing", "first"}:
            return "delay"
        if word in WRONG_MANNER and who == "first":
            return "mistake"
        if word in LATE and self.near(token, {"te"}, 2, 0) and (who == "first" or self._ours_subject(head) or self._ours(token, head)):
            return "delay"
        if lemma(token) == "erkennen" and who == "first":
            return "mistake"
        return ""

    def acknowledged(self, fault: Cue, empathic: list[Cue]) -> bool:
        """"Ik begrijp dat u zich onterecht beschuldigd voelt": a fault word inside an understanding
        of the reader's feeling names how the reader sees it, not what the service did wrong, unless
        the service is named as the one who did it ("ik begrijp dat wij u te laat antwoordden")."""
        if fault.kind == "verdict":
            return False
        trigger = self.sentence.doc[fault.trigger]
        understood = understanding_at(empathic)
        if understood is None or understood > trigger.idx:
            return False
        head = clause_head(trigger)
        return subject_party(head) != "first" and not self.near(trigger, OUR_POSSESSIVE | OUR_SIDE, 3, 0)

    def _unattributed_cause(self, noun: Token) -> bool:
        """"ten gevolge van een administratieve vergissing": a cause in our letter, no one else named."""
        before = {token.lower_ for token in self.sentence.doc[max(self.sentence.start, noun.i - 4) : noun.i]}
        after = [token.lower_ for token in self.sentence.doc[noun.i + 1 : min(self.sentence.end, noun.i + 3)]]
        return bool(before & {"door", "wegens", "gevolge", "omwille"}) and "van" not in after[:1]

    def _in_question(self, token: Token) -> bool:
        """"wij hebben nagekeken of er iets misgelopen is": an open question, no admission."""
        for other in reversed(self.sentence.doc[self.sentence.start : token.i]):
            if other.text in {",", ";", ":"} or other.lower_ == "maar":
                return False
            if other.lower_ in {"of", "als", "indien", "wanneer"}:
                return True
        return False

    def _fault_noun(self, noun: Token, head: Token, clause: list[Token], who: str) -> str:
        """"wij maakten een fout", "door een vergissing van onze dienst", "er ging een fout in";
        not "wij vonden geen fout", "mocht u een fout vinden", "de fout ligt bij uw bank"."""
        previous = noun.doc[max(self.sentence.start, noun.i - 2) : noun.i]
        if any(token.lower_ == "geen" for token in [*noun.children, *previous]) or (negated(clause) and not self._ours(noun, head)):
            return ""
        if self.has({"ligt", "lag", "wijten", "toeschrijven", "toegeschreven"}, clause) or self.has(READER_POSSESSIVE, list(noun.subtree)):
            return ""  # whose fault it is: blame, read elsewhere
        ours = self._ours(noun, head) or self._unattributed_cause(noun)
        if noun.lower_ in {"vertraging", "schuld"}:
            return "delay" if ours and noun.lower_ == "vertraging" else ""
        if who == "reader" and not ours:
            return ""
        if who == "other" and not ours and not self.has({"er", "bevatte", "bevat", "stond", "staat"}, clause):
            return ""
        return "mistake"

    def _counterfactual(self, clause: list[Token]) -> bool:
        """"had ... moeten/mogen/kunnen": what should have happened and did not.

        The modal must belong to the verb cluster of "had": not "u had recht op ... zonder te moeten doen"."""
        for token in clause:
            if token.lower_ not in PAST_HEBBEN:
                continue
            following = self.sentence.doc[token.i + 1 : min(self.sentence.end, token.i + 9)]
            for other in following:
                if other.text in {",", ";", ":"} or other.lower_ in {"te", "om", "zonder", "want", "en", "maar", "omdat"}:
                    break
                if (
                    (lemma(other) in MODALS and other.lower_ not in {"moet", "mag", "kan", "kunt"})
                    or other.lower_ in COUNTERFACTUAL_PARTICIPLES
                ):
                    return True
        return False

    def _service_side(self, head: Token, clause: list[Token]) -> bool:
        who = subject_party(head)
        if who in {"first", "other", "none", "reader_thing"}:
            return not self.has(KNOW_VERBS - {"zien"}, clause) or who == "first"
        return self.has({"worden", "geworden"}, clause) or self._receives(clause)

    def _receives(self, clause: list[Token]) -> bool:
        """"u had een antwoord moeten krijgen": the reader as the one who should have received."""
        return any(lemma(token) in RECEIVE_VERBS or verb_lemma(token) in RECEIVE_VERBS for token in clause)

    def _ours(self, token: Token, head: Token) -> bool:
        near = self.sentence.doc[max(self.sentence.start, token.i - 2) : min(self.sentence.end, token.i + 5)]
        return any(t.lower_ in OUR_POSSESSIVE or lemma(t) in OUR_SIDE for t in near) or subject_party(head) == "first" \
            or self.has({"ons"}, clause_tokens(head))

    def _ours_subject(self, head: Token) -> bool:
        return any(child.lower_ in OUR_POSSESSIVE for subject in subjects(head) for child in subject.children)

    # procedure --------------------------------------------------------------------------------
    def procedure(self) -> list[Cue]:
        if self.has(REASON_MARKS) or self.has({"artikel", "art"}) or self._purpose():
            return []
        cues = []
        for token in self.candidates(_PROCEDURE_TRIGGERS):
            head = clause_head(token)
            clause = clause_tokens(head)
            if is_any(token, PROCEDURE_NOUNS) and self._justifies(token, head, clause):
                cues.append(self.cue(token, "procedure", clause_span(head)))
            elif token.lower_ in CORRECT_MANNER and lemma(token.head) == "handelen":
                cues.append(self.cue(token, "procedure", clause_span(head)))
            elif token.lower_ == "eenmaal" and self.near(token, {"nu"}, 1, 0):
                cues.append(self.cue(token, "procedure", clause_span(head)))
            elif token.lower_ == "gebonden" and self.has(PROCEDURE_NOUNS):
                cues.append(self.cue(token, "procedure", clause_span(head)))
        return cues

    def _purpose(self) -> bool:
        """"om uw privacy te beschermen", "zo weet u": the rule comes with its reason."""
        words = [token.lower_ for token in self.tokens]
        return ("om" in words and "te" in words[words.index("om"):]) or ("zo" in words and "weet" in words)

    def _justifies(self, noun: Token, head: Token, clause: list[Token]) -> bool:
        verb = verb_lemma(head)
        if self.has({"vindt", "vinden", "uitleggen", "leggen", "veranderd", "aanpassen", "passen", "duurt", "duren"}, clause) \
                and not self.has({"toe"}, clause):
            return False
        if noun.dep_.startswith("nsubj") and verb in PERMIT_VERBS | {"toelaten", "toestaan", "voorschrijven"}:
            return True
        if noun.dep_.startswith("nsubj") and (negated(clause) or self.has({"duidelijk", "zo", "regels"}, clause)):
            return True
        if self.has({"is", "zijn", "was"}, clause) and (self.has({"dat", "zo", "dit"}, clause) or lemma(noun) == "regel"):
            return True  # "dat is de procedure", "zo zijn de regels", "regels zijn regels"
        if (verb in FOLLOW_VERBS or lemma(head) in FOLLOW_VERBS) and subject_party(head) in {"first", "none"}:
            return True
        if self.has({"volgens", "aan", "van", "in"}, [child for child in noun.children]) and (
            self.has({"gehandeld", "handelden", "gedaan", "orde", "afwijken", "bepaald", "houden"}, clause)
        ):
            return True
        return False

    # door closing -------------------------------------------------------------------------------
    def door_closing(self) -> list[Cue]:
        if self.has(OPENING_WORDS | {"kunt", "kan"}) and not self.has({"hoeft"}):
            return []
        cues = []
        for token in self.candidates(_DOOR_TRIGGERS, particles=True):
            head = clause_head(token)
            clause = clause_tokens(head)
            word = token.lower_
            if word in CLOSED_WORDS or verb_lemma(token) in {"afsluiten", "afhandelen"}:
                if self.has({"als", "hiermee", "hierbij", "definitief", "zonder"}, clause) or (
                    self.has({"voor"}, clause) and self.has({"ons"}, clause)
                ):
                    if self.has(CASE_NOUNS):  # "wij beschouwen dit dossier als afgesloten": the whole sentence
                        cues.append(self.cue(token, "door_closing", span_of(self.words)))
            elif is_any(token, CONTACT_NOUNS) and self._no_more(token, clause):
                cues.append(self.cue(token, "door_closing", clause_span(head)))
            elif is_any(token, OBJECTION_NOUNS) and self._no_more(token, clause) and self._not_handled(token):
                cues.append(self.cue(token, "door_closing", span_of(self.words)))
            elif (is_any(token, CONTACT_VERBS) or verb_lemma(token) in CONTACT_VERBS | {"ingaan"}) and self._refuses(token, head, clause):
                cues.append(self.cue(token, "door_closing", clause_span(head)))
            elif word in FINAL_WORDS and self.has({"antwoord", "standpunt", "beslissing", "woord"}) \
                    and not self.near(token, {"ten", "op"}, 1, 0):
                cues.append(self.cue(token, "door_closing", clause_span(head)))
            elif word == "vast" and self.has({"staat", "staan"}, clause) and self.has({"beslissing", "standpunt"}, clause):
                cues.append(self.cue(token, "door_closing", clause_span(head)))
        return cues

    def _not_handled(self, noun: Token) -> bool:
        """"verdere bezwaren behandelen wij niet meer": we refuse to handle, said with "niet meer"."""
        handled = any(verb_lemma(token) in HANDLE_VERBS or is_any(token, HANDLE_VERBS) for token in self.words)
        return handled and self.has({"meer"}) and self.has(FIRST_PERSON | OUR_SIDE | OUR_POSSESSIVE) and not self.has(READER)

    def _no_more(self, noun: Token, clause: list[Token]) -> bool:
        further = any(t.lower_ in {"verdere", "verder", "nieuwe"} for t in noun.subtree) or self.near(noun, {"verdere", "meer"}, 2, 0)
        stop = self.has({"geen", "niet", "zin", "zonder"}, clause) or self.has({"geen", "niet"})
        return further and stop and not self.has({"nodig"})

    def _refuses(self, verb: Token, head: Token, clause: list[Token]) -> bool:
        who = subject_party(head)
        stop = negated(clause) or self.has({"geen"})
        more = self.has({"meer", "verder", "verdere", "nieuwe"}) or verb_lemma(verb) in {"heropenen", "herzien"} or lemma(verb) in {"heropenen", "herzien"}
        if lemma(verb) == "volgen" and who != "other":
            return False
        if lemma(verb) == "contacteren":
            return stop and more and self.has({"hoeft", "hoeven"})
        more = more and (self.has({"meer", "verder", "verdere", "nieuwe"}, clause) or is_any(verb, {"heropenen", "herzien", "heropend", "herzien"}))
        if who == "other":
            return stop and is_any(verb, {"heropenen", "herzien", "heropend"})
        return stop and more and who in {"first", "none"}

    # blame shifting ----------------------------------------------------------------------------
    def blame(self) -> list[Cue]:
        cues = []
        for token in self.candidates(_BLAME_TRIGGERS, particles=True):
            head = clause_head(token)
            clause = clause_tokens(head)
            who = subject_party(head)
            word = token.lower_
            passive = self.has({"worden", "geworden"}, clause)
            if word in PAST_HEBBEN and who == "reader" and not self._reported(token) and not passive \
                    and not self._receives(clause):
                if self._counterfactual(clause) and not self.has(KNOW_VERBS, clause):
                    cues.append(self.cue(token, "blame_shifting", clause_span(head)))
                elif conditional(head) or self.has({"als", "indien"}, clause):
                    cues.append(self.cue(token, "blame_shifting", clause_span(head)))
            elif (verb_lemma(token) in READER_FAILINGS or lemma(token) in READER_FAILINGS) and who == "reader" and not negated(clause):
                cues.append(self.cue(token, "blame_shifting", clause_span(head)))
            elif (word in {"verkeerde", "verkeerd"} or (word == "fout" and self.has({"maakte", "maakt", "gemaakt"}))) \
                    and who == "reader" and not negated(clause) and not self.has({"kunt", "kan", "kunnen", "mocht", "als"}):
                cues.append(self.cue(token, "blame_shifting", clause_span(head)))
            elif word in READER_POSSESSIVE and self._blamed_thing(token.head):
                if not self.has({"aangevuld", "aanvullen"}):
                    cues.append(self.cue(token, "blame_shifting", span_of(token.head.subtree)))
            elif self._responsibility(token):
                if self._shifts_responsibility(token, head, clause):
                    cues.append(self.cue(token, "blame_shifting", clause_span(head)))
            elif word in {"niets", "niks"} and self.near(token, {"aan"}, 0, 3) and self.has({"doen", "veranderen"}) and who == "first":
                cues.append(self.cue(token, "blame_shifting", clause_span(head)))
            elif word == "fout" and who == "other" and self._not_us() and not self.near(token, OUR_POSSESSIVE, 2, 0):
                cues.append(self.cue(token, "blame_shifting", clause_span(head)))
        return cues

    def _not_us(self) -> bool:
        """"..., niet wij", "niet bij ons": the fault is placed elsewhere."""
        doc = self.sentence.doc
        return any(
            token.lower_ == "niet" and token.i + 1 < self.sentence.end and doc[token.i + 1].lower_ in {"wij", "we", "ons", "bij"}
            for token in self.tokens
        )

    def _reported(self, token: Token) -> bool:
        """"zij zei dat u uw papieren beter had moeten bijhouden": someone else's words, reported."""
        before = [other.lower_ for other in self.sentence.doc[self.sentence.start : token.i]]
        return "dat" in before and bool(set(before[: before.index("dat")]) & SPEECH_VERBS)

    @staticmethod
    def _blamed_thing(noun: Token) -> bool:
        """"uw late reactie", "uw onvolledige aanvraag", "uw eigen fout"; not "uw eigen straat"."""
        adjectives = {child.lower_ for child in noun.children if child.dep_ in {"amod", "nmod", "det"}}
        if "eigen" in adjectives and not is_any(noun, FAULT_NOUNS | RESPONSIBLE_WORDS):
            adjectives.discard("eigen")
        return bool(adjectives & BLAME_ADJECTIVES) or (noun.lower_ in {"late", "laattijdige"})

    def _responsibility(self, token: Token) -> bool:
        """Words that assign responsibility: "is verantwoordelijk", "de fout ligt bij", "de schuld van", "te wijten aan"."""
        word = token.lower_
        if word in {"verantwoordelijk", "aansprakelijk"}:
            return self.has({"is", "ben", "bent", "zijn", "was", "waren", "blijft", "blijven", "stellen", "gesteld"})
        if word in {"ligt", "lag"}:
            return self.has(PROBLEM_NOUNS | {"oorzaak", "schuld"}) and self.near(token, {"bij", "aan"}, 0, 3)
        if word in {"schuld", "verantwoordelijkheid"}:
            return True
        if word in {"taak", "plicht", "opdracht"}:  # "het is uw taak om ...", "dat is de taak van de aannemer"
            return self.near(token, READER_POSSESSIVE, 2, 0) or (self.near(token, {"van"}, 0, 1) and not self._not_us())
        return word == "wijten"

    def _shifts_responsibility(self, token: Token, head: Token, clause: list[Token]) -> bool:
        who = subject_party(head)
        is_negated = negated(clause) or self.has({"geen", "niet"})
        mentions_us = self.has(FIRST_PERSON | OUR_POSSESSIVE)
        duty = token.lower_ in {"verantwoordelijkheid", "taak", "plicht", "opdracht"}
        if who == "reader" or (duty and self.near(token, READER_POSSESSIVE | {"eigen"}, 2, 0)):
            return not is_negated
        if who == "first" or (mentions_us and is_negated):
            return is_negated
        if self.has({"bij", "aan", "van"}) and not mentions_us:
            return True  # "de fout ligt bij uw bank", "te wijten aan de post", "de schuld van"
        return who == "other" and not is_negated and lemma(token) in {"verantwoordelijk", "aansprakelijk"}

    # minimising -------------------------------------------------------------------------------
    def minimising(self) -> list[Cue]:
        cues = []
        late = any(t.lower_ == "te" and t.i + 1 < self.sentence.end and t.doc[t.i + 1].lower_ == "laat" for t in self.tokens)
        problem = self.has(PROBLEM_NOUNS) or late
        for token in self.candidates(_MINIMISING_TRIGGERS):
            head = clause_head(token)
            word = token.lower_
            if word in MINIMISERS and self.near(token, {"om"}, 0, 1) and self.has({"gaat", "ging", "gaan", "betreft"}):
                cues.append(self.cue(token, "minimising", clause_span(head)))  # "het gaat maar om een paar euro"
            elif word in MINIMISERS and problem and not self.has({"kunt", "kan", "wel"}) and (
                word != "maar" or (token.i > self.words[0].i and self.sentence.doc[token.i - 1].is_alpha)
            ):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word in SMALL and (is_any(token.head, PROBLEM_NOUNS) or self._predicated_of_problem(token, head)):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word in {"enige"} and self.near(token, {"niet"}, 3, 0):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word in {"iedereen", "anderen", "andere"} and (problem or self.has({"hetzelfde", "overkomen"})) \
                    and not self.has({"u"}) and not self._in_question(token):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word == "vaker" and self.has({"voor", "gebeurt"}):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word in {"erg", "ernstig", "ernstigs", "uitzonderlijk", "abnormaal"} and self.has({"niet", "niets", "zo"}) \
                    and not self.has(READER_STATES):
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word == "mee" and lemma(token.head) == "vallen":
                cues.append(self.cue(token, "minimising", clause_span(head)))
            elif word == "nadeel" and self.has({"geen"}):
                cues.append(self.cue(token, "minimising", clause_span(head)))
        return cues

    def _predicated_of_problem(self, adjective: Token, head: Token) -> bool:
        return self.has(PROBLEM_NOUNS, clause_tokens(head)) and adjective.lower_ not in {"kort"}

    # reproach ---------------------------------------------------------------------------------
    def reproach(self) -> list[Cue]:
        cues = []
        for token in self.candidates(_REPROACH_TRIGGERS):
            head = clause_head(token)
            clause = clause_tokens(head)
            who = subject_party(head)
            word = token.lower_
            if word == "zoals" and self._as_told(token):
                cues.append(self.cue(token, "reproach", span_of(clause_tokens(clause_head(token)))))
            elif (lemma(token) in KNOW_VERBS or word in {"weten", "geacht"}) and who == "reader" and self._ought_to_know(clause):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif is_any(token, REMIND_VERBS) and self._reminds(token, clause):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif lemma(token) in TELL_VERBS | {"uitgelegd", "gezegd"} and who == "first" and self.has(ALREADY - {"eerder"}, clause) \
                    and self.has(READER, clause):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif word == "duidelijk" and self.near(token, {"staat", "stond", "vermeld", "vermeldt"}, 2, 1) and not self.has(READER):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif word == "bekend" and self.near(token, {"algemeen"}, 2, 0):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif word == "eerste" and self.near(token, {"niet"}, 3, 0) and self.has({"keer"}):
                cues.append(self.cue(token, "reproach", clause_span(head)))
            elif word in FUTURE_LECTURE and self._lectures(token):
                cues.append(self.cue(token, "reproach", span_of(self.words)))
            elif lemma(token) == "verwachten" and self.near(token, {"van"}, 0, 3) and self.has(READER):
                cues.append(self.cue(token, "reproach", clause_span(head)))
        return cues

    def _as_told(self, zoals: Token) -> bool:
        clause = clause_tokens(clause_head(zoals))
        if self.has({"afgesproken", "gevraagd", "vroeg", "schreef", "schrijft", "meldde", "vraagt"}, clause) and not self.has(ALREADY, clause):
            return False
        told = self.has(TELL_VERBS | {"weten", "weet", "gezegd"}, clause)
        return told and (self.has(ALREADY, clause) or self.has({"staat", "lezen", "kunnen", "weet", "duidelijk"}, clause))

    def _ought_to_know(self, clause: list[Token]) -> bool:
        return self._counterfactual(clause) or self.has({"zou", "moet", "geacht", "toch"}, clause)

    def _reminds(self, verb: Token, clause: list[Token]) -> bool:
        if self.has({"erop", "eraan", "er", "feit"}, clause) or self.has({"erop", "eraan", "feit"}):
            return True
        return is_any(verb, {"benadrukken", "herhalen", "onderstrepen"}) and self.has({"nogmaals", "opnieuw"})

    def _lectures(self, token: Token) -> bool:
        """"Lees de volgende keer ...", "wij verzoeken u voortaan ...", not "voortaan sturen wij u een sms"."""
        if token.lower_ == "volgende" and not self.near(token, {"keer"}, 0, 1):
            return False
        if self.has({"verzoeken", "verzoek", "gelieve"}) or (self.has({"vragen"}) and self.has(READER)):
            return True
        first = self.words[0]
        second = self.words[1] if len(self.words) > 1 else first
        return first.pos_ in {"VERB", "AUX", "PROPN"} and not is_any(second, READER | FIRST_PERSON) \
            and not self.has({"hij", "zij", "ze", "die", "men"})  # an imperative: "Lees de volgende keer ..."

    # takeback ---------------------------------------------------------------------------------
    def takeback(self, cues: list[Cue], after_empathy: bool) -> list[Cue]:
        """"Ik begrijp uw ongenoegen, maar ...": a contrast after empathy, followed by a no."""
        first = self.words[0].i if self.words else -1
        for token in self.candidates(CONTRASTS):
            if not is_any(token, CONTRASTS):
                continue
            if token.lower_ in {"toch", "maar"} and token.i != first and token.dep_ != "cc":
                continue  # "dat is toch niet erg", "slechts" -> "maar twee dagen"
            before = [cue for cue in cues if cue.trigger < token.i and cue.category in _EMPATHIC]
            opens = token.i == first or token.lower_ in {"echter", "evenwel", "niettemin", "nochtans", "desondanks"}
            if not (before or (opens and after_empathy) or self._concedes(token)):
                continue
            after = [cue for cue in cues if cue.trigger > token.i and cue.category in DEFENSIVE]
            if any(cue.trigger > token.i and cue.category in _EMPATHIC - {"concession"} for cue in cues):
                continue  # "..., maar onze medewerker typte uw adres verkeerd": the admission goes on
            rest = self._clause_from(token)
            if self._excuses(rest):
                end = self.words[-1].i + 1
                return [self.cue(token, "takeback", self.sentence.doc[token.i : max(end, token.i + 1)])]
            if self._narrates(rest):
                continue  # "..., maar onze medewerker aanvaardde de volmacht niet": what happened, not a no
            if after or self._holds(rest):
                end = self.words[-1].i + 1
                return [self.cue(token, "takeback", self.sentence.doc[token.i : max(end, token.i + 1)])]
        return []

    def _clause_from(self, contrast: Token) -> Span:
        """What the contrast governs: after "maar", the rest; an adverb ("echter") its whole clause."""
        start = contrast.i + 1
        if contrast.lower_ not in {"maar", "doch"}:
            start = contrast.i
            while start > self.sentence.start and self.sentence.doc[start - 1].text not in {";", ",", ":"}:
                start -= 1
        return self.sentence.doc[start : self.sentence.end]

    @staticmethod
    def _narrates(rest: Span) -> bool:
        """Only lexical verbs in the past tense: a story of what happened, not a decision or excuse."""
        finite = [token for token in rest if "Fin" in token.morph.get("VerbForm")]
        return bool(finite) and all(
            "Past" in token.morph.get("Tense") and lemma(token) not in {"kunnen", "zijn", "liggen", "moeten", "mogen"}
            for token in finite
        )

    @staticmethod
    def _excuses(rest: Span) -> bool:
        """"..., maar onze medewerkers hebben het erg druk", "de dienst had echter veel aanvragen te
        verwerken": the service's workload as an excuse, also told in the past."""
        words = {token.lower_ for token in rest} | {lemma(token) for token in rest}
        busy = bool(words & BUSY_WORDS) or (
            bool(words & {"veel", "zoveel"}) and any(
                token.lower_ == "te" and token.i + 1 < rest.end and verb_lemma(rest.doc[token.i + 1]) in WORKLOAD_VERBS
                for token in rest
            )
        )
        finite = [token for token in rest if "Fin" in token.morph.get("VerbForm")]
        if words & {"wel", "daarom", "alsnog", "voorrang"}:
            return False  # "..., maar het was erg druk en daarom gaven wij uw dossier voorrang": a remedy follows
        return busy and not negated(rest) and all(subject_party(token) not in {"reader", "reader_thing"} for token in finite)

    def _concedes(self, contrast: Token) -> bool:
        before = self.sentence.doc[self.sentence.start : contrast.i]
        return any(lemma(token) in HELP_VERBS or token.lower_ in {"begrip", "begrijp", "begrijpen", "gelijk"} for token in before)

    def _holds(self, rest: Span) -> bool:
        """The part after the contrast says no: a negation, "blijft", "nodig"; not "u kunt wel ..."."""
        words = {token.lower_ for token in rest} | {lemma(token) for token in rest}
        if "wel" in words or ("kunt" in words and not words & NEGATIONS) or words & {"deden", "deed", "gedaan"}:
            return False  # "u kunt wel ...", "maar dat deden wij niet" (the admission goes on)
        return bool(words & (NEGATIONS | HOLD_WORDS)) or bool(words & {"juiste", "verstreken", "correct"})


def read_sentence(sentence: Span | Doc, after_empathy: bool = False) -> list[Cue]:
    """The stance cues of one sentence. `after_empathy`: the sentence before it was empathic,
    so a leading "Toch" or an "echter" can take that back. The slow part is read once per parsed
    sentence and kept on its doc: the empathy and solution dimensions both ask."""
    span = _sentence(sentence)
    memo = span.doc.user_data.setdefault(("helder.stance", "read_sentence"), {})
    key = (span.start, span.end)
    if key not in memo:
        memo[key] = _read_stances(_Reader(span))
    reader, cues = memo[key]
    return _unique(cues + reader.takeback(cues, after_empathy))


def _read_stances(reader: _Reader) -> tuple[_Reader, list[Cue]]:
    """Every cue but the takeback, which also depends on the sentence before."""
    empathic = reader.acknowledgement()
    verdicts = reader.verdicts()
    thanks = reader.thanks()
    apologies = reader.apologies()
    empathic += reader.regret_for_reader(apologies)
    blame = reader.blame()
    faults = [cue for cue in reader.faults(verdicts) if not _inside(cue, apologies) and not reader.acknowledged(cue, empathic)]
    if blame:  # "u vergat het attest, waardoor uw dossier bleef liggen": no admission
        faults = [cue for cue in faults if cue.kind == "verdict"]
    cues = [*empathic, *verdicts, *thanks, *apologies, *faults, *reader.concessions()]
    cues += reader.procedure() + reader.door_closing() + blame + reader.minimising() + reader.reproach()
    return reader, cues


def read_text(doc: Doc) -> list[list[Cue]]:
    """The cues per sentence of a parsed text, each sentence read with the one before it."""
    result: list[list[Cue]] = []
    for sentence in doc.sents:
        previous = result[-1] if result else []
        result.append(read_sentence(sentence, is_empathic(previous)))
    return result


def understanding_at(cues: Iterable[Cue]) -> int | None:
    """Where an understanding of the reader's feeling starts ("Ik begrijp dat u zich ... voelt"),
    as a character offset into the doc; what follows is the reader's view, not an admission."""
    acknowledged = [cue for cue in cues if cue.category == "acknowledgement"]
    if not acknowledged:
        return None
    sentence = acknowledged[0].span.sent
    last = max(cue.trigger for cue in acknowledged)
    starts = [token.idx for token in sentence if token.i <= last and is_any(token, _UNDERSTANDING)]
    return min(starts) if starts else None


def is_empathic(cues: Iterable[Cue]) -> bool:
    return any(cue.category in _EMPATHIC for cue in cues)


def categories(cues: Iterable[Cue]) -> set[str]:
    """The reported categories ("concession" only serves the takeback reading)."""
    return {cue.category for cue in cues if cue.category in CATEGORIES}


def _inside(cue: Cue, others: list[Cue]) -> bool:
    """A fault named inside an apology ("het spijt ons dat uw dossier zoekraakte") is owned by it."""
    return any(other.span.start <= cue.span.start and cue.span.end <= other.span.end for other in others) or any(
        cue.span.start <= other.span.start < cue.span.end for other in others
    )


def _unique(cues: list[Cue]) -> list[Cue]:
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for cue in cues:
        key = (cue.category, cue.span.start, cue.span.end)
        if key not in seen:
            seen.add(key)
            kept.append(cue)
    return kept
