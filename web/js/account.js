// Signing in and out. The device keeps one account's records; signing in as
// someone else starts a fresh local copy under a new client id, so the
// server never mistakes one account's mutation numbers for another's.

import * as api from './api.js';
import { announce } from './bus.js';
import { getMeta, write } from './db.js';
import { pendingSummary } from './outbox.js';
import { resetLocalData, startSync, stopSync } from './sync.js';

export const currentUser = () => getMeta('user');

async function adopt(user) {
  const owner = await getMeta('client_user');
  if (owner !== undefined && owner !== user.id) await resetLocalData({ keepDevice: false });
  await write(['meta', 'profile'], async (s) => {
    await s.meta.put({ id: user.id, email: user.email, full_name: user.full_name }, 'user');
    await s.meta.put(user.id, 'client_user');
    if (!(await s.profile.get('server'))) await s.profile.put(user, 'server');
    if (!(await s.profile.get('view'))) await s.profile.put(user, 'view');
  });
  announce({ kind: 'session', signedIn: true });
  startSync();
  return user;
}

export async function register({ email, password, full_name }) {
  return adopt(await api.post('/api/auth/register', { email, password, full_name }));
}

export async function login({ email, password }) {
  return adopt(await api.post('/api/auth/login', { email, password }));
}

// A session cookie from an earlier visit (or another tab) is enough.
export async function resume() {
  try {
    return await adopt(await api.get('/api/me'));
  } catch {
    return null;
  }
}

export const unsyncedCount = async () => (await pendingSummary()).mutations;

// `everywhere`: every session of the account ends, so the server must hear it.
export async function logout({ everywhere = false } = {}) {
  if (everywhere) await api.post('/api/auth/logout', { everywhere: true });
  stopSync();
  try {
    if (!everywhere) await api.post('/api/auth/logout');
  } catch {
    // Offline or already signed out: forgetting the account here is what matters.
  }
  await resetLocalData({ keepDevice: true });
  announce({ kind: 'session', signedIn: false });
}

// Other devices are signed out; this one stays signed in.
export async function changePassword(current_password, new_password) {
  await api.post('/api/auth/password', { current_password, new_password });
}
