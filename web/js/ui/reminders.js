// Reminders from /api/summary on the home screen: what is due now first, then
// the next date ahead. Each links to where it is dealt with.

import { fmtDate, h, icon } from './dom.js';

const WHERE = {
  follow_up: '#/submit',
  backup: '#/records',
  profile_email: '#/profile',
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
