// Trade-show mode: pick or create the event, one-tap booth registration (with
// an optional photo of the badge or slip), and session check-in / check-out
// with a running timer.

import { snapshot } from '../local.js';
import { localToday } from '../problems.js';
import { activeSession, attachPhoto, checkIn, checkOut, chooseEvent, saveEvent, sessionHours } from '../records.js';
import { entryRow } from './rows.js';
import { boothPanel } from './booth.js';
import { field, fmtTime, h, hoursText, icon, morph, replace, toast } from './dom.js';
import { cameraControls } from './snap.js';

// "1 h 31 min", "7 min": time attended, to the minute.
export function attended(ms) {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

function elapsed(fromIso) {
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(fromIso)) / 1000));
  const pad = (n) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

function eventSection(data, redraw) {
  const select = h(
    'select',
    { id: 'event-choice' },
    h('option', { value: '', text: 'No event' }),
    data.events.map((e) => h('option', { value: e.id, text: e.name, selected: e.id === data.currentEventId })),
  );
  select.addEventListener('change', () => chooseEvent(select.value));
  const formBox = h('div');
  const openForm = () => {
    const name = h('input', { type: 'text', id: 'event-name', required: true, maxLength: 300, autocomplete: 'off' });
    const location = h('input', { type: 'text', id: 'event-location', maxLength: 300 });
    const starts = h('input', { type: 'date', id: 'event-starts', value: localToday() });
    const ends = h('input', { type: 'date', id: 'event-ends', value: localToday() });
    const form = h(
      'form',
      { class: 'card form', 'aria-label': 'New event' },
      field('Event name', name),
      field('Location', location),
      h('div', { class: 'two' }, field('First day', starts), field('Last day', ends)),
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Create event'), h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => replace(formBox) }, 'Cancel')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!name.value.trim()) {
        name.setAttribute('aria-invalid', 'true');
        name.focus();
        toast('Give the event a name.');
        return;
      }
      await saveEvent({ name: name.value.trim(), location: location.value.trim(), starts_on: starts.value, ends_on: ends.value });
      replace(formBox);
      toast('Event created');
      redraw();
    });
    replace(formBox, form);
    name.focus();
  };
  return h(
    'section',
    { class: 'card' },
    h('h2', { text: 'Event' }),
    h('label', { for: 'event-choice', class: 'visually-hidden', text: 'Event' }),
    select,
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: openForm }, '+ New event'),
    formBox,
  );
}

function boothSection() {
  const panel = boothPanel({ primary: true });
  const section = h('section', { class: 'card', 'aria-labelledby': 'booth-h' }, h('h2', { id: 'booth-h', text: 'IICRC booth' }), h('p', { class: 'muted', text: 'Registering at the IICRC booth counts toward your CEC hours.' }), panel.element);
  return { section, update: panel.update };
}

// Just checked out: the attendance slip is the proof, so offer to photograph it.
function slipSection(ended, redraw) {
  const camera = cameraControls({
    id: 'camera-slip',
    label: 'Attendance slip photo',
    button: 'Photograph the slip',
    onFile: async (file) => {
      await attachPhoto(ended.entry_id, file);
      toast('Attendance slip saved');
      redraw(null);
    },
  });
  return h(
    'section',
    { class: 'card session-live', 'aria-labelledby': 'slip-h' },
    h('h2', { id: 'slip-h', text: 'Photograph the attendance slip' }),
    h('p', { text: `${ended.title || 'Untitled session'}: ${attended(ended.ms)} · ${hoursText(ended.hours)} recorded. The slip is what proves them; its hours count once it is here.` }),
    camera.label,
    camera.input,
    camera.button,
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => redraw(null) }, 'Not now'),
  );
}

function sessionSection(session, redraw, ended = null) {
  if (ended) return { section: slipSection(ended, redraw), cleanup: () => {} };
  if (session) {
    const clock = h('p', { class: 'timer', role: 'timer', 'aria-label': 'Time in session', text: elapsed(session.started_at) });
    const soFar = h('p', { class: 'muted', 'aria-live': 'off' });
    const tick = () => {
      clock.textContent = elapsed(session.started_at);
      const now = new Date().toISOString();
      soFar.textContent = `${attended(Date.now() - Date.parse(session.started_at))} so far · ${hoursText(sessionHours(session.started_at, now))} if you check out now`;
    };
    tick();
    const interval = setInterval(tick, 1000);
    const section = h(
      'section',
      { class: 'card session-live', 'aria-labelledby': 'session-h' },
      h('h2', { id: 'session-h', text: 'In session' }),
      h('p', { class: 'session-title', text: session.title || 'Untitled session' }),
      h('p', { class: 'muted', text: `Checked in at ${fmtTime(session.started_at)}` }),
      clock,
      soFar,
      h('button', {
        type: 'button',
        class: 'btn btn-primary btn-big',
        onclick: async () => {
          const done = await checkOut();
          if (!done) return redraw();
          const ms = Date.now() - Date.parse(done.started_at);
          toast(`Checked out · ${attended(ms)} · ${hoursText(done.hours)} recorded`);
          redraw({ ...done, ms });
        },
      }, 'Check out'),
    );
    return { section, cleanup: () => clearInterval(interval) };
  }
  const title = h('input', { type: 'text', id: 'session-title', maxLength: 300, autocomplete: 'off' });
  const provider = h('input', { type: 'text', id: 'session-provider', maxLength: 300, autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'form' },
    field('Session title', title),
    field('Presenter or provider', provider),
    h('button', { type: 'submit', class: 'btn btn-secondary btn-big' }, icon('clock'), 'Check in'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await checkIn({ title: title.value.trim(), provider: provider.value.trim() });
    toast('Checked in · the timer is running');
    redraw();
  });
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'session-h' },
    h('h2', { id: 'session-h', text: 'Educational session' }),
    h('p', { class: 'muted', text: 'Check in when it starts and out when it ends; the hours are worked out from the time attended.' }),
    form,
  );
  return { section, cleanup: () => {} };
}

async function render(root) {
  let stopTimer = () => {};
  const eventBox = h('div');
  const sessionBox = h('div');
  const hereBox = h('div');
  const booth = boothSection();

  async function drawData() {
    const data = await snapshot();
    if (!eventBox.querySelector('form')) replace(eventBox, eventSection(data, drawData));
    booth.update(data);
    const here = data.entries.filter((e) => data.currentEventId && e.event_id === data.currentEventId);
    morph(hereBox, here.length ? h('section', { 'aria-labelledby': 'here-h' }, h('h2', { id: 'here-h', text: 'At this event' }), h('ul', { class: 'list card' }, here.map((e) => entryRow(e)))) : null);
  }
  async function drawSession(ended = null) {
    stopTimer();
    const session = sessionSection(await activeSession(), drawSession, ended);
    stopTimer = session.cleanup;
    replace(sessionBox, session.section);
  }
  await Promise.all([drawData(), drawSession()]);
  replace(root, h('h1', { tabindex: '-1', text: 'Trade show' }), eventBox, booth.section, sessionBox, hereBox);
  return {
    refresh: (change) => {
      drawData();
      // Another tab checked in or out.
      if (change.remote) drawSession();
    },
    cleanup: () => stopTimer(),
  };
}

export const screen = { name: 'show', title: 'Trade show', nav: { label: 'Trade show', icon: 'booth', order: 3 }, render };
