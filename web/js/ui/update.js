// The service worker's side in the page: register it, and when a new version
// has installed, offer "New version available — Reload" instead of swapping
// code under the user.

import { setMeta } from '../db.js';

let reloading = false;

function offer(worker) {
  const banner = document.getElementById('update');
  banner.hidden = false;
  document.getElementById('update-reload').onclick = () => {
    reloading = true;
    worker.postMessage({ type: 'skip-waiting' });
  };
}

export async function registerWorker() {
  if (!('serviceWorker' in navigator)) return null;
  const container = navigator.serviceWorker;
  container.addEventListener('controllerchange', () => {
    // Only after the user asked for it; the first install takes control silently.
    if (reloading) location.reload();
  });
  container.addEventListener('message', (event) => {
    if (event.data?.type === 'version') setMeta('app_version', event.data.version);
  });
  const registration = await container.register('/sw.js', { scope: '/' });
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
  container.ready.then((ready) => ready.active?.postMessage({ type: 'version' }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
  return registration;
}
