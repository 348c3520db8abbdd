// The service worker only wires events to strategies: the app shell comes from
// a versioned cache (so the app starts with no network), the API always goes
// to the network and is never cached, and a new version waits until the page
// asks for it ("New version available — Reload").

// Stamped by scripts/stamp_shell.py from the contents of SHELL; a test checks it.
const VERSION = '51fdd32e26be';
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
  '/js/local.js',
  '/js/mutations.js',
  '/js/outbox.js',
  '/js/problems.js',
  '/js/records.js',
  '/js/sync.js',
  '/js/totals.js',
  '/js/upload.js',
  '/js/ui/booth.js',
  '/js/ui/capture.js',
  '/js/ui/conflicts.js',
  '/js/ui/dom.js',
  '/js/ui/exports.js',
  '/js/ui/files.js',
  '/js/ui/home.js',
  '/js/ui/install.js',
  '/js/ui/log.js',
  '/js/ui/profile.js',
  '/js/ui/reminders.js',
  '/js/ui/review.js',
  '/js/ui/router.js',
  '/js/ui/screens.js',
  '/js/ui/show.js',
  '/js/ui/signin.js',
  '/js/ui/snap.js',
  '/js/ui/status.js',
  '/js/ui/submit.js',
  '/js/ui/update.js',
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

self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('activate', (event) => event.waitUntil(dropOldCaches()));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'version') event.source?.postMessage({ type: 'version', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Writes, other origins, the API and its schema: straight to the network, never cached.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/schema')) return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === '/index.html')) {
    event.respondWith(appPage(request));
  } else if (SHELL.includes(url.pathname)) event.respondWith(fromShell(request));
});
