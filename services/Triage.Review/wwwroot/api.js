const storageKey = 'triage.apiKey';
const base = '/api/v1';

// sessionStorage: the key lives as long as the tab, not on the disk of a shared workstation.
export const key = {
  get: () => sessionStorage.getItem(storageKey),
  set: value => sessionStorage.setItem(storageKey, value),
  clear: () => sessionStorage.removeItem(storageKey),
};

export class ApiError extends Error {
  constructor(status, title, detail, errors) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  get signedOut() { return this.status === 401; }
}

export async function call(method, path, body, apiKey = key.get()) {
  const headers = { Accept: 'application/json' };
  if (apiKey) headers['X-Api-Key'] = apiKey;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
    });
  } catch (error) {
    throw new ApiError(0, 'Network error', `The service did not answer: ${error.message}`);
  }
  const text = await response.text();
  const json = parse(text);
  if (!response.ok)
    throw new ApiError(response.status, json?.title ?? response.statusText, json?.detail, json?.errors);
  return json;
}

function parse(text) {
  if (!text) return null;
  try { return JSON.parse(text); } catch { return null; }
}

export const get = path => call('GET', path);
export const post = (path, body) => call('POST', path, body ?? {});

export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters))
    if (value !== null && value !== undefined && value !== '') search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
