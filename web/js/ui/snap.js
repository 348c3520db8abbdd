// "Snap certificate": the camera button, its labelled file input, and what
// was just saved. Used by the home and capture screens.

import { photosBySha } from '../docstate.js';
import { getEntry } from '../local.js';
import { snapCertificate } from '../records.js';
import { h, icon, replace, toast } from './dom.js';
import { entryRow } from './rows.js';

// A camera input with its label (for assistive technology and tests) and the
// visible button that opens it; `capture` asks phones for the rear camera.
export function cameraControls({ label, button, id, onFile, primary = true, camera = true, iconName = 'camera' }) {
  const input = h('input', { type: 'file', accept: camera ? 'image/*' : 'image/*,application/pdf,.pdf', id, class: 'visually-hidden', tabindex: '-1' });
  if (camera) input.setAttribute('capture', 'environment');
  input.addEventListener('change', () => {
    const [file] = input.files;
    input.value = '';
    if (file) onFile(file);
  });
  return {
    input,
    label: h('label', { for: id, class: 'visually-hidden', text: label }),
    button: h('button', { type: 'button', class: primary ? 'btn btn-primary btn-big' : 'btn btn-secondary', onclick: () => input.click() }, icon(iconName), button),
  };
}

// A photo from the camera or a file (PDF, gallery image) for an entry: the
// inputs "Certificate photo" and "Certificate file".
export function addFileControls(onFile, idPrefix = 'entry') {
  const camera = cameraControls({ id: `camera-${idPrefix}`, label: 'Certificate photo', button: 'Take a photo', primary: false, onFile });
  const file = cameraControls({ id: `file-${idPrefix}`, label: 'Certificate file', button: 'Choose a file (PDF or image)', primary: false, camera: false, iconName: 'file', onFile });
  return h('div', { class: 'add-file button-row' }, camera.label, camera.input, camera.button, file.label, file.input, file.button);
}

// Captured during this visit, newest first: the cards under the camera button.
const snapped = [];

// The camera button and, under it, what was just captured and where it is on
// its way (saved → uploading → reading → ready to review), with "Snap another"
// for a stack of slips. `update()` redraws the cards (the screen calls it on changes).
export function snapPanel({ id = 'camera', cards = true } = {}) {
  const result = h('div', { class: 'snap-result', 'aria-live': 'polite' });
  const controls = cameraControls({
    id,
    label: 'Certificate photo',
    button: 'Snap certificate',
    onFile: async (file) => {
      try {
        const { id: entryId } = await snapCertificate(file);
        snapped.unshift(entryId);
        toast('Saved');
        await update();
      } catch (error) {
        replace(result, h('p', { class: 'error', role: 'alert', text: `The photo was not saved: ${error.message}` }));
      }
    },
  });
  async function update() {
    if (!snapped.length) return;
    const photos = await photosBySha();
    const entries = (await Promise.all(snapped.slice(0, 3).map(getEntry))).filter((e) => e && !e.deleted);
    const again = h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => controls.input.click() }, icon('camera'), 'Snap another');
    replace(
      result,
      h('p', { class: 'saved' }, icon('check'), h('strong', { text: 'Saved' }), ` on this device: ${snapped.length} this visit`),
      cards ? h('ul', { class: 'list card' }, entries.map((e) => entryRow(e, { photo: photos.get(e.document_sha256), thumb: true }))) : null,
      h('div', { class: 'button-row' }, again),
    );
  }
  update();
  return { element: h('div', { class: 'snap' }, controls.label, controls.input, controls.button, result), update };
}
