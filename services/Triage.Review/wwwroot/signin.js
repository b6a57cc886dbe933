import { call, key } from './api.js';
import { h } from './dom.js';

// The key is checked against the list the analyst is about to see, so a desk key is told no here, not later.
const probe = '/clusters?status=open&limit=1';

export function signInForm(notice, signedIn) {
  const input = h('input', {
    id: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true,
    'data-testid': 'sign-in-key',
  });
  const message = h('p', { class: 'notice', role: 'alert', 'data-testid': 'sign-in-error', hidden: !notice }, notice);
  const submit = h('button', { type: 'submit', 'data-testid': 'sign-in-submit' }, 'Sign in');

  async function onSubmit(event) {
    event.preventDefault();
    const candidate = input.value.trim();
    if (!candidate) return;
    submit.disabled = true;
    message.hidden = true;
    try {
      await call('GET', probe, undefined, candidate);
      key.set(candidate);
      signedIn();
    } catch (error) {
      message.textContent = explain(error);
      message.className = 'error';
      message.hidden = false;
      input.select();
    } finally {
      submit.disabled = false;
    }
  }

  return h('form', { class: 'sign-in', 'data-testid': 'sign-in-form', onsubmit: onSubmit },
    h('h1', {}, 'Sign in'),
    h('p', {}, 'Use your analyst API key. It is kept in this tab only and forgotten when the tab closes.'),
    h('label', { for: 'api-key' }, 'API key'),
    input,
    submit,
    message);
}

function explain(error) {
  if (error.status === 403) return `${error.detail ?? error.message} The review page needs an analyst key.`;
  if (error.status === 401) return error.detail ?? error.message;
  return `The key could not be checked${error.status ? ` (${error.status} ${error.title ?? ''})` : ''}: ${error.detail ?? error.message}`;
}
