// The sync client (DESIGN §4): push pending mutations, upload photos, pull
// what changed, and rebuild the view as server copy + pending mutations.
// One tab syncs at a time (Web Locks); every request has a timeout; failures
// back off; triggers: start, each write, `online`, becoming visible, a timer,
// and "Sync now".

import * as api from './api.js';
import { announce, onChange } from './bus.js';
import { getMeta, read, setMeta, write } from './db.js';
import { rebase } from './mutations.js';
import { checkOcr, ocrWatching, uploadPending } from './upload.js';

export const SCHEMA_VERSION = 1;
const PUSH_BATCH = 100;
const IDLE_MS = 60000;
const AFTER_WRITE_MS = 250;
const RETRY_MIN_MS = 2000;
const RETRY_MAX_MS = 5 * 60000;
const OCR_POLL_MS = [1500, 2000, 3000, 5000, 8000, 15000];
const EXTRAS_MAX_AGE_MS = 60000;

export const state = { running: false, unreachable: false, signedOut: false, error: null, lastSyncedAt: null };

let timer = null;
let failures = 0;
let ocrPolls = 0;
let again = false;
let extrasAt = 0;

function setState(patch) {
  Object.assign(state, patch);
  announce({ kind: 'sync' });
}

export const isOffline = () => !navigator.onLine || state.unreachable;

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(() => syncNow(), delay);
}

function backoff() {
  const base = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.max(0, failures - 1));
  return base * (0.8 + Math.random() * 0.4);
}

export async function clientId() {
  return write(['meta'], async (s) => {
    let id = await s.meta.get('client_id');
    if (!id) {
      id = crypto.randomUUID();
      await s.meta.put(id, 'client_id');
    }
    return id;
  });
}

// After the server said our first pending id leaves a gap (it lost or never had
// the earlier ones): number the pending mutations on from what it has.
async function renumber(serverLast) {
  await write(['outbox', 'meta'], async (s) => {
    const pending = await s.outbox.all();
    await s.outbox.clear();
    let next = serverLast + 1;
    for (const mutation of pending) await s.outbox.put({ ...mutation, id: next++ });
    await s.meta.put(next, 'next_mutation_id');
    await s.meta.put(serverLast, 'pushed_through');
  });
}

async function push(client) {
  let pushed = false;
  for (;;) {
    const [outbox, through] = await read(['outbox', 'meta'], (s) => Promise.all([s.outbox.all(), s.meta.get('pushed_through')]));
    const batch = outbox.filter((m) => m.id > (through ?? 0)).slice(0, PUSH_BATCH);
    if (!batch.length) return pushed;
    let answer;
    try {
      answer = await api.post('/api/sync/push', {
        client_id: client,
        schema_version: SCHEMA_VERSION,
        mutations: batch.map(({ id, name, args, ts }) => ({ id, name, args, ts })),
      });
    } catch (error) {
      const last = error.extra?.last_mutation_id;
      if (error instanceof api.HttpError && error.status === 409 && Number.isInteger(last) && last < batch[0].id) {
        await renumber(last);
        continue;
      }
      throw error;
    }
    if (!(answer.last_mutation_id >= batch.at(-1).id)) throw new Error('The server did not take our changes.');
    await setMeta('pushed_through', answer.last_mutation_id);
    if (answer.rejected?.length) await noteRejected(answer.rejected, batch);
    pushed = true;
  }
}

async function noteRejected(rejected, batch) {
  const byId = new Map(batch.map((m) => [m.id, m]));
  const notes = rejected.map((r) => ({ ...r, name: byId.get(r.id)?.name, at: Date.now() }));
  const kept = ((await getMeta('rejected')) ?? []).concat(notes).slice(-20);
  await setMeta('rejected', kept);
  announce({ kind: 'rejected', rejected: notes });
}

async function pull(client) {
  let changed = false;
  for (let resets = 0; ; ) {
    const cursor = (await getMeta('cursor')) ?? null;
    const page = await api.post('/api/sync/pull', { client_id: client, cursor });
    if (page.reset && resets++ < 3) {
      await write(['server_entries', 'server_events', 'meta'], async (s) => {
        await s.server_entries.clear();
        await s.server_events.clear();
        await s.meta.put(null, 'cursor');
      });
      changed = true;
      continue;
    }
    await write(['server_entries', 'server_events', 'profile', 'meta'], async (s) => {
      for (const entry of page.entries ?? []) await s.server_entries.put(entry);
      for (const event of page.events ?? []) await s.server_events.put(event);
      if (page.profile) await s.profile.put(page.profile, 'server');
      await s.meta.put(page.cursor, 'cursor');
      await s.meta.put(page.last_mutation_id ?? 0, 'server_last_mutation_id');
    });
    changed ||= Boolean(page.entries?.length || page.events?.length || page.profile);
    if (!page.more) break;
  }
  await rebuild({ changed });
  return changed;
}

