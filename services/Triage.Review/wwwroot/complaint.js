import { get } from './api.js';
import { definitions, h, link } from './dom.js';
import { destinationClass, number, when, yesNo } from './format.js';

export async function complaintView(id) {
  const c = await get(`/complaints/${encodeURIComponent(id)}`);
  const triage = c.triage;
  return h('section', { class: 'complaint', 'data-testid': 'complaint-view', 'data-complaint-id': c.id },
    h('p', { class: 'crumbs' },
      triage?.clusterId
        ? link(`#/clusters/${encodeURIComponent(triage.clusterId)}`, `← Cluster ${triage.clusterId}`, { 'data-testid': 'complaint-cluster' })
        : link('#/clusters', '← Clusters')),
    h('h1', {}, 'Complaint ', h('code', {}, c.externalId ?? c.id)),
    definitions([
      ['Id', c.id],
      ['Received', when(c.receivedAt)],
      ['Channel', c.channel],
      ['Status', c.status, 'complaint-status'],
      ['Product', c.product],
      ['Category', c.category],
      ['Complainant', person(c.complainant)],
      ['Representative', c.representative ? representative(c.representative) : null],
    ]),
    h('h2', {}, 'Text'),
    h('blockquote', { class: 'complaint-text', 'data-testid': 'complaint-text' }, c.text),
    h('h2', {}, 'Triage'),
    triage ? triageFacts(triage) : h('p', { class: 'empty', 'data-testid': 'complaint-triage' }, 'Not scored yet.'),
    h('h2', {}, 'Route'),
    c.route ? routeFacts(c.route) : h('p', { class: 'empty', 'data-testid': 'complaint-route' }, 'Not routed yet.'));
}

const joined = parts => parts.filter(Boolean).join(' · ') || '—';

const person = p => joined([p.name, p.phone, p.idNumber, p.customerId, p.email]);

const representative = r => joined([r.name, r.relation, r.phone, r.organization]);

function triageFacts(t) {
  return h('div', { 'data-testid': 'complaint-triage' },
    definitions([
      ['Score', number(t.score), 'complaint-score'],
      ['Suspect', yesNo(t.suspect)],
      ['Model', t.modelVersion, 'complaint-model'],
      ['Scored', when(t.scoredAt)],
    ]),
    h('h3', {}, 'Reasons'),
    (t.reasons ?? []).length === 0
      ? h('p', { class: 'empty' }, 'No reasons given.')
      : h('ol', { class: 'reasons', 'data-testid': 'complaint-reasons' },
        t.reasons.map(r => h('li', { 'data-testid': 'complaint-reason' }, r))));
}

function routeFacts(r) {
  return definitions([
    ['Destination', h('span', { class: destinationClass(r.destination), 'data-testid': 'complaint-route' }, r.destination)],
    ['Routed', when(r.routedAt)],
    ['Reason', r.reason],
  ]);
}
