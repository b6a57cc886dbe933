import { h } from './dom.js';
import { indicatorKind, number } from './format.js';

export function riskMeter(risk) {
  return h('span', { class: 'risk', 'data-testid': 'risk' },
    h('meter', { min: 0, max: 1, low: 0.5, high: 0.8, optimum: 0, value: risk ?? 0 }),
    h('span', { class: 'num' }, number(risk)));
}

export const statusBadge = status =>
  h('span', { class: `status ${status}`, 'data-testid': 'status' }, status);

export function indicatorChips(indicators, count) {
  const top = [...(indicators ?? [])].sort((a, b) => b.complaints - a.complaints).slice(0, count);
  return h('ul', { class: 'chips' }, top.map(i =>
    h('li', { title: indicatorKind(i.kind), 'data-testid': 'indicator-chip' },
      h('span', { class: 'kind' }, indicatorKind(i.kind)), ' ', i.value, ' ', h('span', { class: 'count' }, `×${i.complaints}`))));
}
