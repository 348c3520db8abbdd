// First visit: create the owner account; afterwards: sign in. Both need the server once.

import * as api from '../api.js';
import { currentUser, login, register } from '../account.js';
import { field, h, replace } from './dom.js';

// No email goes out from here: whoever runs the server sets a new password.
function forgotten(email) {
  const command = h('code', { class: 'command' });
  const show = () => { command.textContent = `ceclog user password ${email.value.trim() || 'you@example.com'} --password-stdin`; };
  email.addEventListener('input', show);
  show();
  return h(
    'details',
    { class: 'forgot' },
    h('summary', { text: 'Forgot your password?' }),
    h('p', { text: 'Ask whoever runs this ceclog server to set a new one. On the server they type:' }),
    command,
    h('p', { class: 'hint', text: 'then the new password. Everything on this device stays and syncs once you sign in.' }),
  );
}

async function render(root, params) {
  let mode = params[0] === 'signin' ? 'signin' : localStorage.getItem('has-signed-in') ? 'signin' : 'create';
  // The session ended while this device still holds the account's records.
  const known = await currentUser();
  // Whether this server still needs its owner, or takes new accounts at all.
  const signup = known ? null : await api.get('/api/auth/signup', { timeout: 4000 }).catch(() => null);
  if (signup && !signup.open) mode = 'signin';
  else if (signup && !signup.has_owner && params[0] !== 'signin') mode = 'create';
  const canCreate = signup?.open !== false;
  const box = h('div', { class: 'auth' });

  function draw() {
    const creating = mode === 'create';
    const name = h('input', { type: 'text', id: 'auth-name', autocomplete: 'name', required: true, maxLength: 300 });
    const email = h('input', { type: 'email', id: 'auth-email', autocomplete: 'email', required: true, inputMode: 'email', value: known?.email ?? '' });
    const password = h('input', { type: 'password', id: 'auth-password', autocomplete: creating ? 'new-password' : 'current-password', required: true, minLength: creating ? 8 : 1 });
    const error = h('p', { class: 'error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big' }, creating ? 'Create account' : 'Sign in');
    const form = h(
      'form',
      { class: 'card form' },
      creating ? field('Full name as on your IICRC profile', name, { hint: 'Certificates are checked against this name.' }) : null,
      field('Email', email),
      field('Password', password, { hint: creating ? 'At least 8 characters.' : null }),
      error,
      submit,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      if (!navigator.onLine) {
        error.textContent = 'You are offline. Signing in needs a connection once; after that the app works offline.';
        return;
      }
      submit.disabled = true;
      try {
        const values = { email: email.value.trim(), password: password.value };
        if (creating) await register({ ...values, full_name: name.value.trim() });
        else await login(values);
        localStorage.setItem('has-signed-in', '1');
        location.hash = '#/home';
      } catch (failure) {
        error.textContent = failure instanceof api.NetworkError ? 'Could not reach the server. Try again when you are online.' : failure.message;
      } finally {
        submit.disabled = false;
      }
    });
    replace(
      box,
      h('img', { src: '/icons/icon-192.png', alt: '', class: 'auth-logo', width: 72, height: 72 }),
      h('h1', { tabindex: '-1', text: creating ? (signup?.has_owner ? 'Create your account' : 'Welcome to ceclog') : 'Sign in' }),
      h('p', { class: 'lede', text: creating ? 'Keep proof of your IICRC continuing-education hours. Snap certificates at the show, even with no signal; they sync when you are back online.' : known ? `Your session has ended. Sign in as ${known.email} and what waits on this device syncs; signing in as someone else clears this device.` : 'Welcome back. Your certificates sync once you are in.' }),
      creating && signup && !signup.has_owner ? h('p', { class: 'hint', text: 'You are the first here, so your account also looks after this ceclog server.' }) : null,
      form,
      creating ? null : forgotten(email),
      !canCreate
        ? h('p', { class: 'switch', text: 'New here? Ask the owner of this server for an account.' })
        : h('p', { class: 'switch' }, creating ? 'Already have an account? ' : 'New here? ', h('button', { type: 'button', class: 'link', onclick: () => { mode = creating ? 'signin' : 'create'; draw(); box.querySelector('h1').focus(); } }, creating ? 'Sign in' : 'Create an account')),
    );
  }
  draw();
  replace(root, box);
  return null;
}

export const screen = { name: 'signin', title: 'Sign in', public: true, render };
