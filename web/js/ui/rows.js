// One entry as a row of a list (log, capture, trade show): its title, date and
// provider, where its certificate is on its way, and its status.

import { docState } from '../docstate.js';
import { h, entryStatus, entryTitle, fmtDate, fmtHours, icon, photoUrl } from './dom.js';

export function entryRow(entry, { photo = null, note = null, thumb = false } = {}) {
  const state = docState(entry, photo);
  const status = state ?? entryStatus(entry);
  const sub = [entry.completion_date ? fmtDate(entry.completion_date) : null, entry.provider].filter(Boolean).join(' · ');
  const url = thumb ? photoUrl(photo) : null;
  return h(
    'li',
    { 'data-key': entry.id },
    h(
      'a',
      { class: 'row entry-row', href: `#/entry/${entry.id}` },
      url ? h('img', { src: url, alt: '', class: 'thumb', onload: () => URL.revokeObjectURL(url) }) : null,
      h(
        'span',
        { class: 'row-text' },
        h('span', { class: 'row-title', text: entryTitle(entry) }),
        h('span', { class: 'row-sub', text: sub || (state?.key === 'reading' ? 'Reading the certificate…' : 'No details yet') }),
        h(
          'span',
          { class: 'chips' },
          h('span', { class: `chip chip-${status.key}`, text: status.text }),
          entry.pending ? h('span', { class: 'chip chip-pending', text: 'Not synced' }) : null,
        ),
        note ? h('span', { class: 'row-note', text: note }) : null,
      ),
      entry.hours !== null && entry.hours !== undefined
        ? h('span', { class: 'row-end' }, h('span', { class: 'hours', text: `${fmtHours(entry.hours)}${entry.hours_unit === 'legacy_cec' ? ' CEC' : ' h'}` }))
        : null,
    ),
  );
}

// "Add entry": a certificate typed in, or one chosen as a file (PDF, image).
export const addEntryButton = (big = false) =>
  h('button', { type: 'button', class: `btn btn-secondary${big ? ' btn-big' : ' btn-small'}`, onclick: () => { location.hash = '#/add'; } }, icon('plus'), 'Add entry');
