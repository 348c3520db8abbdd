// Conflicts the server kept (DESIGN §4): the losing value of a concurrent edit,
// shown on the entry with "Keep mine" / "Keep theirs".

import * as api from '../api.js';
import { syncNow } from '../sync.js';
import { h, toast } from './dom.js';

const FIELD_WORDS = {
  course_title: 'Course title',
  provider: 'Provider',
  completion_date: 'Completion date',
  hours: 'CEC hours',
  holder_name: 'Name on certificate',
  approval_number: 'Approval number',
  notes: 'Notes',
  deleted: 'Deleted',
};

export function normalizeConflict(c) {
  return {
    id: c.id,
    entryId: c.entry_id ?? c.record_id ?? c.entity_id,
    field: c.field,
    mine: c.mine ?? c.losing_value ?? c.lost_value,
    theirs: c.theirs ?? c.winning_value ?? c.current_value,
  };
}

export const conflictLabel = (c) => FIELD_WORDS[c.field] ?? c.field;

const shown = (value) => (value === null || value === undefined || value === '' ? '(empty)' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function conflictCard(conflict, onResolved) {
  const resolve = async (keep) => {
    try {
      await api.post(`/api/conflicts/${encodeURIComponent(conflict.id)}/resolve`, { keep });
    } catch (error) {
      toast(error instanceof api.NetworkError ? 'Connect to the internet to settle this.' : error.message);
      return;
    }
    toast(keep === 'mine' ? 'Kept your value' : 'Kept the other value');
    await syncNow();
    onResolved?.();
  };
  return h(
    'section',
    { class: 'card conflict', 'aria-label': `${conflictLabel(conflict)} conflict` },
    h('h2', { text: `${conflictLabel(conflict)} changed on two devices` }),
    h(
      'dl',
      { class: 'conflict-values' },
      h('dt', { text: 'Now' }),
      h('dd', { text: shown(conflict.theirs) }),
      h('dt', { text: 'Set aside' }),
      h('dd', { text: shown(conflict.mine) }),
    ),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => resolve('mine') }, 'Keep mine'),
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => resolve('theirs') }, 'Keep theirs'),
    ),
  );
}
