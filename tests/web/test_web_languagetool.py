"""The LanguageTool protocol (/v2/check, /v2/languages): a real client, offsets in UTF-16, annotated text."""

from __future__ import annotations

import json

import pytest

from helder.web.languagetool import WHOLE_LETTER, Annotated, utf16_counter

EMOJI_LETTER = (
    "Beste mevrouw Peeters 😀,\n\n"
    "Dank u voor uw mail 👍 van 3 maart. Wij hebben uw aanvraag middels een brief afgewezen. "
    "Uw dossier werd door de dienst onderzocht. Indien u vragen heeft, kunt u mij bellen op 09 123 45 67.\n\n"
    "Met vriendelijke groeten,\nAn Peeters\nDienst Wonen"
)


def term(rule_id: str) -> str:
    """The lexicon term of a jargon rule id ("jargon.ambtelijk.middels" -> "middels"), whatever its tier."""
    return rule_id.rsplit(".", 1)[-1] if rule_id.startswith("jargon.") else rule_id


def post(client, **fields):
    return client.post("/v2/check", data=fields)


def utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def span_findings(report: dict, picky: bool = True) -> list[tuple[str, int, int, list[str]]]:
    return sorted(
        (f["rule"], f["start"], f["end"] - f["start"], f["replacements"])
        for f in report["findings"]
        if f["scope"] == "span" and (picky or f["severity"] != "info")
    )


# -- the protocol through the test client ------------------------------------------------------------


def test_languages_lists_dutch_variants(client, conforms):
    response = client.get("/v2/languages")
    assert response.status_code == 200
    codes = {language["longCode"] for language in conforms(response, "/v2/languages")}
    assert codes == {"nl", "nl-BE", "nl-NL"}


def test_offsets_are_utf16_units_and_underline_the_right_words(client, conforms):
    response = post(client, text=EMOJI_LETTER, language="nl-BE", level="picky")
    assert response.status_code == 200
    body = conforms(response, "/v2/check", "POST")
    underlined = {term(match["rule"]["id"]): utf16_slice(EMOJI_LETTER, match["offset"], match["length"]) for match in body["matches"]}
    assert underlined["middels"] == "middels"
    assert underlined["indien"] == "Indien"
    # Without the UTF-16 count, two emoji before "middels" would shift the underline by two.
    middels = next(m for m in body["matches"] if term(m["rule"]["id"]) == "middels")
    assert middels["offset"] == EMOJI_LETTER.index("middels") + 2
    assert [r["value"] for r in middels["replacements"]] == ["met", "via"]
    assert utf16_slice(middels["context"]["text"], middels["context"]["offset"], middels["context"]["length"]) == "middels"
    assert middels["rule"]["category"] == {"id": "JARGON", "name": "Vaktaal en ambtelijke taal"}
    assert "middels" in middels["sentence"]


def test_same_findings_as_api_check(client):
    report = client.post("/api/check", json={"text": EMOJI_LETTER}).get_json()
    body = post(client, text=EMOJI_LETTER, language="nl", level="picky").get_json()
    to_points = {utf16_counter(EMOJI_LETTER)(i): i for i in range(len(EMOJI_LETTER) + 1)}
    spans = sorted(
        (m["rule"]["id"], to_points[m["offset"]], to_points[m["offset"] + m["length"]] - to_points[m["offset"]],
         [r["value"] for r in m["replacements"]])
        for m in body["matches"]
        if not m["message"].startswith(WHOLE_LETTER)
    )
    assert spans == span_findings(report)


def test_default_level_leaves_hints_to_picky(client):
    text = "Beste mevrouw,\n\nVoor de heraanleg van uw oprit is een grondverzetbescheid nodig.\n\nGroeten,\nAn"
    picky = {m["rule"]["id"] for m in post(client, text=text, language="nl", level="picky").get_json()["matches"]}
    default = {m["rule"]["id"] for m in post(client, text=text, language="nl").get_json()["matches"]}
    assert "jargon.zeldzaam" in picky and "jargon.zeldzaam" not in default
    enabled = {m["rule"]["id"] for m in post(client, text=text, language="nl", enabledRules="jargon.zeldzaam").get_json()["matches"]}
    assert "jargon.zeldzaam" in enabled


def test_whole_letter_findings_get_a_short_span_and_say_so(client):
    text = "Beste mevrouw Claes,\n\n" + "Wij hebben uw aanvraag van vorige maand bekeken en goedgekeurd. " * 3 + "\n\nGroeten,\nAn"
    matches = post(client, text=text, language="nl").get_json()["matches"]
    whole = [m for m in matches if m["rule"]["id"] == "escalation.wat-nu"]
    assert whole and whole[0]["message"].startswith(WHOLE_LETTER)
    assert 0 < whole[0]["length"] <= 80
    assert not whole[0]["replacements"]


