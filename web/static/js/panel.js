// The side panel: overall score, one row per dimension, "Wat nu?", "Oplossing"
// and reading statistics. Mirrors templates/_report.html, plus the interactive parts.

import { decimal, h, plural } from './dom.js';

function badge(light, icon, word) {
  return h('span', { class: `badge badge--${light}` }, h('span', { class: 'badge__icon', 'aria-hidden': 'true' }, icon), ` ${word}`);
}

export function dimensionLabel(ui, report, id) {
  return (report && report.dimensions[id] && report.dimensions[id].label) || ui.dimensions[id] || id;
}

function notices(report) {
  if (!report.notices || !report.notices.length) return null;
  return h('section', { class: 'card notices', 'aria-label': 'Meldingen' },
    h('ul', {}, report.notices.map((notice) => h('li', {}, notice))));
}

function score(report, ui) {
  const grade = ui.grades[report.grade];
  return h('section', { class: `card score score--${grade.light}`, 'aria-labelledby': 'score-title' },
    h('h2', { id: 'score-title' }, 'Beoordeling'),
    h('p', { class: 'score__line' },
      h('span', { class: 'score__number' }, String(report.score)),
      h('span', { class: 'score__max' }, '/100'), ' ',
      badge(grade.light, grade.icon, grade.word)),
    report.summary ? h('p', { class: 'score__summary' }, report.summary) : null);
}

function dimensions(report, ui, filter, onFilter) {
  const rows = Object.entries(report.dimensions).map(([id, dim]) => {
    const status = ui.statuses[dim.status];
    const label = dimensionLabel(ui, report, id);
    return h('li', { class: `dimension dimension--${dim.status}` },
      h('button', {
        type: 'button',
        class: 'dimension__button',
        'aria-pressed': filter === id ? 'true' : 'false',
        dataset: { focusKey: `dimension:${id}`, dimension: id },
        title: filter === id ? 'Toon weer alle opmerkingen' : `Toon alleen opmerkingen over ${label.toLowerCase()}`,
        onclick: () => onFilter(id),
      },
      h('span', { class: 'dimension__head' },
        h('span', { class: 'dimension__label' }, label),
        h('span', { class: 'dimension__score' }, `${dim.score}/100`),
        badge(dim.status, status.icon, status.word)),
      h('span', { class: 'dimension__summary' }, dim.summary),
      h('span', { class: 'dimension__count' }, plural(dim.findings ?? 0, 'opmerking', 'opmerkingen'))));
  });
  return h('section', { class: 'card dimensions', 'aria-labelledby': 'dimensions-title' },
    h('h2', { id: 'dimensions-title' }, 'Aandachtspunten'),
    h('p', { class: 'hint' }, 'Klik op een aandachtspunt om alleen die markeringen te zien.'),
    h('ul', { class: 'dimensions__list' }, rows));
}

function whatNow(report, ui, onInsert) {
  const escalation = report.dimensions.escalation || {};
  const metrics = escalation.metrics || {};
  const elements = metrics.elements || {};
  const items = ui.elements.map(({ id, name, hint }) => {
    const present = Boolean(elements[id]);
    return h('li', { class: `checklist__item checklist__item--${present ? 'ok' : 'missing'}`, dataset: { element: id } },
      h('span', { class: 'checklist__icon', 'aria-hidden': 'true' }, present ? '✓' : '✕'),
      h('span', {}, h('strong', {}, name), ` — ${present ? 'aanwezig' : 'ontbreekt'}`, h('br'), h('span', { class: 'hint' }, hint)));
  });
  const missing = !metrics.complete && metrics.template;
  return h('section', { class: 'card whatnow', 'aria-labelledby': 'whatnow-title' },
    h('h2', { id: 'whatnow-title' }, 'Wat nu? ', h('span', { class: 'hint' }, '— kan de burger verder?')),
    h('ul', { class: 'checklist' }, items),
    missing ? h('div', { class: 'whatnow__fix' },
      h('button', { type: 'button', class: 'button button--primary', dataset: { focusKey: 'insert-template' }, onclick: onInsert }, 'Voeg alinea in'),
      h('details', {}, h('summary', {}, 'Bekijk de alinea'), h('blockquote', { class: 'template' }, metrics.template)))
      : null);
}

// One row of the "Oplossing" checklist: present, missing, or not needed (a lesson
// learned is only asked for when the reply admits a fault).
function solutionState(metrics, id) {
  if (metrics[id]) return 'ok';
  if (id === 'learning' && !metrics.fault) return 'na';
  return 'missing';
}

const SOLUTION_STATES = {
  ok: { icon: '✓', word: 'aanwezig' },
  missing: { icon: '✕', word: 'ontbreekt' },
  na: { icon: '–', word: 'niet nodig' },
};

function solution(report, ui) {
  const dim = report.dimensions.solution;
  if (!dim) return null;
  const metrics = dim.metrics || {};
  const items = ui.solution_elements.map(({ id, name, hint }) => {
    const state = solutionState(metrics, id);
    const { icon, word } = SOLUTION_STATES[state];
    return h('li', { class: `solution__item solution__item--${state}`, dataset: { element: id } },
      h('span', { class: 'checklist__icon', 'aria-hidden': 'true' }, icon),
      h('span', {}, h('strong', {}, name), ` — ${word}`, h('br'), h('span', { class: 'hint' }, hint)));
  });
  const vague = metrics.vague_promises || 0;
  return h('section', { class: 'card solution', 'aria-labelledby': 'solution-title' },
    h('h2', { id: 'solution-title' }, 'Oplossing ', h('span', { class: 'hint' }, '— weet de burger waar hij aan toe is?')),
    h('ul', { class: 'checklist' }, items),
    vague ? h('p', { class: 'hint' }, `${plural(vague, 'vage belofte', 'vage beloftes')}: zeg wat u doet, wie en wanneer.`) : null);
}

function stats(report) {
  const s = report.stats;
  const row = (term, value) => h('div', {}, h('dt', {}, term), h('dd', {}, value));
  return h('section', { class: 'card stats', 'aria-labelledby': 'stats-title' },
    h('h2', { id: 'stats-title' }, 'Leesstatistieken'),
    h('dl', { class: 'stats__list' },
      row('Woorden', String(s.words)),
      row('Zinnen', String(s.sentences)),
      row('Gemiddelde zinslengte', `${decimal(s.avg_sentence_words)} woorden`),
      s.level_estimate ? row('Geschat taalniveau', s.level_estimate) : null));
}

// Notices and the overall score (above the detail card) ...
export function renderSummary(report, ui) {
  return [notices(report), score(report, ui)];
}

// ... and the rows, "Wat nu?", "Oplossing" and statistics (below it).
export function renderPanel(report, ui, { filter, onFilter, onInsert }) {
  return [dimensions(report, ui, filter, onFilter), whatNow(report, ui, onInsert), solution(report, ui), stats(report)];
}

export function emptyPanel() {
  return h('section', { class: 'card score score--empty', 'aria-labelledby': 'score-title' },
    h('h2', { id: 'score-title' }, 'Beoordeling'),
    h('p', { class: 'hint' }, 'Plak of typ uw antwoord. Hier ziet u dan de score, de zeven aandachtspunten, de ‘Wat nu?’- en de ‘Oplossing’-controle en de leesstatistieken.'));
}
