// "Add entry" (#/add): a certificate the technician has as a file (a PDF
// from the mail app, a photo in the gallery) or types in. #/add/shared takes
// the files another app shared to ceclog (the service worker keeps them).

import { snapshot } from '../local.js';
import { addTyped, snapCertificate } from '../records.js';
import { field, h, replace, toast } from './dom.js';
import { cameraControls } from './snap.js';

const SHARED = 'ceclog-shared';
const KINDS = [['course', 'Course certificate'], ['session', 'Session attended'], ['other', 'Other']];

// Files shared to the app, oldest first; each saved as an entry, then let go.
async function takeShared() {
  if (!('caches' in self)) return [];
  const cache = await caches.open(SHARED);
  const ids = [];
  for (const request of await cache.keys()) {
    const answer = await cache.match(request);
    const blob = await answer.blob();
    const name = decodeURIComponent(answer.headers.get('X-Name') ?? 'shared');
    ids.push((await snapCertificate(new File([blob], name, { type: blob.type }))).id);
    await cache.delete(request);
  }
  return ids;
}

// The typed-in form, and the values typed so far.
function typedForm(profile) {
  const inputs = {
    kind: h('select', { id: 'add-kind' }, KINDS.map(([value, text]) => h('option', { value, text }))),
    course_title: h('input', { type: 'text', id: 'add-title', maxLength: 300, autocomplete: 'off' }),
    provider: h('input', { type: 'text', id: 'add-provider', maxLength: 300, autocomplete: 'off' }),
    completion_date: h('input', { type: 'date', id: 'add-date' }),
    hours: h('input', { type: 'number', id: 'add-hours', min: 0, max: 1000, step: 'any', inputMode: 'decimal' }),
    holder_name: h('input', { type: 'text', id: 'add-name', maxLength: 300, autocomplete: 'off', value: profile.full_name ?? '' }),
  };
  const values = () => {
    const out = {};
    for (const [name, input] of Object.entries(inputs)) {
      const raw = input.value.trim();
      if (raw) out[name] = name === 'hours' ? Number(raw) : raw;
    }
    return out;
  };
  const form = h(
    'form',
    { class: 'card form', 'aria-labelledby': 'typed-h' },
    h('h2', { id: 'typed-h', text: 'Type it in' }),
    field('What it is', inputs.kind),
    field('Course title', inputs.course_title),
    field('Provider', inputs.provider),
    h('div', { class: 'two' }, field('Completion date', inputs.completion_date), field('CEC hours', inputs.hours)),
    field('Name on certificate', inputs.holder_name),
    h('p', { class: 'hint', text: 'Typed-in hours count once the certificate file is added.' }),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save entry'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = values();
    if (typed.hours !== undefined && !(typed.hours >= 0 && typed.hours <= 1000)) return toast('CEC hours must be a number from 0 to 1000.');
    if (!typed.course_title) {
      inputs.course_title.focus();
      return toast('Give the course a title.');
    }
    const id = await addTyped(typed);
    toast('Entry saved');
    location.hash = `#/entry/${id}`;
  });
  return { form, values };
}

async function render(root, [from]) {
  const { profile } = await snapshot();
  const typed = typedForm(profile);
  const fileBox = h('section', { class: 'card', 'aria-labelledby': 'file-h' });
  const chooser = cameraControls({
    id: 'add-file',
    label: 'Certificate file',
    button: 'Choose a file (PDF or image)',
    camera: false,
    iconName: 'file',
    onFile: async (file) => {
      // What is typed already goes with the file; OCR fills in the rest, the
      // name too unless it was typed: the profile's name is no reading of the page.
      const given = typed.values();
      if (given.holder_name === profile.full_name) delete given.holder_name;
      const { id } = await snapCertificate(file, given);
      toast('Saved');
      location.hash = `#/entry/${id}`;
    },
  });
  replace(fileBox, h('h2', { id: 'file-h', text: 'From a file' }), h('p', { class: 'muted', text: 'A PDF from your email or a photo in your gallery. It is read like a snapped certificate.' }), chooser.label, chooser.input, chooser.button);
  replace(root, h('a', { href: '#/log', class: 'back' }, '‹ Log'), h('h1', { tabindex: '-1', text: 'Add entry' }), fileBox, typed.form);
  if (from === 'shared') {
    const ids = await takeShared();
    if (ids.length === 1) location.hash = `#/entry/${ids[0]}`;
    else if (ids.length) {
      toast(`${ids.length} shared files saved`);
      location.hash = '#/capture';
    }
  }
  return null;
}

export const screen = { name: 'add', title: 'Add entry', navParent: 'log', render };
