// Photos to the server: content-addressed by SHA-256, in chunks that resume
// where the server stopped (DESIGN §4 Documents). Local bytes are dropped only
// after HEAD confirms the server has the whole file; a thumbnail stays.

import * as api from './api.js';
import { announce } from './bus.js';
import { getMeta, read, setMeta, write } from './db.js';

export const CHUNK_BYTES = 512 * 1024;
const CHUNK_TIMEOUT_MS = 60000;
const OCR_GIVE_UP_MS = 10 * 60 * 1000;

const blobPath = (sha) => `/api/blobs/${sha}`;

// null when the server has the whole file, else the offset to resume from.
// An offset that is not inside the file (one equal to its size is a partial
// upload the server cannot take a chunk after) means: start over.
async function serverOffset(sha, total) {
  const [response] = await api.request('HEAD', blobPath(sha));
  if (response.status === 200) return null;
  if (response.status !== 404) throw new api.HttpError(response.status, null);
  const told = Number(response.headers.get('Upload-Offset'));
  return Number.isInteger(told) && told > 0 && told < total ? told : 0;
}

async function sendChunks(photo, start) {
  const total = photo.bytes.byteLength;
  let offset = start;
  let corrections = 0;
  const progress = () => announce({ kind: 'upload', sha: photo.sha256, sent: offset, total });
  progress();
  while (offset < total) {
    const end = Math.min(offset + CHUNK_BYTES, total);
    const [response, body] = await api.request('PUT', blobPath(photo.sha256), {
      body: photo.bytes.slice(offset, end),
      headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${total}`, 'Content-Type': photo.type },
      timeout: CHUNK_TIMEOUT_MS,
      readBody: (r) => r.json().catch(() => null),
    });
    if (response.ok) {
      offset = end;
      progress();
      continue;
    }
    // The server holds a different amount than we thought (a chunk whose answer
    // was lost, or one it dropped): carry on from where it says, or from the
    // start when that is not a place a chunk can go.
    const told = Number(response.headers.get('Upload-Offset'));
    if (response.status === 409 && corrections++ < 5) {
      offset = Number.isInteger(told) && told > 0 && told < total ? told : 0;
      continue;
    }
    throw new api.HttpError(response.status, body);
  }
}

async function markUploaded(sha) {
  await write(['photos', 'meta'], async (s) => {
    const photo = await s.photos.get(sha);
    if (photo) await s.photos.put({ ...photo, bytes: null, uploaded: true, failed: null });
    const watch = (await s.meta.get('ocr_watch')) ?? [];
    if (!watch.some((w) => w.sha === sha)) await s.meta.put([...watch, { sha, since: Date.now() }], 'ocr_watch');
  });
  // The screens move the capture on from "Uploading 100%" to "Reading…" now,
  // not when the next change happens to come in.
  announce({ kind: 'data', name: 'uploaded', sha });
}

// Errors that end this sync for every photo: no network, or no session.
const stopsTheSync = (error) =>
  error instanceof api.NetworkError || (error instanceof api.HttpError && error.status === 401);

export async function uploadPhoto(photo) {
  const total = photo.bytes.byteLength;
  let failure = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    // After a refusal the upload starts over: a chunk at offset 0 always does.
    const offset = failure ? 0 : await serverOffset(photo.sha256, total);
    if (offset === null) return markUploaded(photo.sha256);
    try {
      await sendChunks(photo, offset);
      failure = null;
    } catch (error) {
      if (stopsTheSync(error)) throw error;
      failure = error;
    }
  }
  if (failure) throw failure;
  if ((await serverOffset(photo.sha256, total)) === null) return markUploaded(photo.sha256);
  throw new Error('The photo did not reach the server intact.');
}

// Uploads every photo the server does not have yet. A photo the server refuses
// is marked with the reason and skipped, so it never holds back the rest or
// the pull; its bytes stay, and the next sync tries it again.
export async function uploadPending() {
  const photos = await read(['photos'], (s) => s.photos.all());
  for (const photo of photos.filter((p) => !p.uploaded && p.bytes)) {
    try {
      await uploadPhoto(photo);
    } catch (error) {
      if (stopsTheSync(error)) throw error;
      await write(['photos'], async (s) => {
        const current = await s.photos.get(photo.sha256);
        if (current) await s.photos.put({ ...current, failed: error.message });
      });
    }
  }
}

export async function ocrWatching() {
  return ((await getMeta('ocr_watch')) ?? []).length;
}

// Asks how OCR is doing on recently uploaded photos; true when one finished,
// so the caller pulls the entry the server has just filled in.
export async function checkOcr() {
  const watch = (await getMeta('ocr_watch')) ?? [];
  if (!watch.length) return false;
  let finished = false;
  const still = [];
  for (const item of watch) {
    let doc;
    try {
      doc = await api.get(`/api/documents/${item.sha}`);
    } catch (error) {
      if (error instanceof api.HttpError && error.status === 404) continue;
      throw error;
    }
    await storeDocument(item.sha, doc);
    const status = doc?.ocr?.status;
    if (status === 'done' || status === 'failed') finished = true;
    else if (Date.now() - item.since < OCR_GIVE_UP_MS) still.push(item);
  }
  await setMeta('ocr_watch', still);
  return finished;
}

export async function storeDocument(sha, doc) {
  const moved = await write(['photos'], async (s) => {
    const photo = (await s.photos.get(sha)) ?? { sha256: sha, bytes: null, thumb: null, uploaded: true };
    await s.photos.put({ ...photo, media_type: doc.media_type, ocr: doc.ocr ?? null });
    return photo.ocr?.status !== doc.ocr?.status;
  });
  if (moved) announce({ kind: 'data', name: 'ocr' });
}
