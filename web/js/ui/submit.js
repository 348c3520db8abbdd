// Submit: get hours to the IICRC (email package, the profile's "Report CECs"
// form, a provider or the booth roster), then confirm them in the IICRC
// profile or follow up. The lists come from this device's records; marking
// entries goes to the server (all or none) and sync brings the result back.

import * as api from '../api.js';
import { snapshot } from '../local.js';
import { describe, localToday } from '../problems.js';
import { syncNow } from '../sync.js';
import { copyText } from './files.js';
import { canShareFiles, downloadEml, sharePackage, webmailPanel } from './send.js';
import { entryTitle, field, fmtDate, fmtHours, h, icon, replace, toast } from './dom.js';

const METHODS = [
  ['email', 'Email to the renewals team'],
  ['portal', 'IICRC profile (Report CECs)'],
  ['provider', 'The provider submits it'],
  ['booth_roster', 'IICRC booth roster'],
];
const METHOD_WORDS = Object.fromEntries(METHODS);

function say(error) {
  if (error instanceof api.NetworkError) return 'This needs a connection to the server. Try again when online.';
  return error.message;
}

async function act(path, body, done) {
  try {
    const entries = await api.post(path, body);
    toast(done(entries.length));
    await syncNow();
    return entries;
  } catch (error) {
    toast(say(error));
    return null;
  }
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const markSubmitted = (ids, method, on) =>
  act('/api/entries/submit', { entry_ids: ids, method, submitted_on: on }, (n) => `${plural(n, 'entry', 'entries')} marked submitted`);

function entryLine(entry) {
  const bits = [entry.completion_date ? fmtDate(entry.completion_date) : 'No date', entry.provider, entry.hours != null ? `${fmtHours(entry.hours)} h` : null];
  return bits.filter(Boolean).join(' · ');
}

// Why an entry is not ready to send: still to review, a name that differs,
// proof missing. The IICRC may turn such an entry down.
export function notReady(entry) {
  const problems = entry.problems ?? [];
  const flags = [];
  if (entry.needs_review) flags.push('To review');
  if (problems.includes('name_mismatch')) flags.push('Name differs from your profile');
  const missing = problems.filter((p) => p.startsWith('missing:'));
  if (missing.includes('missing:document')) flags.push('No certificate file');
  else if (missing.length) flags.push(`Missing: ${missing.map((p) => describe(p).replace(/ (is|are) missing$/, '').toLowerCase()).join(', ')}`);
  return flags;
}

// The entries still to send, each with a checkbox; `selected` holds their ids.
function pickList(entries, selected, onChange) {
  const boxes = entries.map((entry) => {
    const box = h('input', { type: 'checkbox', id: `pick-${entry.id}`, checked: selected.has(entry.id) });
    box.addEventListener('change', () => {
      if (box.checked) selected.add(entry.id);
      else selected.delete(entry.id);
      onChange();
    });
    const notes = [];
    if (entry.submission?.status === 'rejected') notes.push(h('span', { class: 'chip chip-rejected', text: `Rejected: ${entry.submission.reason ?? ''}` }));
    for (const flag of notReady(entry)) notes.push(h('span', { class: 'chip chip-review', text: flag }));
    return h(
      'li',
      { class: 'row pick' },
      box,
      h('label', { for: box.id, class: 'row-text' }, h('span', { class: 'row-title', text: entryTitle(entry) }), h('span', { class: 'row-sub', text: entryLine(entry) }), notes.length ? h('span', { class: 'chips' }, notes) : null),
    );
  });
  return h('ul', { class: 'list picks' }, boxes);
}

function sentPrompt(ids, redraw) {
  return h(
    'div',
    { class: 'card notice', role: 'group', 'aria-label': 'Did the email go out?' },
    h('p', { text: `Once the email with ${plural(ids.length, 'certificate', 'certificates')} has gone to renewals@iicrcnet.org, mark ${ids.length === 1 ? 'it' : 'them'} submitted.` }),
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'btn btn-primary', onclick: async () => { if (await markSubmitted(ids, 'email', localToday())) redraw(); } }, 'I sent it')),
  );
}

