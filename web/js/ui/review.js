// Entry review (#/entry/<id>): the photo, what the server read from it, the
// entry's problems in words, and the form. Values filled by OCR are marked
// until the user saves (confirms) them.

import * as api from '../api.js';
import { getEntry, getPhoto, snapshot } from '../local.js';
import { describe } from '../problems.js';
import { attachPhoto, changeEntry, deleteEntry, restoreEntry } from '../records.js';
import { storeDocument } from '../upload.js';
import { conflictCard } from './conflicts.js';
import { render } from './router.js';
import { cameraControls } from './snap.js';
import { entryTitle, field, fmtHours, fmtTime, h, icon, photoUrl, replace, toast } from './dom.js';

// The form's fields: [name, label, input type, OCR field name].
const FIELDS = [
  ['course_title', 'Course title', 'text'],
  ['provider', 'Provider', 'text'],
  ['completion_date', 'Completion date', 'date'],
  ['hours', 'CEC hours', 'number'],
  ['holder_name', 'Name on certificate', 'text'],
  ['approval_number', 'Approval or course number', 'text'],
];
const OCR_FIELDS = new Set(['course_title', 'provider', 'completion_date', 'hours', 'holder_name', 'approval_number']);

const asInput = (value) => (value === null || value === undefined ? '' : String(value));

function fromInput(name, raw) {
  const value = raw.trim();
  if (!value) return null;
  return name === 'hours' ? Number(value) : value;
}

const same = (a, b) => (a ?? null) === (b ?? null) || (a !== null && b !== null && String(a) === String(b));

// Which fields hold what OCR read and the user has not confirmed yet.
function ocrMarked(entry, photo) {
  if (!entry.needs_review) return new Set();
  const read = photo?.ocr?.fields;
  return new Set(
    [...OCR_FIELDS].filter((name) => {
      const value = entry[name];
      if (value === null || value === undefined || value === '') return false;
      if (!read) return true;
      const guess = read[name]?.value;
      return guess !== undefined && guess !== null && same(guess, value);
    }),
  );
}

function ocrLine(entry, photo) {
  if (!entry.document_sha256) return null;
  const status = photo?.ocr?.status;
  if (photo && !photo.uploaded) return photo.failed ? `The server did not take the photo: ${photo.failed}` : 'The photo is on this device; it is read once it reaches the server.';
  if (status === 'queued' || status === 'running') return 'Reading the photo… the fields fill in by themselves.';
  if (status === 'failed') return 'The photo could not be read. Type the details from the certificate.';
  if (entry.needs_review) return 'Read from the photo. Check the marked fields, then Save.';
  return null;
}

async function fetchDocument(sha) {
  try {
    const doc = await api.get(`/api/documents/${sha}`);
    await storeDocument(sha, doc);
    return getPhoto(sha);
  } catch {
    return null;
  }
}

function photoFigure(entry, photo) {
  if (!entry.document_sha256) return h('div', { class: 'no-photo' }, icon('camera'), h('p', { text: 'No photo or PDF of the certificate yet.' }));
  const local = photoUrl(photo);
  const src = local ?? `/api/documents/${entry.document_sha256}/thumbnail`;
  const img = h('img', { src, alt: `Photo of ${entryTitle(entry)}`, class: 'doc-photo', onload: () => local && URL.revokeObjectURL(local) });
  img.addEventListener('error', () => img.replaceWith(h('div', { class: 'no-photo' }, h('p', { text: 'The photo shows here once this device is online.' }))));
  return h('a', { href: navigator.onLine ? `/api/documents/${entry.document_sha256}/file` : null, target: '_blank', rel: 'noopener', class: 'photo-link' }, img);
}

