import { h, link, table } from './dom.js';
import { destinationClass, number, when, yesNo } from './format.js';

export function membersTable(members) {
  if (members.length === 0) return h('p', { class: 'empty' }, 'No members.');
  const sorted = [...members].sort((a, b) => String(a.receivedAt).localeCompare(String(b.receivedAt)));
  return table(['Complaint', 'Received', 'Channel', 'Category', 'Complainant', 'Score', 'Suspect', 'Status', 'Route'],
    sorted.map(row), { class: 'list', 'data-testid': 'members' });
}

function row(member) {
  const destination = member.route?.destination;
  return h('tr', { 'data-testid': 'member-row', 'data-complaint-id': member.id },
    h('td', {}, link(`#/complaints/${encodeURIComponent(member.id)}`, member.externalId ?? member.id.slice(0, 8),
      { 'data-testid': 'member-link', title: member.id })),
    h('td', {}, when(member.receivedAt)),
    h('td', {}, member.channel),
    h('td', {}, member.category ?? '—'),
    h('td', {}, member.complainantName ?? '—'),
    h('td', { class: 'num' }, number(member.score)),
    h('td', {}, yesNo(member.suspect)),
    h('td', {}, member.status),
    h('td', { title: member.route?.reason ?? '' },
      h('span', { class: destinationClass(destination), 'data-testid': 'member-route' }, destination ?? 'not routed yet')));
}
