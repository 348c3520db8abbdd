// What a pending mutation does to the local copy. The server applies the same
// mutations authoritatively; replaying them here over the last server copy is
// what the user sees until the server's answer comes back (DESIGN §4).

import { localProblems } from './problems.js';

// The fields of an entry the user owns (the server's USER_FIELDS).
export const ENTRY_FIELDS = [
  'kind', 'course_title', 'provider', 'holder_name', 'approval_number', 'completion_date',
  'hours', 'hours_unit', 'event_id', 'attended_from', 'attended_until', 'document_sha256',
  'approval_verified', 'submission', 'needs_review', 'notes',
];
export const EVENT_FIELDS = ['name', 'location', 'starts_on', 'ends_on'];

export function blankEntry(id) {
  const now = new Date().toISOString();
  return {
    id,
    kind: 'course',
    course_title: null,
    provider: null,
    holder_name: null,
    approval_number: null,
    completion_date: null,
    hours: null,
    hours_unit: 'hours',
    event_id: null,
    attended_from: null,
    attended_until: null,
    document_sha256: null,
    approval_verified: false,
    submission: { status: 'not_submitted', method: null, submitted_on: null, confirmed_on: null },
    needs_review: false,
    notes: '',
    problems: [],
    version: 0,
    created_at: now,
    updated_at: now,
    deleted: false,
  };
}

function pick(source, fields) {
  const out = {};
  for (const field of fields) if (source && field in source) out[field] = source[field];
  return out;
}

// The ids a mutation touches, by kind of record.
export function touched(mutation) {
  const [kind] = mutation.name.split('.');
  if (kind === 'entry') return { entries: [mutation.args.id], events: [], profile: false };
  if (kind === 'event') return { entries: [], events: [mutation.args.id], profile: false };
  return { entries: [], events: [], profile: true };
}

// Applies one mutation to state {entries: Map, events: Map, profile} in place.
export function applyMutation(state, mutation) {
  const { name, args } = mutation;
  const stamp = new Date(mutation.ts).toISOString();
  const entry = state.entries.get(args.id);
  const event = state.events.get(args.id);
  switch (name) {
    case 'entry.put': {
      // Edits never resurrect a deleted entry: only restore does.
      const base = entry ?? blankEntry(args.id);
      state.entries.set(args.id, { ...base, ...pick(args, ENTRY_FIELDS), updated_at: stamp });
      break;
    }
    case 'entry.patch':
      if (entry) state.entries.set(args.id, { ...entry, ...pick(args.set, ENTRY_FIELDS), updated_at: stamp });
      break;
    case 'entry.delete':
      if (entry) state.entries.set(args.id, { ...entry, deleted: true });
      break;
    case 'entry.restore':
      if (entry) state.entries.set(args.id, { ...entry, deleted: false });
      break;
    case 'event.put':
      state.events.set(args.id, {
        version: 0, deleted: false, location: null, starts_on: null, ends_on: null,
        ...event, ...pick(args, EVENT_FIELDS), id: args.id,
      });
      break;
    case 'event.delete':
      if (event) state.events.set(args.id, { ...event, deleted: true });
      break;
    case 'profile.patch':
      state.profile = { ...(state.profile ?? {}), ...args.set };
      break;
    default:
      break;
  }
}

// The view: the server copy with every pending mutation replayed on top, in id
// order. Entries a mutation touched are marked `pending` and get their
// missing-field problems recomputed, since the server has not judged them yet.
export function rebase({ entries, events, profile }, outbox) {
  const state = {
    entries: new Map(entries.map((e) => [e.id, { ...e, pending: false }])),
    events: new Map(events.map((e) => [e.id, { ...e, pending: false }])),
    profile: profile ? { ...profile } : null,
  };
  const pending = new Set();
  for (const mutation of [...outbox].sort((a, b) => a.id - b.id)) {
    applyMutation(state, mutation);
    touched(mutation).entries.forEach((id) => pending.add(id));
  }
  for (const id of pending) {
    const entry = state.entries.get(id);
    if (entry) state.entries.set(id, { ...entry, pending: true, problems: localProblems(entry, state.profile?.full_name) });
  }
  return state;
}
