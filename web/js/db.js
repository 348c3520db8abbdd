// IndexedDB: a small promise wrapper and the schema's upgrade ladder.
// Writes resolve only when the browser reports the transaction complete, so
// the UI never says "Saved" about something that is not on the device yet.

const NAME = 'ceclog';

// Step i upgrades the database from version i to i + 1. A released step is
// never edited; a change to the schema is a new step at the end.
const UPGRADES = [
  (db) => {
    // Key-value settings of this device: client_id, next_mutation_id, cursor,
    // user, summary, conflicts, current event, the running session.
    db.createObjectStore('meta');
    // What the user sees: the server copy with pending mutations replayed.
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('events', { keyPath: 'id' });
    db.createObjectStore('profile'); // keys 'view' and 'server'
    // The last copy the server sent.
    db.createObjectStore('server_entries', { keyPath: 'id' });
    db.createObjectStore('server_events', { keyPath: 'id' });
    // Mutations not yet covered by the server's last_mutation_id.
    db.createObjectStore('outbox', { keyPath: 'id' });
    // Photos by SHA-256: bytes until the server confirms it has them, a thumbnail always.
    db.createObjectStore('photos', { keyPath: 'sha256' });
  },
];

export const SCHEMA_VERSION = UPGRADES.length;

let opening = null;

export function openDb() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, SCHEMA_VERSION);
    request.onupgradeneeded = (event) => {
      for (let version = event.oldVersion; version < SCHEMA_VERSION; version++) {
        UPGRADES[version](request.result, request.transaction);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab opened a newer schema: close, so its upgrade is not blocked.
      db.onversionchange = () => {
        db.close();
        opening = null;
        dispatchEvent(new CustomEvent('ceclog:stale'));
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

export function promisify(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function wrap(store) {
  return {
    get: (key) => promisify(store.get(key)),
    all: () => promisify(store.getAll()),
    keys: () => promisify(store.getAllKeys()),
    put: (value, key) => promisify(key === undefined ? store.put(value) : store.put(value, key)),
    delete: (key) => promisify(store.delete(key)),
    clear: () => promisify(store.clear()),
    count: () => promisify(store.count()),
  };
}

// Runs body(stores) in one transaction and resolves with its result once the
// transaction has committed. body may await the stores' requests, nothing else
// (awaiting a fetch would let the transaction commit half-way).
export async function transact(names, mode, body, { strict = false } = {}) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, mode, strict ? { durability: 'strict' } : undefined);
    const stores = Object.fromEntries(names.map((name) => [name, wrap(tx.objectStore(name))]));
    let result;
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('The change was not saved.', 'AbortError'));
    Promise.resolve()
      .then(() => body(stores))
      .then(
        (value) => {
          result = value;
        },
        (error) => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(error);
        },
      );
  });
}

export const read = (names, body) => transact(names, 'readonly', body);
export const write = (names, body, options) => transact(names, 'readwrite', body, options);

export const getMeta = (key) => read(['meta'], (s) => s.meta.get(key));
export const setMeta = (key, value) => write(['meta'], (s) => s.meta.put(value, key));
