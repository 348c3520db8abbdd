// A conflict on an entry, shown from this device's side (see local.js): "Keep
// mine" keeps what this device typed, whichever of the two values that was.

import * as api from '../api.js';
import { syncNow } from '../sync.js';
import { h, toast } from './dom.js';

const FIELD_WORDS = {
  kind: 'Kind',
  course_title: 'Course title',
  provider: 'Provider',
  completion_date: 'Completion date',
  hours: 'CEC hours',
  hours_unit: 'Hours unit',
  holder_name: 'Name on certificate',
  approval_number: 'Approval number',
  approval_verified: 'Approval verified',
  document_sha256: 'Certificate photo',
  notes: 'Notes',
  deleted: 'Deleted',
};

export const conflictLabel = (c) => FIELD_WORDS[c.field] ?? c.field;

const shown = (value) => (value === null || value === undefined || value === '' ? '(empty)' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function conflictCard(conflict) {
  const resolve = async (keep, words) => {
    try {
      await api.post(`/api/conflicts/${encodeURIComponent(conflict.id)}/resolve`, { keep });
    } catch (error) {
      toast(error instanceof api.NetworkError ? 'Connect to the internet to settle this.' : error.message);
      return;
    }
    toast(words);
    await syncNow();
  };
  const whose = (mine) => (mine ? ' (this device)' : conflict.keptIsMine || conflict.setAsideIsMine ? ' (other device)' : '');
  return h(
    // Not labelled: a region named after the field would also match that field's label.
    'article',
    { class: 'card conflict' },
    h('h2', { text: `${conflictLabel(conflict)} changed on two devices` }),
    h(
      'dl',
      { class: 'conflict-values' },
      h('dt', { text: 'Kept' }),
      h('dd', { text: shown(conflict.kept) + whose(conflict.keptIsMine) }),
      h('dt', { text: 'Set aside' }),
      h('dd', { text: shown(conflict.setAside) + whose(conflict.setAsideIsMine) }),
    ),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => resolve(conflict.keepMine, 'Kept your value') }, 'Keep mine'),
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => resolve(conflict.keepTheirs, 'Kept the other value') }, 'Keep theirs'),
    ),
  );
}
