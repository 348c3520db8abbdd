// Home: totals, the two things done at a trade show (snap, booth), and what needs attention.

import { getMeta, setMeta } from '../db.js';
import { docState, stillReading } from '../docstate.js';
import { getPhoto, snapshot } from '../local.js';
import { describe, needsAttention } from '../problems.js';
import { state as syncState } from '../sync.js';
import { cycleTotals } from '../totals.js';
import { h, entryTitle, fmtDate, fmtHours, hoursText, icon, replace } from './dom.js';
import { boothPanel } from './booth.js';
import { installCard } from './install.js';
import { remindersCard } from './reminders.js';
import { conflictLabel } from './conflicts.js';
import { addEntryButton } from './rows.js';
import { snapPanel } from './snap.js';

// Beside the headline: hours that do not count yet, each a link to its entries.
function waitingLine(hours, text, href, iconName) {
  return hours > 0 ? h('p', {}, h('a', { class: 'split', href }, icon(iconName), `${hoursText(hours)} ${text}`, icon('chevron'))) : null;
}

function totalsCard(data) {
  const t = cycleTotals(data.entries, data.summary, data.profile);
  const done = t.required !== null && t.documented >= t.required;
  const progress = h('progress', { max: t.required ?? 1, value: Math.min(t.documented, t.required ?? 0), 'aria-label': 'Documented hours this cycle' });
  const lines = [];
  if (t.endsOn) {
    const days = t.daysLeft >= 0 ? `${t.daysLeft} ${t.daysLeft === 1 ? 'day' : 'days'} left` : `ended ${-t.daysLeft} days ago`;
    lines.push(h('p', { class: 'cycle' }, icon('clock'), `Cycle ends ${fmtDate(t.endsOn)} · ${days}`));
  } else {
    lines.push(h('p', { class: 'muted', text: 'Cycle dates appear after the first sync.' }));
  }
  if (t.assumed) lines.push(h('p', { class: 'hint' }, 'Cycle dates are a guess. ', h('a', { href: '#/profile' }, 'Set your cycle start'), '.'));
  if (data.profile.fee_due_on) lines.push(h('p', { class: 'muted', text: `Renewal fee due ${fmtDate(data.profile.fee_due_on)}` }));
  return h(
    'section',
    { class: 'card totals', 'aria-labelledby': 'totals-h' },
    h('h2', { id: 'totals-h', text: 'Totals' }),
    h('p', { class: 'big-number' }, h('strong', { text: fmtHours(t.documented) }), ` of ${t.required === null ? '?' : fmtHours(t.required)} hours`),
    progress,
    h('p', { class: done ? 'good' : 'to-go', text: done ? 'Enough documented hours for this cycle' : t.remaining === null ? '' : `${hoursText(t.remaining)} to go` }),
    h('p', { class: 'hint', text: 'Counted: hours with their proof complete and checked.' }),
    waitingLine(t.review, 'waiting for review', '#/log/review', 'clock'),
    waitingLine(t.missing, 'missing proof', '#/log/missing', 'alert'),
    lines,
  );
}

// Captures still on their way (saved, uploading, being read) are not yet
// incomplete: they show in the capture cards, not here.
async function onTheirWay(entries) {
  const fresh = entries.filter((e) => e.document_sha256 && !e.needs_review && !e.course_title);
  const states = await Promise.all(fresh.map(async (e) => [e.id, docState(e, await getPhoto(e.document_sha256))]));
  return new Set(states.filter(([, state]) => stillReading(state)).map(([id]) => id));
}

