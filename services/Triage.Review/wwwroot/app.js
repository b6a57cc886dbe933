import { ApiError, key } from './api.js';
import { h, show } from './dom.js';
import { signInForm } from './signin.js';
import { clusterList } from './clusters.js';
import { clusterView } from './cluster.js';
import { complaintView } from './complaint.js';

const main = document.getElementById('main');
const account = document.getElementById('account');
let generation = 0;

const session = {
  expired(detail) {
    key.clear();
    render(detail ?? 'Your key is no longer accepted; sign in again.');
  },
};

function currentRoute() {
  const [path, search = ''] = (location.hash.replace(/^#/, '') || '/clusters').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(search) };
}

function viewFor({ parts, params }) {
  if (parts[0] === 'clusters' && parts.length === 1) return clusterList(params);
  if (parts[0] === 'clusters' && parts.length === 2) return clusterView(parts[1], session);
  if (parts[0] === 'complaints' && parts.length === 2) return complaintView(parts[1]);
  return Promise.resolve(h('p', { class: 'error', 'data-testid': 'not-found' }, 'There is no such page here.'));
}

async function render(notice) {
  // A slow answer for a page the analyst has already left must not replace the page they are on.
  const current = ++generation;
  account.hidden = !key.get();
  if (!key.get()) {
    show(main, signInForm(notice, () => render()));
    return;
  }
  show(main, h('p', { class: 'loading', 'data-testid': 'loading' }, 'Loading…'));
  try {
    const view = await viewFor(currentRoute());
    if (current === generation) show(main, view);
  } catch (error) {
    if (current !== generation) return;
    if (error instanceof ApiError && error.signedOut) session.expired(error.detail);
    else show(main, failure(error));
  }
}

function failure(error) {
  const status = error instanceof ApiError && error.status ? ` (${error.status})` : '';
  return h('div', { class: 'error', role: 'alert', 'data-testid': 'error' },
    h('strong', {}, `${error.title ?? 'Something went wrong'}${status}`), ' ', error.detail ?? error.message);
}

document.getElementById('sign-out').addEventListener('click', () => {
  key.clear();
  location.hash = '#/clusters';
  render('Signed out.');
});
window.addEventListener('hashchange', () => render());
render();