function portalPanel(entries) {
  const copyButton = (label, value, what) =>
    h('button', { type: 'button', class: 'btn btn-small btn-secondary', 'aria-label': `Copy ${what}`, disabled: !value, onclick: async () => toast((await copyText(value)) ? `Copied ${label.toLowerCase()}` : 'Copying is not allowed here; select the text instead') }, 'Copy');
  return h(
    'div',
    { class: 'portal' },
    h('p', { class: 'muted', text: 'In your IICRC profile choose "Report CECs" and type these values, one entry at a time.' }),
    entries.map((v) =>
      h(
        'section',
        { class: 'card portal-entry', 'aria-label': `Report CECs: ${v.course_name || 'untitled entry'}` },
        h(
          'dl',
          { class: 'facts copy-facts' },
          [['Course name', v.course_name], ['Provider', v.provider], ['Date', v.date], ['Hours', v.hours]].map(([label, value]) => [
            h('dt', { text: label }),
            h('dd', {}, h('span', { class: 'copy-value', text: value || 'missing' }), copyButton(label, value, `${label.toLowerCase()} of ${v.course_name || 'this entry'}`)),
          ]),
        ),
        h('button', { type: 'button', class: 'btn btn-primary', onclick: async (event) => { event.target.disabled = true; await markSubmitted([v.entry_id], 'portal', localToday()); } }, 'Reported in portal'),
      ),
    ),
  );
}

function markForm(ids) {
  const method = h('select', { id: 'submit-method' }, METHODS.map(([value, text]) => h('option', { value, text })));
  const on = h('input', { type: 'date', id: 'submit-date', value: localToday(), max: localToday() });
  const form = h('form', { class: 'form', 'aria-label': 'Mark submitted' }, h('div', { class: 'two' }, field('Submitted by', method), field('Submitted on', on)), h('button', { type: 'submit', class: 'btn btn-primary' }, 'Mark submitted'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await markSubmitted(ids(), method.value, on.value || localToday());
  });
  return form;
}

