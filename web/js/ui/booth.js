// "Booth registration": one tap records the profile's booth hours for today
// (under the current event), then offers an optional photo of the badge or
// slip. A second one for the same event and day asks first: a double tap at a
// busy booth must not record the hours twice.

import { snapshot } from '../local.js';
import { localToday } from '../problems.js';
import { attachPhoto, deleteEntry, registerBooth } from '../records.js';
import { h, hoursText, icon, replace, toast } from './dom.js';
import { cameraControls } from './snap.js';

// Today's booth registration at the current event (or with none), if any.
export function boothToday(entries, eventId) {
  const today = localToday();
  return entries.find((e) => e.kind === 'booth' && !e.deleted && e.completion_date === today && (e.event_id ?? null) === (eventId ?? null)) ?? null;
}

export function boothPanel({ primary = false } = {}) {
  const result = h('div', { 'aria-live': 'polite' });
  const note = h('p', { class: 'muted action-note', id: 'booth-note' });
  let busy = false;

  async function record() {
    const { id, hours } = await registerBooth();
    toast(`Booth registration saved · ${hoursText(hours)}`, { label: 'Undo', run: () => deleteEntry(id) });
    const controls = cameraControls({
      id: 'camera-badge',
      label: 'Badge or slip photo',
      button: 'Add badge photo',
      primary: false,
      onFile: async (file) => {
        await attachPhoto(id, file);
        replace(result, h('p', { class: 'saved' }, icon('check'), 'Booth registration and badge photo saved'));
      },
    });
    replace(
      result,
      h(
        'div',
        { class: 'card saved-card booth-saved' },
        h('div', {}, h('p', { class: 'saved' }, icon('check'), h('strong', { text: 'Saved' }), ` · ${hoursText(hours)} today`), h('p', { class: 'muted', text: 'Optional: a photo of your badge or the booth slip.' }), controls.label, controls.input, controls.button),
      ),
    );
  }

  function ask(earlier, event) {
    const cancel = h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => replace(result) }, 'Cancel');
    const again = h('button', { type: 'button', class: 'btn btn-primary', onclick: () => record() }, 'Record another');
    replace(
      result,
      h(
        'div',
        { class: 'card notice ask', role: 'group', 'aria-labelledby': 'booth-ask' },
        h('p', { id: 'booth-ask', text: `You recorded the booth today already (${hoursText(earlier.hours ?? 0)}${event ? ` at ${event.name}` : ''}). Record another?` }),
        h('div', { class: 'button-row' }, again, cancel),
      ),
    );
    cancel.focus();
  }

  const button = h(
    'button',
    {
      type: 'button',
      class: `btn ${primary ? 'btn-primary' : 'btn-secondary'} btn-big`,
      'aria-describedby': 'booth-note',
      onclick: async () => {
        // A second tap while the first is being saved is the same tap.
        if (busy) return;
        busy = true;
        try {
          const { entries, events, currentEventId } = await snapshot();
          const earlier = boothToday(entries, currentEventId);
          if (earlier) ask(earlier, events.find((e) => e.id === currentEventId));
          else await record();
        } finally {
          busy = false;
        }
      },
    },
    icon('booth'),
    'Booth registration',
  );
  const update = ({ profile, events, currentEventId }) => {
    const event = events.find((e) => e.id === currentEventId);
    note.textContent = `${hoursText(profile.booth_hours ?? 0)} for today${event ? ` at ${event.name}` : ''}`;
  };
  return { element: h('div', { class: 'booth' }, button, note, result), update };
}
