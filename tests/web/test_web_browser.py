"""The editor in Debian's chromium (playwright), against the app on a live port."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
AXE = HERE / "vendor" / "axe.min.js"
ARTIFACTS = HERE / "artifacts"
XSS_PAYLOADS = ("<img src=x onerror=alert(1)>", "<script>alert(1)</script>", '"><svg onload=alert(1)>')


def paste(page, text: str) -> None:
    """Put a reply into the editor as a paste would, and wait for its first report."""
    page.goto("/")
    page.locator("#tekst").fill(text)
    page.wait_for_selector("#report-summary .score__number")


def dimension(page, dimension_id: str):
    return page.locator(f'.dimension__button[data-dimension="{dimension_id}"]')


def dimension_score(page, dimension_id: str) -> int:
    return int(dimension(page, dimension_id).locator(".dimension__score").inner_text().split("/")[0])


def jargon_item(page, text: str):
    return page.locator("#findings-list .finding--jargon .finding__button", has_text=text)


def open_finding(page, text: str):
    jargon_item(page, text).first.click()
    page.wait_for_selector("#detail:not([hidden])")


def test_pasted_reply_shows_jargon_passive_and_missing_what_next(page, letter, page_errors):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/")
    page.evaluate("text => navigator.clipboard.writeText(text)", letter("ambtelijk"))
    page.locator("#tekst").focus()
    page.keyboard.press("Control+V")  # a real paste, through the clipboard
    page.wait_for_selector("#report-summary .score__number")
    assert page.locator("#tekst").input_value() == letter("ambtelijk")
    assert page.locator("#backdrop .hl--jargon", has_text="Middels").count() == 1
    assert page.locator("#backdrop .hl--passive_voice").count() >= 1
    assert "onderzocht" in " ".join(page.locator("#backdrop .hl--passive_voice").all_inner_texts())
    states = page.locator(".checklist__item").all_inner_texts()
    assert len(states) == 3 and all("ontbreekt" in state for state in states)
    listed = " ".join(page.locator("#findings-list .finding__dimension").all_inner_texts())
    for dimension_id in ("jargon", "passive_voice", "escalation"):
        label = dimension(page, dimension_id).locator(".dimension__label").inner_text()
        assert label in listed
    grade = page.locator(".score .badge").inner_text()
    assert grade.strip().endswith(("Helder", "Bijna helder", "Onhelder"))
    assert not page_errors


def test_applying_a_jargon_suggestion_rewrites_the_text_and_raises_the_score(page, letter, page_errors):
    original = letter("ambtelijk")
    paste(page, original)
    before = dimension_score(page, "jargon")
    open_finding(page, "Middels")
    replacement = page.locator(".detail__replacements button").first
    word = replacement.inner_text()
    replacement.click()
    page.wait_for_function("() => !document.querySelector('#tekst').value.includes('Middels')")
    value = page.locator("#tekst").input_value()
    assert word[0].upper() + word[1:] + " dit schrijven" in value
    page.wait_for_function(
        "before => { const b = document.querySelector('.dimension__button[data-dimension=jargon] .dimension__score');"
        " return b && parseInt(b.textContent) > before; }", arg=before)
    assert dimension_score(page, "jargon") > before
    page.locator("#tekst").press("Control+z")  # the native undo stack still works
    assert page.locator("#tekst").input_value() == original.replace("\r\n", "\n")
    assert not page_errors


def test_insert_paragraph_completes_what_next(page, letter, page_errors):
    paste(page, letter("ambtelijk"))
    assert page.locator('li.dimension--ok .dimension__button[data-dimension="escalation"]').count() == 0
    page.get_by_role("button", name="Voeg alinea in").click()
    page.wait_for_selector('li.dimension--ok .dimension__button[data-dimension="escalation"]')
    text = page.locator("#tekst").input_value()
    assert text.index("Vlaamse Ombudsdienst") < text.index("Met vriendelijke groeten")
    states = page.locator(".checklist__item").all_inner_texts()
    assert all("aanwezig" in state for state in states)
    assert page.get_by_role("button", name="Voeg alinea in").count() == 0
    assert not page_errors


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_in_the_text_is_shown_literally(page, page_errors, payload):
    text = f"Beste mevrouw Janssens,\n\nU schreef ons: {payload} Middels deze brief antwoorden wij.\n\nMet vriendelijke groeten,\nAn"
    paste(page, text)
    page.wait_for_timeout(300)
    assert page.locator("#tekst").input_value() == text
    assert payload in page.locator("#backdrop").text_content()
    assert page.locator("img, svg, script:not([src]):not([type='application/json'])").count() == 0
    open_finding(page, "Middels")
    assert not page_errors


def test_dismissed_finding_stays_dismissed_while_editing_elsewhere(page, letter, page_errors):
    paste(page, letter("ambtelijk"))
    total = page.locator("#findings-list .finding__button").count()
    open_finding(page, "Middels")
    page.get_by_role("button", name="Negeer").click()
    assert jargon_item(page, "Middels").count() == 0
    assert page.locator("#backdrop .hl--jargon", has_text="Middels").count() == 0
    assert "1 opmerking genegeerd" in page.locator("#dismissed-note").inner_text()
    page.locator("#tekst").press("Control+Home")
    page.locator("#tekst").type("Betreft: uw klacht\n\n")
    page.wait_for_function("() => document.querySelector('#status').dataset.kind === 'done'")
    page.wait_for_timeout(400)
    assert jargon_item(page, "Middels").count() == 0
    assert page.locator("#findings-list .finding__button").count() >= total - 1
    assert not page_errors


def test_draft_is_kept_locally_until_wiped(page, letter, page_errors):
    paste(page, letter("helder"))
    page.wait_for_timeout(700)
    page.reload()
    page.wait_for_selector("#report-summary .score__number")
    assert "Beste mevrouw Claes" in page.locator("#tekst").input_value()
    page.get_by_role("button", name="Wis concept").click()
    assert page.locator("#tekst").input_value() == ""
    page.wait_for_selector("#report-summary .score--empty")
    page.reload()
    assert page.locator("#tekst").input_value() == ""
    assert page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('helder.') && k !== 'helder.profiel')") == []
    assert not page_errors


def test_profiles_come_from_the_api(page, live_server):
    page.goto("/")
    expected = page.evaluate("() => fetch('/api/profiles').then(r => r.json())")
    page.wait_for_function("n => document.querySelectorAll('#profile option').length === n", arg=len(expected["profiles"]))
    assert page.locator("#profile").input_value() == expected["default"]
    labels = page.locator("#profile option").all_inner_texts()
    assert labels == [profile["name"] for profile in expected["profiles"]]


def test_filter_and_toggles_limit_the_highlights(page, letter):
    paste(page, letter("ambtelijk"))
    dimension(page, "jargon").click()
    assert dimension(page, "jargon").get_attribute("aria-pressed") == "true"
    assert page.locator("#backdrop .hl--passive_voice").count() == 0
    dimensions = set(page.locator("#findings-list .finding").evaluate_all("items => items.map(i => i.className)"))
    assert dimensions == {"finding finding--jargon"}
    dimension(page, "jargon").click()
    assert page.locator("#backdrop .hl--passive_voice").count() >= 1
    page.locator('.legend__toggle[data-dimension="passive_voice"]').uncheck()
    assert page.locator("#backdrop .hl--passive_voice").count() == 0
    assert page.locator("#backdrop .hl--jargon").count() >= 1


def test_clicking_a_highlight_opens_its_detail(page, letter):
    paste(page, letter("ambtelijk"))
    box = page.locator("#backdrop .hl--jargon", has_text="Middels").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#detail:not([hidden])")
    assert "Middels" in page.locator("#detail").inner_text()
    assert page.locator("#backdrop .hl-active").count() >= 1
    page.locator("#detail").press("Escape")
    assert page.locator("#detail").is_hidden()


def test_open_file_reads_a_txt_into_the_editor(page, letter):
    page.goto("/")
    page.locator("#file").set_input_files(files=[{"name": "antwoord.txt", "mimeType": "text/plain",
                                                   "buffer": letter("ambtelijk").encode()}])
    page.wait_for_selector("#report-summary .score__number")
    assert "Geachte heer Verstraete" in page.locator("#tekst").input_value()
    page.locator("#file").set_input_files(files=[{"name": "brief.pdf", "mimeType": "application/pdf", "buffer": b"%PDF"}])
    page.wait_for_function("() => document.querySelector('#status').dataset.kind === 'error'")
    assert ".docx" in page.locator("#status").inner_text()


def test_without_javascript_the_form_still_works(browser, live_server, letter):
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/")
        page.locator("#tekst").fill(letter("ambtelijk"))
        page.get_by_role("button", name="Controleer").click()
        page.wait_for_load_state()
        assert page.locator(".readview .hl--jargon", has_text="Middels").count() == 1
        assert page.locator(".score__number").count() == 1
        assert page.locator(".checklist__item--missing").count() == 3
        assert "Geachte heer Verstraete" in page.locator("#tekst").input_value()
    finally:
        context.close()


def test_no_serious_accessibility_violations(browser, live_server, letter):
    context = browser.new_context(base_url=live_server, bypass_csp=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        paste(page, letter("kinderopvang"))
        open_finding(page, "Middels")
        page.add_script_tag(path=str(AXE))
        results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        serious = [
            f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x)"
            for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")
        ]
        assert not serious, serious
    finally:
        context.close()


def test_screenshot_of_the_editor(page, letter):
    paste(page, letter("kinderopvang"))
    open_finding(page, "Middels")
    page.wait_for_selector(".detail__replacements button")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "editor.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_offsets_survive_emoji_and_follow_edits(page):
    page.goto("/")
    result = page.evaluate("""async () => {
        const { alignReport, remap } = await import('/static/js/offsets.js');
        const text = '😀 Middels dit.';
        // The server counts code points: 'Middels' is [2, 9) there, [3, 10) in UTF-16.
        const report = { findings: [{ rule: 'r', text: 'Middels', start: 2, end: 9 }], parts: [] };
        const [aligned] = alignReport(report, text).findings;
        const typedBefore = remap([aligned], text, 'Ja. ' + text)[0];
        const typedInside = remap([aligned], text, text.replace('Middels', 'Midxdels'));
        const typedAfter = remap([aligned], text, text + ' Meer.')[0];
        return { aligned: text.slice(aligned.start, aligned.end),
                 before: ('Ja. ' + text).slice(typedBefore.start, typedBefore.end),
                 inside: typedInside.length, after: (text + ' Meer.').slice(typedAfter.start, typedAfter.end) };
    }""")
    assert result == {"aligned": "Middels", "before": "Middels", "inside": 1, "after": "Middels"}


def test_an_active_rewrite_is_one_click_and_the_check_reruns(page, page_errors):
    text = ("Beste mevrouw Peeters,\n\nUw aanvraag werd door ons afgewezen. Wij leggen u graag uit waarom.\n\n"
            "Met vriendelijke groeten,\nAn Peeters\nDienst Wonen")
    paste(page, text)
    page.locator("#findings-list .finding--passive_voice .finding__button").first.click()
    page.wait_for_selector("#detail:not([hidden])")
    rewrite = page.locator(".detail__replacements button", has_text="Wij wezen uw aanvraag af")
    rewrite.click()
    page.wait_for_function("() => document.querySelector('#tekst').value.includes('Wij wezen uw aanvraag af.')")
    page.wait_for_function("() => !document.querySelector('#findings-list .finding--passive_voice')")
    assert "werd door ons afgewezen" not in page.locator("#tekst").input_value()
    assert not page_errors