function attentionList(data, skip) {
  const items = [];
  for (const conflict of data.conflicts) {
    const entry = data.entries.find((e) => e.id === conflict.entryId);
    if (!entry) continue;
    items.push({ href: `#/entry/${entry.id}`, title: entryTitle(entry), text: `${conflictLabel(conflict)} changed on two devices`, icon: 'alert' });
  }
  for (const entry of data.entries.filter((e) => needsAttention(e) && !skip.has(e.id))) {
    const first = entry.needs_review ? 'Read from the photo: check the details' : describe(entry.problems.find((c) => c !== 'approval_unverified' && c !== 'outside_cycle'));
    items.push({ href: `#/entry/${entry.id}`, title: entryTitle(entry), text: first, icon: 'alert' });
  }
  const body = items.length
    ? h('ul', { class: 'list' }, items.slice(0, 8).map((item) => h('li', {}, h('a', { class: 'row', href: item.href }, icon(item.icon), h('span', { class: 'row-text' }, h('span', { class: 'row-title', text: item.title }), h('span', { class: 'row-sub', text: item.text })), icon('chevron')))))
    : h('p', { class: 'empty' }, icon('check'), 'Nothing needs your attention.');
  const more = items.length > 8 ? h('p', {}, h('a', { href: '#/log', text: `See all ${items.length} in the log` })) : null;
  return h('section', { class: 'card', 'aria-labelledby': 'attention-h' }, h('h2', { id: 'attention-h', text: 'Needs attention' }), body, more);
}

function sessionNotice() {
  if (!syncState.signedOut) return null;
  return h(
    'section',
    { class: 'card notice', 'aria-labelledby': 'session-ended-h' },
    h('h2', { id: 'session-ended-h', text: 'Sign in again to sync' }),
    h('p', { text: 'Your session on the server has ended. Everything stays on this device until you sign in.' }),
    h('a', { class: 'btn btn-primary btn-small', href: '#/signin/signin' }, 'Sign in'),
  );
}

// Files shared to the app while signed out wait in the service worker's cache.
async function sharedNotice() {
  if (!('caches' in self) || !(await caches.has('ceclog-shared'))) return null;
  const waiting = (await (await caches.open('ceclog-shared')).keys()).length;
  if (!waiting) return null;
  return h('section', { class: 'card notice', 'aria-labelledby': 'shared-h' }, h('h2', { id: 'shared-h', text: `${waiting} shared ${waiting === 1 ? 'file waits' : 'files wait'}` }), h('a', { class: 'btn btn-primary btn-small', href: '#/add/shared' }, 'Add them to the log'));
}

async function rejectedNotice() {
  const rejected = (await getMeta('rejected')) ?? [];
  if (!rejected.length) return null;
  return h(
    'section',
    { class: 'card notice', role: 'alert' },
    h('h2', { text: 'The server refused a change' }),
    h('ul', {}, rejected.slice(-3).map((r) => h('li', { text: r.reason }))),
    h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: async () => { await setMeta('rejected', []); location.reload(); } }, 'Dismiss'),
  );
}

async function render(root) {
  const heading = h('h1', { tabindex: '-1' });
  const totals = h('div');
  const booth = boothPanel();
  const attention = h('div');
  const extras = h('div');
  const snap = snapPanel({ id: 'camera-home' });

  async function draw() {
    const data = await snapshot();
    const first = (data.profile.full_name ?? '').split(/\s+/)[0];
    heading.textContent = first ? `Hi, ${first}` : 'Your CEC hours';
    replace(totals, totalsCard(data));
    booth.update(data);
    replace(attention, attentionList(data, await onTheirWay(data.entries)));
    replace(extras, await sharedNotice(), remindersCard(data.summary), sessionNotice(), await rejectedNotice(), installCard());
  }
  await draw();
  // The capture buttons come first and stay put: the totals grow a line or two
  // when the first sync brings the cycle dates, and a button that moves under
  // a thumb on its way down records the wrong thing.
  replace(
    root,
    heading,
    h('section', { class: 'actions', 'aria-label': 'Capture' }, snap.element, booth.element, addEntryButton(true)),
    totals,
    attention,
    extras,
  );
  return {
    refresh: async (change) => {
      if (change?.kind !== 'upload') await draw();
      await snap.update();
    },
  };
}

export const screen = { name: 'home', title: 'Home', nav: { label: 'Home', icon: 'home', order: 1 }, render };
