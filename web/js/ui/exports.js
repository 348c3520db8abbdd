// Records: the tracking log as CSV, the CEC transcript, a full backup and its
// restore, and the calendar feed of renewal dates. Files come from the server,
// so this screen needs a connection. Downloading a backup changes nothing on the
// server; once it is saved, the app records the date, which syncs like any profile field.

import * as api from '../api.js';
import { snapshot } from '../local.js';
import { localToday } from '../problems.js';
import { changeProfile } from '../records.js';
import { syncNow } from '../sync.js';
import { copyText, fetchFile, saveFile, uploadFile } from './files.js';
import { field, fmtDate, h, replace, toast } from './dom.js';

// The first backup makes a PDF of every photo; give it time.
const BACKUP_MS = 10 * 60000;

function say(error) {
  if (error instanceof api.NetworkError) return 'This needs a connection to the server. Try again when online.';
  return error.message;
}

function downloadButton(label, path, fallback, after = null, timeout = undefined) {
  return h(
    'button',
    {
      type: 'button',
      class: 'btn btn-secondary',
      onclick: async (event) => {
        const button = event.currentTarget;
        button.disabled = true;
        try {
          saveFile(await fetchFile('GET', path, { fallback, timeout }));
          await after?.();
        } catch (error) {
          toast(say(error));
        } finally {
          button.disabled = false;
        }
      },
    },
    label,
  );
}

function logCard() {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'log-export-h' },
    h('h2', { id: 'log-export-h', text: 'Tracking log' }),
    h('p', { class: 'muted', text: 'Every entry with its date, course, provider, hours and submission status; opens in Excel, Numbers and LibreOffice.' }),
    h('div', { class: 'button-row' }, downloadButton('Download log (CSV)', '/api/export/log.csv', 'ceclog-log.csv')),
  );
}

function transcriptCard() {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'transcript-h' },
    h('h2', { id: 'transcript-h', text: 'CEC transcript' }),
    h('p', { class: 'muted', text: 'A printable summary of a renewal cycle and its courses.' }),
    h(
      'div',
      { class: 'button-row' },
      downloadButton('Transcript of this cycle (PDF)', '/api/export/transcript.pdf?cycle=current', 'ceclog-transcript.pdf'),
      downloadButton('Previous cycle', '/api/export/transcript.pdf?cycle=previous', 'ceclog-transcript-previous.pdf'),
    ),
  );
}

function restoreForm() {
  const file = h('input', { type: 'file', id: 'restore-file', accept: '.zip,application/zip' });
  const result = h('p', { 'aria-live': 'polite', class: 'muted' });
  const form = h('form', { class: 'form', 'aria-label': 'Restore' }, field('Backup file', file, { hint: 'A ZIP made by ceclog. Restoring it again changes nothing.' }), h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Restore'), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return toast('Choose the backup file first.');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    result.textContent = 'Restoring…';
    try {
      const r = await uploadFile('/api/import/backup', chosen);
      result.textContent = `Restored: ${r.entries_added} added, ${r.entries_updated} updated, ${r.documents_added} documents added, ${r.skipped} already here.`;
      await syncNow();
    } catch (error) {
      result.textContent = say(error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function backupCard(profile) {
  const last = h('p', { class: 'last-backup', text: profile.last_backup_on ? `Last backup ${fmtDate(profile.last_backup_on)}` : 'Never backed up' });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'backup-h' },
    h('h2', { id: 'backup-h', text: 'Backup' }),
    h('p', { class: 'muted', text: 'One ZIP with every certificate as its named PDF and as taken, the log, and your data. Keep it somewhere other than this device.' }),
    last,
    h('div', { class: 'button-row' }, downloadButton('Download backup (ZIP)', '/api/export/backup.zip', 'ceclog-backup.zip', () => changeProfile({ last_backup_on: localToday() }), BACKUP_MS)),
    h('details', {}, h('summary', { text: 'Restore from a backup' }), restoreForm()),
  );
}

// Where each calendar app takes a subscription; each checks the address for changes by itself.
function calendarApps(feed) {
  const app = (name, link, how) => h('li', {}, link, h('span', { class: 'hint', text: how }));
  const out = (href, text) => h('a', { class: 'btn btn-secondary btn-small', href, target: '_blank', rel: 'noopener' }, text);
  return h(
    'ul',
    { class: 'cal-apps', 'aria-label': 'Add it to your calendar' },
    app('Apple', h('a', { class: 'btn btn-secondary btn-small', href: feed.webcal_url }, 'Add to Apple Calendar'), 'iPhone, iPad and Mac: opens Calendar, which asks to subscribe.'),
    app('Google', out(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(feed.webcal_url)}`, 'Add to Google Calendar'), 'Or in Google Calendar: Other calendars, +, From URL, paste the address. Google refreshes it every few hours.'),
    app('Outlook', out(`https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feed.url)}&name=ceclog`, 'Add to Outlook.com'), 'Outlook on a desk: Add calendar, Subscribe from web (or From internet), paste the address.'),
  );
}

function calendarCard() {
  const body = h('div');
  const show = (feed) => {
    if (feed.url) {
      const address = h('input', { type: 'text', id: 'calendar-url', readOnly: true, value: feed.url });
      replace(
        body,
        field('Calendar address', address, { hint: 'Anyone with this address sees these dates: keep it to yourself. A new link turns this one off.' }),
        h('button', { type: 'button', class: 'btn btn-secondary', onclick: async () => toast((await copyText(feed.url)) ? 'Address copied' : 'Copying is not allowed here') }, 'Copy address'),
        calendarApps(feed),
        controls(true),
      );
    } else {
      replace(body, h('p', { class: 'muted', text: feed.enabled ? 'Your calendar link is on. Its address is shown only when made: make a new one to see it again.' : 'No calendar link yet.' }), controls(feed.enabled));
    }
  };
  const call = (work) => async () => {
    try {
      show(await work());
    } catch (error) {
      toast(say(error));
    }
  };
  const controls = (enabled) =>
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: enabled ? 'btn btn-secondary' : 'btn btn-primary', onclick: call(() => api.post('/api/calendar/rotate')) }, enabled ? 'New calendar link' : 'Make a calendar link'),
      enabled ? h('button', { type: 'button', class: 'btn btn-quiet', onclick: call(async () => { await api.call('DELETE', '/api/calendar'); return { enabled: false }; }) }, 'Turn the calendar off') : null,
    );
  api.get('/api/calendar').then(show, () => replace(body, h('p', { class: 'muted', text: 'The calendar settings need a connection.' })));
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'calendar-h' },
    h('h2', { id: 'calendar-h', text: 'Calendar' }),
    h('p', { class: 'muted', text: 'Cycle end, the renewal fee, follow-ups and backups in your phone’s or desktop’s calendar, kept up to date.' }),
    body,
  );
}

async function render(root) {
  const data = await snapshot();
  const backup = h('div');
  const drawBackup = (profile) => replace(backup, backupCard(profile));
  drawBackup(data.profile);
  replace(root, h('h1', { tabindex: '-1', text: 'Records and backup' }), logCard(), transcriptCard(), backup, calendarCard());
  return {
    refresh: async () => {
      // Only the backup date changes with sync; a restore being chosen is left alone.
      if (backup.querySelector('details[open]')) return;
      drawBackup((await snapshot()).profile);
    },
  };
}

export const screen = { name: 'records', title: 'Records and backup', nav: { label: 'Records', icon: 'folder', order: 4.7 }, render };
