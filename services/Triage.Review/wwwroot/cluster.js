import { ApiError, get } from './api.js';
import { definitions, h, link, show, table } from './dom.js';
import { indicatorKind, when, yesNo } from './format.js';
import { riskMeter, statusBadge } from './badges.js';
import { membersTable } from './members.js';
import { templateText } from './template.js';
import { timelineChart } from './timeline.js';
import { verdictPanel } from './verdict.js';

const pollEvery = 1000;
const pollAtMost = 30;

export async function clusterView(id, session) {
  const section = h('section', { class: 'cluster', 'data-testid': 'cluster-view', 'data-cluster-id': id });
  const load = () => get(`/clusters/${encodeURIComponent(id)}`);

  // After a verdict the members' routes change as routing catches up; keep reading until none waits.
  async function refresh(message, polls = 0) {
    let cluster;
    try {
      cluster = await load();
    } catch (error) {
      if (error instanceof ApiError && error.signedOut) return session.expired(error.detail);
      throw error;
    }
    if (!section.isConnected && polls > 0) return;
    const waiting = awaitingHandlers(cluster);
    show(section, ...render(cluster, message, refresh, waiting));
    if (waiting > 0 && polls < pollAtMost)
      setTimeout(() => refresh(message, polls + 1).catch(() => {}), pollEvery);
  }

  const cluster = await load();
  show(section, ...render(cluster, undefined, refresh, 0));
  return section;
}

const awaitingHandlers = cluster => cluster.status === 'dismissed'
  ? cluster.members.filter(m => m.route?.destination === 'fraud-review').length
  : 0;

function render(cluster, message, refresh, waiting) {
  return [
    h('p', { class: 'crumbs' }, link('#/clusters', '← Clusters')),
    h('h1', {}, 'Cluster ', h('code', { 'data-testid': 'cluster-id' }, cluster.id), ' ', statusBadge(cluster.status)),
    definitions([
      ['Risk', riskMeter(cluster.risk)],
      ['Size', String(cluster.size), 'cluster-size'],
      ['Suspect', yesNo(cluster.suspect)],
      ['First seen', when(cluster.firstSeen)],
      ['Last seen', when(cluster.lastSeen)],
      ['Flagged', when(cluster.flaggedAt)],
    ]),
    verdictPanel(cluster, message, refresh, waiting),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, 'Shared text'), templateText(cluster.template, cluster.sampleText)),
      h('section', {}, h('h2', {}, 'Complaints per day'), timelineChart(cluster.timeline ?? []))),
    h('h2', {}, 'Indicators'),
    indicators(cluster.indicators ?? []),
    h('h2', {}, `Members (${cluster.members.length})`),
    membersTable(cluster.members),
    history(cluster),
  ];
}

function indicators(items) {
  if (items.length === 0) return h('p', { class: 'empty' }, 'No shared identifiers.');
  return table(['Kind', 'Value', 'Complaints'], items.map(i =>
    h('tr', { 'data-testid': 'indicator-row' },
      h('td', {}, indicatorKind(i.kind)), h('td', { class: 'value' }, i.value), h('td', { class: 'num' }, i.complaints))),
  { 'data-testid': 'indicators' });
}

function history(cluster) {
  const verdicts = cluster.verdicts ?? [];
  const merged = cluster.mergedFrom ?? [];
  if (verdicts.length === 0 && merged.length === 0) return null;
  return h('section', { class: 'history', 'data-testid': 'cluster-history' },
    h('h2', {}, 'History'),
    h('ul', {},
      verdicts.map(v => h('li', { 'data-testid': 'verdict-entry' },
        `${when(v.at)} · ${v.by ?? '?'} · ${v.verdict}`, v.note ? ` — ${v.note}` : '')),
      merged.map(m => h('li', {}, `${when(m.at)} · merged from `, link(`#/clusters/${encodeURIComponent(m.clusterId)}`, m.clusterId)))));
}