async function renderEntry(root, [id]) {
  let entry = await getEntry(id);
  if (!entry) {
    replace(root, h('h1', { tabindex: '-1', text: 'Entry not found' }), h('p', { text: 'It may have been deleted on another device, or not have reached this one yet.' }), h('a', { href: '#/log', class: 'btn btn-secondary' }, 'Back to the log'));
    // It may yet arrive with the next sync.
    return { refresh: async () => (await getEntry(id)) && render({ focus: false }) };
  }
  let photo = entry.document_sha256 ? await getPhoto(entry.document_sha256) : null;
  if (entry.document_sha256 && !photo?.ocr && navigator.onLine) photo = (await fetchDocument(entry.document_sha256)) ?? photo;

  const heading = h('h1', { tabindex: '-1' });
  const figure = h('div', { class: 'figure' });
  const ocrNote = h('p', { class: 'ocr-note' });
  const conflictsBox = h('div');
  const problemsBox = h('section', { class: 'problems', 'aria-labelledby': 'problems-h' });
  const inputs = {};
  const touched = new Set();
  const form = h('form', { class: 'card form', novalidate: true });

  for (const [name, label, type] of FIELDS) {
    const input = h('input', { type, name, id: `entry-${name}`, autocomplete: 'off' });
    if (type === 'number') Object.assign(input, { min: 0, max: 1000, step: 'any', inputMode: 'decimal' });
    if (type === 'text') input.maxLength = name === 'approval_number' ? 100 : 300;
    input.addEventListener('input', () => {
      touched.add(name);
      input.classList.remove('ocr');
      document.getElementById(`${input.id}-ocr`)?.remove();
    });
    inputs[name] = input;
  }
  const unit = h('select', { id: 'entry-hours_unit', name: 'hours_unit' }, h('option', { value: 'hours', text: 'CEC hours (1 = 1 hour)' }), h('option', { value: 'legacy_cec', text: 'Legacy CEC (1 = 7 hours)' }));
  const verified = h('input', { type: 'checkbox', id: 'entry-approval_verified', name: 'approval_verified' });
  const notes = h('textarea', { id: 'entry-notes', name: 'notes', rows: 3, maxLength: 10000 });
  [unit, verified, notes].forEach((el) => el.addEventListener('input', () => touched.add(el.name)));
  const session = h('p', { class: 'muted' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save');
  const remove = h('button', { type: 'button', class: 'btn btn-danger-quiet' }, 'Delete entry');

  function fill() {
    const marked = ocrMarked(entry, photo);
    for (const [name] of FIELDS) {
      const input = inputs[name];
      if (!touched.has(name)) input.value = asInput(entry[name]);
      const isMarked = marked.has(name) && !touched.has(name);
      input.classList.toggle('ocr', isMarked);
      const badgeId = `${input.id}-ocr`;
      document.getElementById(badgeId)?.remove();
      input.removeAttribute('aria-describedby');
      if (isMarked) {
        const badge = h('span', { class: 'badge', id: badgeId, text: 'Read from photo · check' });
        input.closest('.field')?.querySelector('.label-row')?.append(badge);
        input.setAttribute('aria-describedby', badgeId);
      }
    }
    if (!touched.has('hours_unit')) unit.value = entry.hours_unit ?? 'hours';
    if (!touched.has('approval_verified')) verified.checked = Boolean(entry.approval_verified);
    if (!touched.has('notes')) notes.value = entry.notes ?? '';
    session.textContent = entry.attended_from
      ? `Attended ${fmtTime(entry.attended_from)}${entry.attended_until ? `–${fmtTime(entry.attended_until)} (${fmtHours(entry.hours)} h)` : ', still in session'}`
      : '';
    heading.textContent = entryTitle(entry);
    ocrNote.textContent = ocrLine(entry, photo) ?? '';
    ocrNote.hidden = !ocrNote.textContent;
    const key = `${entry.document_sha256}:${Boolean(photo?.thumb || photo?.bytes)}`;
    if (figure.dataset.key !== key) {
      figure.dataset.key = key;
      replace(figure, photoFigure(entry, photo), entry.document_sha256 ? null : addPhoto());
    }
    const problems = entry.problems ?? [];
    replace(
      problemsBox,
      h('h2', { id: 'problems-h', text: problems.length ? 'To check' : 'Complete' }),
      problems.length ? h('ul', { class: 'problem-list' }, problems.map((code) => h('li', {}, icon(code === 'approval_unverified' || code === 'outside_cycle' ? 'clock' : 'alert'), describe(code)))) : h('p', { class: 'empty' }, icon('check'), 'Everything the IICRC asks for is here.'),
    );
    remove.textContent = entry.deleted ? 'Restore entry' : 'Delete entry';
  }

  function addPhoto() {
    const controls = cameraControls({
      id: 'camera-entry',
      label: 'Certificate photo',
      button: 'Add a photo',
      primary: false,
      onFile: async (file) => {
        photo = await attachPhoto(entry.id, file);
        toast('Photo saved');
      },
    });
    return h('div', { class: 'snap' }, controls.label, controls.input, controls.button);
  }

  async function drawConflicts() {
    const { conflicts } = await snapshot();
    replace(conflictsBox, conflicts.filter((c) => c.entryId === entry.id).map(conflictCard));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const set = {};
    for (const [name] of FIELDS) {
      const value = fromInput(name, inputs[name].value);
      if (name === 'hours' && value !== null && !(value >= 0 && value <= 1000)) {
        inputs.hours.setAttribute('aria-invalid', 'true');
        toast('CEC hours must be a number from 0 to 1000.');
        inputs.hours.focus();
        return;
      }
      if (!same(value, entry[name])) set[name] = value;
    }
    inputs.hours.removeAttribute('aria-invalid');
    if (unit.value !== entry.hours_unit) set.hours_unit = unit.value;
    if (verified.checked !== Boolean(entry.approval_verified)) set.approval_verified = verified.checked;
    if (notes.value !== (entry.notes ?? '')) set.notes = notes.value;
    if (entry.needs_review) set.needs_review = false; // saving is confirming what OCR read
    if (Object.keys(set).length) await changeEntry(entry.id, set);
    touched.clear();
    entry = await getEntry(entry.id);
    fill();
    toast('Saved');
  });
  remove.addEventListener('click', async () => {
    if (entry.deleted) {
      await restoreEntry(entry.id);
      toast('Restored');
    } else {
      await deleteEntry(entry.id);
      toast('Deleted', { label: 'Undo', run: () => restoreEntry(entry.id) });
      location.hash = '#/log';
    }
  });

  const unitField = field('Hours are stated as', unit);
  replace(
    form,
    FIELDS.map(([name, label]) => field(label, inputs[name])),
    unitField,
    h('div', { class: 'field check' }, verified, h('label', { for: verified.id, text: 'IICRC approval of this course verified' })),
    field('Notes', notes),
    session,
    h('div', { class: 'button-row' }, save, remove),
  );
  // The hours unit sits right after the hours.
  inputs.hours.closest('.field').after(unitField);
  fill();
  await drawConflicts();
  replace(root, h('a', { href: '#/log', class: 'back' }, '‹ Log'), heading, figure, ocrNote, conflictsBox, problemsBox, form);

  return {
    refresh: async () => {
      const fresh = await getEntry(id);
      if (!fresh) return;
      entry = fresh;
      if (entry.document_sha256) photo = (await getPhoto(entry.document_sha256)) ?? photo;
      if (entry.needs_review && entry.document_sha256 && !photo?.ocr?.fields && navigator.onLine) photo = (await fetchDocument(entry.document_sha256)) ?? photo;
      fill();
      await drawConflicts();
    },
  };
}

export const screen = { name: 'entry', title: 'Entry', navParent: 'log', render: renderEntry };
