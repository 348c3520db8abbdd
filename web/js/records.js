// What the user does to their records, as mutations on the outbox. Screens call
// these; each resolves once the change is committed on this device.

import { getMeta, read } from './db.js';
import { preparePhoto } from './camera.js';
import { snapshot } from './local.js';
import { mutate } from './outbox.js';
import { localToday } from './problems.js';

export const newId = () => crypto.randomUUID();

// The version of the entry the server last sent us (0: never synced).
async function baseVersion(id) {
  const row = await read(['server_entries'], (s) => s.server_entries.get(id));
  return row?.version ?? 0;
}

async function currentEvent() {
  const { events, currentEventId } = await snapshot();
  return events.find((e) => e.id === currentEventId) ?? null;
}

// A certificate photo or file becomes an entry at once; OCR fills in what
// `typed` leaves empty, later.
export async function snapCertificate(file, typed = {}) {
  const photo = await preparePhoto(file);
  const id = newId();
  const event = await currentEvent();
  await mutate(
    'entry.put',
    { kind: 'course', event_id: event?.id ?? null, ...typed, id, document_sha256: photo.sha256 },
    { photo },
  );
  return { id, photo };
}

// A certificate typed in, without its file yet (it can be added on its review).
export async function addTyped(typed) {
  const id = newId();
  const event = await currentEvent();
  await mutate('entry.put', { kind: 'course', event_id: event?.id ?? null, ...typed, id });
  return id;
}

export async function registerBooth() {
  const { profile } = await snapshot();
  const event = await currentEvent();
  const id = newId();
  const hours = profile.booth_hours;
  await mutate('entry.put', {
    id,
    kind: 'booth',
    course_title: event ? `IICRC booth registration · ${event.name}` : 'IICRC booth registration',
    provider: 'IICRC',
    holder_name: profile.full_name ?? null,
    completion_date: localToday(),
    hours,
    event_id: event?.id ?? null,
  });
  return { id, hours, event };
}

export async function attachPhoto(id, file) {
  const photo = await preparePhoto(file);
  await mutate('entry.patch', { id, set: { document_sha256: photo.sha256 }, base_version: await baseVersion(id) }, { photo });
  return photo;
}

export async function changeEntry(id, set) {
  return mutate('entry.patch', { id, set, base_version: await baseVersion(id) });
}

export const deleteEntry = (id) => mutate('entry.delete', { id });
export const restoreEntry = (id) => mutate('entry.restore', { id });

// Attended time in hours, to the nearest quarter hour.
export function sessionHours(fromIso, untilIso) {
  const ms = Math.max(0, Date.parse(untilIso) - Date.parse(fromIso));
  return Math.round(ms / 900000) / 4;
}

export const activeSession = () => getMeta('active_session');

export async function checkIn({ title, provider }) {
  const { profile } = await snapshot();
  const event = await currentEvent();
  const id = newId();
  const started = new Date().toISOString();
  await mutate(
    'entry.put',
    {
      id,
      kind: 'session',
      course_title: title || null,
      provider: provider || null,
      holder_name: profile.full_name ?? null,
      completion_date: localToday(),
      attended_from: started,
      event_id: event?.id ?? null,
    },
    { meta: { active_session: { entry_id: id, title, started_at: started } } },
  );
  return id;
}

export async function checkOut() {
  const session = await activeSession();
  if (!session) return null;
  const until = new Date().toISOString();
  const hours = sessionHours(session.started_at, until);
  await mutate(
    'entry.patch',
    { id: session.entry_id, set: { attended_until: until, hours }, base_version: await baseVersion(session.entry_id) },
    { meta: { active_session: null } },
  );
  return { ...session, hours };
}

export async function saveEvent({ id = newId(), name, location, starts_on, ends_on }) {
  await mutate('event.put', { id, name, location: location || null, starts_on: starts_on || null, ends_on: ends_on || null });
  await chooseEvent(id);
  return id;
}

// The event being attended syncs as a profile setting (every device follows).
export const chooseEvent = (id) => mutate('profile.patch', { set: { current_event_id: id || null } });

export const changeProfile = (set) => mutate('profile.patch', { set });
