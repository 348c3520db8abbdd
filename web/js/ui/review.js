// Entry review (#/entry/<id>): built for checking each value against the
// certificate without leaving the form. The page stays in view and shows the
// line the focused field was read from; each value OCR read says how sure the
// reader was; a value read with doubt is confirmed on its own, never by a
// Save of the others; Save and "Next to review" stay at hand.

import * as api from '../api.js';
import { getMeta, setMeta } from '../db.js';
import { docState, stillReading } from '../docstate.js';
import { lineValue } from '../linefill.js';
import { namesMatch } from '../problems.js';
import { getEntry, getPhoto, snapshot } from '../local.js';
import { attachPhoto, changeEntry, deleteEntry, restoreEntry } from '../records.js';
import { storeDocument } from '../upload.js';
import { conflictCard } from './conflicts.js';
import { FIELDS, fieldRow, isLow, labelOf, makeInput, readByOcr } from './fields.js';
import { pageView } from './pageview.js';
import { offer } from './suggest.js';
import { render } from './router.js';
import { addFileControls } from './snap.js';
import { warningsList } from './warnings.js';
import { entryTitle, field, fmtHours, fmtTime, h, replace, toast } from './dom.js';

const asInput = (value) => (value === null || value === undefined ? '' : String(value));
const fromInput = (name, raw) => {
  const value = raw.trim();
  if (!value) return null;
  return name === 'hours' ? Number(value) : value;
};
const same = (a, b) => (a ?? null) === (b ?? null) || (a !== null && b !== null && String(a) === String(b));

// Values checked one by one, kept on this device until the review is done.
const checkedOf = async (id) => new Set(((await getMeta('checked')) ?? {})[id] ?? []);
async function keepChecked(id, names) {
  const all = (await getMeta('checked')) ?? {};
  if (names) all[id] = [...names];
  else delete all[id];
  await setMeta('checked', all);
}

function stateLine(entry, photo, state, doubtful) {
  if (state?.key === 'failed') return `The server did not take the file: ${photo.failed}`;
  if (state?.key === 'saved') return 'Saved on this device. It is read once it reaches the server.';
  if (state?.key === 'uploading') return `${state.text}… then it is read.`;
  if (state?.key === 'reading') return 'Reading the certificate… the fields fill in by themselves.';
  if (state?.key === 'unread') return 'The certificate could not be read. Type the details from the page.';
  if (entry.needs_review) {
    const unsure = doubtful.length ? ` ${doubtful.length === 1 ? 'One value was' : `${doubtful.length} values were`} read with doubt.` : '';
    return `Read from the photo: check each value against the page, then Save.${unsure}`;
  }
  return '';
}

async function fetchDocument(sha) {
  try {
    await storeDocument(sha, await api.get(`/api/documents/${sha}`));
    return getPhoto(sha);
  } catch {
    return null;
  }
}

