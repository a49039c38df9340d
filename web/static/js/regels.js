// The rule page: filter rules and lexicon entries live as the reader types,
// and open the collapsed word list when an address points at one of its entries
// (/regels#jargon.ambtelijk.middels). Without JavaScript the search is a GET form.

const byId = (id) => document.getElementById(id);

function reveal(hash) {
  let id = decodeURIComponent(hash.replace(/^#/, ''));
  let target = id && byId(id);
  // A finding of a rule without its own entry on this page: go to its rule.
  while (id && !target && id.includes('.')) {
    id = id.slice(0, id.lastIndexOf('.'));
    target = byId(id);
  }
  if (!target) return;
  for (let node = target.parentElement; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS') node.open = true;
  }
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'start' });
}

function filter(query, rules, status, total) {
  const needle = query.trim().toLocaleLowerCase('nl');
  let shown = 0;
  for (const rule of rules) {
    const entries = [...rule.querySelectorAll('.lexicon__entry')];
    const head = [...rule.children].filter((child) => !child.classList.contains('lexicon'))
      .map((child) => child.textContent).join(' ').toLocaleLowerCase('nl');
    let entryHits = 0;
    for (const entry of entries) {
      const hit = !needle || head.includes(needle) || entry.textContent.toLocaleLowerCase('nl').includes(needle);
      entry.hidden = !hit;
      if (hit) entryHits += 1;
    }
    const visible = !needle || head.includes(needle) || entryHits > 0;
    rule.hidden = !visible;
    const list = rule.querySelector('details.lexicon');
    if (list && needle && !head.includes(needle)) list.open = entryHits > 0;
    if (visible) shown += 1;
  }
  for (const section of document.querySelectorAll('.rules-dimension')) {
    section.hidden = ![...section.querySelectorAll('.rule')].some((rule) => !rule.hidden);
  }
  status.textContent = needle ? `${shown} van de ${total} regels passen bij ‘${query.trim()}’.` : `${total} regels.`;
}

function init() {
  const input = byId('zoek');
  const status = byId('zoek-status');
  const rules = [...document.querySelectorAll('.rule')];
  // Filtering live only makes sense when the page holds every rule (no ?q= result page).
  if (input && status && !new URLSearchParams(window.location.search).get('q')) {
    const total = rules.length;
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => filter(input.value, rules, status, total), 150);
    });
  }
  if (window.location.hash) reveal(window.location.hash);
  window.addEventListener('hashchange', () => reveal(window.location.hash));
}

init();
