import { ApiError, post } from './api.js';
import { h } from './dom.js';
import { when } from './format.js';

const outcomes = {
  confirmed: r => `Confirmed: the cluster stays with fraud review (${r.rerouted} complaint(s) re-routed).`,
  dismissed: r => `Dismissed: ${r.rerouted} complaint(s) sent back to the handlers.`,
  open: () => 'Reopened: the cluster is open for a verdict again.',
};

export function verdictPanel(cluster, message, refresh, waiting) {
  const result = h('p', { class: 'result', role: 'status', 'data-testid': 'verdict-result', hidden: !message }, message);
  const progress = waiting > 0
    ? h('p', { class: 'notice', 'data-testid': 'verdict-waiting' }, `Waiting for ${waiting} complaint(s) to reach the handlers…`)
    : null;
  const controls = cluster.status === 'open' ? decide(cluster, result, refresh) : reopen(cluster, result, refresh);
  return h('section', { class: 'verdict', 'data-testid': 'verdict-panel' }, h('h2', {}, 'Verdict'), controls, result, progress);
}

function decide(cluster, result, refresh) {
  const note = h('textarea', {
    id: 'verdict-note', rows: 2, maxlength: 2000, placeholder: 'Why: what you checked and what you found',
    'data-testid': 'verdict-note',
  });
  const confirm = h('button', { type: 'button', class: 'confirm', 'data-testid': 'verdict-confirm' }, 'Confirm');
  const dismiss = h('button', { type: 'button', class: 'dismiss', 'data-testid': 'verdict-dismiss' }, 'Dismiss');
  const buttons = [confirm, dismiss];
  const send = verdict => act(buttons, result, refresh, async () => {
    // Every decision keeps its reason, so that a later reviewer can see why complaints moved.
    if (!note.value.trim()) {
      note.focus();
      throw new Error('Write a note first: say why.');
    }
    return post(`/clusters/${encodeURIComponent(cluster.id)}/verdict`, { verdict, note: note.value.trim() });
  });
  confirm.addEventListener('click', () => send('confirmed'));
  dismiss.addEventListener('click', () => send('dismissed'));
  return h('div', { class: 'decide' },
    h('label', { for: 'verdict-note' }, 'Note'), note,
    h('div', { class: 'buttons' }, confirm, dismiss,
      h('span', { class: 'hint' }, 'Dismiss sends every member back to the handlers at once.')));
}

function reopen(cluster, result, refresh) {
  const last = (cluster.verdicts ?? []).at(-1);
  const button = h('button', { type: 'button', 'data-testid': 'verdict-reopen' }, 'Reopen');
  button.addEventListener('click', () =>
    act([button], result, refresh, () => post(`/clusters/${encodeURIComponent(cluster.id)}/reopen`)));
  return h('div', { class: 'decided' },
    h('p', { 'data-testid': 'verdict-current' },
      `This cluster was ${cluster.status}`, last ? ` by ${last.by ?? '?'} on ${when(last.at)}` : '', '.'),
    button);
}

async function act(buttons, result, refresh, request) {
  buttons.forEach(b => { b.disabled = true; });
  result.className = 'result';
  try {
    const answer = await request();
    await refresh((outcomes[answer.status] ?? (() => `Now ${answer.status}.`))(answer));
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      await refresh(`Not changed: ${error.detail ?? error.message}`);
      return;
    }
    result.textContent = error.detail ?? error.message;
    result.className = 'result error';
    result.hidden = false;
    buttons.forEach(b => { b.disabled = false; });
  }
}
