"""Input hygiene: prepare() cleans pasted text and keeps every offset valid."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helder.segment import segment
from helder.text import looks_like_html, prepare


def prepared(text: str) -> str:
    result = prepare(text)
    assert len(result) == len(text)
    return result


def test_crlf_and_lone_cr_become_line_breaks() -> None:
    assert prepared("Een\r\nTwee\rDrie") == "Een \nTwee\nDrie"


def test_control_characters_and_nul_become_spaces_but_tab_and_newline_stay() -> None:
    assert prepared("a\x00b\x07c\x1bd\x7fe\x85f\tg\nh") == "a b c d e f\tg\nh"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_become_spaces(char: str) -> None:
    assert prepared(f"klacht{char}behandeling") == "klacht behandeling"


@pytest.mark.parametrize("char", ["\u00a0", "\u202f"])
def test_no_break_spaces_become_spaces(char: str) -> None:
    assert prepared(f"€{char}12,50") == "€ 12,50"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert prepared("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


def test_plain_text_is_left_alone() -> None:
    text = "Beste Jan,\n\nAls a < b en b > c, dan geldt a < c. Mail naar <jan@voorbeeld.be>.\n"
    assert prepared(text) == text
    assert not looks_like_html(text)


def test_single_tag_typed_as_text_is_not_html() -> None:
    text = "U typte <img src=x onerror=alert(1)> in het formulier."
    assert not looks_like_html(text)
    assert prepared(text) == text


def test_html_paragraphs_become_paragraph_breaks() -> None:
    text = "<p>Beste Jan,</p><p>Uw aanvraag is goedgekeurd. U krijgt <b>snel</b> bericht.</p>"
    assert looks_like_html(text)
    cleaned = prepared(text)
    assert "<" not in cleaned and ">" not in cleaned
    assert "Beste Jan,\n" in cleaned
    seg = segment(cleaned)
    assert [text[p.start : p.end] for p in seg.parts] == [
        "Beste Jan,",
        "Uw aanvraag is goedgekeurd. U krijgt <b>snel</b> bericht.",
    ]
    assert [p.kind for p in seg.parts] == ["salutation", "body"]
    assert [text[s.start : s.end] for s in seg.sentences][1:] == [
        "Uw aanvraag is goedgekeurd.",
        "U krijgt <b>snel</b> bericht.",
    ]


def test_html_line_breaks_and_divs_become_single_line_breaks() -> None:
    cleaned = prepared("<div>Jan Peeters</div><div>Dienst Burgerzaken<br>Stad Gent</div>")
    assert [line.strip() for line in cleaned.split("\n") if line.strip()] == [
        "Jan Peeters",
        "Dienst Burgerzaken",
        "Stad Gent",
    ]
    assert "\n \n" not in cleaned.replace("  ", " ")


def test_html_list_items_start_a_bullet_line() -> None:
    cleaned = prepared("<ul><li>Een</li><li>Twee</li></ul>")
    assert [line.strip() for line in cleaned.split("\n") if line.strip()] == ["•  Een", "•  Twee"]


def test_invisible_html_content_is_blanked() -> None:
    text = (
        "<html><head><title>Mail</title><style>p {margin: 0}</style></head>"
        "<body><!--[if mso]>x<![endif]--><p>Beste Jan,</p><script>alert(1)</script></body></html>"
    )
    assert prepared(text).split() == ["Beste", "Jan,"]


def test_entities_are_decoded_in_place() -> None:
    assert prepared("Tom &amp; Jerry") == "Tom &     Jerry"
    assert prepared("caf&eacute; caf&#233; caf&#xE9;") == "café" + " " * 8 + "café" + " " * 6 + "café" + " " * 5
    assert prepared("a&nbsp;b") == "a      b"
    assert prepared("&lt;p&gt;") == "<   p>   "


def test_unknown_or_unterminated_entities_stay() -> None:
    assert prepared("R&D; &foo; &amp") == "R&D; &foo; &amp"


def test_entity_for_carriage_return_does_not_add_a_line() -> None:
    assert prepared("a&#13;&#10;b") == "a     \n    b"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=2000))
def test_length_is_kept_for_any_text_including_surrogates(text: str) -> None:
    cleaned = prepared(text)
    assert not any("\ud800" <= char <= "\udfff" for char in cleaned)
    assert "\r" not in cleaned and "\x00" not in cleaned


ADVERSARIAL = {
    "open brackets": "<" * 50_000,
    "unclosed tags": "<p" * 25_000,
    "many tags": "<p>a</p>" * 6_250,
    "unclosed comments": "<p></p>" + "<!--" * 12_498,
    "unclosed styles": "<p></p>" + "<style>" * 7_142,
    "entity starts": "&#" * 25_000,
    "entities": "&amp;" * 10_000,
    "dots": "a. " * 16_666,
    "initials": "A. B. " * 8_333,
    "line breaks": "\n" * 50_000,
    "bullets": "- a\n" * 12_500,
    "emoji after full stops": "a. 😀 " * 8_333,
    "one long word": "x" * 50_000,
    "greeting commas": "Beste , , , " * 4_166,
    "closings": "Met vriendelijke groeten\n" * 2_000,
    "header lines": "Van: x\nAan: y\n" * 3_571,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_of_maximum_length_is_fast(name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    segment(prepared(text))
    assert time.perf_counter() - started < 2.0
