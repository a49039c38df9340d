"""Passive clause -> active clause, keeping tense, word order rules and agreement.

The agent becomes the subject ("door ons" -> "wij", "door de dienst" -> "de
dienst"), the passive subject becomes the object ("u" stays "u", "wij" -> "ons"),
and the verb takes the tense of the passive:

    wordt betaald          -> betaalt            (present)
    werd betaald           -> betaalde           (past)
    is / zijn betaald      -> heeft / hebben betaald   (perfect; "is betaald geworden" too)
    was / waren betaald    -> had / hadden betaald     (pluperfect)
    moet (worden) betaald  -> moet betalen       (a modal keeps its tense, takes the new subject)

A main clause keeps verb-second order (what stood before the finite verb stays
first; the new subject follows the finite verb if it is not first), a
subordinate clause keeps its conjunction and puts the verbs last, and a
separable verb leaves its particle at the end of a main clause ("wij wezen uw
aanvraag af"). The rewrite covers the clause without the final punctuation,
so it can replace that span as it is.

Without an agent, `actor` (e.g. "wij" when the service signs the letter) is
the new subject; the caller marks that rewrite as a guess. It is never made
beside a "door" phrase helder cannot read, in a condition ("als ... wordt
ingediend") or for a duty ("moet worden ingevuld"): there the reader acts
more often than the service.

A wrong rewrite is worse than none. Anything this module does not understand
gives None: a "krijgen" passive, a clause that is not one stretch of words or
holds a comma, a modal perfect or chain, a second verb sharing the subject
("werd ontvangen en wordt onderzocht"), an agent followed by a "van" phrase
that may belong to it, bare names joined by "en" ("Kind en Gezin"), a subject
the parse leaves open, a main clause with its verbs last, a question word or
a stranded preposition ("er wordt op gewezen"). The small parser misreads
letter Dutch often; these checks catch its slips. `helder model rewrite`
(helder/rewrite/evaluate.py) measures how often a rewrite is offered and right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from helder.nlp import inflect
from helder.nlp.negation import NEGATIONS
from helder.nlp.passive import WORDEN_FORMS, ZIJN_FORMS, PassiveClause

# Pronouns as subject and as object.
SUBJECT_FORM = {"ons": "wij", "mij": "ik", "me": "ik", "hen": "zij", "hun": "zij", "hem": "hij", "haar": "zij",
                "jou": "jij", "je": "jij", "u": "u", "jullie": "jullie", "wij": "wij", "ik": "ik"}
OBJECT_FORM = {"wij": "ons", "we": "ons", "ik": "mij", "hij": "hem", "jij": "jou", "je": "jou", "u": "u",
               "jullie": "jullie", "het": "het", "dit": "dit", "dat": "dat", "die": "die", "men": None,
               "wie": None}  # "wie door de dienst werd opgebeld": subject and object would read alike
# The person a pronoun agent gives the new subject's verb ("door hen" -> "zij sturen").
AGENT_PERSON = {"ons": "pl", "mij": "1sg", "me": "1sg", "hen": "pl", "hun": "pl", "hem": "3sg", "haar": "3sg",
                "jou": "2sg", "je": "2sg", "u": "u", "jullie": "pl"}
ACTOR_PERSON = {"wij": "pl", "we": "pl", "ik": "1sg"}
# Pronouns that read the same as subject and object: a relative clause with one as subject is ambiguous.
SAME_AS_OBJECT = frozenset({"u", "jullie"})
OBJECT_PRONOUNS = frozenset({"u", "hem", "haar", "ons", "mij", "me", "hen", "hun", "jou", "je", "jullie"})
RELATIVES = frozenset({"die", "dat", "wat", "welke"})
WORD = re.compile(r"\w+")
# Relations by which a token heads a clause of its own inside the passive's clause.
CLAUSE_RELATIONS = frozenset({"conj", "advcl", "ccomp", "acl", "acl:relcl", "parataxis", "csubj", "xcomp"})
# Nouns that make a time adverbial without a preposition ("volgende week werd ...").
TIME_NOUNS = frozenset({
    "morgen", "ochtend", "voormiddag", "middag", "namiddag", "avond", "nacht", "dag", "week", "maand", "jaar",
    "keer", "maal", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari",
    "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "weekend", "zomer", "winter", "lente", "herfst", "najaar", "voorjaar", "tijd", "moment",
})
# Roles of a word the parser may hang the passive subject on by mistake ("in volgorde", "te laat").
SUBJECT_HOSTS = frozenset({"obl", "advcl", "advmod", "xcomp"})
# Lower-case words inside an organisation's name: "Wonen in Vlaanderen".
NAME_LINKS = frozenset({"in", "van", "voor"})
COORDINATORS = frozenset({"en", "maar", "of", "want", "dus", "doch", "noch"})
SUBORDINATORS = frozenset({"dat", "omdat", "als", "indien", "wanneer", "zodra", "nadat", "voordat", "terwijl",
                           "zodat", "hoewel", "tenzij", "toen", "sinds", "doordat", "opdat", "zolang", "aangezien"})
# Conjunctions of a condition: what follows is usually the reader's part, never a clause to guess "wij" for.
CONDITIONS = frozenset({"als", "indien", "wanneer", "zodra", "tenzij"})
FINITE_FORMS = frozenset({"word", "wordt", "werd", "werden", "ben", "bent", "is", "was", "waren", "zijt",
                          "moet", "moest", "moesten", "kan", "kunt", "kon", "konden", "zal", "zult", "zou", "zouden",
                          "mag", "mocht", "mochten", "wil", "wilt", "wou", "wilde", "wilden"})
PLURAL_FORMS = frozenset({"worden", "werden", "zijn", "waren", "moeten", "moesten", "kunnen", "konden", "zullen",
                          "zouden", "mogen", "mochten", "willen", "wilden"})
MODALS = frozenset({"moeten", "zullen", "kunnen", "mogen", "willen", "hoeven", "gaan"})


@dataclass(frozen=True)
class ActiveRewrite:
    """The active clause that replaces text[start:end] (character offsets in the sentence's doc).

    `kept` are the clause's words that the rewrite must still hold, each once: everything but the
    verbs, the pronouns that change case, "door" and an expletive "er".
    """

    start: int
    end: int
    text: str
    guessed_actor: bool
    kept: tuple[str, ...] = ()


def keeps_content(rewrite_: ActiveRewrite) -> bool:
    """The rewrite holds every word it must keep, each once, and no form of "worden": the builder's
    work checked by its words. helder used to parse each rewritten sentence again; that cost 3 to
    4 ms a letter, and on some 220 own and UD rewrites it refused 7, all right ones the parser
    misread, and no wrong one."""
    words = Counter(word.lower() for word in WORD.findall(rewrite_.text))
    return not (Counter(rewrite_.kept) - words) and not (words.keys() & WORDEN_FORMS)


def rewrite(passive: PassiveClause, actor: str | None = None) -> ActiveRewrite | None:
    """The active version of a passive clause, or None when no safe rewrite exists."""
    if passive.kind == "krijgen":
        return None
    participle = passive.participle
    clause = _clause_tokens(participle, passive.auxiliary)
    if clause is None:
        return None
    verbs = _verb_cluster(clause, participle)
    if _unsupported(clause, verbs, participle, passive.auxiliary):
        return None
    agent = _agent_tokens(clause, participle, verbs)
    if agent:
        phrase = [t for t in agent if t.lower_ != "door"]
        new_subject, person, guessed = _as_subject(phrase), _person(phrase), False
    elif actor and not any(t.lower_ == "door" for t in clause):
        # No guess beside a "door" phrase helder could not read: it may name who acted.
        new_subject, person, guessed = actor, ACTOR_PERSON.get(actor, "3sg"), True
    else:
        return None
    if new_subject is None:
        return None
    subject = _subject_tokens(clause, participle, passive.auxiliary, agent, {t.i for t in verbs})
    if subject is None:
        return None
    if guessed and subject and _pronoun(subject) in ("wij", "we", "ik"):
        return None  # "wij werden gebeld": the service cannot be its own caller
    new_object = _as_object(subject, _plural_verb(verbs, participle)) if subject else ""
    if new_object is None:
        return None
    plan = _tense(verbs, participle, person)
    if plan is None:
        return None
    if guessed and _duty(verbs, participle):
        return None  # "uw aanvraag moet worden vervolledigd": a duty or permission, mostly the reader's
    if guessed and any(t.lower_ in ("ons", "mij", "me") and t.dep_ not in ("nmod:poss", "det") for t in clause):
        return None  # "er werd niets meer van ons vernomen": the service has another role in the clause
    layout = _layout(clause, verbs, participle, agent, subject)
    if layout is None:
        return None
    if layout.relative and new_subject.lower() in SAME_AS_OBJECT:
        return None  # "de medewerker die door u werd gebeld" -> "die u belde": who called whom would flip
    if guessed and layout.subordinate and layout.connectors and (
            layout.connectors[-1].lower_ in CONDITIONS or _wh(layout.connectors[-1])):
        return None  # "als het formulier ... wordt teruggestuurd", "waar uw klacht wordt onderzocht": not the service
    text = _assemble(layout, subject, new_subject, new_object, plan)
    start, end = clause[0], clause[-1] if not clause[-1].is_punct else clause[-2]
    if start.i == start.sent.start or start.i == 0:
        text = text[:1].upper() + text[1:]
    changed = {t.i for t in (*agent, *verbs, *layout.expletive)} | ({subject[0].i} if len(subject) == 1 else set())
    kept = tuple(t.lower_ for t in clause if t.is_alpha and t.i not in changed)
    return ActiveRewrite(start.idx, end.idx + len(end.text), text, guessed, kept)


@dataclass(frozen=True)
class _Layout:
    """Where the words of the passive clause stand, and what kind of clause it is."""

    connectors: list[Token]
    expletive: list[Token]
    te: list[Token]  # "te" before the passive's infinitive: "hoeft ... te worden gedaan"
    before: list[Token]  # the other words before the first verb, between the verbs, and after them
    middle: list[Token]
    after: list[Token]
    subordinate: bool
    relative: bool
    verb_first: bool
    subject_first: bool  # the passive subject stood before the first verb


def _layout(clause: list[Token], verbs: list[Token], participle: Token, agent: list[Token],
            subject: list[Token]) -> _Layout | None:
    """The clause's parts in order, or None when the parse leaves its structure open."""
    used = {t.i for t in (*agent, *subject, *verbs)}
    connectors = _connectors(clause, used, verbs[0])
    used |= {t.i for t in connectors}
    finite = _finite_verb(verbs, participle)
    if finite is None or not _looks_finite(finite):
        return None  # "te worden opgemerkt": no finite verb, so no clause helder can turn around
    expletive = _expletive(clause, connectors, finite, subject)
    te = [t for t in clause if t.lower_ == "te" and t.i + 1 < len(t.doc) and t.doc[t.i + 1] in verbs]
    used |= {t.i for t in (*expletive, *te)}
    rest = [t for t in clause if t.i not in used and not (t.is_punct and t.i == clause[-1].i)]
    first_verb, last_verb = verbs[0].i, verbs[-1].i
    before = [t for t in rest if t.i < first_verb]
    relative = bool(subject) and _pronoun(subject) in RELATIVES and subject[0] == clause[0] and _antecedent(clause[0])
    subordinate = relative or _subordinating(connectors, subject, rest, first_verb)
    if subordinate is None or _unclear(clause, rest, first_verb, {t.i for t in verbs}):
        return None
    subject_first = bool(subject) and subject[0].i < first_verb
    if not subordinate and (
            any(v.i < finite.i for v in verbs)  # "..., niet gehouden is": verbs last, an unrecognised subordinate
            or not subject_first and _fronted_noun_phrase(before)  # "De beslissing ... zal u ... worden gebracht"
            or not connectors and not _opens_main_clause(clause[0])):  # starts inside something unattached
        return None
    if any(t.lower_ == "er" and t.i < last_verb for t in rest):
        return None  # "er" that is no expletive ("Dit werd er gedaan"): its place in the active clause is unsure
    verb_first = not subordinate and [t for t in clause if t not in connectors][:1] == verbs[:1]
    if not subject and not expletive and (subordinate or verb_first or connectors or not before):
        return None  # a passive without subject, "er" or a fronted phrase: the parse lost a part of it
    return _Layout(connectors, expletive, te, before, [t for t in rest if first_verb < t.i < last_verb],
                   [t for t in rest if t.i > last_verb], subordinate, relative, verb_first, subject_first)


def _assemble(layout: _Layout, subject: list[Token], new_subject: str, new_object: str,
              plan: tuple[str, str, str]) -> str:
    """The active clause: verb second in a main clause, verbs last in a subordinate one."""
    finite, nonfinite, particle = plan
    if layout.te and nonfinite:  # "hoeft er door u niets te worden ingediend" -> "hoeft u niets in te dienen"
        parts = inflect.split_separable(nonfinite)
        nonfinite = f"{parts[0]} te {parts[1]}" if parts else f"te {nonfinite}"
    before, middle = layout.before, layout.middle
    words: list[str] = [_text(layout.connectors)] if layout.connectors else []
    if layout.subordinate:
        lead = [new_object, new_subject, _text(before + middle)] if layout.relative else \
            [new_subject, *_objects(new_object, before + middle, subject)]
        words += [*lead, f"{finite} {nonfinite}" if nonfinite else _joined(finite, particle)]
    elif layout.verb_first:
        # The verb opens the clause (a question, or after a fronted clause: "Omdat ..., werd ..."): it stays first.
        words += [finite, new_subject, *_objects(new_object, middle, subject), particle, nonfinite]
    elif before and not layout.subject_first:
        # Something else stood first ("Gisteren werd ..."): it stays first, the new subject follows the verb.
        words += [_text(before), finite, new_subject, *_objects(new_object, middle, subject), particle, nonfinite]
    else:
        words += [new_subject, finite, *_objects(new_object, before + middle, subject), particle, nonfinite]
    words.append(_text(layout.after))
    return _tidy(" ".join(word for word in words if word))


def _connectors(clause: list[Token], used: set[int], first_verb: Token) -> list[Token]:
    """The words that open the clause: conjunctions ("dat", "omdat", "en") and, mid-sentence, a
    relative adverb ("waarbij", "waardoor"); a "te" inside the clause is none."""
    found: list[Token] = []
    for token in clause:
        if token.i >= first_verb.i or token.i in used:
            break
        if not (token.dep_ in ("mark", "cc") or token.lower_ in COORDINATORS or _wh(token) and token.i > 0
                or _complementiser(token)):
            break
        found.append(token)
    return found


def _looks_finite(verb: Token) -> bool:
    form = verb.morph.get("VerbForm")
    return form == ["Fin"] or verb.lower_ in FINITE_FORMS or (verb.lower_ in PLURAL_FORMS and form != ["Inf"])


def _fronted_noun_phrase(before: list[Token]) -> bool:
    """A noun phrase (not in a prepositional phrase, not a time like "volgende week") before the finite verb."""
    for token in before:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("advmod", "obl") and token.head not in before and not any(
                child.dep_ == "case" for child in token.children) and token.lemma_.lower() not in TIME_NOUNS \
                and token.lower_ not in TIME_NOUNS:
            return True
    return False


def _wh(token: Token) -> bool:
    return token.lower_.startswith("waar") or token.lower_ in ("wie", "wat", "welke", "hoe")


def _complementiser(token: Token) -> bool:
    """ "dat" before a noun phrase with its own article is the conjunction: "en dat een nieuwe beslissing ..."."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "dat" and following is not None and (
        following.pos_ in ("DET", "NUM") or following.dep_ == "nmod:poss")


def _antecedent(relative: Token) -> bool:
    """A relative pronoun follows the noun it refers to ("de brief die", "uw klacht, die"); "Dat werd ..." opens a
    sentence with a demonstrative."""
    if relative.i == 0:
        return False
    previous = relative.doc[relative.i - 1]
    return previous.pos_ in ("NOUN", "PROPN", "PRON") or previous.text == ","


def _subordinating(connectors: list[Token], subject: list[Token], rest: list[Token], first_verb: int) -> bool | None:
    """Whether the connectors open a subordinate clause; None when "of" leaves it open.

    "of" is "or" (a main clause follows) or "whether" (the verbs go last): only words between
    the subject and the verbs show the second ("of de chip aan het juiste adres werd gekoppeld").
    """
    if any(_wh(c) or c.lower_ in SUBORDINATORS or c.dep_ == "mark" and c.lower_ not in COORDINATORS
           for c in connectors):
        return True
    if connectors and connectors[-1].lower_ == "of":
        if subject and any(subject[-1].i < t.i < first_verb for t in rest):
            return True
        return None
    return False


def _unclear(clause: list[Token], rest: list[Token], first_verb: int, cluster: set[int]) -> bool:
    """A clause whose structure the parse leaves open: a conjunction or question word inside it
    ("zeker omdat ...", "bij gebreke waarvan ..."), a question word opening the sentence ("Wat wordt
    er gedaan?"), or a preposition stranded before the verbs ("er wordt op gewezen")."""
    inner = [t for t in rest if t.i < first_verb and (t.dep_ == "mark" and t.lower_ != "te" or _wh(t))]
    if inner or (clause[0].i == 0 and _wh(clause[0])):
        return True
    return any(t.pos_ == "ADP" and t.lower_ not in ("door", "te") and t.i + 1 in cluster for t in rest)


def _unsupported(clause: list[Token], verbs: list[Token], participle: Token, auxiliary: Token) -> bool:
    """Constructions the rewrite cannot carry over.

    A form of "hebben" in the cluster ("had ... moeten worden goedgekeurd": a modal perfect), and a
    second verb phrase that shares the passive's subject ("werd ontvangen en wordt nu onderzocht"):
    turning the first around would leave the second without its subject.
    """
    if any(t.lemma_.lower() == "hebben" and t.pos_ in ("AUX", "VERB") and (t.head in verbs or t.dep_.startswith("aux"))
           for t in clause):
        return True
    for verb in (participle, auxiliary):
        for child in verb.children:
            if child.dep_ == "conj" and child not in clause and child.pos_ in ("VERB", "AUX", "NOUN", "ADJ") \
                    and not any(t.dep_.startswith("nsubj") for t in child.subtree):
                return True
    return False


def _expletive(clause: list[Token], connectors: list[Token], finite: Token, subject: list[Token]) -> list[Token]:
    """The expletive "er" of "er wordt ... gewerkt" / "er werd een fout gemaakt": it goes in the active clause.

    With a subject, only an "er" the parser calls expletive, one that opens the clause (right
    after its conjunction, or right before the finite verb of a main clause), or one right after
    the finite verb when the subject does not precede it ("Daarom werd er een taxi genomen").
    """
    opening = [t for t in clause if t not in connectors][:1]
    subject_first = bool(subject) and subject[0].i < finite.i
    found = []
    for token in clause:
        if token.lower_ != "er" or token.i > finite.i + 1:
            continue
        opens = token in opening and (connectors or token.i + 1 == finite.i)
        follows = token.i == finite.i + 1 and not subject_first
        if token.dep_ in ("expl", "expl:pv") or opens or follows or (not subject and token.dep_ == "advmod"):
            found.append(token)
    return found


def _opens_main_clause(first: Token) -> bool:
    """A main clause starts the sentence or follows a comma, colon or semicolon (after a fronted clause)."""
    return first.i == 0 or first.doc[first.i - 1].text in (",", ":", ";", "-", "(", "\u2013")


def _clause_tokens(participle: Token, auxiliary: Token) -> list[Token] | None:
    """The passive's own clause as one stretch of tokens, nested clauses excluded; None if it is broken up."""
    doc = participle.doc
    anchors = {participle, auxiliary}
    head = participle.head
    if head != participle and head.lemma_.lower() in MODALS and head.pos_ in ("AUX", "VERB") \
            and participle.dep_ in ("advcl", "xcomp", "ccomp"):
        anchors.add(head)  # "De huur mag ... verhoogd worden": the parser made the modal the head
    members = [token for token in doc if _belongs(token, anchors)]
    words = [token for token in members if not token.is_punct]
    if not words:
        return None
    members = [token for token in members if words[0].i <= token.i <= words[-1].i]  # not the final full stop
    indices = [token.i for token in members]
    if indices != list(range(indices[0], indices[-1] + 1)):
        return None
    if any(token.text in (",", ";", ":") for token in members[:-1]):
        return None  # a comma inside: the parse ran over a clause boundary ("..., werd het ...")
    return members


def _belongs(token: Token, anchors: set[Token]) -> bool:
    current = token
    while True:
        if current in anchors:
            return True
        if _heads_clause(current) or current.head == current:
            return False
        current = current.head


def _heads_clause(token: Token) -> bool:
    """A clause of its own: a verb in a clause relation, or a predicate with its copula ("omdat het te laat was").

    The parser also hangs adverbs and adjectives of the passive's own clause as "advcl" or "xcomp"
    ("te laat werd verstuurd", "onvriendelijk werd behandeld"); those stay in the clause.
    """
    if token.dep_ not in CLAUSE_RELATIONS:
        return False
    return token.pos_ in ("VERB", "AUX") or any(child.dep_ == "cop" for child in token.children)


def _agent_tokens(clause: list[Token], participle: Token, verbs: list[Token]) -> list[Token]:
    """ "door" and its noun phrase, within the clause: before the participle, or after the verbs
    at the very end of the clause ("werd opgezegd door de verhuurder").

    The phrase is a pronoun, or the stretch of the noun "door" belongs to; when the parser
    hung "door" on a verb, the words up to the first noun (articles, adjectives, numbers)
    and what follows in that noun's subtree. Coordinated phrases ("de schepen en de
    burgemeester", "u en uw partner") count as one agent.
    """
    for position, token in enumerate(clause):
        extraposed = token.i > verbs[-1].i
        if token.lower_ != "door" or (token.i > participle.i and not extraposed):
            continue
        if token.i > 0 and token.doc[token.i - 1].pos_ == "DET":
            return []  # "de door de aanvrager opgeladen bijlagen": the agent of an adjective, not of the clause
        if extraposed:
            following = [t for t in clause[position + 1 :] if not t.is_punct or t.i < clause[-1].i]
        else:
            following = [t for t in clause[position + 1 :] if t.i < verbs[-1].i and t not in verbs]
        phrase = _noun_phrase(following, token.head)
        if not phrase:
            return []
        while len(following) > len(phrase) + 1 and following[len(phrase)].lower_ in ("en", "of"):
            conjunct = _noun_phrase(following[len(phrase) + 1 :], None)
            if not conjunct:
                return []
            phrase += [following[len(phrase)], *conjunct]
        if _unsure_coordination(phrase) or (extraposed and (
                len(phrase) < len(following) or any(t.pos_ == "ADP" for t in phrase)
                or not (token.head in verbs or token.head.head in verbs))):
            return []  # after the verbs, only a plain phrase that closes the clause is surely the agent
        return [token, *phrase]
    return []


def _noun_phrase(words: list[Token], head: Token | None) -> list[Token]:
    """The noun phrase at the start of `words`: a pronoun, `head`'s stretch, or words up to the first noun."""
    if not words:
        return []
    if _personal_pronoun(words):
        return words[:1]
    if head is not None and head in words and head.pos_ in ("NOUN", "PROPN", "PRON"):
        phrase = list(_prefix(words, lambda t: head.left_edge.i <= t.i <= head.right_edge.i))
    else:
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or any(t.pos_ not in ("DET", "ADJ", "NUM", "PRON") for t in words[: words.index(nouns[0])]):
            return []
        noun = nouns[0]
        phrase = list(_prefix(words, lambda t: t.i <= noun.i or t.i <= noun.right_edge.i))
    if not phrase or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase):
        return []
    phrase = _without_adverbial(phrase)
    while len(words) > len(phrase):
        following = words[len(phrase)]
        if following.text[:1].isupper():
            phrase.append(following)  # a name the parser hung elsewhere: "de dienst Financiën"
        elif phrase[-1].text[:1].isupper() and following.lower_ in NAME_LINKS and len(words) > len(phrase) + 1 \
                and words[len(phrase) + 1].text[:1].isupper():
            phrase += [following, words[len(phrase) + 1]]  # "Wonen in Vlaanderen", "Agentschap voor Natuur"
        else:
            break
    if len(words) > len(phrase) and words[len(phrase)].lower_ == "van":
        return []  # "door de dienst ... van ...": the complement may belong to the agent; unsure
    return phrase


def _without_adverbial(phrase: list[Token]) -> list[Token]:
    """The phrase up to a preposition other than "van" or an adverb after its noun: the parser
    hangs the clause's adverbials on the agent ("door de aannemer in juni afgerond", "door onze
    webmaster op de website gezet", "door u en uw partner niet doorgegeven"), and in the active
    clause they stay behind the verb. A preposition inside a name stays ("Wonen in Vlaanderen")."""
    for position, token in enumerate(phrase[1:], start=1):
        inside_name = phrase[position - 1].text[:1].isupper() and position + 1 < len(phrase) \
            and phrase[position + 1].text[:1].isupper()
        adverbial = (token.pos_ == "ADP" and token.lower_ != "van" and not inside_name) or token.pos_ == "ADV" \
            or token.lower_ in NEGATIONS
        if adverbial and any(
                t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase[:position]):
            return phrase[:position]
    return phrase


def _unsure_coordination(phrase: list[Token]) -> bool:
    """A coordination that is not surely two agents: bare names ("door Kind en Gezin": one
    organisation or two?) or a part that is no noun phrase ("door de inspectie en verder niets")."""
    parts: list[list[Token]] = [[]]
    for token in phrase:
        if token.lower_ in ("en", "of"):
            parts.append([])
        else:
            parts[-1].append(token)
    if len(parts) == 1:
        return False
    return any(not part or part != _noun_phrase(part, None) or (
        len(part) == 1 and part[0].text[:1].isupper() and part[0].lower_ not in SUBJECT_FORM) for part in parts)


def _personal_pronoun(words: list[Token]) -> bool:
    """The words start with a personal pronoun ("door ons"), not a possessive ("door ons team", "door haar collega")."""
    first = words[0]
    if first.lower_ not in SUBJECT_FORM or first.dep_ in ("nmod:poss", "det"):
        return False
    return len(words) == 1 or words[1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _prefix(words: list[Token], inside) -> list[Token]:
    """The words from the start as long as they are `inside` and follow each other in the text."""
    kept: list[Token] = []
    for word in words:
        if not inside(word) or (kept and word.i != kept[-1].i + 1):
            break
        kept.append(word)
    return kept


def _subject_tokens(clause: list[Token], participle: Token, auxiliary: Token, agent: list[Token],
                    cluster: set[int]) -> list[Token] | None:
    """The passive subject's phrase: [] when there is none, None when the parse leaves it open.

    A nominal subject (nsubj:pass or nsubj) of the participle or auxiliary; else the one such
    subject elsewhere in the clause (the parser hangs it on a word it took for a verb: "de
    aanvragen werden in volgorde ..."). Of several, one with an article or possessive wins
    over a bare noun ("Morgen worden de bladkorven ..."); a tie is open.
    """
    members = {t.i for t in clause} - {t.i for t in agent}
    candidates = [t for t in clause if t.dep_ in ("nsubj:pass", "nsubj") and t.pos_ in ("NOUN", "PROPN", "PRON")
                  and t.i in members and (t.head in (participle, auxiliary) or t.head.i in cluster or t.head.i in members
                                          and t.head.dep_ in SUBJECT_HOSTS)]
    own = [t for t in candidates if t.head in (participle, auxiliary)]
    if len(candidates) > 1:
        # "Een antwoord werd u ... beloofd": "u" (or "jullie") beside a noun phrase is the indirect object.
        determined = [t for t in (own or candidates) if t.pos_ == "PRON" and t.lower_ not in ("u", "jullie") or any(
            child.dep_ in ("det", "nmod:poss") for child in t.children)]
        candidates = determined if len(determined) == 1 else (own if len(own) == 1 else [])
        if not candidates:
            return None
    if not candidates:
        # A passive has no object: the parser's object of the participle or auxiliary is the subject
        # ("dat het bedrag door ons te laat betaald werd").
        objects = [t for t in clause if t.dep_ == "obj" and t.head in (participle, auxiliary) and t.i in members
                   and t.pos_ in ("NOUN", "PROPN") and any(child.dep_ in ("det", "nmod:poss") for child in t.children)]
        if len(objects) != 1:
            return []
        candidates = objects
    subject = candidates[0]
    members -= {t.i for t in clause if _complementiser(t)}
    # The subject's words around it, up to a verb of the passive or a word outside its phrase.
    inside = {t.i for t in subject.subtree} & members
    start = end = subject.i
    while start - 1 in inside and start - 1 not in cluster:
        start -= 1
    while end + 1 in inside and end + 1 not in cluster:
        end += 1
    return [t for t in clause if start <= t.i <= end]


def _verb_cluster(clause: list[Token], participle: Token) -> list[Token]:
    """The finite verb, modals and auxiliaries of the passive, and the participle, in text order."""
    cluster = [participle]
    for token in clause:
        if token == participle:
            continue
        lemma = token.lemma_.lower()
        if token.lower_ in WORDEN_FORMS | ZIJN_FORMS and lemma in ("worden", "zijn") and token.pos_ in ("AUX", "VERB"):
            cluster.append(token)
        elif lemma in MODALS and token.pos_ in ("AUX", "VERB") and (token.head in (participle, *participle.children) or token == participle.head):
            cluster.append(token)
    return sorted(cluster, key=lambda token: token.i)


def _person(phrase: list[Token]) -> str:
    """The person and number of an agent phrase as the new subject: a pronoun's own, else the head noun's."""
    if len(phrase) == 1 and phrase[0].lower_ in AGENT_PERSON:
        return AGENT_PERSON[phrase[0].lower_]
    # Number and coordination count before a complement: "het college van burgemeester en schepenen" is one.
    core = phrase[: next((n for n, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))]
    heads = [t for t in core if t.head not in phrase or t.head == t]
    plural = any(t.morph.get("Number") == ["Plur"] or _plural_form(t) for t in heads) or any(
        t.dep_ == "conj" or t.lower_ == "en" for t in core)
    return "pl" if plural else "3sg"


def _plural_form(token: Token) -> bool:
    """A noun written as the plural of its lemma ("collega's"), when the tagger left out the number."""
    lemma = token.lemma_.lower()
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ != lemma and token.lower_ == inflect.plural(lemma)


def _tense(verbs: list[Token], participle: Token, person: str) -> tuple[str, str, str] | None:
    """(finite verb, non-finite verb, particle left at the end of a main clause) for the new subject."""
    lemma = _infinitive(participle)
    if lemma is None:
        return None
    plural = person == "pl"
    finite_verb = _finite_verb(verbs, participle)
    if finite_verb is None:
        return None
    separable = inflect.split_separable(lemma)
    particle = separable[0] if separable else ""
    finite_lemma = finite_verb.lemma_.lower()
    past = finite_verb.morph.get("Tense") == ["Past"] or finite_verb.lower_ in ("werd", "werden", "was", "waren")
    if finite_lemma in MODALS:
        others = [v for v in verbs if v not in (finite_verb, participle)]
        if any(v.lemma_.lower() == "zijn" or v.lemma_.lower() in MODALS for v in others):
            return None  # "moet betaald zijn", "zou moeten worden betaald": a modal perfect or a modal chain
        modal = inflect.past(finite_lemma, plural) if past else inflect.present(finite_lemma, person)
        return modal, lemma, ""
    if finite_lemma == "worden":
        if any(v.lower_ == "geworden" for v in verbs):
            return _perfect(past, person, plural, participle.lower_)
        apart = bool(separable)  # only a separable verb loses its particle: "informeerde", not "formeerde ... in"
        form = inflect.past(lemma, plural, separated=apart) if past else inflect.present(lemma, person, separated=apart)
        return form, "", particle
    if finite_lemma == "zijn":
        return _perfect(past, person, plural, participle.lower_)
    return None


def _duty(verbs: list[Token], participle: Token) -> bool:
    """A present-tense "moeten", "mogen" or "kunnen": what someone must, may or can do."""
    finite = _finite_verb(verbs, participle)
    return finite is not None and finite.lemma_.lower() in ("moeten", "mogen", "kunnen") \
        and finite.morph.get("Tense") != ["Past"] and finite.lower_ not in ("moest", "moesten", "mocht", "mochten",
                                                                           "kon", "konden")


def _finite_verb(verbs: list[Token], participle: Token) -> Token | None:
    """The finite verb of the cluster: the one tagged finite, else the first finite form, else the first verb.

    Not simply the first: a subordinate clause may put the participle first ("dat het betaald werd").
    """
    others = [v for v in verbs if v != participle]
    finite = [v for v in others if v.morph.get("VerbForm") == ["Fin"]]
    if len(finite) == 1:
        return finite[0]
    by_form = [v for v in others if v.lower_ in FINITE_FORMS]
    return (by_form or others or [None])[0]


def _infinitive(participle: Token) -> str | None:
    """The verb of a participle, only if it gives back exactly this participle (else its forms are a guess)."""
    form = participle.lower_
    tagged = [participle.lemma_.lower()] if participle.pos_ in ("VERB", "AUX") else []  # "gebeld" as NOUN: "belden"
    for lemma in [*tagged, *inflect.verb_lemma(form)]:
        if lemma.endswith("n") and inflect.past_participle(lemma) == form:
            return lemma
    return None


def _perfect(past: bool, person: str, plural: bool, participle: str) -> tuple[str, str, str]:
    have = inflect.past("hebben", plural) if past else inflect.present("hebben", person)
    return have, participle, ""


def _objects(new_object: str, middle: list[Token], subject: list[Token]) -> list[str]:
    """The middle field with the new object where the subject stood ("er wordt nog een onderzoek gedaan" ->
    "wij doen nog een onderzoek"), or first; a pronoun ("u", "hem") comes before an object that is a
    full noun phrase."""
    at = subject[0].i if subject else -1
    left = [t for t in middle if t.i < at]
    right = [t for t in middle if t.i > at]
    pronouns = right[:1] if right and right[0].lower_ in OBJECT_PRONOUNS and " " in new_object else []
    return [_text(left), _text(pronouns), new_object, _text([t for t in right if t not in pronouns])]


def _joined(finite: str, particle: str) -> str:
    """A subordinate clause's verb keeps its particle: "dat wij het formulier terugstuurden"."""
    return particle + finite if particle else finite


def _pronoun(tokens: list[Token]) -> str:
    return tokens[0].lower_ if len(tokens) == 1 else ""


def _as_subject(tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    if len(tokens) == 1 and (tokens[0].pos_ == "PRON" or tokens[0].lower_ in SUBJECT_FORM):
        return SUBJECT_FORM.get(tokens[0].lower_)
    if any(t.lower_ in ("en", "of") for t in tokens):  # "door hem en zijn vrouw" -> "hij en zijn vrouw"
        words = [_subject_word(t) if n == 0 or tokens[n - 1].lower_ in ("en", "of") else t.text
                 for n, t in enumerate(tokens)]
        if words[0] == "ik" and words[1] == "en":
            words = [*words[2:], "en", "ik"]  # "door mij en mijn collega" -> "mijn collega en ik"
        return _tidy(" ".join(words))
    return _text(tokens, lower_first=True)


def _subject_word(token: Token) -> str:
    """A conjunct's first word as part of a subject: a personal pronoun in its subject form."""
    if token.pos_ == "PRON" and token.dep_ != "nmod:poss" and token.lower_ in SUBJECT_FORM:
        return SUBJECT_FORM[token.lower_]
    return _text([token], lower_first=True)


def _plural_verb(verbs: list[Token], participle: Token) -> bool:
    finite = _finite_verb(verbs, participle)
    return finite is not None and (finite.morph.get("Number") == ["Plur"] or finite.lower_ in PLURAL_FORMS)


def _as_object(tokens: list[Token], plural: bool) -> str | None:
    """The passive subject as the object: "zij werden" -> "ze" (people or things), "zij werd" -> "haar"."""
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        word = tokens[0].lower_
        if word in ("zij", "ze"):
            return "ze" if plural or tokens[0].morph.get("Number") == ["Plur"] else "haar"
        return OBJECT_FORM.get(word, word)
    return _text(tokens, lower_first=True)


def _text(tokens: list[Token], lower_first: bool = False) -> str:
    """Tokens as written, with their own spacing; a sentence-initial capital is dropped for a common word."""
    if not tokens:
        return ""
    text = "".join(token.text_with_ws for token in tokens).strip()
    first = tokens[0]
    if (lower_first or first.i == first.sent.start) and first.pos_ != "PROPN" and text[:1].isupper() \
            and not (len(text) > 1 and text[1:2].isupper()):
        text = text[:1].lower() + text[1:]
    return text


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    for mark in (",", ".", ";", ":", ")"):
        text = text.replace(" " + mark, mark)
    return text.replace("( ", "(")
