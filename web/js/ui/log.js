// Log: every entry by renewal cycle, with its status and a search box.
// #/log/review and #/log/missing list the hours the totals do not count yet.

import { photosBySha } from '../docstate.js';
import { snapshot } from '../local.js';
import { describe } from '../problems.js';
import { cycleTotals, inCycle } from '../totals.js';
import { h, entryTitle, fmtDate, icon, morph, replace } from './dom.js';
import { addEntryButton, entryRow } from './rows.js';

const FILTERS = {
  review: { title: 'Waiting for review', lede: 'Read from the photo: check each value against the certificate.' },
  missing: { title: 'Missing proof', lede: 'These hours count once their proof is complete.' },
};
const blocking = (entry) => (entry.problems ?? []).find((p) => p.startsWith('missing:') || p === 'name_mismatch' || p === 'duplicate');

function matches(entry, query) {
  if (!query) return true;
  const text = [entry.course_title, entry.provider, entry.holder_name, entry.notes, entry.approval_number, entryTitle(entry)].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => text.includes(word));
}

function groups(entries, summary) {
  const cycle = summary?.cycle;
  const out = [
    { key: 'undated', title: 'Not dated yet', items: [] },
    { key: 'later', title: 'After this cycle', items: [] },
    { key: 'current', title: cycle ? `This cycle · ${fmtDate(cycle.starts_on)} – ${fmtDate(cycle.ends_on)}` : 'All entries', items: [] },
    { key: 'earlier', title: 'Earlier cycles', items: [] },
  ];
  const [undated, later, current, earlier] = out;
  for (const entry of entries) {
    const date = entry.completion_date;
    if (!date) undated.items.push(entry);
    else if (!cycle || (cycle.starts_on <= date && date <= cycle.ends_on)) current.items.push(entry);
    else if (date > cycle.ends_on) later.items.push(entry);
    else earlier.items.push(entry);
  }
  return out.filter((g) => g.items.length);
}

// The entries behind one of the totals' "waiting" lines, with why each waits.
function filtered(data, filter) {
  const { states } = cycleTotals(data.entries, data.summary, data.profile);
  return data.entries.filter((e) => inCycle(e, data.summary?.cycle) && states.get(e.id) === filter);
}

async function render(root, [filter]) {
  const only = FILTERS[filter] ? filter : null;
  let data = await snapshot();
  let photos = await photosBySha();
  const row = (entry, note = null) => entryRow(entry, { photo: photos.get(entry.document_sha256), note });
  const search = h('input', { type: 'search', id: 'log-search', autocomplete: 'off', placeholder: 'Title, provider, notes…', enterkeyhint: 'search' });
  const results = h('div', { class: 'log-groups' });
  const counter = h('p', { class: 'muted' });

  function draw() {
    if (only) {
      const list = filtered(data, only);
      counter.textContent = `${list.length} ${list.length === 1 ? 'entry' : 'entries'}`;
      const why = (e) => (only === 'missing' ? (e.submission?.status === 'rejected' ? 'Rejected by the IICRC' : describe(blocking(e))) : null);
      morph(results, list.length ? h('ul', { class: 'list card' }, list.map((e) => row(e, why(e)))) : h('p', { class: 'empty' }, icon('check'), 'None left.'));
      return;
    }
    const found = data.entries.filter((e) => matches(e, search.value.trim()));
    counter.textContent = search.value.trim() ? `${found.length} of ${data.entries.length} entries` : `${data.entries.length} ${data.entries.length === 1 ? 'entry' : 'entries'}`;
    if (!data.entries.length) {
      morph(results, h('div', { class: 'empty-state' }, icon('list'), h('p', { text: 'No entries yet.' }), h('p', { class: 'muted', text: 'Snap a certificate, add one you have as a file, or record a booth registration; it shows up here at once.' }), h('a', { class: 'btn btn-primary', href: '#/capture' }, 'Capture a certificate')));
      return;
    }
    if (!found.length) {
      morph(results, h('p', { class: 'empty', text: `Nothing matches “${search.value.trim()}”.` }));
      return;
    }
    morph(
      results,
      groups(found, data.summary).map((g) =>
        h('section', { class: 'log-group', 'aria-label': g.title }, h('h2', { text: g.title }), h('ul', { class: 'list card' }, g.items.map((e) => row(e)))),
      ),
    );
  }
  search.addEventListener('input', draw);
  draw();
  replace(
    root,
    h('div', { class: 'title-row' }, h('h1', { tabindex: '-1', text: only ? FILTERS[only].title : 'Log' }), addEntryButton()),
    only ? [h('p', { class: 'lede', text: FILTERS[only].lede }), h('p', {}, h('a', { href: '#/log', text: 'Show all entries' }))] : h('div', { class: 'search' }, h('label', { for: 'log-search', class: 'visually-hidden', text: 'Search entries' }), search),
    counter,
    results,
  );
  return {
    refresh: async () => {
      [data, photos] = await Promise.all([snapshot(), photosBySha()]);
      draw();
    },
  };
}

export const screen = { name: 'log', title: 'Log', nav: { label: 'Log', icon: 'list', order: 4 }, render };
