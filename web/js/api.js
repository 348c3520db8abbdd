// HTTP to our server: same-origin cookies, CSRF double submit, a timeout on
// every request, and errors that tell "no network" apart from "the server said no".

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const TIMEOUT_MS = 15000;

export class NetworkError extends Error {
  constructor(message = 'No connection to the server.') {
    super(message);
    this.name = 'NetworkError';
  }
}

export class HttpError extends Error {
  constructor(status, body) {
    super(body?.detail || `The server answered ${status}.`);
    this.name = 'HttpError';
    this.status = status;
    this.extra = body?.extra ?? {};
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

// fetch with a deadline covering the headers and `readBody`; resolves with
// [response, body]. Network failures and timeouts become NetworkError.
export async function request(method, path, options = {}) {
  const { json, body, headers = {}, timeout = TIMEOUT_MS, readBody = null } = options;
  const sent = new Headers(headers);
  let payload = body;
  if (json !== undefined) {
    sent.set('Content-Type', 'application/json');
    payload = JSON.stringify(json);
  }
  if (UNSAFE.has(method)) {
    if (!csrfToken()) await request('GET', '/api/health');
    sent.set('X-CSRFToken', csrfToken());
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(path, {
      method,
      headers: sent,
      body: payload,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: abort.signal,
    });
    const read = readBody ? await readBody(response) : null;
    return [response, read];
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new NetworkError(
      abort.signal.aborted ? 'The server took too long to answer.' : 'No connection to the server.',
    );
  } finally {
    clearTimeout(timer);
  }
}

async function jsonOrNull(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// JSON in, JSON out; a 4xx/5xx throws HttpError with the server's detail.
export async function call(method, path, json, options = {}) {
  const [response, body] = await request(method, path, { ...options, json, readBody: jsonOrNull });
  if (!response.ok) throw new HttpError(response.status, body);
  return body;
}

export const get = (path, options) => call('GET', path, undefined, options);
export const post = (path, json, options) => call('POST', path, json, options);
