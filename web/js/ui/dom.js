// Small DOM helpers and the formats every screen shares.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'html') el.innerHTML = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key in el && !key.includes('-') && key !== 'list' && key !== 'form') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// Brings el's children to the given ones in place. An element of the same tag
// (or the same data-key) is kept and updated rather than swapped for a new one,
// so a row the user is tapping or has focused while the list refreshes (an
// upload's progress, a sync) is still there when the tap lands.
export function morph(el, ...children) {
  patchChildren(el, h('div', {}, ...children));
  return el;
}

const keyOf = (node) => (node.nodeType === Node.ELEMENT_NODE ? node.getAttribute('data-key') : null);
// Images and form controls carry state (a blob URL, what was typed) that
// attributes alone do not describe: those are always replaced.
const kept = (a, b) => a.nodeType === b.nodeType && a.nodeName === b.nodeName && !['IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(a.nodeName) && keyOf(a) === keyOf(b);

function patchChildren(el, next) {
  const want = [...next.childNodes];
  want.forEach((node, i) => {
    const key = keyOf(node);
    let have = el.childNodes[i];
    if (key !== null && have && keyOf(have) !== key) {
      // A keyed row moved or is new: bring its element here, or insert it.
      const match = [...el.children].find((child) => keyOf(child) === key);
      el.insertBefore(match ?? node, have);
      if (!match) return;
      have = match;
    }
    if (!have) el.append(node);
    else if (!kept(have, node)) have.replaceWith(node);
    else if (node.nodeType !== Node.ELEMENT_NODE) {
      if (have.nodeValue !== node.nodeValue) have.nodeValue = node.nodeValue;
    } else {
      for (const { name } of [...have.attributes]) if (!node.hasAttribute(name)) have.removeAttribute(name);
      for (const { name, value } of [...node.attributes]) if (have.getAttribute(name) !== value) have.setAttribute(name, value);
      patchChildren(have, node);
    }
  });
  while (el.childNodes.length > want.length) el.lastChild.remove();
}

const ICONS = {
  home: 'M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4zM12 16.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z',
  booth: 'M4 21V10l8-6 8 6v11M9 21v-6h6v6M4 10h16',
  list: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  sync: 'M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M6 21v-4h4',
  check: 'M5 12.5 10 17 19 7',
  alert: 'M12 8v5M12 16.5h.01M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  chevron: 'm9 6 6 6-6 6',
  file: 'M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6',
  plus: 'M12 5v14M5 12h14',
  folder: 'M3 6h6l2 2h10v11H3z',
};

export function icon(name) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  svg.innerHTML = `<path d="${ICONS[name]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
  return svg;
}

export function fmtHours(value) {
  const n = Number(value) || 0;
  return String(Math.round(n * 100) / 100);
}

export const hoursText = (value) => `${fmtHours(value)} ${Number(value) === 1 ? 'hour' : 'hours'}`;

export function fmtDate(iso, options = { day: 'numeric', month: 'short', year: 'numeric' }) {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, options);
}

export function fmtTime(iso) {
  return iso ? new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' }) : '';
}

export function entryTitle(entry) {
  if (entry.course_title) return entry.course_title;
  if (entry.kind === 'booth') return 'Booth registration';
  if (entry.kind === 'session') return 'Untitled session';
  return 'Untitled certificate';
}

const STATUS_WORDS = {
  not_submitted: 'Not submitted',
  submitted: 'Submitted',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};

export function entryStatus(entry) {
  if (entry.needs_review || !entry.course_title) return { key: 'review', text: 'Needs review' };
  const status = entry.submission?.status ?? 'not_submitted';
  return { key: status, text: STATUS_WORDS[status] ?? status };
}

let toastTimer = null;

// A short notice in a polite live region (not role=status: that one is the sync status).
export function toast(message, action = null) {
  const region = document.getElementById('toasts');
  const box = h('div', { class: 'toast' }, h('span', { text: message }));
  if (action) {
    box.append(h('button', { type: 'button', class: 'toast-action', onclick: () => { box.remove(); action.run(); } }, action.label));
  }
  region.replaceChildren(box);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.remove(), action ? 8000 : 4000);
}

export function photoUrl(photo) {
  const bytes = photo?.thumb ?? photo?.bytes;
  if (!bytes || (photo.thumb == null && !photo.type?.startsWith('image/'))) return null;
  return URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }));
}

// Label + control + optional hint, wired together for assistive technology.
export function field(label, control, { hint = null } = {}) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('div', { class: 'label-row' }, h('label', { for: id, text: label })), control, hintEl);
}
