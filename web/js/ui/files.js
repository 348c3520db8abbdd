// Files to and from the server for the submit and records screens: downloads
// of what the server makes (.eml, PDFs, ZIP), uploads of a backup, and copying
// text. Each needs a connection; a NetworkError says so.

import { HttpError, request } from '../api.js';

const LONG_MS = 120000; // a backup of many certificates takes a while to make

async function blobOrError(response) {
  if (response.ok) return response.blob();
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status says enough.
  }
  throw new HttpError(response.status, body);
}

function fileName(response, fallback) {
  const header = response.headers.get('content-disposition') ?? '';
  return header.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

// Fetches a file the server makes; resolves with {blob, name}.
export async function fetchFile(method, path, { json, fallback = 'download', timeout = LONG_MS } = {}) {
  const [response, blob] = await request(method, path, { json, timeout, readBody: blobOrError });
  return { blob, name: fileName(response, fallback) };
}

export function saveFile({ blob, name }) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export async function uploadFile(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  // The browser sets the multipart boundary; `request` adds the CSRF header.
  const [response, body] = await request('POST', path, {
    body: form,
    timeout: LONG_MS,
    readBody: (r) => r.json().catch(() => null),
  });
  if (!response.ok) throw new HttpError(response.status, body);
  return body;
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an http:// page, an old browser): select-and-copy fallback.
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand?.('copy') ?? false;
    area.remove();
    return done;
  }
}
