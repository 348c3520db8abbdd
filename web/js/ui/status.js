// The header: the sync status (role="status"): "Synced", "3 waiting to sync",
// "Offline · 2 waiting to sync", the server unreachable told apart from no
// network; under it what is on its way apart from sync (a photo uploading,
// certificates being read); and the "Sync now" button.

import { onChange } from '../bus.js';
import { getMeta } from '../db.js';
import { uploading } from '../docstate.js';
import { pendingSummary } from '../outbox.js';
import { isOffline, state, syncNow } from '../sync.js';
import { toast } from './dom.js';

export function statusText({ entries, others }, offline, unreachable = false) {
  let text = 'Synced';
  if (entries) text = `${entries} waiting to sync`;
  else if (others) text = 'Changes waiting to sync';
  const where = offline ? 'Offline' : unreachable ? 'Server unreachable' : null;
  if (!where) return text;
  return `${where} · ${text === 'Synced' ? 'nothing waiting' : text}`;
}

const plural = (n, one, many) => (n === 1 ? one : `${n} ${many}`);

export function activityText(sent, reading) {
  const parts = [];
  if (sent.length) {
    const pct = Math.round((sent.reduce((a, b) => a + b, 0) / sent.length) * 100);
    parts.push(`Uploading ${plural(sent.length, 'photo', 'photos')} · ${pct}%`);
  }
  if (reading) parts.push(`Reading ${plural(reading, '1 certificate', 'certificates')}…`);
  return parts.join(' · ');
}

let updating = Promise.resolve();

async function update() {
  const status = document.getElementById('sync-status');
  const activity = document.getElementById('sync-activity');
  const button = document.getElementById('sync-now');
  const [pending, watch] = await Promise.all([pendingSummary(), getMeta('ocr_watch')]);
  const offline = !navigator.onLine;
  const text = statusText(pending, offline, !offline && state.unreachable);
  if (status.textContent !== text) status.textContent = text;
  status.dataset.state = isOffline() ? 'offline' : pending.entries || pending.others ? 'waiting' : 'synced';
  activity.textContent = activityText(uploading(), (watch ?? []).length);
  button.setAttribute('aria-busy', String(state.running));
  button.classList.toggle('spinning', state.running);
}

export function startStatus() {
  const refresh = () => {
    updating = updating.then(update, update);
  };
  document.getElementById('sync-now').addEventListener('click', async () => {
    if (!navigator.onLine) {
      toast('You are offline. Everything is saved on this device and syncs when you are back online.');
      return;
    }
    await syncNow();
    if (state.signedOut) toast('Your session has ended. Sign in again to sync.');
    else if (state.unreachable) toast('Could not reach the server. Your changes are safe on this device.');
    else if (state.error) toast(`Sync failed: ${state.error}`);
  });
  onChange(refresh);
  addEventListener('online', refresh);
  addEventListener('offline', refresh);
  refresh();
}
