// The live editor: checks the text through /api/check about 300 ms after
// typing stops and shows the report as highlights, a findings list, a detail
// card and the side panel. User text only ever reaches the DOM as text nodes.

import { checkText, extractFile, getProfiles } from './api.js';
import { h, plural, rerender } from './dom.js';
import { renderDetail, renderList } from './findings.js';
import { findingAt, highlightable, renderBackdrop } from './highlight.js';
import { alignReport, remap } from './offsets.js';
import { dimensionLabel, emptyPanel, renderPanel, renderSummary } from './panel.js';
import * as store from './store.js';
import { matchCase, replaceRange } from './textedit.js';

const CHECK_DELAY_MS = 300;
const SAVE_DELAY_MS = 500;

const byId = (id) => document.getElementById(id);
const ui = JSON.parse(byId('helder-ui').textContent);
const els = {
  form: byId('check-form'),
  textarea: byId('tekst'),
  backdrop: byId('backdrop'),
  profile: byId('profile'),
  file: byId('file'),
  clear: byId('clear-draft'),
  status: byId('status'),
  announce: byId('announce'),
  draftNote: byId('draft-note'),
  list: byId('findings-list'),
  count: byId('findings-count'),
  empty: byId('findings-empty'),
  filterNote: byId('filter-note'),
  dismissedNote: byId('dismissed-note'),
  detail: byId('detail'),
  summary: byId('report-summary'),
  panel: byId('report-panel'),
  toggles: [...document.querySelectorAll('.legend__toggle')],
};

const state = {
  report: null,
  text: '', // the text that `findings` and `parts` offsets point into
  findings: [],
  parts: [],
  hidden: new Set(), // dimensions switched off in the legend
  filter: null, // dimension chosen in the panel, or null for all
  activeKey: null,
  dismissed: store.loadDismissed(),
  checkTimer: 0,
  saveTimer: 0,
  controller: null,
  sequence: 0,
};

const labelOf = (dimension) => dimensionLabel(ui, state.report, dimension);

function setStatus(message, kind = '') {
  els.status.textContent = message;
  els.status.dataset.kind = kind;
}

function announce(message) {
  els.announce.textContent = '';
  window.setTimeout(() => { els.announce.textContent = message; }, 50);
}

function visibleFindings() {
  return state.findings.filter((f) => !state.dismissed.has(f.key)
    && !state.hidden.has(f.dimension)
    && (state.filter === null || f.dimension === state.filter));
}

const activeFinding = () => state.findings.find((f) => f.key === state.activeKey) || null;

// --- rendering -------------------------------------------------------------

function autosize() {
  const { textarea } = els;
  const scroll = window.scrollY;
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
  window.scrollTo({ top: scroll });
}

function renderHighlights() {
  renderBackdrop(els.backdrop, els.textarea.value, visibleFindings(), ui.highlighted, activeFinding());
}

function renderFindings() {
  const shown = visibleFindings();
  rerender(els.list, renderList(shown, { ui, labelOf, activeKey: state.activeKey, onSelect: select }));
  els.count.textContent = state.report ? `(${shown.length})` : '';
  els.empty.hidden = shown.length > 0;
  els.empty.textContent = state.report ? 'Geen opmerkingen.' : 'Nog geen tekst gecontroleerd.';

  els.filterNote.hidden = state.filter === null;
  if (state.filter !== null) {
    rerender(els.filterNote, `Alleen opmerkingen over ${labelOf(state.filter).toLowerCase()}. `,
      h('button', { type: 'button', class: 'button button--link', dataset: { focusKey: 'unfilter' }, onclick: () => setFilter(null) }, 'Toon alles'));
  }
  const dismissed = state.findings.filter((f) => state.dismissed.has(f.key)).length;
  els.dismissedNote.hidden = dismissed === 0;
  if (dismissed) {
    rerender(els.dismissedNote, `${plural(dismissed, 'opmerking', 'opmerkingen')} genegeerd. `,
      h('button', { type: 'button', class: 'button button--link', dataset: { focusKey: 'restore' }, onclick: restoreDismissed }, 'Toon ze weer'));
  }
}

