// Where a captured certificate is on its way: saved on this device →
// uploading (percent) → reading (OCR on the server) → ready to review. The
// upload's progress comes from upload.js's events; the rest from the photo
// record and the entry.

import { onChange } from './bus.js';
import { read } from './db.js';
import { blank } from './problems.js';
import { state as syncState } from './sync.js';

const progress = new Map(); // sha → fraction sent, while its upload runs

onChange((change) => {
  // A sync that ended (done or failed) has no upload running.
  if (change.kind === 'sync' && !syncState.running) progress.clear();
  // All sent stays "uploading" until the server has confirmed the whole file.
  if (change.kind === 'upload') progress.set(change.sha, change.sent / change.total);
  // Confirmed whole by the server: no longer uploading, though the sync goes on.
  if (change.kind === 'data' && change.name === 'uploaded') progress.delete(change.sha);
});

export const uploading = () => [...progress.values()];

const READING = new Set(['queued', 'running']);

// {key, text} for an entry with a certificate file still on its way, else null.
export function docState(entry, photo) {
  const sha = entry.document_sha256;
  if (!sha) return null;
  if (photo && !photo.uploaded) {
    if (photo.failed) return { key: 'failed', text: 'Not accepted by the server' };
    const sent = progress.get(sha);
    return sent === undefined ? { key: 'saved', text: 'Saved on this device' } : { key: 'uploading', text: `Uploading ${Math.round(sent * 100)}%` };
  }
  const status = photo?.ocr?.status;
  // Just uploaded: nothing heard from the reader yet, and nothing filled in.
  const fresh = photo && !photo.ocr && !entry.needs_review && blank(entry.course_title);
  if (READING.has(status) || fresh) return { key: 'reading', text: 'Reading…' };
  if (status === 'failed' && blank(entry.course_title)) return { key: 'unread', text: 'Could not be read' };
  if (entry.needs_review) return { key: 'review', text: 'Ready to review' };
  return null;
}

// Until the reader has had its go, the empty fields are not yet "missing".
export const stillReading = (state) => ['saved', 'uploading', 'reading'].includes(state?.key);

// Photo records by hash (the screens that show states read them, not the home screen).
export async function photosBySha() {
  const photos = await read(['photos'], (s) => s.photos.all());
  return new Map(photos.map((p) => [p.sha256, p]));
}
