// Profile: what the IICRC knows about the technician, and this device's settings.

import * as api from '../api.js';
import { changePassword, logout, unsyncedCount } from '../account.js';
import { getMeta } from '../db.js';
import { snapshot } from '../local.js';
import { changeProfile } from '../records.js';
import { field, h, replace, toast } from './dom.js';
import { installCard } from './install.js';

const KINDS = [['technician', 'Technician'], ['master', 'Master'], ['inspector', 'Inspector']];
const CODES = ['WRT', 'ASD', 'AMRT', 'FSRT', 'CCT', 'OCT', 'CDS', 'HST', 'UFT', 'RRT', 'MSR', 'MWR', 'MCR', 'MFR'];

function certRow(cert, index, onRemove) {
  const code = h('input', { type: 'text', id: `cert-code-${index}`, value: cert.code ?? '', list: 'cert-codes', maxLength: 20, autocomplete: 'off', class: 'cert-code' });
  const kind = h('select', { id: `cert-kind-${index}`, class: 'cert-kind' }, KINDS.map(([value, text]) => h('option', { value, text, selected: value === (cert.kind ?? 'technician') })));
  const since = h('input', { type: 'date', id: `cert-date-${index}`, value: cert.certified_on ?? '', class: 'cert-date' });
  const row = h(
    'fieldset',
    { class: 'cert' },
    h('legend', { text: `Certification ${index + 1}` }),
    h('div', { class: 'three' }, field('Code', code), field('Kind', kind), field('Certified on', since)),
    h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: () => onRemove(row) }, `Remove certification ${index + 1}`),
  );
  return row;
}

async function storageLine() {
  if (!navigator.storage?.persisted) return 'This browser does not say whether it keeps the data.';
  const kept = await navigator.storage.persisted();
  return kept ? 'Kept until you delete it.' : 'The browser may clear it when the device runs low on space; installing the app helps.';
}

function signOutButton(label, everywhere) {
  return h('button', {
    type: 'button',
    class: 'btn btn-secondary',
    onclick: async () => {
      const waiting = await unsyncedCount();
      if (waiting && !confirm(`${waiting} change${waiting === 1 ? ' has' : 's have'} not reached the server yet. Signing out deletes ${waiting === 1 ? 'it' : 'them'} from this device. Sign out anyway?`)) return;
      try {
        await logout({ everywhere });
      } catch (error) {
        return toast(error instanceof api.NetworkError ? 'Signing out everywhere needs a connection.' : error.message);
      }
      location.hash = '#/signin/signin';
    },
  }, label);
}

