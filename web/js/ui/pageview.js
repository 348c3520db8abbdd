// The certificate page beside the review form: the clean upright page the
// server made (/page) once the file is there, this device's copy until then.
// Focusing a field brings the line its value was read from into view,
// outlined; choosing the page opens the "Certificate" dialog (zoom, pan,
// tap a line to fill a field).

import { openCertificate } from './certificate.js';
import { h, replace } from './dom.js';

// Where to show the page from, and whether OCR's boxes (in /page pixels) fit it.
export function pageSource(sha, photo) {
  const local = photo?.bytes ?? photo?.thumb;
  const localUrl = () => (local && (photo.thumb || photo.type?.startsWith('image/')) ? URL.createObjectURL(new Blob([local], { type: 'image/jpeg' })) : null);
  if (photo && !photo.uploaded) return { src: localUrl(), boxes: false };
  if (!navigator.onLine) return { src: localUrl() ?? `/api/documents/${sha}/thumbnail`, boxes: false };
  return { src: `/api/documents/${sha}/page`, boxes: true, fallback: localUrl() ?? `/api/documents/${sha}/thumbnail` };
}

// The box of line `index`, from the OCR result, or null.
export const lineBox = (ocr, index) => (index === null || index === undefined ? null : ocr?.lines?.[index]?.box ?? null);

export function pageView({ title, onPick }) {
  const img = h('img', { alt: '', draggable: false });
  const mark = h('div', { class: 'line-mark', hidden: true });
  const sheet = h('div', { class: 'sheet' }, img, mark);
  const frame = h('button', { type: 'button', class: 'page-frame', 'aria-label': `Certificate page of ${title}: open to zoom` }, sheet);
  const caption = h('p', { class: 'page-caption', 'aria-live': 'polite' });
  const element = h('div', { class: 'page-view' }, frame, caption);
  let source = null;
  let sourceKey = null;
  let ocr = null;
  let focus = { index: null, label: null };
  let size = null;

  function layout() {
    if (!size) return;
    const W = frame.clientWidth;
    const H = frame.clientHeight;
    const fit = Math.min(W / size.width, H / size.height);
    let scale = fit;
    let cx = size.width / 2;
    let cy = size.height / 2;
    const box = source?.boxes ? lineBox(ocr, focus.index) : null;
    if (box) {
      const [x0, y0, x1, y1] = box;
      scale = Math.min(W / ((x1 - x0) * 1.25), H / ((y1 - y0) * 3), fit * 6);
      cx = (x0 + x1) / 2;
      cy = (y0 + y1) / 2;
      const pad = 4 / scale; // a few screen pixels around the line, whatever the zoom
      Object.assign(mark.style, { left: `${x0 - pad}px`, top: `${y0 - pad}px`, width: `${x1 - x0 + 2 * pad}px`, height: `${y1 - y0 + 2 * pad}px`, boxShadow: `0 0 0 ${3 / scale}px var(--accent)` });
    }
    mark.hidden = !box;
    // The point (cx, cy) of the page at the frame's centre, the page kept inside the frame.
    const clamp = (offset, visible, total) => (total * scale <= visible ? (visible - total * scale) / 2 : Math.min(0, Math.max(visible - total * scale, offset)));
    const x = clamp(W / 2 - cx * scale, W, size.width);
    const y = clamp(H / 2 - cy * scale, H, size.height);
    Object.assign(sheet.style, { width: `${size.width}px`, height: `${size.height}px`, transform: `translate(${x}px, ${y}px) scale(${scale})` });
  }

  img.addEventListener('load', () => {
    const page = source?.boxes ? ocr?.page : null;
    size = page ?? { width: img.naturalWidth, height: img.naturalHeight };
    element.classList.remove('loading');
    // A new image is put in place at once; moves after that glide.
    sheet.classList.remove('placed');
    layout();
    sheet.getBoundingClientRect();
    sheet.classList.add('placed');
  });
  img.addEventListener('error', () => {
    if (source?.fallback && img.src !== source.fallback) {
      source = { src: source.fallback, boxes: false };
      img.src = source.src;
    } else replace(frame, h('span', { class: 'no-photo', text: 'The page shows here once this device is online.' }));
  });
  frame.addEventListener('click', () => {
    if (!source?.src) return;
    openCertificate({ src: img.currentSrc || source.src, ocr: source.boxes ? ocr : null, size, highlight: focus.index, label: focus.label, onPick, opener: frame });
  });
  addEventListener('resize', layout);

  return {
    element,
    // sha, photo record, OCR result; a new source only when it changed.
    show(sha, photo, result) {
      ocr = result ?? null;
      const key = [sha, photo?.uploaded ?? true, navigator.onLine].join();
      if (key !== sourceKey) {
        const next = pageSource(sha, photo);
        sourceKey = key;
        source = next;
        element.classList.add('loading');
        if (next.src) img.src = next.src;
        else replace(frame, h('span', { class: 'no-photo', text: 'The PDF is saved on this device; its page shows once it reaches the server.' }));
      }
      layout();
    },
    // The field being edited: its label, and the line its value came from
    // (or, `offered`, the line a value not yet taken is on).
    focus(index, label, offered = false) {
      focus = { index, label };
      const box = source?.boxes ? lineBox(ocr, index) : null;
      const where = offered ? 'may be on the outlined line' : 'read from the outlined line';
      caption.textContent = label ? (box ? `${label}: ${where}` : `${label}: not found on the page`) : '';
      layout();
    },
    cleanup: () => removeEventListener('resize', layout),
  };
}
