"""The trainers' pages: /regels, /vergelijken, /oefenen, their links from the editor,
the no-JavaScript paths, live updates, accessibility and printed A4 handouts."""

from __future__ import annotations

import gzip
import io
import re
from html import unescape
from pathlib import Path

import pytest

import helder
import helder.web
from helder.exercises import load_exercises
from helder.rulebook import load_rules, slug

HERE = Path(__file__).resolve().parent
AXE = HERE / "vendor" / "axe.min.js"
ARTIFACTS = HERE / "artifacts"
EXERCISES = {exercise.id: exercise for exercise in load_exercises("standaard")}
POOR = "Uw aanvraag werd goedgekeurd. Middels deze brief sturen wij u het attest. Gelieve dit te bewaren."
BETTER = "Wij keurden uw aanvraag goed. Met deze brief sturen wij u het attest. Bewaar het goed."


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


def _text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


# --- /regels, server side -------------------------------------------------------------------


def test_rule_page_lists_every_rule_and_lexicon_entry_with_an_anchor(client, conforms):
    html = conforms(client.get("/regels"), "/regels")
    ids = _ids(html)
    rules = load_rules()
    for rule in rules:
        assert rule.id in ids
        for term in rule.spec.get("entries", {}):
            assert f"{rule.id}.{slug(term)}" in ids
    text = _text(html)
    assert f"{len(rules)} regels." in text
    assert "Vlaamse Ombudsman, criterium 7" in text  # the escalation rule's default criterion, from data
    assert "Niet zo" in text and "Wel zo" in text and "laag: ambtelijk" in text
    passive = next(rule for rule in rules if rule.id == "passive_voice.lijdende-vorm")
    assert passive.explanation in unescape(html) and passive.examples["bad"][0] in unescape(html)


def test_rule_page_is_served_compressed_and_stays_the_same(client):
    plain = client.get("/regels").data
    packed = client.get("/regels", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.data) == plain and len(packed.data) < len(plain) / 4


def test_search_without_javascript_filters_rules_and_entries(client, conforms):
    html = conforms(client.get("/regels?q=Middels"), "/regels")
    ids = _ids(html)
    assert "jargon.ambtelijk.middels" in ids and "jargon.ambtelijk" in ids
    assert "passive_voice.lijdende-vorm" not in ids and "jargon.ambtelijk.derhalve" not in ids
    assert "passen bij ‘Middels’" in unescape(html)
    # A word from a rule's explanation finds the rule itself.
    assert "escalation.wat-nu" in _ids(client.get("/regels?q=ombudsdienst").get_data(as_text=True))
    nothing = client.get("/regels?q=xqzwv").get_data(as_text=True)
    assert "Geen regel past bij" in unescape(nothing) and "jargon.ambtelijk" not in _ids(nothing)


def test_every_finding_of_a_letter_has_its_place_on_the_rule_page(client, letter):
    ids = _ids(client.get("/regels").get_data(as_text=True))
    report = helder.check(letter("ambtelijk"))
    assert report.findings
    assert {finding.rule for finding in report.findings} <= ids


def test_editor_without_javascript_links_each_finding_to_its_rule(client, letter):
    html = client.post("/", data={"text": letter("ambtelijk")}).get_data(as_text=True)
    links = re.findall(r'href="/regels#([^"]+)">Meer over deze regel', html)
    assert "jargon.ambtelijk.middels" in links
    assert set(links) <= _ids(client.get("/regels").get_data(as_text=True))


def test_languagetool_rule_urls_point_to_the_rule_page(client):
    response = client.post("/v2/check", data={"text": "Wij sturen u middels deze brief het formulier.", "language": "nl-BE"})
    ids = _ids(client.get("/regels").get_data(as_text=True))
    urls = [url["value"] for match in response.get_json()["matches"] for url in match["rule"].get("urls", [])]
    assert urls and all(url.startswith("http://localhost/regels#") for url in urls)
    assert {url.split("#", 1)[1] for url in urls} <= ids


# --- /vergelijken, server side --------------------------------------------------------------


def test_compare_shows_scores_and_which_findings_went_stayed_or_came(client, conforms):
    html = conforms(client.post("/vergelijken", data={"voor": POOR, "na": BETTER}), "/vergelijken", "POST")
    text = _text(html)
    before, after = helder.check(POOR), helder.check(BETTER)
    total = after.score - before.score
    assert f"Totaal {before.score}" in text and f"{after.score}" in text and f"{total:+d} beter" in text
    gone = text.split("Verdwenen opmerkingen")[1].split("Nieuwe opmerkingen")[0]
    assert "Middels" in gone and "Lijdende vorm" in gone
    kept = text.split("Gebleven opmerkingen")[1]
    assert "Wat nu?" in kept  # still no "wat nu?" paragraph in either version


