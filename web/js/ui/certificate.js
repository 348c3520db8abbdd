// The "Certificate" dialog: the page at full size, pinch or buttons to zoom,
// native scrolling to pan, and each line OCR found as a button that puts its
// text in the field last edited. Never a new tab.

import { h } from './dom.js';

const MAX_ZOOM = 6;

export function openCertificate({ src, ocr, size, highlight = null, label = null, onPick = null, opener = null }) {
  const img = h('img', { src, alt: 'The certificate', draggable: false });
  let picked = false;
  const pct = (v, total) => `${(v / total) * 100}%`;
  const lines = ocr?.page && onPick
    ? (ocr.lines ?? []).map((line, i) => {
        const [x0, y0, x1, y1] = line.box;
        const { width: W, height: H } = ocr.page;
        return h('button', {
          type: 'button',
          class: `line${i === highlight ? ' current' : ''}`,
          style: `left:${pct(x0, W)};top:${pct(y0, H)};width:${pct(x1 - x0, W)};height:${pct(y1 - y0, H)}`,
          onclick: () => {
            picked = true;
            dialog.close();
            onPick(line.text, i);
          },
        }, h('span', { class: 'visually-hidden', text: line.text }));
      })
    : [];
  const sheet = h('div', { class: 'zoom-sheet' }, img, lines);
  const pane = h('div', { class: 'zoom-pane' }, sheet);
  let zoom = 1;

  // Zoom about a point of the pane (its centre by default), keeping that point still.
  function setZoom(next, px = pane.clientWidth / 2, py = pane.clientHeight / 2) {
    const old = sheet.offsetWidth || 1;
    zoom = Math.min(MAX_ZOOM, Math.max(1, next));
    const fit = size ? Math.min(pane.clientWidth / size.width, pane.clientHeight / size.height) * size.width : pane.clientWidth;
    const width = fit * zoom;
    const fx = (pane.scrollLeft + px) / old;
    const fy = (pane.scrollTop + py) / (sheet.offsetHeight || 1);
    sheet.style.width = `${width}px`;
    pane.scrollLeft = fx * width - px;
    pane.scrollTop = fy * sheet.offsetHeight - py;
  }

  let pinch = null;
  const spread = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  pane.addEventListener('touchstart', (event) => {
    if (event.touches.length === 2) pinch = { d: spread(event.touches), zoom };
  }, { passive: true });
  pane.addEventListener('touchmove', (event) => {
    if (!pinch || event.touches.length !== 2) return;
    event.preventDefault();
    const r = pane.getBoundingClientRect();
    const [a, b] = event.touches;
    setZoom(pinch.zoom * (spread(event.touches) / pinch.d), (a.clientX + b.clientX) / 2 - r.left, (a.clientY + b.clientY) / 2 - r.top);
  }, { passive: false });
  pane.addEventListener('touchend', () => { pinch = null; });
  pane.addEventListener('wheel', (event) => {
    if (!event.ctrlKey) return; // a trackpad pinch; plain wheel scrolls
    event.preventDefault();
    const r = pane.getBoundingClientRect();
    setZoom(zoom * Math.exp(-event.deltaY / 200), event.clientX - r.left, event.clientY - r.top);
  }, { passive: false });

  const hint = onPick && lines.length ? `Tap a line to put its text in ${label ?? 'the field you were editing'}.` : 'Pinch or use + and − to zoom; drag to move.';
  const dialog = h(
    'dialog',
    { class: 'cert-dialog', 'aria-labelledby': 'cert-h' },
    h(
      'div',
      { class: 'cert-bar' },
      h('h2', { id: 'cert-h', text: 'Certificate' }),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', 'aria-label': 'Zoom in', onclick: () => setZoom(zoom * 1.5) }, '+'),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', 'aria-label': 'Zoom out', onclick: () => setZoom(zoom / 1.5) }, '−'),
      h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => dialog.close() }, 'Close'),
    ),
    h('p', { class: 'cert-hint', text: hint }),
    pane,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (!picked) opener?.focus(); // a picked line moves focus on to its field
  });
  document.body.append(dialog);
  dialog.showModal();
  const start = () => {
    setZoom(1);
    // Open on the line being checked, zoomed so it reads at a glance.
    const line = highlight !== null && ocr?.page ? ocr.lines?.[highlight] : null;
    if (!line) return;
    const [x0, y0, x1, y1] = line.box;
    setZoom(Math.min(2.5, (ocr.page.width / (x1 - x0)) * 0.8));
    const s = sheet.offsetWidth / ocr.page.width;
    pane.scrollLeft = ((x0 + x1) / 2) * s - pane.clientWidth / 2;
    pane.scrollTop = ((y0 + y1) / 2) * s - pane.clientHeight / 2;
  };
  if (img.complete) start();
  else img.addEventListener('load', start, { once: true });
  return dialog;
}