async function render(root) {
  const data = await snapshot();
  const p = data.profile;
  const inputs = {
    full_name: h('input', { type: 'text', id: 'profile-name', value: p.full_name ?? '', autocomplete: 'name', maxLength: 300 }),
    iicrc_id: h('input', { type: 'text', id: 'profile-iicrc', value: p.iicrc_id ?? '', maxLength: 100, autocomplete: 'off' }),
    cycle_starts_on: h('input', { type: 'date', id: 'profile-cycle', value: p.cycle_starts_on ?? '' }),
    fee_due_on: h('input', { type: 'date', id: 'profile-fee', value: p.fee_due_on ?? '' }),
    profile_email_checked_on: h('input', { type: 'date', id: 'profile-email-checked', value: p.profile_email_checked_on ?? '' }),
    booth_hours: h('input', { type: 'number', id: 'profile-booth', value: p.booth_hours ?? '', min: 0.25, max: 24, step: 'any', inputMode: 'decimal' }),
  };
  const certs = h('div', { class: 'certs', 'data-empty': 'No certifications yet. Add the ones you hold (WRT, ASD, …): they set your cycle and the hours it needs.' });
  const addCert = (cert) => {
    certs.append(certRow(cert, certs.children.length, (row) => row.remove()));
  };
  (p.certifications ?? []).forEach(addCert);
  const form = h(
    'form',
    { class: 'card form' },
    field('Full name as on your IICRC profile', inputs.full_name, { hint: 'Names on certificates are compared with this one.' }),
    field('IICRC ID', inputs.iicrc_id),
    h('h2', { text: 'Certifications' }),
    certs,
    h('datalist', { id: 'cert-codes' }, CODES.map((c) => h('option', { value: c }))),
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => addCert({}) }, '+ Add certification'),
    h('h2', { text: 'Renewal' }),
    h('div', { class: 'two' }, field('Cycle starts on', inputs.cycle_starts_on), field('Renewal fee due on', inputs.fee_due_on)),
    field('Booth registration hours', inputs.booth_hours, { hint: 'What registering at the IICRC booth at a trade show counts.' }),
    field('Email on your IICRC profile last checked', inputs.profile_email_checked_on, { hint: 'Renewal notices go to that address: check it once a year.' }),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const booth = Number(inputs.booth_hours.value);
    if (!inputs.full_name.value.trim()) return toast('Your name is needed: certificates are checked against it.');
    if (!(booth > 0 && booth <= 24)) return toast('Booth hours must be more than 0 and at most 24.');
    const certifications = [...certs.children]
      .map((row) => ({
        code: row.querySelector('.cert-code').value.trim().toUpperCase(),
        kind: row.querySelector('.cert-kind').value,
        certified_on: row.querySelector('.cert-date').value || null,
      }))
      .filter((c) => c.code);
    const next = {
      full_name: inputs.full_name.value.trim(),
      iicrc_id: inputs.iicrc_id.value.trim() || null,
      cycle_starts_on: inputs.cycle_starts_on.value || null,
      fee_due_on: inputs.fee_due_on.value || null,
      profile_email_checked_on: inputs.profile_email_checked_on.value || null,
      booth_hours: booth,
      certifications,
    };
    const set = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(p[key] ?? (key === 'certifications' ? [] : null))));
    if (Object.keys(set).length) {
      await changeProfile(set);
      Object.assign(p, set);
    }
    toast('Saved');
  });

  const version = (await getMeta('app_version')) ?? 'not installed yet';

  replace(
    root,
    h('h1', { tabindex: '-1', text: 'Profile' }),
    h('p', { class: 'muted', text: data.user?.email ?? '' }),
    form,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'device-h' },
      h('h2', { id: 'device-h', text: 'This device' }),
      h('dl', { class: 'facts' }, h('dt', { text: 'Storage' }), h('dd', { text: await storageLine() }), h('dt', { text: 'App version' }), h('dd', { text: version })),
      installCard(),
      signOutButton('Sign out', false),
    ),
    passwordCard(),
  );
  return null;
}

// Changing the password signs out every other device; "Sign out everywhere" all of them.
function passwordCard() {
  const current = h('input', { type: 'password', id: 'password-current', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', id: 'password-new', autocomplete: 'new-password', required: true, minLength: 8 });
  const error = h('p', { class: 'error', role: 'alert' });
  const form = h(
    'form',
    { class: 'form' },
    field('Current password', current),
    field('New password', next, { hint: 'At least 8 characters. Your other devices are signed out.' }),
    error,
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Change password')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      await changePassword(current.value, next.value);
    } catch (failure) {
      error.textContent = failure instanceof api.NetworkError ? 'Changing the password needs a connection.' : failure.message;
      return;
    }
    form.reset();
    toast('Password changed; your other devices are signed out.');
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'account-h' },
    h('h2', { id: 'account-h', text: 'Password and devices' }),
    form,
    h('p', { class: 'hint', text: 'Lost a phone? Sign out everywhere ends every session of this account, this one too.' }),
    signOutButton('Sign out everywhere', true),
  );
}

export const screen = { name: 'profile', title: 'Profile', nav: { label: 'Profile', icon: 'user', order: 5, desk: true }, render };