def test_compare_reads_two_uploaded_files(client):
    files = {"bestand_voor": (io.BytesIO(POOR.encode()), "voor.txt"), "bestand_na": (io.BytesIO(BETTER.encode()), "na.txt")}
    response = client.post("/vergelijken", data=files, content_type="multipart/form-data")
    assert response.status_code == 200
    assert "Middels" in _text(response.get_data(as_text=True)).split("Verdwenen opmerkingen")[1]


@pytest.mark.parametrize(("data", "status", "message"), [
    ({"voor": POOR, "na": " "}, 400, "Geef beide versies"),
    ({"voor": POOR, "na": BETTER, "profile": "bestaat-niet"}, 404, "Profiel 'bestaat-niet' bestaat niet"),
    ({"voor": POOR, "bestand_na": (io.BytesIO(b"x"), "na.pdf")}, 415, "Dit bestandstype"),
])
def test_compare_errors_are_dutch_and_keep_the_texts(client, conforms, data, status, message):
    response = client.post("/vergelijken", data=data, content_type="multipart/form-data")
    html = conforms(response, "/vergelijken", "POST")
    assert response.status_code == status and message in unescape(html) and "Middels deze brief" in html


# --- /oefenen, server side ------------------------------------------------------------------


def test_exercise_list_shows_every_exercise(client, conforms):
    text = _text(conforms(client.get("/oefenen"), "/oefenen"))
    assert len(EXERCISES) >= 12
    for exercise in EXERCISES.values():
        assert exercise.title in text and exercise.goal in text
        page = client.get(f"/oefenen/{exercise.id}")
        assert page.status_code == 200 and "— nog niet" in _text(page.get_data(as_text=True))  # the poor text misses a goal


def test_exercise_page_prefills_the_poor_text_and_shows_the_goals_it_misses(client, conforms):
    exercise = EXERCISES["lijdende-vorm"]
    html = conforms(client.get("/oefenen/lijdende-vorm"), "/oefenen/lijdende-vorm")
    assert exercise.situation in unescape(html)
    assert re.search(r'<textarea id="tekst" name="text"[^>]*>' + re.escape(exercise.text.split("\n")[0]), unescape(html))
    assert "Geen opmerkingen over ‘Lijdende vorm’ — nog niet" in _text(html)
    assert "<summary>Toon modelantwoord</summary>" in html and exercise.model_answer.strip()[:40] in unescape(html)


def test_exercise_form_without_javascript_checks_the_goals_on_the_server(client, conforms):
    exercise = EXERCISES["wat-nu"]
    html = conforms(client.post("/oefenen/wat-nu", data={"text": exercise.model_answer}), "/oefenen/wat-nu", "POST")
    text = _text(html)
    assert "2 van de 2 doelen gehaald. Goed gedaan!" in text and "nog niet" not in text
    poor = _text(client.post("/oefenen/wat-nu", data={"text": exercise.text}).get_data(as_text=True))
    assert "0 van de 2 doelen gehaald" in poor and "(ontbreekt)" in poor


def test_unknown_exercise_is_a_404(client):
    assert client.get("/oefenen/bestaat-niet").status_code == 404
    response = client.post("/api/exercises/bestaat-niet/goals", json={"text": "x"})
    assert response.status_code == 404 and "bestaat-niet" in response.get_json()["error"]["message"]


def test_goal_api_evaluates_a_draft(client, conforms):
    exercise = EXERCISES["ambtelijke-woorden"]
    data = conforms(client.post("/api/exercises/ambtelijke-woorden/goals", json={"text": exercise.text}),
                    "/api/exercises/ambtelijke-woorden/goals", "POST")
    assert not any(goal["met"] for goal in data["goals"])
    assert any(finding["rule"] == "jargon.ambtelijk.middels" for finding in data["findings"])
    data = client.post("/api/exercises/ambtelijke-woorden/goals", json={"text": exercise.model_answer}).get_json()
    assert all(goal["met"] for goal in data["goals"])
    bad = client.post("/api/exercises/ambtelijke-woorden/goals", json={"tekst": "x"})
    assert bad.status_code == 400 and "'text'" in bad.get_json()["error"]["message"]


