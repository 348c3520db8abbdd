// Installing the app: Chromium's install prompt, and on iPhone the "Add to
// Home Screen" hint (Safari may delete the data of sites that are not installed).

import { h } from './dom.js';

let deferred = null;

addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  deferred = event;
});
addEventListener('appinstalled', () => {
  deferred = null;
});

const standalone = () => matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
export const isIos = () => /iphone|ipad|ipod/i.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

export function installCard() {
  if (standalone()) return null;
  if (isIos() && !localStorage.getItem('ios-hint-dismissed')) {
    const card = h(
      'section',
      { class: 'card hint-card', 'aria-labelledby': 'a2hs-h' },
      h('h2', { id: 'a2hs-h', text: 'Add ceclog to your Home Screen' }),
      h('p', { text: 'Tap the Share button, then "Add to Home Screen". Safari can delete photos kept by websites that are not on the Home Screen; installed, your certificates stay on this phone until they are synced.' }),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: () => { localStorage.setItem('ios-hint-dismissed', '1'); card.remove(); } }, 'Got it'),
    );
    return card;
  }
  if (!deferred) return null;
  return h(
    'section',
    { class: 'card hint-card', 'aria-labelledby': 'install-h' },
    h('h2', { id: 'install-h', text: 'Install ceclog' }),
    h('p', { text: 'Open it like an app, with or without a connection.' }),
    h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: async () => { const prompt = deferred; deferred = null; await prompt?.prompt(); } }, 'Install app'),
  );
}
