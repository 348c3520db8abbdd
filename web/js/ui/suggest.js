// A blank field's likeliest value on the page, found but not sure enough to
// be filled in by itself: offered under the field, with the line it comes
// from shown on the page, for the technician to take with one tap.

import { fmtDate, h, hoursText } from './dom.js';

export function offeredText(name, value) {
  if (name === 'completion_date') return fmtDate(value);
  if (name === 'hours') return hoursText(value);
  return String(value);
}

// Shows or clears, under a field's row, what the page may give it.
// `take(suggestion)` fills the field; `look(line)` shows that line on the page.
export function offer(row, name, label, suggestion, { take, look }) {
  row.querySelector('.suggest')?.remove();
  if (!suggestion) return;
  const use = h(
    'button',
    { type: 'button', class: 'btn btn-small btn-secondary', onclick: () => take(suggestion) },
    // Named in its text, not aria-label, so it never passes for the field's own label.
    `Use “${offeredText(name, suggestion.value)}”`,
    h('span', { class: 'visually-hidden', text: ` for ${label}` }),
  );
  for (const event of ['focus', 'pointerenter']) use.addEventListener(event, () => look(suggestion.line));
  row.append(h('div', { class: 'suggest' }, h('span', { class: 'suggest-words', text: 'The page may say' }), use));
}
