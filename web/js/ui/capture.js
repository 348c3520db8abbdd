// Capture: the camera, and the certificates captured most recently with where
// each is on its way: saved → uploading → reading → ready to review.

import { photosBySha } from '../docstate.js';
import { snapshot } from '../local.js';
import { h, morph, replace } from './dom.js';
import { addEntryButton, entryRow } from './rows.js';
import { snapPanel } from './snap.js';

async function recent() {
  const [{ entries }, photos] = await Promise.all([snapshot(), photosBySha()]);
  return entries
    .filter((e) => e.document_sha256)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
    .slice(0, 8)
    .map((e) => entryRow(e, { photo: photos.get(e.document_sha256), thumb: true }));
}

async function render(root) {
  const list = h('div');
  const panel = snapPanel({ id: 'camera-capture', cards: false });
  async function draw() {
    const rows = await recent();
    morph(
      list,
      rows.length
        ? h('section', { 'aria-labelledby': 'recent-h' }, h('h2', { id: 'recent-h', text: 'Recent captures' }), h('ul', { class: 'list card' }, rows))
        : h('p', { class: 'empty', text: 'Certificates you snap show up here.' }),
    );
  }
  await draw();
  replace(
    root,
    h('h1', { tabindex: '-1', text: 'Capture' }),
    h('p', { class: 'lede', text: 'Lay the certificate flat, fill the frame, and snap. It is saved on this device at once, even with no signal.' }),
    h('section', { class: 'card actions', 'aria-label': 'Camera' }, panel.element, addEntryButton()),
    list,
  );
  return {
    refresh: async () => {
      await Promise.all([draw(), panel.update()]);
    },
  };
}

export const screen = { name: 'capture', title: 'Capture', nav: { label: 'Capture', icon: 'camera', order: 2 }, render };