function renderPanelSection() {
  if (!state.report) {
    rerender(els.summary, emptyPanel());
    rerender(els.panel);
    return;
  }
  rerender(els.summary, renderSummary(state.report, ui));
  rerender(els.panel, renderPanel(state.report, ui, { filter: state.filter, onFilter: toggleFilter, onInsert: insertTemplate }));
}

function renderDetailCard() {
  const finding = activeFinding();
  els.detail.hidden = finding === null;
  if (!finding) {
    els.detail.replaceChildren();
    return;
  }
  rerender(els.detail, renderDetail(finding, {
    ui,
    labelOf,
    onApply: (word) => applySuggestion(finding, word),
    onShow: () => showInText(finding),
    onDismiss: () => dismiss(finding),
    onClose: () => closeDetail(true),
  }));
}

function render() {
  renderHighlights();
  renderFindings();
  renderPanelSection();
  renderDetailCard();
}

// --- checking --------------------------------------------------------------

function scheduleCheck(delay = CHECK_DELAY_MS) {
  window.clearTimeout(state.checkTimer);
  state.checkTimer = window.setTimeout(runCheck, delay);
}

function showReport(report, checkedText) {
  const current = els.textarea.value;
  state.report = report;
  if (report) {
    const aligned = alignReport(report, checkedText);
    state.findings = remap(aligned.findings, checkedText, current);
    state.parts = remap(aligned.parts, checkedText, current);
  } else {
    state.findings = [];
    state.parts = [];
  }
  state.text = current;
  if (!activeFinding()) state.activeKey = null;
  render();
}

async function runCheck() {
  window.clearTimeout(state.checkTimer);
  if (state.controller) state.controller.abort();
  const text = els.textarea.value;
  const sequence = ++state.sequence;
  if (!text.trim()) {
    state.controller = null;
    showReport(null, text);
    setStatus('');
    return;
  }
  const controller = new AbortController();
  state.controller = controller;
  setStatus('Bezig met controleren…', 'busy');
  try {
    const report = await checkText(text, els.profile.value, controller.signal);
    if (sequence !== state.sequence) return;
    showReport(report, text);
    setStatus('Bijgewerkt', 'done');
  } catch (error) {
    if (error.name === 'AbortError' || sequence !== state.sequence) return;
    setStatus(error.message, 'error');
    announce(error.message);
  }
}

// --- editing ---------------------------------------------------------------

function onInput() {
  const text = els.textarea.value;
  state.findings = remap(state.findings, state.text, text);
  state.parts = remap(state.parts, state.text, text);
  state.text = text;
  if (!activeFinding()) state.activeKey = null;
  autosize();
  renderHighlights();
  renderFindings();
  renderDetailCard();
  window.clearTimeout(state.saveTimer);
  state.saveTimer = window.setTimeout(() => store.saveDraft(els.textarea.value), SAVE_DELAY_MS);
  scheduleCheck();
}

function applySuggestion(finding, word) {
  const current = els.textarea.value.slice(finding.start, finding.end);
  if (current !== finding.text) {
    announce('De tekst is intussen gewijzigd. Kies de opmerking opnieuw na de volgende controle.');
    runCheck();
    return;
  }
  const replacement = matchCase(current, word);
  state.activeKey = null;
  replaceRange(els.textarea, finding.start, finding.end, replacement);
  announce(`‘${current}’ is vervangen door ‘${replacement}’.`);
  runCheck();
}

function insertTemplate() {
  const escalation = state.report && state.report.dimensions.escalation;
  const template = escalation && escalation.metrics && escalation.metrics.template;
  if (!template) return;
  const closing = state.parts.find((part) => part.kind === 'closing');
  const text = els.textarea.value;
  if (closing) {
    replaceRange(els.textarea, closing.start, closing.start, `${template}\n\n`);
  } else {
    const end = text.trimEnd().length;
    replaceRange(els.textarea, end, end, `${end ? '\n\n' : ''}${template}`);
  }
  announce('De ‘Wat nu?’-alinea is ingevoegd.');
  runCheck();
}

function clearDraft() {
  replaceRange(els.textarea, 0, els.textarea.value.length, '');
  store.clearDraft();
  state.dismissed = new Set();
  state.filter = null;
  state.activeKey = null;
  runCheck();
  announce('Het concept is gewist.');
}

