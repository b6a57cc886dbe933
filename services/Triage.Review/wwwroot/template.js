import { h } from './dom.js';

// Spans index the text in UTF-16 code units, which is what JavaScript strings use, so slicing needs no conversion.
export function templateText(template, sampleText) {
  if (!template) {
    return h('div', {},
      h('p', { class: 'empty' }, 'No shared template for this cluster.'),
      sampleText ? h('blockquote', { class: 'complaint-text', 'data-testid': 'sample-text' }, sampleText) : null);
  }
  return h('div', {},
    h('blockquote', { class: 'complaint-text', 'data-testid': 'template-text' }, highlight(template.text, template.spans ?? [])),
    h('p', { class: 'hint' }, 'Highlighted: text this complaint shares with the other members. ',
      h('a', { href: `#/complaints/${encodeURIComponent(template.complaintId)}` }, 'Open this complaint')));
}

export function highlight(text, spans) {
  const parts = [];
  let at = 0;
  for (const [start, end] of merged(spans, text.length)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(h('mark', { 'data-testid': 'template-span' }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function merged(spans, length) {
  const ranges = spans
    .map(s => [Math.max(0, s.start), Math.min(length, s.start + s.length)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const result = [];
  for (const range of ranges) {
    const last = result.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else result.push(range);
  }
  return result;
}
