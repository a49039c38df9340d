// Build DOM nodes without ever parsing HTML: any text, above all the user's,
// only ever becomes a text node.

export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'hidden') node.hidden = true;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replace a container's children, putting focus back on the element with the
// same data-focus-key if focus was inside (re-rendering must not lose the user's place).
export function rerender(container, ...children) {
  const active = document.activeElement;
  const key = container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren();
  append(container, children);
  if (key !== undefined) {
    const again = [...container.querySelectorAll('[data-focus-key]')].find((el) => el.dataset.focusKey === key);
    if (again) again.focus();
  }
}

export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

export function decimal(value, digits = 1) {
  return Number(value).toFixed(digits).replace('.', ',');
}
