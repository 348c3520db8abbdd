// Capture: the camera, and the certificates snapped most recently.

import { read } from '../db.js';
import { snapshot } from '../local.js';
import { entryRow } from './log.js';
import { h, photoUrl, replace } from './dom.js';
import { snapPanel } from './snap.js';

async function recent() {
  const { entries } = await snapshot();
  const photos = new Map((await read(['photos'], (s) => s.photos.all())).map((p) => [p.sha256, p]));
  return entries
    .filter((e) => e.document_sha256)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
    .slice(0, 6)
    .map((e) => ({ entry: e, photo: photos.get(e.document_sha256) }));
}

async function render(root) {
  const list = h('div');
  async function draw() {
    const items = await recent();
    replace(
      list,
      items.length
        ? h(
            'section',
            { 'aria-labelledby': 'recent-h' },
            h('h2', { id: 'recent-h', text: 'Recent captures' }),
            h('ul', { class: 'list card' }, items.map(({ entry, photo }) => {
              const row = entryRow(entry);
              const url = photoUrl(photo);
              if (url) row.querySelector('a').prepend(h('img', { src: url, alt: '', class: 'thumb', onload: () => URL.revokeObjectURL(url) }));
              return row;
            })),
          )
        : h('p', { class: 'empty', text: 'Certificates you snap show up here.' }),
    );
  }
  await draw();
  replace(
    root,
    h('h1', { tabindex: '-1', text: 'Capture' }),
    h('p', { class: 'lede', text: 'Lay the certificate flat, fill the frame, and snap. It is saved on this device at once, even with no signal.' }),
    h('section', { class: 'card actions', 'aria-label': 'Camera' }, snapPanel({ id: 'camera-capture' })),
    list,
  );
  return { refresh: draw };
}

export const screen = { name: 'capture', title: 'Capture', nav: { label: 'Capture', icon: 'camera', order: 2 }, render };
