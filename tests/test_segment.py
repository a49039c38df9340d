"""Letter segmentation and sentence splitting against hand-written Flemish letters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from helder.segment import Segmentation, segment
from helder.text import prepare

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "segmentation"
FIXTURES = sorted(FIXTURE_DIR.glob("*.yaml"))
ZERO_WIDTH = "\u200b\ufeff"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def analyse(text: str) -> Segmentation:
    return segment(prepare(text))


def texts(text: str, seg: Segmentation, kind: str) -> list[str]:
    return [text[part.start : part.end] for part in seg.of_kind(kind)]


def assert_well_formed(text: str, seg: Segmentation) -> None:
    """Parts and sentences are in bounds, trimmed, non-empty, ordered and non-overlapping."""
    cleaned = prepare(text)
    for units in (seg.parts, seg.sentences):
        previous_end = 0
        for unit in units:
            assert previous_end <= unit.start < unit.end <= len(text)
            span = cleaned[unit.start : unit.end]
            assert span == span.strip()
            previous_end = unit.end
    for sentence in seg.sentences:
        assert any(
            part.start <= sentence.start and sentence.end <= part.end and part.kind == sentence.part
            for part in seg.parts
        )


def assert_matches(text: str, expected: dict, normalise: Callable[[str], str] = lambda s: s) -> None:
    seg = analyse(text)
    assert_well_formed(text, seg)
    for kind in ("subject", "salutation", "closing"):
        found = [normalise(found) for found in texts(text, seg, kind)]
        assert found == ([] if expected[kind] is None else [expected[kind]]), kind
    signature = " ".join(normalise(found) for found in texts(text, seg, "signature"))
    for needle in expected["signature_contains"]:
        assert needle in signature
    for kind in ("reference", "other"):
        joined = "\n".join(normalise(found) for found in texts(text, seg, kind))
        for needle in expected.get(f"{kind}_contains", []):
            assert needle in joined, kind
    if "list_items" in expected:
        assert sum(part.list_item for part in seg.parts) == expected["list_items"]
    body = [normalise(text[s.start : s.end]) for s in seg.sentences if s.part == "body"]
    assert body == expected["body_sentences"]


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 32


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture(path: Path) -> None:
    case = load(path)
    assert_matches(case["text"], case["expected"])


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_with_crlf(path: Path) -> None:
    case = load(path)
    text = case["text"].replace("\n", "\r\n")
    seg = analyse(text)
    for unit in seg.parts + seg.sentences:
        assert not text[unit.start : unit.end].endswith("\r")
    assert_matches(text, case["expected"], lambda s: s.replace("\r", ""))


VARIANTS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "nbsp": (lambda t: t.replace(" ", "\u00a0"), lambda s: s.replace("\u00a0", " ")),
    "narrow-nbsp": (lambda t: t.replace("€ ", "€\u202f"), lambda s: s.replace("\u202f", " ")),
    "tabs": (lambda t: t.replace(" ", "\t"), lambda s: s.replace("\t", " ")),
    "zero-width": (
        lambda t: "\ufeff" + t.replace(" ", " \u200b"),
        lambda s: s.translate({ord(char): None for char in ZERO_WIDTH}),
    ),
}
VARIANT_FIXTURES = [
    "awv_brief_wegenwerken",
    "delijn_mail_met_citaat",
    "groeipakket_fons_opsomming",
    "belastingdienst_onroerende_voorheffing",
    "ocmw_zonder_groet",
    "onderwijs_opsomming_letters",
]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("name", VARIANT_FIXTURES)
def test_fixture_whitespace_variants(name: str, variant: str) -> None:
    case = load(FIXTURE_DIR / f"{name}.yaml")
    change, normalise = VARIANTS[variant]
    assert_matches(change(case["text"]), case["expected"], normalise)


@pytest.mark.parametrize("name", VARIANT_FIXTURES)
def test_fixture_with_emoji(name: str) -> None:
    """An emoji after a sentence stays with that sentence; one inside a sentence changes nothing."""
    case = load(FIXTURE_DIR / f"{name}.yaml")
    expected = dict(case["expected"])
    sentences = list(expected["body_sentences"])
    text = case["text"]
    first, second = sentences[0], sentences[1]
    text = text.replace(first, first + " 🙂", 1)
    sentences[0] = first + " 🙂"
    words = second.split(" ", 1)
    sentences[1] = f"{words[0]} 👍🏽 {words[1]}"
    text = text.replace(second, sentences[1], 1)
    expected["body_sentences"] = sentences
    assert_matches(text, expected)


# --- targeted behaviour ------------------------------------------------------------------------


def body_sentences(text: str) -> list[str]:
    seg = analyse(text)
    return [text[s.start : s.end] for s in seg.sentences if s.part == "body"]


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        ("Dat doen we bv. morgen. Daarna bellen we.", 2),
        ("Wij sturen u folders, brochures enz. Daarna bellen we.", 2),
        ("Wij sturen u folders, brochures etc. Daarna bellen we.", 2),
        ("Dit werd besproken met dhr. Peeters en mevr. Claes.", 1),
        ("Het gaat om art. 5 en nr. 12 op p. 4 en blz. 7.", 1),
        ("Dr. Janssens en Prof. Willems spraken met J. Peeters.", 1),
        ("Dat staat in bijlage B. U vindt ze achteraan.", 2),
        ("De vergadering was op 3 nov. 2026 in Gent.", 1),
        ("Wij antwoorden z.s.m. Daarna krijgt u een brief.", 2),
        ("Zoals afgesproken… We bellen u nog.", 2),
        ("Wacht u even? we zoeken het uit.", 1),
    ],
)
def test_abbreviations_and_boundaries(sentence: str, pieces: int) -> None:
    assert len(body_sentences(f"Beste Jan,\n\n{sentence}\n")) == pieces


def test_single_line_break_does_not_end_a_sentence_but_a_list_item_does() -> None:
    text = "Beste Jan,\n\nWij hebben uw\nklacht ontvangen\n- eerste punt\n- tweede punt\nen dat was het\n"
    assert body_sentences(text) == [
        "Wij hebben uw\nklacht ontvangen",
        "eerste punt",
        "tweede punt",
        "en dat was het",
    ]


def test_a_heading_line_is_no_part_of_the_sentence_under_it() -> None:
    text = ("Beste Jan,\n\nEerst wat uitleg over de procedure\nEen RUP legt vast wat er mag komen.\n\n"
            "U hebt gelijk: u had een brief moeten krijgen\nHet openbaar onderzoek loopt nog.\n\n"
            "Wij stuurden uw vraag naar\nAnn Peeters van de dienst Wonen.\n")
    assert body_sentences(text) == [
        "Eerst wat uitleg over de procedure",
        "Een RUP legt vast wat er mag komen.",
        "U hebt gelijk: u had een brief moeten krijgen",
        "Het openbaar onderzoek loopt nog.",
        "Wij stuurden uw vraag naar\nAnn Peeters van de dienst Wonen.",
    ]


def test_indented_line_continues_a_list_item() -> None:
    text = "Beste Jan,\n\nU moet:\n- een formulier invullen dat u\n  op onze website vindt\n- het opsturen\n"
    seg = analyse(text)
    items = [text[p.start : p.end] for p in seg.parts if p.list_item]
    assert items == ["een formulier invullen dat u\n  op onze website vindt", "het opsturen"]


@pytest.mark.parametrize("closing", ["Met vriendelijke groeten", "Sportieve groeten", "Zonnige groet,",
                                     "Met oprechte deelneming en vriendelijke groeten", "Met medeleven"])
def test_a_closing_with_any_greeting_word_ends_the_body(closing: str) -> None:
    text = f"Beste Jan,\n\nUw aanvraag is goedgekeurd.\n\n{closing}\n\nKarel Peeters\nbeheerder sportinfrastructuur\n"
    seg = analyse(text)
    assert seg.first("closing") is not None
    assert texts(text, seg, "body") == ["Uw aanvraag is goedgekeurd."]


@pytest.mark.parametrize(
    "line",
    ["Alvast bedankt", "Wij wensen u nog een fijne dag.", "Groeten uit Gent zijn altijd welkom hier bij ons."],
)
def test_not_a_closing(line: str) -> None:
    seg = analyse(f"Beste Jan,\n\nUw aanvraag is goedgekeurd.\n\n{line}\n")
    assert seg.first("closing") is None
    assert seg.first("signature") is None


@pytest.mark.parametrize(
    "line",
    [
        "Beste klant,",
        "Geachte,",
        "Geachte mevrouw, geachte heer,",
        "Goedemiddag meneer De Smet,",
        "Mevrouw, Mijnheer,",
        "Beste meneer de burgemeester,",
        "Hallo Jan!",
    ],
)
def test_salutations(line: str) -> None:
    text = f"{line}\n\nUw aanvraag is goedgekeurd.\n"
    seg = analyse(text)
    assert texts(text, seg, "salutation") == [line]


@pytest.mark.parametrize("first_line", ["Beste wensen voor het nieuwe jaar.", "Dag na dag groeit de wachtlijst."])
def test_prose_that_starts_like_a_greeting_is_body(first_line: str) -> None:
    text = f"{first_line}\n\nUw aanvraag is goedgekeurd.\n"
    seg = analyse(text)
    assert seg.first("salutation") is None
    assert body_sentences(text) == [first_line, "Uw aanvraag is goedgekeurd."]


def test_a_body_sentence_introducing_a_quote_is_not_a_quoted_message() -> None:
    text = "Beste Jan,\n\nOp 3 maart 2026 schreef u ons:\n\nDe bus kwam niet.\n\nGroeten,\nPiet\n"
    assert body_sentences(text) == ["Op 3 maart 2026 schreef u ons:", "De bus kwam niet."]


def test_a_hard_wrapped_first_sentence_is_body_not_a_reference() -> None:
    """ "Uw aanvraag voor een parkeerplaats ten behoeve" reads like a reference line, but the sentence
    goes on in lower case on the next line; a real reference line stays one."""
    wrapped = "Uw aanvraag voor een voorbehouden parkeerplaats ten behoeve\nvan uw buurman werd besproken.\n"
    assert analyse(wrapped).first("reference") is None
    assert body_sentences(wrapped) == [wrapped.strip()]
    reference = "Uw aanvraag van 3 maart\n\nGeachte mevrouw,\n\nWij antwoorden u graag.\n"
    assert texts(reference, analyse(reference), "reference") == ["Uw aanvraag van 3 maart"]


def test_address_line_is_not_a_salutation() -> None:
    text = "Mevrouw An Claes\nKerkstraat 12\n9000 Gent\n\nUw aanvraag is goedgekeurd.\n"
    seg = analyse(text)
    assert seg.first("salutation") is None
    assert body_sentences(text)[-1] == "Uw aanvraag is goedgekeurd."


def test_html_list_items_become_list_parts() -> None:
    text = "<p>Beste Jan,</p><p>Wat u moet doen:</p><ul><li>Bellen.</li><li>Mailen.</li></ul>"
    seg = analyse(text)
    assert [text[p.start : p.end] for p in seg.parts if p.list_item] == ["Bellen.", "Mailen."]
    assert texts(text, seg, "salutation") == ["Beste Jan,"]


def test_no_text_gives_no_parts() -> None:
    assert analyse("") == Segmentation((), ())
    assert analyse(" \n\t\n") == Segmentation((), ())


def test_first_and_of_kind() -> None:
    seg = analyse("Beste Jan,\n\nEen.\n\nTwee.\n")
    assert seg.first("salutation") == seg.parts[0]
    assert seg.of_kind("body") == list(seg.parts[1:])
    assert seg.first("closing") is None


# --- properties --------------------------------------------------------------------------------

FRAGMENTS = [
    "Beste Jan,", "Geachte heer/mevrouw,", "Met vriendelijke groeten,", "Hoogachtend", "Mvg", "Betreft: ",
    "Re: ", "Ons kenmerk: ", "Gent, 12 maart 2026", "Van: a@b.be", "Aan: ", "Verzonden: ",
    "-----Oorspronkelijk bericht-----", "________________", "Op 2 maart schreef Jan:", "> ", "--",
    "- ", "• ", "1. ", "a) ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\ufeff",
    "dhr. ", "o.a. ", "enz. ", "J. ", "St. ", "nov. ", "12.03.2026", "€ 1.250,00", "14.30 uur", "09 123 45 67",
    "www.vlaanderen.be. ", "jan@voorbeeld.be", "KL/2026/00123", "...", "…", "?", "!", ". ", ".\" ",
    ".) ", "(", "„", "”", "Wij", "U", "klacht", "😀", "👍🏽", "<p>", "</p>", "<br>", "<li>", "<div>",
    "<style>", "</style>", "<!--", "-->", "&amp;", "&#233;", "&nbsp;", "&", "<", ">", ":", ",",
]
LETTERISH = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=400).map(
    lambda pieces: "".join(pieces)[:5000]
)


def check_invariants(text: str) -> None:
    cleaned = prepare(text)
    assert len(cleaned) == len(text)
    seg = segment(cleaned)
    assert_well_formed(text, seg)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=5000))
def test_arbitrary_text_never_breaks_segmentation(text: str) -> None:
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(LETTERISH)
def test_letterish_text_never_breaks_segmentation(text: str) -> None:
    check_invariants(text)


@pytest.mark.parametrize("text", ["Hoogachtend", "Geachte heer,", "Hoogachtend, de burgemeester.",
                                  "Hoogachtend,\n\nJan Peeters"])
def test_a_fragment_alone_is_the_text_to_check(text):
    """A closing or salutation on its own, perhaps signed, is what the writer wants checked, not a letter
    without a body."""
    assert [part.kind for part in segment(text).parts] == ["body"]


def test_a_letter_of_salutation_and_closing_only_has_no_body():
    text = "Geachte heer,\n\nMet vriendelijke groeten,\nAn Peeters"
    assert "body" not in [part.kind for part in segment(text).parts]
