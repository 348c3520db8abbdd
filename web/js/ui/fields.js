// The review form's fields and how each shows what OCR read: how sure the
// reader was, and a value read with doubt (below 0.6) marked in words with
// its own "Looks right" until the technician has checked it.

import { field, h } from './dom.js';

export const LOW_CONFIDENCE = 0.6;

// [entry field, label, kind]; 'text' fields grow with their value.
export const FIELDS = [
  ['course_title', 'Course title', 'text'],
  ['provider', 'Provider', 'text'],
  ['completion_date', 'Completion date', 'date'],
  ['hours', 'CEC hours', 'number'],
  ['holder_name', 'Name on certificate', 'text'],
];
export const labelOf = (name) => FIELDS.find(([n]) => n === name)?.[1] ?? name;

const same = (a, b) => (a ?? null) === (b ?? null) || (a !== null && b !== null && String(a) === String(b));

// Accents, case and spacing aside, as a page prints a name ("ANA MARIA LOPEZ").
const plain = (text) => String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

// The first line of the page that prints a value, or null.
function lineNaming(ocr, value) {
  const index = (ocr?.lines ?? []).findIndex((line) => plain(line.text).includes(plain(value)));
  return index < 0 ? null : index;
}

// The fields whose value is still the one OCR read, with its confidence and
// line. The holder's name may instead be the profile's own spelling, put
// there because the page prints it: marked as such, with the line it is on.
export function readByOcr(entry, ocr, profileName = null) {
  const read = new Map();
  if (!entry.needs_review) return read;
  for (const [name] of FIELDS) {
    const value = entry[name];
    if (value === null || value === undefined || value === '') continue;
    const guess = ocr?.fields?.[name];
    if (ocr?.fields && !(guess && same(guess.value, value))) {
      const line = name === 'holder_name' && profileName && plain(value) === plain(profileName) ? lineNaming(ocr, value) : null;
      if (line !== null) read.set(name, { confidence: null, line, profile: true });
      continue;
    }
    read.set(name, { confidence: guess?.confidence ?? null, line: guess?.line ?? null });
  }
  return read;
}

export const isLow = (info) => info?.confidence !== null && info?.confidence !== undefined && info.confidence < LOW_CONFIDENCE;

function grow(area) {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}

export function makeInput(name, kind) {
  let input;
  if (kind === 'text') {
    // Long titles wrap instead of hiding in a one-line box; Enter never adds a line.
    input = h('textarea', { name, id: `entry-${name}`, rows: 1, autocomplete: 'off', maxLength: 300, class: 'grow', spellcheck: false });
    input.addEventListener('input', () => grow(input));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        input.form?.requestSubmit();
      }
    });
    input.grow = () => grow(input);
  } else {
    input = h('input', { type: kind, name, id: `entry-${name}`, autocomplete: 'off' });
    if (kind === 'number') Object.assign(input, { min: 0, max: 1000, step: 'any', inputMode: 'decimal' });
  }
  return input;
}

// The words under a field's label: null, or how OCR's value should be treated.
export function markWords(info) {
  if (info.profile) return 'Your profile name, printed on the page · check';
  const pct = info.confidence === null ? null : Math.round(info.confidence * 100);
  if (isLow(info)) return `Not sure (${pct}%): check it against the page`;
  return pct === null ? 'Read from photo · check' : `Read from photo · ${pct}% sure`;
}

// One field row; `mark(info | null, onConfirm)` shows or clears OCR's mark.
export function fieldRow(name, label, input) {
  const row = field(label, input);
  const labelRow = row.querySelector('.label-row');
  row.dataset.field = name;
  return {
    row,
    mark(info, onConfirm) {
      row.querySelectorAll('.badge, .confirm').forEach((el) => el.remove());
      input.classList.toggle('ocr', Boolean(info) && !isLow(info));
      input.classList.toggle('ocr-low', isLow(info));
      input.removeAttribute('aria-describedby');
      if (!info) return;
      const badge = h('span', { class: `badge${isLow(info) ? ' badge-low' : ''}`, id: `${input.id}-ocr`, text: markWords(info) });
      labelRow.append(badge);
      input.setAttribute('aria-describedby', badge.id);
      if (isLow(info)) {
        // Named in its text, not aria-label, so it never passes for the field's own label.
        row.append(h('button', { type: 'button', class: 'btn btn-small btn-secondary confirm', onclick: onConfirm }, 'Looks right', h('span', { class: 'visually-hidden', text: `(${label})` })));
      }
    },
  };
}