// Drops the mutations the server has applied and replays the rest over its
// copy. Skipped when the pull brought nothing and no mutation was applied.
export async function rebuild({ changed = true } = {}) {
  const rebuilt = await write(
    ['server_entries', 'server_events', 'profile', 'outbox', 'entries', 'events', 'meta'],
    async (s) => {
      const [entries, events, profile, outbox, last] = await Promise.all([
        s.server_entries.all(),
        s.server_events.all(),
        s.profile.get('server'),
        s.outbox.all(),
        s.meta.get('server_last_mutation_id'),
      ]);
      const covered = last ?? 0;
      // The server's word wins: had it lost mutations it once acknowledged (a
      // restore from backup), they are pushed again instead of waiting forever.
      await s.meta.put(covered, 'pushed_through');
      const applied = outbox.filter((m) => m.id <= covered);
      if (!changed && !applied.length) return false;
      for (const mutation of applied) await s.outbox.delete(mutation.id);
      const pending = outbox.filter((m) => m.id > covered);
      const view = rebase({ entries, events, profile }, pending);
      await s.entries.clear();
      await s.events.clear();
      for (const row of view.entries.values()) await s.entries.put(row);
      for (const row of view.events.values()) await s.events.put(row);
      if (view.profile) await s.profile.put(view.profile, 'view');
      return true;
    },
  );
  if (rebuilt) announce({ kind: 'data', name: 'sync' });
}

async function refreshExtras() {
  const summary = await api.get('/api/summary');
  await setMeta('summary', summary);
  let conflicts = [];
  try {
    conflicts = await api.get('/api/conflicts');
  } catch (error) {
    if (!(error instanceof api.HttpError && (error.status === 404 || error.status === 405))) throw error;
  }
  await setMeta('conflicts', Array.isArray(conflicts) ? conflicts : conflicts?.conflicts ?? []);
  extrasAt = Date.now();
  announce({ kind: 'data', name: 'extras' });
}

async function syncOnce() {
  const client = await clientId();
  // Records first: they are small, so on a weak connection the entry is safe on
  // the server before its photo; the photo follows and its bytes stay here until then.
  const pushed = await push(client);
  await uploadPending();
  let changed = await pull(client);
  if (await checkOcr()) changed = (await pull(client)) || changed;
  if (pushed || changed || Date.now() - extrasAt > EXTRAS_MAX_AGE_MS) await refreshExtras();
}

async function run() {
  setState({ running: true });
  try {
    do {
      again = false;
      await syncOnce();
    } while (again);
    failures = 0;
    setState({ running: false, unreachable: false, signedOut: false, error: null, lastSyncedAt: Date.now() });
    if (await ocrWatching()) schedule(OCR_POLL_MS[Math.min(ocrPolls++, OCR_POLL_MS.length - 1)]);
    else {
      ocrPolls = 0;
      schedule(IDLE_MS);
    }
  } catch (error) {
    if (error instanceof api.HttpError && error.status === 401) {
      // Keep everything; syncing resumes after signing in again.
      setState({ running: false, signedOut: true });
      announce({ kind: 'data', name: 'session-ended' });
      return;
    }
    failures += 1;
    const network = error instanceof api.NetworkError;
    setState({ running: false, unreachable: network, error: network ? null : error.message });
    schedule(backoff());
  }
}

export async function syncNow() {
  if (!(await getMeta('user'))) return;
  if (state.running) {
    again = true;
    return;
  }
  clearTimeout(timer);
  if (!navigator.onLine) {
    setState({ unreachable: true });
    return;
  }
  if (!navigator.locks) return run();
  await navigator.locks.request('ceclog-sync', { ifAvailable: true }, async (lock) => {
    // Another tab is syncing the same database; look again shortly.
    if (!lock) schedule(3000);
    else await run();
  });
}

let started = false;

export function startSync() {
  if (started) return syncNow();
  started = true;
  onChange((change) => {
    if (change.kind === 'data' && !change.remote && change.name?.includes('.')) {
      // A mutation was just recorded here.
      failures = 0;
      schedule(AFTER_WRITE_MS);
    }
  });
  addEventListener('online', () => {
    failures = 0;
    setState({ unreachable: false });
    syncNow();
  });
  addEventListener('offline', () => setState({}));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') syncNow();
  });
  return syncNow();
}

export function stopSync() {
  clearTimeout(timer);
}

export async function resetLocalData({ keepDevice = true } = {}) {
  // The device's client id and mutation counter belong to the account that used them.
  const names = ['client_id', 'next_mutation_id', 'client_user'];
  const keep = keepDevice ? await read(['meta'], (s) => Promise.all(names.map((n) => s.meta.get(n)))) : [];
  await write(['meta', 'outbox', 'entries', 'events', 'profile', 'server_entries', 'server_events', 'photos'], async (s) => {
    for (const store of Object.values(s)) await store.clear();
    for (const [i, name] of names.entries()) if (keep[i] !== undefined) await s.meta.put(keep[i], name);
  });
  extrasAt = 0;
  announce({ kind: 'data', name: 'reset' });
}
