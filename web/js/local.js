// Reading the local view: what every screen renders from, with or without a network.

import { read } from './db.js';

const byNewest = (a, b) =>
  (b.completion_date ?? '9999').localeCompare(a.completion_date ?? '9999') ||
  (b.created_at ?? '').localeCompare(a.created_at ?? '');

export async function snapshot() {
  return read(['entries', 'events', 'profile', 'meta'], async (s) => {
    const [entries, events, profile, summary, conflicts, currentEvent, user] = await Promise.all([
      s.entries.all(),
      s.events.all(),
      s.profile.get('view'),
      s.meta.get('summary'),
      s.meta.get('conflicts'),
      s.meta.get('current_event_id'),
      s.meta.get('user'),
    ]);
    return {
      entries: entries.filter((e) => !e.deleted).sort(byNewest),
      events: events.filter((e) => !e.deleted).sort((a, b) => (b.starts_on ?? '').localeCompare(a.starts_on ?? '')),
      profile: profile ?? user ?? {},
      summary: summary ?? null,
      conflicts: conflicts ?? [],
      currentEventId: currentEvent ?? null,
      user: user ?? null,
    };
  });
}

export const getEntry = (id) => read(['entries'], (s) => s.entries.get(id));
export const getPhoto = (sha) => read(['photos'], (s) => s.photos.get(sha));
export const getServerEntry = (id) => read(['server_entries'], (s) => s.server_entries.get(id));
