// Reminders from /api/summary on the home screen: what is due now first, then
// the next date ahead. Each links to where it is dealt with.

import { localToday } from '../problems.js';
import { changeProfile } from '../records.js';
import { fmtDate, h, icon, toast } from './dom.js';

const WHERE = {
  follow_up: '#/submit',
  backup: '#/records',
};
const SHOWN = 4;

function row(reminder) {
  const text = h(
    'span',
    { class: 'row-text' },
    h('span', { class: 'row-title', text: reminder.title }),
    h('span', { class: 'row-sub', text: `${reminder.detail}${reminder.urgent ? '' : ` · ${fmtDate(reminder.due_on)}`}` }),
  );
  const body = [icon(reminder.urgent ? 'alert' : 'clock'), text];
  if (reminder.kind === 'profile_email') {
    // Checked there, cleared here: renewal notices go to that address.
    const done = h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: async () => {
      await changeProfile({ profile_email_checked_on: localToday() });
      done.replaceWith(h('span', { class: 'good', text: 'Checked' }));
      toast('Noted: email on your IICRC profile checked today');
    } }, 'I checked it');
    return h('li', {}, h('div', { class: 'row' }, body, done));
  }
  const href = WHERE[reminder.kind];
  return h('li', {}, href ? h('a', { class: 'row', href }, body, icon('chevron')) : h('div', { class: 'row' }, body));
}

// `summary.reminders` is ordered urgent first, then by date.
export function remindersCard(summary) {
  const reminders = summary?.reminders ?? [];
  if (!reminders.length) return null;
  const urgent = reminders.filter((r) => r.urgent);
  const shown = urgent.length ? urgent.slice(0, SHOWN) : reminders.slice(0, 1);
  return h(
    'section',
    { class: 'card reminders', 'aria-labelledby': 'reminders-h' },
    h('h2', { id: 'reminders-h', text: urgent.length ? 'Reminders' : 'Coming up' }),
    h('ul', { class: 'list' }, shown.map(row)),
  );
}
