// The service worker only wires events to strategies: the app shell comes from
// a versioned cache (so the app starts with no network), the API always goes
// to the network and is never cached, a new version waits until the page
// asks for it ("New version available — Reload"), and a file shared to the
// app (Web Share Target) is kept for the page to save as an entry.

// Stamped by scripts/stamp_shell.py from the contents of SHELL; a test checks it.
const VERSION = '2d925d2dc9d6';
const CACHE = `ceclog-shell-${VERSION}`;
const SHELL = [
  '/',
  '/manifest.webmanifest',
  '/css/app.css',
  '/js/account.js',
  '/js/api.js',
  '/js/app.js',
  '/js/bus.js',
  '/js/camera.js',
  '/js/db.js',
  '/js/docstate.js',
  '/js/linefill.js',
  '/js/local.js',
  '/js/mutations.js',
  '/js/outbox.js',
  '/js/problems.js',
  '/js/records.js',
  '/js/sync.js',
  '/js/totals.js',
  '/js/upload.js',
  '/js/ui/add.js',
  '/js/ui/booth.js',
  '/js/ui/capture.js',
  '/js/ui/certificate.js',
  '/js/ui/conflicts.js',
  '/js/ui/dom.js',
  '/js/ui/exports.js',
  '/js/ui/fields.js',
  '/js/ui/files.js',
  '/js/ui/home.js',
  '/js/ui/install.js',
  '/js/ui/log.js',
  '/js/ui/pageview.js',
  '/js/ui/profile.js',
  '/js/ui/reminders.js',
  '/js/ui/review.js',
  '/js/ui/router.js',
  '/js/ui/rows.js',
  '/js/ui/screens.js',
  '/js/ui/send.js',
  '/js/ui/show.js',
  '/js/ui/signin.js',
  '/js/ui/snap.js',
  '/js/ui/status.js',
  '/js/ui/submit.js',
  '/js/ui/suggest.js',
  '/js/ui/update.js',
  '/js/ui/warnings.js',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/maskable-512.png',
  '/icons/apple-touch-icon.png',
];

async function precache() {
  const cache = await caches.open(CACHE);
  // `reload` skips the HTTP cache, so a new version never mixes in old files.
  await cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' })));
}

async function dropOldCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('ceclog-shell-') && name !== CACHE).map((name) => caches.delete(name)));
  await self.clients.claim();
}

async function fromShell(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  return cached ?? fetch(request);
}

// The app is one document; its screens live in the URL's hash.
async function appPage(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match('/')) ?? fetch(request);
}

// A PDF or photo shared from another app: kept in its own cache (never the
// shell's), then the page at #/add/shared saves each as an entry.
async function receiveShare(request) {
  const form = await request.formData();
  const cache = await caches.open('ceclog-shared');
  let n = 0;
  for (const file of form.getAll('file')) {
    if (typeof file === 'string') continue;
    const headers = { 'Content-Type': file.type || 'application/octet-stream', 'X-Name': encodeURIComponent(file.name) };
    await cache.put(`/shared/${Date.now()}-${n++}`, new Response(file, { headers }));
  }
  return Response.redirect('/#/add/shared', 303);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('activate', (event) => event.waitUntil(dropOldCaches()));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'version') event.source?.postMessage({ type: 'version', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method === 'POST' && url.origin === self.location.origin && url.pathname === '/share') {
    event.respondWith(receiveShare(request));
    return;
  }
  // Writes, other origins, the API and its schema: straight to the network, never cached.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/schema')) return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === '/index.html')) {
    event.respondWith(appPage(request));
  } else if (SHELL.includes(url.pathname)) event.respondWith(fromShell(request));
});
