// "Snap certificate": the camera button, its labelled file input, and the
// preview of what was just saved. Used by the home and capture screens.

import { snapCertificate } from '../records.js';
import { h, icon, photoUrl, replace, toast } from './dom.js';

// A camera input with its label (for assistive technology and tests) and the
// visible button that opens it; `capture` asks phones for the rear camera.
export function cameraControls({ label, button, id, onFile, primary = true }) {
  const input = h('input', { type: 'file', accept: 'image/*', id, class: 'visually-hidden', tabindex: '-1' });
  input.setAttribute('capture', 'environment');
  input.addEventListener('change', () => {
    const [file] = input.files;
    input.value = '';
    if (file) onFile(file);
  });
  return {
    input,
    label: h('label', { for: id, class: 'visually-hidden', text: label }),
    button: h('button', { type: 'button', class: primary ? 'btn btn-primary btn-big' : 'btn btn-secondary', onclick: () => input.click() }, icon('camera'), button),
  };
}

export function snapPanel({ id = 'camera' } = {}) {
  const result = h('div', { class: 'snap-result' });
  const controls = cameraControls({
    id,
    label: 'Certificate photo',
    button: 'Snap certificate',
    onFile: async (file) => {
      replace(result, h('p', { class: 'muted working', text: 'Saving the photo on this device…' }));
      try {
        const { id: entryId, photo } = await snapCertificate(file);
        const url = photoUrl(photo);
        replace(
          result,
          h(
            'div',
            { class: 'card saved-card' },
            url ? h('img', { src: url, alt: 'Preview of the certificate just saved', class: 'preview', onload: () => URL.revokeObjectURL(url) }) : null,
            h(
              'div',
              { class: 'saved-text' },
              h('p', { class: 'saved' }, icon('check'), h('strong', { text: 'Saved' }), ' on this device'),
              h('p', { class: 'muted', text: 'It syncs by itself. The details are read from the photo once it reaches the server.' }),
              h('a', { class: 'btn btn-secondary btn-small', href: `#/entry/${entryId}` }, 'Review details'),
            ),
          ),
        );
        toast('Saved');
      } catch (error) {
        replace(result, h('p', { class: 'error', role: 'alert', text: `The photo was not saved: ${error.message}` }));
      }
    },
  });
  return h('div', { class: 'snap' }, controls.label, controls.input, controls.button, result);
}