// Built once; `update` redraws only the list, so a prompt or a form in use survives a sync.
function toSubmitSection(selected) {
  let entries = [];
  const notice = h('div');
  const listBox = h('div');
  const extra = h('div');
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const ids = () => entries.filter((e) => selected.has(e.id)).map((e) => e.id);

  const run = (work) => async (event) => {
    const button = event.currentTarget;
    if (!ids().length) return toast('Choose the entries first.');
    button.disabled = true;
    try {
      await work(ids());
    } catch (error) {
      toast(say(error));
    } finally {
      button.disabled = false;
    }
  };
  const sent = (chosen) => replace(extra, sentPrompt(chosen, () => replace(extra)));
  const download = run(async (chosen) => {
    await downloadEml(chosen, extra);
    sent(chosen);
  });
  const share = run(async (chosen) => {
    if (await sharePackage(chosen, extra)) sent(chosen);
  });
  const webmail = run((chosen) => webmailPanel(chosen, extra, () => sent(chosen)));
  const send = run(async (chosen) => {
    const result = await api.post('/api/submissions/email/send', { entry_ids: chosen });
    toast(`Sent to ${result.sent_to}; ${plural(result.entries.length, 'entry', 'entries')} marked submitted`);
    await syncNow();
  });
  const portal = run(async (chosen) => {
    const values = await api.get('/api/submissions/portal');
    replace(extra, portalPanel(values.filter((v) => chosen.includes(v.entry_id))));
  });

  // Offered once the server says it can send mail itself.
  const sendButton = h('button', { type: 'button', class: 'btn btn-secondary', hidden: true, onclick: send }, 'Send by email');
  api.get('/api/submissions/channels').then((c) => { sendButton.hidden = !c.smtp; }, () => {});
  const all = h('input', { type: 'checkbox', id: 'pick-all' });
  const warning = h('p', { class: 'notice-line' });
  const counted = () => {
    count.textContent = `${selected.size} of ${plural(entries.length, 'entry', 'entries')} chosen`;
    all.checked = entries.length > 0 && selected.size === entries.length;
    const unready = entries.filter((e) => selected.has(e.id) && notReady(e).length).length;
    warning.textContent = unready ? `${plural(unready, 'chosen entry is', 'chosen entries are')} not ready (marked below): the IICRC may turn ${unready === 1 ? 'it' : 'them'} down. Review first.` : '';
    warning.hidden = !unready;
  };
  all.addEventListener('change', () => {
    for (const entry of entries) all.checked ? selected.add(entry.id) : selected.delete(entry.id);
    listBox.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = all.checked; });
    counted();
  });
  const chooser = h(
    'div',
    {},
    h('div', { class: 'field check' }, all, h('label', { for: 'pick-all', text: 'Choose all' })),
    count,
    warning,
    listBox,
    h(
      'div',
      { class: 'button-row' },
      // Phones share the PDFs and the message; desks take the .eml or webmail.
      canShareFiles() ? h('button', { type: 'button', class: 'btn btn-primary', onclick: share }, 'Share PDFs and message') : null,
      h('button', { type: 'button', class: `btn ${canShareFiles() ? 'btn-secondary' : 'btn-primary'}`, onclick: download }, 'Download email (.eml)'),
      h('button', { type: 'button', class: 'btn btn-secondary', onclick: webmail }, 'Webmail: copy the message, download the PDFs'),
      sendButton,
      h('button', { type: 'button', class: 'btn btn-secondary', onclick: portal }, 'Report in IICRC portal'),
    ),
    h('details', { class: 'mark' }, h('summary', { text: 'Sent another way? Mark submitted' }), markForm(ids)),
  );
  const done = h('p', { class: 'empty' });
  const element = h('section', { class: 'card', 'aria-labelledby': 'to-submit-h' }, h('h2', { id: 'to-submit-h', text: 'To submit' }), notice, chooser, done, extra);

  function update(open, profile, logged) {
    entries = open;
    replace(done, logged ? [icon('check'), 'Everything is submitted.'] : 'Nothing to submit yet: entries you log show up here.');
    for (const id of [...selected]) if (!open.some((e) => e.id === id)) selected.delete(id);
    replace(notice, profile.iicrc_id ? null : h('p', { class: 'notice-line' }, icon('alert'), h('span', {}, 'The email needs your IICRC ID: ', h('a', { href: '#/profile', text: 'add it to your profile' }), '.')));
    replace(listBox, pickList(open, selected, counted));
    chooser.hidden = !open.length;
    done.hidden = Boolean(open.length);
    counted();
  }
  return { element, update };
}

function waitingRow(item, redraw) {
  const entry = item.entry;
  const s = entry.submission;
  const reason = h('input', { type: 'text', id: `reason-${entry.id}`, maxLength: 1000 });
  const rejectBox = h('div');
  const confirm = async () => {
    if (await act('/api/entries/confirm', { entry_ids: [entry.id], confirmed_on: localToday() }, () => `Confirmed: ${entryTitle(entry)}`)) redraw();
  };
  const reject = () => {
    const form = h('form', { class: 'form' }, field('Why the IICRC rejected it', reason), h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Save rejection'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) return toast('Say why, so you know what to fix.');
      if (await act('/api/entries/reject', { entry_ids: [entry.id], reason: reason.value.trim() }, () => `Rejected: ${entryTitle(entry)}`)) {
        replace(rejectBox);
        redraw();
      }
    });
    replace(rejectBox, form);
    reason.focus();
  };
  const since = [s.submitted_on ? `Submitted ${fmtDate(s.submitted_on)}` : 'Submitted', s.method ? `by ${METHOD_WORDS[s.method]?.toLowerCase() ?? s.method}` : null].filter(Boolean).join(' ');
  return h(
    'li',
    { class: `waiting${item.due ? ' due' : ''}`, 'aria-label': entryTitle(entry) },
    h('p', { class: 'row-title', text: entryTitle(entry) }),
    h('p', { class: 'row-sub', text: `${since} · ${entryLine(entry)}` }),
    item.advice ? h('p', { class: item.due ? 'notice-line' : 'hint' }, item.due ? icon('alert') : null, item.advice) : null,
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: confirm }, 'Confirmed in profile'), h('button', { type: 'button', class: 'btn btn-small btn-quiet', onclick: reject }, 'Rejected…')),
    rejectBox,
  );
}

