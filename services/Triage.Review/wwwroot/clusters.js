import { get, query } from './api.js';
import { h, link, table } from './dom.js';
import { when } from './format.js';
import { indicatorChips, riskMeter, statusBadge } from './badges.js';

const statuses = ['open', 'confirmed', 'dismissed'];

export async function clusterList(params) {
  const status = statuses.includes(params.get('status')) ? params.get('status') : 'open';
  const minSize = params.get('minSize') ?? '';
  const cursor = params.get('cursor');
  const page = await get('/clusters' + query({ status, minSize, limit: 50, cursor }));

  return h('section', { class: 'clusters', 'data-testid': 'cluster-list' },
    h('h1', {}, 'Clusters ', h('small', {}, `${status}, highest risk first`)),
    filters(status, minSize),
    page.items.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'clusters-empty' }, `No ${status} clusters.`)
      : table(['Risk', 'Cluster', 'Size', 'First seen', 'Last seen', 'Top indicators', 'Status'],
        page.items.map(row), { class: 'list', 'data-testid': 'cluster-table' }),
    paging(status, minSize, cursor, page.nextCursor));
}

function row(cluster) {
  const href = `#/clusters/${encodeURIComponent(cluster.id)}`;
  return h('tr', { 'data-testid': 'cluster-row', 'data-cluster-id': cluster.id },
    h('td', {}, riskMeter(cluster.risk)),
    h('td', {}, link(href, cluster.id, { 'data-testid': 'cluster-link' }),
      h('div', { class: 'sample' }, cluster.sampleText ?? '')),
    h('td', { class: 'num', 'data-testid': 'cluster-size' }, cluster.size),
    h('td', {}, when(cluster.firstSeen)),
    h('td', {}, when(cluster.lastSeen)),
    h('td', {}, indicatorChips(cluster.indicators, 3)),
    h('td', {}, statusBadge(cluster.status)));
}

function filters(status, minSize) {
  const statusSelect = h('select', { id: 'filter-status', 'data-testid': 'filter-status' },
    statuses.map(s => h('option', { value: s, selected: s === status }, s)));
  const sizeInput = h('input', {
    id: 'filter-min-size', type: 'number', min: 2, step: 1, value: minSize, placeholder: 'any',
    'data-testid': 'filter-min-size',
  });
  return h('form', {
    class: 'filters', onsubmit: event => {
      event.preventDefault();
      location.hash = '#/clusters' + query({ status: statusSelect.value, minSize: sizeInput.value });
    },
  },
  h('label', { for: 'filter-status' }, 'Status'), statusSelect,
  h('label', { for: 'filter-min-size' }, 'Min size'), sizeInput,
  h('button', { type: 'submit' }, 'Show'));
}

function paging(status, minSize, cursor, nextCursor) {
  return h('nav', { class: 'paging' },
    cursor ? link('#/clusters' + query({ status, minSize }), 'First page', { 'data-testid': 'first-page' }) : null,
    nextCursor
      ? link('#/clusters' + query({ status, minSize, cursor: nextCursor }), 'Next page', { 'data-testid': 'next-page' })
      : null);
}
