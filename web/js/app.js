// Boot: open the local database, draw the screen from it (no network needed),
// then register the service worker and start syncing.

import { resume, currentUser } from './account.js';
import { openDb } from './db.js';
import { startSync, state } from './sync.js';
import { startRouter } from './ui/router.js';
import { defineScreens } from './ui/screens.js';
import { startStatus } from './ui/status.js';
import { registerWorker } from './ui/update.js';

async function askToKeepData() {
  // Without this the browser may evict photos that have not been synced yet.
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not offered here; the profile screen tells the user.
  }
}

async function boot() {
  await openDb();
  defineScreens();
  startStatus();
  let user = await currentUser();
  await startRouter({ signedIn: async () => Boolean(await currentUser()), ended: () => state.signedOut });
  document.documentElement.dataset.ready = 'true';
  performance.mark('ceclog-rendered');
  registerWorker().catch((error) => console.warn('Service worker not registered:', error));
  if (user) startSync();
  else user = await resume(); // starts syncing when the session cookie is still good
  if (user) askToKeepData();
}

// Another tab runs a newer version with a newer database schema.
addEventListener('ceclog:stale', () => {
  document.getElementById('update').hidden = false;
  document.getElementById('update-reload').onclick = () => location.reload();
});

boot().catch((error) => {
  const view = document.getElementById('view');
  view.textContent = `ceclog could not start: ${error.message}`;
  console.error(error);
});