async function renderEntry(root, [id]) {
  let entry = await getEntry(id);
  if (!entry) {
    replace(root, h('h1', { tabindex: '-1', text: 'Entry not found' }), h('p', { text: 'It may have been deleted on another device, or not have reached this one yet.' }), h('a', { href: '#/log', class: 'btn btn-secondary' }, 'Back to the log'));
    // It may yet arrive with the next sync.
    return { refresh: async () => (await getEntry(id)) && render({ focus: false }) };
  }
  let photo = entry.document_sha256 ? await getPhoto(entry.document_sha256) : null;
  if (entry.document_sha256 && !photo?.ocr?.lines && navigator.onLine) photo = (await fetchDocument(entry.document_sha256)) ?? photo;
  let checked = await checkedOf(id);
  let profileName = null;
  let queue = [];
  const touched = new Set();
  let lastFocused = 'course_title';

  const heading = h('h1', { tabindex: '-1' });
  const note = h('p', { class: 'ocr-note', role: 'note' });
  const figure = h('div', { class: 'figure' });
  const conflictsBox = h('div');
  const problemsBox = h('section', { class: 'problems', 'aria-labelledby': 'problems-h' });
  const form = h('form', { class: 'card form review-form', novalidate: true });
  const left = h('p', { class: 'left-to-check', 'aria-live': 'polite' });
  const next = h('a', { class: 'btn btn-secondary next', hidden: true }, 'Next to review');
  const view = pageView({ title: entryTitle(entry), onPick: pick });

  const inputs = {};
  const rows = {};
  for (const [name, label, kind] of FIELDS) {
    inputs[name] = makeInput(name, kind);
    rows[name] = fieldRow(name, label, inputs[name]);
  }
  inputs.approval_number = h('input', { type: 'text', id: 'entry-approval_number', name: 'approval_number', maxLength: 100, autocomplete: 'off' });
  const unit = h('select', { id: 'entry-hours_unit', name: 'hours_unit' }, h('option', { value: 'hours', text: 'CEC hours (1 = 1 hour)' }), h('option', { value: 'legacy_cec', text: 'Legacy CEC (1 = 7 hours)' }));
  const verified = h('input', { type: 'checkbox', id: 'entry-approval_verified', name: 'approval_verified' });
  const notes = h('textarea', { id: 'entry-notes', name: 'notes', rows: 3, maxLength: 10000 });
  const APPROVAL = 'Approval or course number';
  const approvalRow = field(APPROVAL, inputs.approval_number);
  const more = h('details', { class: 'more' }, h('summary', { text: 'More details: unit, approval, notes' }), field('Hours are stated as', unit), approvalRow, h('div', { class: 'field check' }, verified, h('label', { for: verified.id, text: 'IICRC approval of this course verified' })), field('Notes', notes));
  const session = h('p', { class: 'muted' });
  for (const el of [...Object.values(inputs), unit, verified, notes]) {
    el.addEventListener('input', () => {
      touched.add(el.name);
      if (rows[el.name]) rows[el.name].mark(null);
      offers([el.name]);
      countLeft();
    });
  }
  for (const [name, label] of FIELDS) {
    inputs[name].addEventListener('focus', () => {
      lastFocused = name;
      const line = readByOcr(entry, photo?.ocr, profileName).get(name)?.line ?? photo?.ocr?.fields?.[name]?.line ?? null;
      const offered = line === null ? openOffer(name) : null;
      view.focus(line ?? offered?.line ?? null, label, Boolean(offered));
    });
  }

  // Values OCR read that still wait for the technician's eye.
  const waiting = () => [...readByOcr(entry, photo?.ocr, profileName)].filter(([name]) => !touched.has(name) && !checked.has(name));
  const doubtfulLeft = () => waiting().filter(([, info]) => isLow(info)).map(([name]) => name);

  function countLeft() {
    const doubtful = doubtfulLeft();
    left.textContent = doubtful.length ? `Still to check: ${doubtful.map(labelOf).join(', ')}` : '';
  }

  // What the page may give each field left blank: one tap takes it.
  let approvalShown = false;
  const offerRows = [...FIELDS.map(([name, label]) => [name, label, rows[name].row]), ['approval_number', APPROVAL, approvalRow]];
  // The page's value on offer for a field still blank, or null. A name other
  // than the profile's is someone else's on the page (a signer): the
  // profile's own is filled in by the server where the page prints it.
  function openOffer(name) {
    const suggestion = photo?.ocr?.suggestions?.[name];
    if (!suggestion || inputs[name].value.trim()) return null;
    if (name === 'holder_name' && profileName && !namesMatch(String(suggestion.value), profileName)) return null;
    return suggestion;
  }
  // Shows the offers of these fields (all of them by default).
  function offers(names = null) {
    for (const [name, label, row] of offerRows) {
      if (names && !names.includes(name)) continue;
      offer(row, name, label, openOffer(name), { take: (s) => takeOffer(name, label, s), look: (line) => view.focus(line, label, true) });
    }
    // An approval number the page may give is not left out of sight (once:
    // folded again, it stays folded).
    if (!approvalShown && openOffer('approval_number')) {
      more.open = true;
      approvalShown = true;
    }
  }

  function takeOffer(name, label, suggestion) {
    const input = inputs[name];
    input.value = asInput(suggestion.value);
    input.grow?.();
    input.dispatchEvent(new Event('input'));
    input.focus();
    view.focus(suggestion.line, label);
    toast(`${label} filled from the page: check it against the certificate`);
  }

  function focusField(name) {
    if (name === 'approval_number') more.open = true;
    const input = inputs[name];
    input?.focus();
    input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function pick(text) {
    const input = inputs[lastFocused];
    const value = lineValue(lastFocused, text);
    if (value === null) return toast(`No ${labelOf(lastFocused).toLowerCase()} in “${text}”`);
    input.value = String(value);
    input.grow?.();
    input.dispatchEvent(new Event('input'));
    input.focus();
    toast(`${labelOf(lastFocused)} filled from the certificate`);
  }

  function fill() {
    const state = docState(entry, photo);
    const read = readByOcr(entry, photo?.ocr, profileName);
    for (const [name] of FIELDS) {
      if (!touched.has(name)) inputs[name].value = asInput(entry[name]);
      inputs[name].grow?.();
      const info = read.get(name);
      rows[name].mark(info && !touched.has(name) && !checked.has(name) ? info : null, () => confirmOne(name));
    }
    if (!touched.has('approval_number')) inputs.approval_number.value = asInput(entry.approval_number);
    if (!touched.has('hours_unit')) unit.value = entry.hours_unit ?? 'hours';
    if (!touched.has('approval_verified')) verified.checked = Boolean(entry.approval_verified);
    if (!touched.has('notes')) notes.value = entry.notes ?? '';
    session.textContent = entry.attended_from
      ? `Attended ${fmtTime(entry.attended_from)}${entry.attended_until ? `–${fmtTime(entry.attended_until)} (${fmtHours(entry.hours)} h)` : ', still in session'}`
      : '';
    heading.textContent = entryTitle(entry);
    note.textContent = stateLine(entry, photo, state, doubtfulLeft());
    note.hidden = !note.textContent;
    if (entry.document_sha256) {
      if (!figure.contains(view.element)) replace(figure, view.element);
      view.show(entry.document_sha256, photo, photo?.ocr);
    } else if (!figure.querySelector('.add-file')) {
      replace(figure, h('div', { class: 'no-photo' }, h('p', { text: 'No photo or PDF of the certificate yet.' }), addFileControls(async (file) => {
        photo = await attachPhoto(entry.id, file);
        toast('Certificate saved');
      })));
    }
    // While the reader is at it, empty fields are not yet "missing".
    const problems = (entry.problems ?? []).filter((code) => !(stillReading(state) && code.startsWith('missing:')));
    replace(
      problemsBox,
      h('h2', { id: 'problems-h', text: problems.length ? 'To check' : 'Complete' }),
      warningsList(problems, { entry, profileName, focusField, addFile: () => figure.querySelector('button')?.focus() }),
    );
    remove.textContent = entry.deleted ? 'Restore entry' : 'Delete entry';
    offers();
    countLeft();
  }

  async function confirmOne(name) {
    checked.add(name);
    await keepChecked(entry.id, checked);
    rows[name].mark(null);
    countLeft();
    note.textContent = stateLine(entry, photo, docState(entry, photo), doubtfulLeft());
    toast(`${labelOf(name)} checked`);
    const nextDoubt = doubtfulLeft()[0];
    (nextDoubt ? inputs[nextDoubt] : form.querySelector('.save')).focus();
  }

  async function drawAround() {
    const data = await snapshot();
    profileName = data.profile.full_name ?? null;
    replace(conflictsBox, data.conflicts.filter((c) => c.entryId === entry.id).map(conflictCard));
    queue = data.entries.filter((e) => e.needs_review && e.id !== entry.id);
    next.hidden = !queue.length;
    next.href = queue.length ? `#/entry/${queue[0].id}` : '#/log';
    next.textContent = `Next to review (${queue.length})`;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const set = {};
    for (const name of [...FIELDS.map(([n]) => n), 'approval_number']) {
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
    // Saving confirms what was in view, except a value read with doubt nobody checked.
    const doubtful = doubtfulLeft();
    for (const [name] of waiting()) if (!doubtful.includes(name)) checked.add(name);
    for (const name of touched) checked.add(name);
    if (entry.needs_review && !doubtful.length) set.needs_review = false;
    if (Object.keys(set).length) await changeEntry(entry.id, set);
    await keepChecked(entry.id, set.needs_review === false ? null : checked);
    touched.clear();
    entry = await getEntry(entry.id);
    fill();
    if (doubtful.length) {
      toast(`Saved. Still to check: ${doubtful.map(labelOf).join(', ')}`);
      inputs[doubtful[0]].focus();
    } else {
      toast(set.needs_review === false ? 'Checked and saved' : 'Saved');
      if (!next.hidden) next.focus();
    }
  });

  const remove = h('button', { type: 'button', class: 'btn btn-danger-quiet' }, 'Delete entry');
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

  const twoUp = h('div', { class: 'two' }, rows.completion_date.row, rows.hours.row);
  replace(
    form,
    rows.course_title.row,
    rows.provider.row,
    twoUp,
    rows.holder_name.row,
    more,
    session,
    h('div', { class: 'action-bar' }, left, h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'btn btn-primary save' }, 'Save'), next)),
  );
  await drawAround();
  fill();
  replace(root, h('a', { href: '#/log', class: 'back' }, '‹ Log'), heading, note, figure, conflictsBox, problemsBox, form, h('p', {}, remove));
  // Sized once on screen, where their wrapped height is known.
  requestAnimationFrame(() => FIELDS.forEach(([name]) => inputs[name].grow?.()));

  return {
    refresh: async () => {
      const fresh = await getEntry(id);
      if (!fresh) return;
      entry = fresh;
      if (entry.document_sha256) photo = (await getPhoto(entry.document_sha256)) ?? photo;
      if (entry.needs_review && entry.document_sha256 && !photo?.ocr?.fields && navigator.onLine) photo = (await fetchDocument(entry.document_sha256)) ?? photo;
      if (!entry.needs_review) checked = new Set();
      await drawAround();
      fill();
    },
    cleanup: () => view.cleanup(),
  };
}

export const screen = { name: 'entry', title: 'Entry', navParent: 'log', render: renderEntry };
