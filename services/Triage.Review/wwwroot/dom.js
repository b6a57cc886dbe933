// Every piece of server data reaches the page as a text node or an attribute value, never as markup:
// complaint text is written by strangers.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function show(container, ...children) {
  container.replaceChildren();
  return append(container, children);
}

export const link = (href, text, attributes = {}) => h('a', { href, ...attributes }, text);

export function table(columns, rows, attributes = {}) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows));
}

export function definitions(pairs, attributes = {}) {
  return h('dl', { class: 'facts', ...attributes },
    pairs.filter(([, value]) => value !== undefined).map(([term, value, testid]) => [
      h('dt', {}, term),
      h('dd', { 'data-testid': testid }, value ?? '—'),
    ]));
}