def test_app_setting_replaces_the_exercise_set(tmp_path):
    source = EXERCISES["lijdende-vorm"].path.read_text(encoding="utf-8")
    (tmp_path / "eigen.yaml").write_text(source.replace("title: Zeg wie het doet", "title: Onze eigen oefening"),
                                         encoding="utf-8")
    client = helder.web.create_app({"TESTING": True, "HELDER_EXERCISES": str(tmp_path)}).test_client()
    text = _text(client.get("/oefenen").get_data(as_text=True))
    assert "Onze eigen oefening" in text and EXERCISES["wat-nu"].title not in text


def test_broken_exercise_folder_names_the_file(tmp_path):
    (tmp_path / "kapot.yaml").write_text("id: kapot\n", encoding="utf-8")
    client = helder.web.create_app({"TESTING": True, "HELDER_EXERCISES": str(tmp_path)}).test_client()
    response = client.get("/oefenen")
    assert response.status_code == 422 and "kapot.yaml" in response.get_data(as_text=True)


def test_navigation_marks_the_current_page(client):
    for path, name in (("/", "Editor"), ("/regels?q=x", "Regels"), ("/vergelijken", "Vergelijken"),
                       ("/oefenen/wat-nu", "Oefenen"), ("/rapport", "Rapport")):
        html = client.get(path).get_data(as_text=True)
        current = re.findall(r'aria-current="page">([^<]+)</a>', html)
        assert current == [name], path


# --- in the browser -------------------------------------------------------------------------


def _screenshot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def test_rule_search_filters_live(page, page_errors):
    page.goto("/regels")
    page.locator("#zoek").fill("middels")
    page.locator("#zoek-status", has_text="passen bij ‘middels’").wait_for()
    assert page.locator("#jargon\\.ambtelijk\\.middels").is_visible()
    assert page.locator("#passive_voice\\.lijdende-vorm").is_hidden()
    assert page.locator("#jargon\\.ambtelijk\\.derhalve").is_hidden()
    _screenshot(page, "regels-zoeken.png")
    page.locator("#zoek").fill("")
    page.locator("#passive_voice\\.lijdende-vorm").wait_for(state="visible")
    assert page.locator("#zoek-status").inner_text() == f"{len(load_rules())} regels."
    assert not page_errors


def test_anchor_to_a_lexicon_entry_opens_its_list(page, page_errors):
    page.goto("/regels#jargon.ambtelijk.middels")
    entry = page.locator("#jargon\\.ambtelijk\\.middels")
    entry.wait_for(state="visible")
    assert entry.is_visible() and "met" in entry.inner_text()
    assert page.evaluate("() => { const r = document.getElementById('jargon.ambtelijk.middels').getBoundingClientRect();"
                         " return r.top > -2 && r.top < window.innerHeight; }")
    _screenshot(page, "regels-anker.png")
    assert not page_errors


def test_editor_finding_links_to_its_rule(page, letter, page_errors):
    page.goto("/")
    page.locator("#tekst").fill(letter("ambtelijk"))
    page.wait_for_selector("#report-summary .score__number")
    page.locator("#findings-list .finding--jargon .finding__button", has_text="Middels").first.click()
    link = page.locator("#detail a", has_text="Meer over deze regel")
    assert link.get_attribute("href") == "/regels#jargon.ambtelijk.middels"
    _screenshot(page, "editor-detail.png")
    link.click()
    page.wait_for_url("**/regels#jargon.ambtelijk.middels")
    page.locator("#jargon\\.ambtelijk\\.middels").wait_for(state="visible")
    assert not page_errors


def test_exercise_goals_update_live_and_model_answer_reveals(page, page_errors):
    exercise = EXERCISES["lijdende-vorm"]
    page.goto("/oefenen")
    _screenshot(page, "oefenen.png")
    page.goto("/oefenen/lijdende-vorm")
    assert page.locator("#doelen .goal--open").count() == 1
    page.locator("#tekst").fill(exercise.model_answer)
    page.wait_for_selector("#doelen .goal--met")
    assert page.locator("#doelen .goal--open").count() == 0
    assert "Goed gedaan!" in page.locator("#doelen-status").inner_text()
    model = page.locator(".model-answer")
    assert model.is_hidden()
    page.get_by_text("Toon modelantwoord").click()
    assert model.is_visible()
    _screenshot(page, "oefening.png")
    assert not page_errors


