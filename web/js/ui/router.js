// Hash routes (#/name/param…), one module per screen. A screen is
// {name, title, nav?: {label, icon, order}, public?, render(root, params)}; render may
// return {refresh(change), cleanup()}. New screens register in screens.js.

import { onChange } from '../bus.js';
import { h, icon, replace } from './dom.js';

const screens = new Map();
let current = null;
let rendering = 0;
let isSignedIn = async () => false;
let sessionEnded = () => false;

export function defineScreen(screen) {
  screens.set(screen.name, screen);
}

export function parse(hash = location.hash) {
  const [name, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { name: name || 'home', params };
}

function renderNav(active) {
  const nav = document.getElementById('nav');
  const items = [...screens.values()].filter((s) => s.nav).sort((a, b) => a.nav.order - b.nav.order);
  replace(
    nav,
    h(
      'ul',
      {},
      items.map((s) =>
        // `desk` items sit in the side navigation only; phones reach them from the header.
        h('li', { class: s.nav.desk ? 'desk-only' : null }, h('a', { href: `#/${s.name}`, 'aria-current': s.name === active ? 'page' : null }, icon(s.nav.icon), h('span', { text: s.nav.label }))),
      ),
    ),
  );
}

export async function render({ focus = true } = {}) {
  const token = ++rendering;
  let { name, params } = parse();
  let screen = screens.get(name) ?? screens.get('home');
  const signedIn = await isSignedIn();
  if (!signedIn && !screen.public) screen = screens.get('signin');
  // Signed in on this device, but the server's session ended: signing in again is allowed.
  if (signedIn && screen.name === 'signin' && !sessionEnded()) screen = screens.get('home');
  if (token !== rendering) return;
  current?.instance?.cleanup?.();
  const root = document.getElementById('view');
  const nav = document.getElementById('nav');
  nav.hidden = Boolean(screen.public);
  document.body.classList.toggle('no-nav', Boolean(screen.public));
  renderNav(screen.nav ? screen.name : screen.navParent);
  document.getElementById('profile-link')?.setAttribute('aria-current', screen.name === 'profile' ? 'page' : 'false');
  const container = h('div', { class: `screen screen-${screen.name}` });
  current = { screen, params, instance: null };
  const instance = await screen.render(container, params);
  if (token !== rendering) {
    instance?.cleanup?.();
    return;
  }
  current.instance = instance;
  replace(root, container);
  document.title = screen.title ? `${typeof screen.title === 'function' ? screen.title(params) : screen.title} · ceclog` : 'ceclog';
  // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
  if (focus) root.querySelector('h1')?.focus({ preventScroll: false });
}

export function startRouter({ signedIn, ended }) {
  isSignedIn = signedIn;
  sessionEnded = ended;
  addEventListener('hashchange', () => render());
  onChange((change) => {
    if (change.kind === 'session') render();
    else if ((change.kind === 'data' || change.kind === 'upload') && current?.instance?.refresh) current.instance.refresh(change);
  });
  return render({ focus: false });
}
