// The sync status line in the header (role="status"): "Synced",
// "3 waiting to sync", "Offline · 2 waiting to sync", and the "Sync now" button.

import { onChange } from '../bus.js';
import { pendingSummary } from '../outbox.js';
import { isOffline, state, syncNow } from '../sync.js';
import { toast } from './dom.js';

export function statusText({ entries, others }, offline) {
  let text = 'Synced';
  if (entries) text = `${entries} waiting to sync`;
  else if (others) text = 'Changes waiting to sync';
  return offline ? `Offline · ${text}` : text;
}

let updating = Promise.resolve();

async function update() {
  const status = document.getElementById('sync-status');
  const button = document.getElementById('sync-now');
  const pending = await pendingSummary();
  const text = statusText(pending, isOffline());
  if (status.textContent !== text) status.textContent = text;
  status.dataset.state = isOffline() ? 'offline' : pending.entries || pending.others ? 'waiting' : 'synced';
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
