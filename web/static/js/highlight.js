// The highlight layer behind the textarea: the same text in nested spans,
// built from text nodes only. It mirrors web/highlight.py.

import { h } from './dom.js';

function layerFor(dimension, findings) {
  if (dimension !== 'sentence_length') return dimension;
  return findings.some((f) => f.severity === 'error') ? 'sentence_length-error' : 'sentence_length-warning';
}

export function highlightable(finding, text) {
  return finding.scope !== 'document' && finding.start < finding.end && finding.end <= text.length;
}

// Runs of text that share one set of highlight layers (outermost first).
export function runs(text, findings, order) {
  const spans = findings.filter((f) => order.includes(f.dimension) && highlightable(f, text));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((f) => f.start <= start && end <= f.end);
    const layers = order
      .filter((dimension) => covering.some((f) => f.dimension === dimension))
      .map((dimension) => layerFor(dimension, covering.filter((f) => f.dimension === dimension)));
    result.push({ start, end, layers });
  }
  return result;
}

export function renderBackdrop(backdrop, text, findings, order, active) {
  const nodes = runs(text, findings, order).map(({ start, end, layers }) => {
    let node = document.createTextNode(text.slice(start, end));
    for (const layer of [...layers].reverse()) node = h('span', { class: `hl hl--${layer}` }, node);
    if (active && active.start <= start && end <= active.end && active.start < active.end) {
      node = h('span', { class: 'hl-active' }, node);
    }
    return node;
  });
  // A trailing newline needs a character after it to take up its line.
  nodes.push(document.createTextNode('\u200b'));
  backdrop.replaceChildren(...nodes);
}

// The most specific visible highlight at a caret position, if any.
export function findingAt(findings, offset) {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  here.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return here[0] || null;
}