def rule_for(ids, word: str) -> str:
    return next(rule_id for rule_id in ids if term(rule_id) == word)


def test_disabled_rules_and_categories(client):
    all_ids = {m["rule"]["id"] for m in post(client, text=EMOJI_LETTER, language="nl").get_json()["matches"]}
    middels, indien = rule_for(all_ids, "middels"), rule_for(all_ids, "indien")
    assert any(i.startswith("passive_voice.") for i in all_ids)
    fewer = post(client, text=EMOJI_LETTER, language="nl", disabledRules=middels,
                 disabledCategories="PASSIVE_VOICE").get_json()["matches"]
    ids = {m["rule"]["id"] for m in fewer}
    assert middels not in ids and indien in ids
    assert not any(i.startswith("passive_voice.") for i in ids)
    only = post(client, text=EMOJI_LETTER, language="nl", enabledOnly="true", enabledCategories="JARGON").get_json()
    assert only["matches"] and {m["rule"]["category"]["id"] for m in only["matches"]} == {"JARGON"}


def test_annotated_text_counts_the_markup(client, conforms):
    parts = [
        {"markup": "<p>"}, {"text": "Beste mevrouw Claes,"}, {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "Wij hebben uw aanvraag 😀 "}, {"markup": "<b>"}, {"text": "middels"}, {"markup": "</b>"},
        {"text": " een brief afgewezen."}, {"markup": "</p>", "interpretAs": "\n\n"},
    ]
    sent = "".join(part.get("text", part.get("markup")) for part in parts)
    response = post(client, data=json.dumps({"annotation": parts}), language="nl-BE")
    body = conforms(response, "/v2/check", "POST")
    middels = next(m for m in body["matches"] if term(m["rule"]["id"]) == "middels")
    assert utf16_slice(sent, middels["offset"], middels["length"]) == "middels"


def test_annotated_spans_keep_inner_markup():
    annotated = Annotated.from_data(json.dumps({"annotation": [
        {"text": "een "}, {"markup": "<b>"}, {"text": "vet"}, {"markup": "</b>"}, {"text": " woord"},
    ]}))
    assert annotated.plain == "een vet woord"
    start, end = annotated.to_client(0, len(annotated.plain))
    assert annotated.client[start:end] == "een <b>vet</b> woord"
    assert annotated.client.__getitem__(slice(*annotated.to_client(4, 7))) == "vet"


def test_non_dutch_text_has_no_matches_and_says_what_it_looks_like(client, conforms):
    english = "Dear Mrs Peeters, thank you for your letter about the parking permit. We have looked into it and will call you."
    body = conforms(post(client, text=english, language="nl-BE"), "/v2/check", "POST")
    assert body["matches"] == []
    assert body["language"]["code"] == "nl-BE"
    assert body["language"]["detectedLanguage"]["code"] == "en"
    french = "Madame, nous avons bien reçu votre lettre concernant le permis de stationnement et nous vous répondrons."
    assert post(client, text=french, language="auto").get_json()["language"]["detectedLanguage"]["code"] == "fr"


def test_empty_text_is_an_empty_result(client, conforms):
    body = conforms(post(client, text="", language="nl"), "/v2/check", "POST")
    assert body["matches"] == []


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"language": "nl"}, "'text' of in 'data'"),
        ({"text": "x", "data": "{}", "language": "nl"}, "niet in allebei"),
        ({"text": "Beste mevrouw"}, "'language' ontbreekt"),
        ({"text": "Dear Sir", "language": "en-US"}, "wordt niet ondersteund"),
        ({"data": "{kapot", "language": "nl"}, "Ongeldige JSON"),
        ({"data": '{"annotation": [{"foo": 1}]}', "language": "nl"}, "Deel 1"),
        ({"text": "x", "language": "nl", "enabledOnly": "true"}, "enabledRules"),
        ({"text": "Beste mevrouw", "language": "nl", "profile": "bestaat-niet"}, "bestaat-niet"),
    ],
)
def test_bad_parameters_are_400_in_plain_text(client, conforms, fields, reason):
    response = post(client, **fields)
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    conforms(response, "/v2/check", "POST")
    assert reason in response.get_data(as_text=True)


def test_text_over_the_maximum_is_413(client, app):
    response = post(client, text="a" * (app.extensions["helder"].max_chars + 1), language="nl")
    assert response.status_code == 413
    assert "te lang" in response.get_data(as_text=True)


