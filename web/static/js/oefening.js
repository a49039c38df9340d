// An exercise page: as the participant rewrites, ask the server which goals the
// draft meets (the same evaluation as the no-JavaScript form) and update the
// goal list, the status line and the findings.

import { checkExercise } from './api.js';
import { h, rerender } from './dom.js';

const byId = (id) => document.getElementById(id);

function goalItem(goal) {
  return h('li', { class: `goal goal--${goal.met ? 'met' : 'open'}`, dataset: { key: goal.key } },
    h('span', { class: 'checklist__icon', 'aria-hidden': 'true' }, goal.met ? '✓' : '✕'),
    h('span', {}, h('strong', {}, goal.label), ` — ${goal.met ? 'gehaald' : 'nog niet'}`,
      goal.detail && !goal.met ? h('span', { class: 'hint' }, ` (${goal.detail})`) : null));
}

function findingItem(finding, ui) {
  return h('li', { class: `finding finding--${finding.dimension}` },
    h('p', { class: 'finding__line' },
      h('span', { class: `tag tag--${finding.severity}` }, ui.severities[finding.severity] || finding.severity), ' ',
      h('span', { class: 'finding__dimension' }, ui.dimensions[finding.dimension] || finding.dimension), ' ',
      finding.message,
      finding.scope === 'span' && finding.text ? [' ', h('q', { class: 'finding__quote' }, finding.text.slice(0, 80))] : null, ' ',
      h('a', { href: `/regels#${encodeURIComponent(finding.rule)}` }, 'Meer over deze regel',
        h('span', { class: 'visually-hidden' }, ` (${finding.rule})`))));
}

function init() {
  const page = document.querySelector('[data-exercise]');
  const text = byId('tekst');
  if (!page || !text) return;
  const ui = JSON.parse(byId('helder-ui').textContent);
  const goals = byId('doelen');
  const status = byId('doelen-status');
  const list = byId('findings-list');
  const count = byId('findings-count');
  let timer = 0;
  let pending = null;

  async function update() {
    if (pending) pending.abort();
    pending = new AbortController();
    try {
      const result = await checkExercise(page.dataset.exercise, text.value, pending.signal);
      const met = result.goals.filter((goal) => goal.met).length;
      rerender(goals, result.goals.map(goalItem));
      const done = met === result.goals.length ? 'Goed gedaan! ' : '';
      status.textContent = `${met} van de ${result.goals.length} doelen gehaald. ${done}Score ${result.score}/100.`;
      rerender(list, result.findings.map((finding) => findingItem(finding, ui)));
      count.textContent = `(${result.findings.length})`;
      page.dataset.checked = 'true';
    } catch (error) {
      if (error.name !== 'AbortError') status.textContent = error.message;
    }
  }

  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });
}

init();
