// "Booth registration": one tap records the profile's booth hours for today
// (under the current event), then offers an optional photo of the badge or slip.

import { attachPhoto, deleteEntry, registerBooth } from '../records.js';
import { h, hoursText, icon, replace, toast } from './dom.js';
import { cameraControls } from './snap.js';

export function boothPanel({ primary = false } = {}) {
  const result = h('div');
  const note = h('p', { class: 'muted action-note', id: 'booth-note' });
  const button = h(
    'button',
    {
      type: 'button',
      class: `btn ${primary ? 'btn-primary' : 'btn-secondary'} btn-big`,
      'aria-describedby': 'booth-note',
      onclick: async () => {
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
            h('div', {}, h('p', { class: 'saved' }, icon('check'), h('strong', { text: 'Saved' }), ` · ${hoursText(hours)} today`), h('p', { class: 'muted', text: 'Optional: a photo of your badge or the booth slip as proof.' }), controls.label, controls.input, controls.button),
          ),
        );
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