def test_other_origins_may_read_the_answer(client):
    response = client.post("/v2/check", data={"text": "Beste mevrouw", "language": "nl"}, headers={"Origin": "https://x.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_profile_extension(client):
    default = post(client, text=EMOJI_LETTER, language="nl").get_json()
    local = post(client, text=EMOJI_LETTER, language="nl", profile="lokaal-bestuur").get_json()
    assert default["matches"] and local["matches"]


# -- a real client: language_tool_python in remote mode ----------------------------------------------


@pytest.fixture(scope="module")
def tool(live_server):
    language_tool_python = pytest.importorskip("language_tool_python")
    with language_tool_python.LanguageTool("nl-BE", remote_server=live_server) as tool:
        yield tool


def _as_tuples(matches) -> list[tuple[str, int, int, list[str]]]:
    return sorted((m.rule_id, m.offset, m.error_length, list(m.replacements)) for m in matches if not m.message.startswith(WHOLE_LETTER))


def test_language_tool_python_sees_helders_findings(tool, live_server):
    import requests

    report = requests.post(f"{live_server}/api/check", json={"text": EMOJI_LETTER}, timeout=30).json()
    tool.picky = True
    try:
        matches = tool.check(EMOJI_LETTER)
    finally:
        tool.picky = False
    assert _as_tuples(matches) == span_findings(report)  # the client turns UTF-16 offsets into code points
    middels = next(m for m in matches if term(m.rule_id) == "middels")
    assert EMOJI_LETTER[middels.offset : middels.offset + middels.error_length] == "middels"
    assert middels.category == "JARGON"
    assert any(m.message.startswith(WHOLE_LETTER) for m in matches) is any(f["scope"] == "document" for f in report["findings"])


def test_language_tool_python_rule_switches(tool):
    every = {m.rule_id for m in tool.check(EMOJI_LETTER)}
    middels, indien = rule_for(every, "middels"), rule_for(every, "indien")
    tool.disabled_rules.update({middels})
    try:
        ids = {m.rule_id for m in tool.check(EMOJI_LETTER)}
    finally:
        tool.disabled_rules.clear()
    assert middels not in ids and indien in ids
    tool.enabled_rules.update({indien})
    tool.enabled_rules_only = True
    try:
        only = tool.check(EMOJI_LETTER)
    finally:
        tool.enabled_rules.clear()
        tool.enabled_rules_only = False
    assert [m.rule_id for m in only] == [indien]
    assert EMOJI_LETTER[only[0].offset : only[0].offset + only[0].error_length] == "Indien"


def test_language_tool_python_on_foreign_text(tool):
    assert tool.check("Dear Mrs Peeters, thank you for your letter about the parking permit. We will call you soon.") == []


def test_annotated_text_over_http(live_server):
    import requests

    parts = [{"text": "Beste meneer Claes,"}, {"markup": "<br><br>", "interpretAs": "\n\n"},
             {"text": "Indien u "}, {"markup": "<i>"}, {"text": "nog"}, {"markup": "</i>"}, {"text": " vragen heeft, belt u mij."}]
    sent = "".join(part.get("text", part.get("markup")) for part in parts)
    answer = requests.post(f"{live_server}/v2/check", data={"data": json.dumps({"annotation": parts}), "language": "nl-BE"}, timeout=30)
    assert answer.status_code == 200
    indien = next(m for m in answer.json()["matches"] if term(m["rule"]["id"]) == "indien")
    assert utf16_slice(sent, indien["offset"], indien["length"]) == "Indien"


# -- a browser page that talks to the endpoint the way an add-on does -------------------------------

ADDON_PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Formulier</title></head><body>
<label for="brief">Antwoord</label><textarea id="brief"></textarea><div id="marks"></div>
<script>
async function controleer(server) {
  const text = document.getElementById("brief").value;
  const body = new URLSearchParams({text: text, language: "nl-BE"});
  const answer = await fetch(server + "/v2/check", {method: "POST", body: body});
  const result = await answer.json();
  // JavaScript strings count UTF-16 code units, exactly like LanguageTool's offsets.
  const marks = document.getElementById("marks");
  for (const match of result.matches) {
    const mark = document.createElement("mark");
    mark.dataset.rule = match.rule.id;
    mark.textContent = text.substring(match.offset, match.offset + match.length);
    marks.appendChild(mark);
  }
  return result.matches.length;
}
</script></body></html>"""


@pytest.fixture
def addon_origin(tmp_path):
    """The add-on's page on its own origin (another port), so the request is cross-origin like a real one."""
    import http.server
    import threading
    from functools import partial

    (tmp_path / "index.html").write_text(ADDON_PAGE, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def test_a_page_on_another_origin_underlines_the_right_words(browser, live_server, addon_origin):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(addon_origin + "/index.html")
    page.locator("#brief").fill(EMOJI_LETTER)
    count = page.evaluate("server => controleer(server)", live_server)
    marks = {mark.get_attribute("data-rule"): mark.inner_text() for mark in page.locator("#marks mark").all()}
    context.close()
    assert count and not errors
    marks = {term(rule_id): text for rule_id, text in marks.items()}
    assert marks["middels"] == "middels"
    assert marks["indien"] == "Indien"
