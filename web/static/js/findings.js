// The findings list (one button per finding, the keyboard route to every
// highlight) and the detail card for the selected finding.

import { h } from './dom.js';

function excerpt(text, limit = 60) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

export function renderList(findings, { ui, labelOf, activeKey, onSelect }) {
  return findings.map((finding) => h('li', { class: `finding finding--${finding.dimension}` },
    h('button', {
      type: 'button',
      class: 'finding__button',
      'aria-current': finding.key === activeKey ? 'true' : undefined,
      dataset: { focusKey: `finding:${finding.key}` },
      onclick: () => onSelect(finding, true),
    },
    h('span', { class: `tag tag--${finding.severity}` }, ui.severities[finding.severity] || finding.severity),
    h('span', { class: 'finding__dimension' }, labelOf(finding.dimension)),
    h('span', { class: 'finding__message' }, finding.message),
    finding.scope !== 'document' && finding.text
      ? h('q', { class: 'finding__quote' }, excerpt(finding.text))
      : h('span', { class: 'finding__quote hint' }, '(hele brief)'))));
}

export function renderDetail(finding, { ui, labelOf, onApply, onShow, onDismiss, onClose }) {
  const words = finding.replacements || [];
  const tips = (finding.suggestions || []).filter((tip) => !words.includes(tip));
  return [
    h('div', { class: 'detail__head' },
      h('span', { class: `tag tag--${finding.severity}` }, ui.severities[finding.severity] || finding.severity),
      h('span', { class: 'finding__dimension' }, labelOf(finding.dimension)),
      h('button', { type: 'button', class: 'button button--quiet detail__close', onclick: onClose },
        h('span', { 'aria-hidden': 'true' }, '✕'), ' Sluiten')),
    h('h2', { id: 'detail-title', class: 'detail__message' }, finding.message),
    finding.scope !== 'document' && finding.text ? h('p', { class: 'detail__quote' }, h('q', {}, excerpt(finding.text, 160))) : null,
    finding.explanation ? h('details', { class: 'detail__why' }, h('summary', {}, 'Waarom?'), h('p', {}, finding.explanation)) : null,
    words.length ? h('div', { class: 'detail__fixes' },
      h('p', {}, h('strong', {}, 'Vervang door:')),
      h('ul', { class: 'detail__replacements' }, words.map((word) => h('li', {},
        h('button', { type: 'button', class: 'button button--suggestion', dataset: { focusKey: `apply:${word}` }, onclick: () => onApply(word) }, word)))))
      : null,
    tips.length ? h('div', { class: 'detail__tips' },
      h('p', {}, h('strong', {}, 'Suggesties')),
      h('ul', {}, tips.map((tip) => h('li', {}, tip)))) : null,
    h('p', { class: 'detail__more' }, h('a', { href: `/regels#${encodeURIComponent(finding.rule)}` }, 'Meer over deze regel',
      h('span', { class: 'visually-hidden' }, ` (${finding.rule})`))),
    h('div', { class: 'detail__actions' },
      finding.scope !== 'document' ? h('button', { type: 'button', class: 'button', onclick: onShow }, 'Toon in tekst') : null,
      h('button', { type: 'button', class: 'button', onclick: onDismiss }, 'Negeer')),
  ];
}