def test_pages_work_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server, java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    try:
        page.goto("/oefenen/wat-nu")
        page.locator("#tekst").fill(EXERCISES["wat-nu"].model_answer)
        page.get_by_role("button", name="Controleer").click()
        page.wait_for_load_state()
        assert "2 van de 2 doelen gehaald" in page.locator("#doelen-status").inner_text()
        page.goto("/regels")
        page.locator("#zoek").fill("derhalve")
        page.get_by_role("button", name="Zoek").click()
        page.wait_for_url("**/regels?q=derhalve")
        assert page.locator("#jargon\\.ambtelijk\\.derhalve").is_visible()
        page.goto("/vergelijken")
        page.locator("#tekst-voor").fill(POOR)
        page.locator("#tekst-na").fill(BETTER)
        page.get_by_role("button", name="Vergelijk").click()
        page.wait_for_selector("#verschil-title")
        assert "beter" in page.locator(".compare__total").inner_text()
        _screenshot(page, "vergelijken.png", full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/regels", "/regels?q=middels", "/vergelijken", "/oefenen", "/oefenen/excuses"])
def test_trainer_pages_have_no_serious_accessibility_violations(browser, live_server, path):
    context = browser.new_context(base_url=live_server, bypass_csp=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(path)
        if path == "/vergelijken":
            page.locator("#tekst-voor").fill(POOR)
            page.locator("#tekst-na").fill(BETTER)
            page.get_by_role("button", name="Vergelijk").click()
            page.wait_for_selector("#verschil-title")
        if path == "/regels":
            page.locator("details.lexicon").first.evaluate("node => node.open = true")
        page.add_script_tag(path=str(AXE))
        results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        serious = [f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x)"
                   for violation in results["violations"] if violation["impact"] in ("serious", "critical")]
        assert not serious, serious
    finally:
        context.close()


def test_keyboard_reaches_the_search_and_the_navigation(page):
    page.goto("/regels")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    names = []
    for _ in range(8):
        page.keyboard.press("Tab")
        names.append(page.evaluate("() => document.activeElement.id || document.activeElement.textContent.trim()"))
    assert "zoek" in names
    page.locator("#zoek").focus()
    page.keyboard.type("middels")
    page.keyboard.press("Enter")  # submits the search form
    page.wait_for_url("**/regels?q=middels")
    summary = page.locator("details.lexicon summary").first
    summary.focus()
    page.keyboard.press("Enter")  # closes the list the search opened, and opens it again
    assert page.locator("details.lexicon").first.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert page.locator("#jargon\\.ambtelijk\\.middels").is_visible()


def _pdf_text(page) -> tuple[int, str]:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    return len(reader.pages), re.sub(r"\s+", " ", " ".join(sheet.extract_text() for sheet in reader.pages))


def test_report_exercise_and_rules_print_as_a4_handouts(browser, live_server, letter):
    context = browser.new_context(base_url=live_server, java_script_enabled=False, locale="nl-BE")
    page = context.new_page()
    try:
        # The editor page with a checked letter (the no-JavaScript rendering of the report).
        page.goto("/")
        page.locator("#tekst").fill(letter("ambtelijk"))
        page.get_by_role("button", name="Controleer").click()
        page.wait_for_selector("#readview-title")
        pages, text = _pdf_text(page)
        assert pages >= 1 and "Uw tekst met markeringen" in text and "Aandachtspunten" in text
        assert "Middels" in text
        assert "Vergelijken" not in text and "Controleer" not in text  # no navigation, no buttons
        assert text.count("Geachte heer Verstraete") == 1  # the marked-up letter, not the editing surface too
        page.goto("/oefenen/excuses")
        pages, text = _pdf_text(page)
        assert pages >= 1 and EXERCISES["excuses"].title in text and "De situatie" in text and "Doelen" in text
        assert "Toon modelantwoord" not in text and "Oefenen" not in text
        page.goto("/regels?q=lijdende")
        pages, text = _pdf_text(page)
        assert pages >= 1 and "passive_voice.lijdende-vorm" in text and "Zoek" not in text
        page.goto("/regels")
        pages, text = _pdf_text(page)
        assert pages > 5 and "escalation.wat-nu" in text
    finally:
        context.close()


def test_live_editor_prints_its_findings_and_panel(page, letter):
    page.goto("/")
    page.locator("#tekst").fill(letter("ambtelijk"))
    page.wait_for_selector("#report-summary .score__number")
    pages, text = _pdf_text(page)
    count = page.locator("#findings-list .finding").count()
    assert pages >= 1 and count > 0 and f"Opmerkingen ({count})" in text
    assert "Aandachtspunten" in text and "Lijdende vorm" in text and "Geachte heer Verstraete" in text
    assert "Controleer" not in text and "Open bestand" not in text and "Oefenen" not in text
