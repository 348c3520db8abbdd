// The pending-mutation queue. A change is one durable IndexedDB transaction:
// the next mutation id, the mutation itself, its effect on the local view and
// (for a capture) the photo. Only after it commits does the UI say "Saved".

import { announce } from './bus.js';
import { read, write } from './db.js';
import { applyMutation, touched } from './mutations.js';
import { localProblems } from './problems.js';

const STORES = ['meta', 'outbox', 'entries', 'events', 'profile', 'photos'];

async function applyToView(stores, mutation) {
  const ids = touched(mutation);
  const state = { entries: new Map(), events: new Map(), profile: null };
  for (const id of ids.entries) {
    const row = await stores.entries.get(id);
    if (row) state.entries.set(id, row);
  }
  for (const id of ids.events) {
    const row = await stores.events.get(id);
    if (row) state.events.set(id, row);
  }
  if (ids.profile) state.profile = (await stores.profile.get('view')) ?? {};
  applyMutation(state, mutation);
  const fullName = state.entries.size ? (await stores.profile.get('view'))?.full_name : null;
  for (const row of state.entries.values()) {
    const pending = { ...row, pending: true };
    await stores.entries.put({ ...pending, problems: localProblems(pending, fullName) });
  }
  for (const row of state.events.values()) await stores.events.put({ ...row, pending: true });
  if (ids.profile) await stores.profile.put(state.profile, 'view');
}

// Records a mutation (DESIGN §4 names and args) and resolves once it is on
// disk, together with an optional photo and device settings (`meta`).
export async function mutate(name, args, { photo = null, meta = null } = {}) {
  const mutation = await write(
    STORES,
    async (s) => {
      const id = (await s.meta.get('next_mutation_id')) ?? 1;
      const recorded = { id, name, args, ts: Date.now() };
      await s.meta.put(id + 1, 'next_mutation_id');
      await s.outbox.put(recorded);
      if (photo) await s.photos.put(photo);
      for (const [key, value] of Object.entries(meta ?? {})) await s.meta.put(value, key);
      await applyToView(s, recorded);
      return recorded;
    },
    { strict: true },
  );
  announce({ kind: 'data', name });
  return mutation;
}

// What has not reached the server: entries with pending mutations or with a
// photo the server has not confirmed, and any other pending change.
export async function pendingSummary() {
  return read(['outbox', 'photos', 'entries'], async (s) => {
    const [outbox, photos, entries] = await Promise.all([s.outbox.all(), s.photos.all(), s.entries.all()]);
    const entryIds = new Set();
    let others = 0;
    for (const mutation of outbox) {
      const ids = touched(mutation);
      ids.entries.forEach((id) => entryIds.add(id));
      if (!ids.entries.length) others += 1;
    }
    const unsent = new Set(photos.filter((p) => !p.uploaded).map((p) => p.sha256));
    for (const entry of entries) {
      if (!entry.deleted && entry.document_sha256 && unsent.has(entry.document_sha256)) entryIds.add(entry.id);
    }
    return { entries: entryIds.size, others, mutations: outbox.length };
  });
}