function followUpCard(message) {
  return h(
    'section',
    { class: 'card notice', 'aria-labelledby': 'follow-up-h' },
    h('h2', { id: 'follow-up-h', text: 'Follow up with the renewals team' }),
    h('p', {}, 'Write to ', h('strong', { text: message.to }), ' about the hours that do not show yet:'),
    h('textarea', { readOnly: true, rows: 8, class: 'follow-up-text', 'aria-label': 'Follow-up message', value: `${message.subject}\n\n${message.body}` }),
    h('div', { class: 'button-row' }, h('a', { class: 'btn btn-primary', href: message.mailto }, 'Write the email'), h('button', { type: 'button', class: 'btn btn-secondary', onclick: async () => toast((await copyText(message.body)) ? 'Message copied' : 'Copying is not allowed here') }, 'Copy message')),
  );
}

function waitingSection(items, message, redraw) {
  return h(
    'section',
    { 'aria-labelledby': 'waiting-h' },
    h('h2', { id: 'waiting-h', text: 'Waiting for the IICRC' }),
    h('p', { class: 'muted', text: 'Check your IICRC profile: when the hours show, mark them confirmed.' }),
    message ? followUpCard(message) : null,
    items.length ? h('ul', { class: 'list card waiting-list' }, items.map((item) => waitingRow(item, redraw))) : h('p', { class: 'empty card' }, icon('check'), 'Nothing waiting.'),
  );
}

// The follow-up list from the server (business days, prepared message); offline, the local copy.
async function followUps(entries) {
  try {
    return await api.get('/api/submissions/follow-ups');
  } catch {
    const items = entries.filter((e) => e.submission?.status === 'submitted').map((entry) => ({ entry, due: (entry.problems ?? []).includes('follow_up'), advice: null }));
    return { items, message: null };
  }
}

async function render(root) {
  const selected = new Set();
  const top = toSubmitSection(selected);
  const waiting = h('div');

  async function draw() {
    const data = await snapshot();
    top.update(data.entries.filter((e) => ['not_submitted', 'rejected'].includes(e.submission?.status ?? 'not_submitted')), data.profile, data.entries.length);
    // A rejection being typed is not swept away by a sync.
    if (waiting.querySelector('form')) return;
    const local = new Map(data.entries.map((e) => [e.id, e]));
    const list = await followUps(data.entries);
    // This device's copy of each entry: it carries edits not yet synced.
    const items = list.items.filter((item) => local.has(item.entry.id)).map((item) => ({ ...item, entry: local.get(item.entry.id) }));
    replace(waiting, waitingSection(items, list.message, draw));
  }
  await draw();
  replace(
    root,
    h('h1', { tabindex: '-1', text: 'Submit to the IICRC' }),
    h('p', { class: 'lede', text: 'The IICRC receives nothing by itself: send your certificates, then check that the hours show in your IICRC profile.' }),
    top.element,
    waiting,
  );
  return { refresh: draw };
}

export const screen = { name: 'submit', title: 'Submit', nav: { label: 'Submit', icon: 'check', order: 4.5 }, render };