async function openFile() {
  const [file] = els.file.files;
  if (!file) return;
  setStatus('Bestand wordt gelezen…', 'busy');
  try {
    const { text } = await extractFile(file);
    replaceRange(els.textarea, 0, els.textarea.value.length, text);
    state.dismissed = new Set();
    store.saveDismissed(state.dismissed);
    announce(`Het bestand ‘${file.name}’ is geopend.`);
    runCheck();
  } catch (error) {
    setStatus(error.message, 'error');
    announce(error.message);
  } finally {
    els.file.value = '';
  }
}

// --- selecting, filtering, dismissing -------------------------------------

function scrollToActive() {
  const mark = els.backdrop.querySelector('.hl-active');
  if (mark) mark.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function select(finding, fromList) {
  state.activeKey = finding.key;
  renderHighlights();
  renderFindings();
  renderDetailCard();
  if (fromList) {
    scrollToActive();
    els.detail.focus({ preventScroll: true });
  }
}

function closeDetail(restoreFocus) {
  const key = state.activeKey;
  state.activeKey = null;
  renderHighlights();
  renderFindings();
  renderDetailCard();
  if (restoreFocus) {
    const button = [...els.list.querySelectorAll('[data-focus-key]')].find((el) => el.dataset.focusKey === `finding:${key}`);
    (button || els.textarea).focus();
  }
}

function showInText(finding) {
  els.textarea.focus({ preventScroll: true });
  els.textarea.setSelectionRange(finding.start, finding.end);
  scrollToActive();
}

function dismiss(finding) {
  state.dismissed.add(finding.key);
  store.saveDismissed(state.dismissed);
  closeDetail(false);
  (els.list.querySelector('button') || els.textarea).focus();
  announce('De opmerking is genegeerd.');
}

function restoreDismissed() {
  state.dismissed = new Set();
  store.saveDismissed(state.dismissed);
  render();
  els.list.querySelector('button')?.focus();
}

function setFilter(dimension) {
  state.filter = dimension;
  if (activeFinding() && !visibleFindings().includes(activeFinding())) state.activeKey = null;
  render();
}

const toggleFilter = (dimension) => setFilter(state.filter === dimension ? null : dimension);

function onTextClick() {
  const { selectionStart, selectionEnd, value } = els.textarea;
  if (selectionStart !== selectionEnd) return;
  const candidates = visibleFindings().filter((f) => ui.highlighted.includes(f.dimension) && highlightable(f, value));
  const finding = findingAt(candidates, selectionStart);
  if (finding) select(finding, false);
}

// --- start -----------------------------------------------------------------

async function loadProfiles() {
  try {
    const { profiles, default: fallback } = await getProfiles();
    const wanted = store.loadProfile() || els.profile.value || fallback;
    els.profile.replaceChildren(...profiles.map((p) => h('option', { value: p.id, title: p.description || undefined }, p.name)));
    els.profile.value = profiles.some((p) => p.id === wanted) ? wanted : fallback;
  } catch {
    /* keep the options the server rendered */
  }
}

function start() {
  document.querySelector('.readview')?.remove(); // the no-JavaScript result view
  byId('form-error')?.remove();
  els.clear.hidden = false;
  els.draftNote.hidden = false;
  for (const toggle of els.toggles) {
    toggle.hidden = false;
    toggle.addEventListener('change', () => {
      if (toggle.checked) state.hidden.delete(toggle.dataset.dimension);
      else state.hidden.add(toggle.dataset.dimension);
      render();
    });
  }
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    runCheck();
  });
  els.textarea.addEventListener('input', onInput);
  els.textarea.addEventListener('click', onTextClick);
  els.profile.addEventListener('change', () => {
    store.saveProfile(els.profile.value);
    runCheck();
  });
  els.file.addEventListener('change', openFile);
  els.clear.addEventListener('click', clearDraft);
  els.detail.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDetail(true);
  });
  window.addEventListener('resize', autosize);

  if (!els.textarea.value) els.textarea.value = store.loadDraft();
  state.text = els.textarea.value;
  autosize();
  render();
  loadProfiles().then(() => {
    if (els.textarea.value.trim()) runCheck();
  });
}

start();
