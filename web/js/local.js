// Reading the local view: what every screen renders from, with or without a network.

import { read } from './db.js';

const byNewest = (a, b) =>
  (b.completion_date ?? '9999').localeCompare(a.completion_date ?? '9999') ||
  (b.created_at ?? '').localeCompare(a.created_at ?? '');

// Conflicts the server kept (DESIGN §4): per field, the value of a concurrent
// edit that lost (`mine` in the server's words: the edit set aside) and the
// one the record kept (`theirs`), told apart by which device made each.
export function normalizeConflict(c, thisClient) {
  const setAsideIsMine = c.mine_client_id === thisClient;
  const keptIsMine = !setAsideIsMine && c.theirs_client_id === thisClient;
  return {
    id: c.id,
    entryId: c.record_type === 'entry' ? c.record_id : null,
    field: c.field,
    kept: c.theirs,
    setAside: c.mine,
    keptIsMine,
    setAsideIsMine,
    // Which server choice each button means from here.
    keepMine: keptIsMine ? 'theirs' : 'mine',
    keepTheirs: keptIsMine ? 'mine' : 'theirs',
  };
}

export async function snapshot() {
  return read(['entries', 'events', 'profile', 'meta'], async (s) => {
    const [entries, events, profile, summary, conflicts, currentEvent, user, client] = await Promise.all([
      s.entries.all(),
      s.events.all(),
      s.profile.get('view'),
      s.meta.get('summary'),
      s.meta.get('conflicts'),
      s.meta.get('current_event_id'),
      s.meta.get('user'),
      s.meta.get('client_id'),
    ]);
    return {
      entries: entries.filter((e) => !e.deleted).sort(byNewest),
      events: events.filter((e) => !e.deleted).sort((a, b) => (b.starts_on ?? '').localeCompare(a.starts_on ?? '')),
      profile: profile ?? user ?? {},
      summary: summary ?? null,
      conflicts: (conflicts ?? []).map((c) => normalizeConflict(c, client)),
      // A profile setting, so it follows the technician to her other devices.
      currentEventId: (profile && 'current_event_id' in profile ? profile.current_event_id : currentEvent) ?? null,
      user: user ?? null,
    };
  });
}

export const getEntry = (id) => read(['entries'], (s) => s.entries.get(id));
export const getPhoto = (sha) => read(['photos'], (s) => s.photos.get(sha));
