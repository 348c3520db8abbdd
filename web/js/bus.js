// Change notices between modules and between tabs of the same app.
// detail.kind: 'data' (local records changed), 'sync' (sync state changed),
// 'session' (signed in or out).

const local = new EventTarget();
const channel = 'BroadcastChannel' in self ? new BroadcastChannel('ceclog') : null;

export function announce(detail) {
  local.dispatchEvent(new CustomEvent('change', { detail }));
  if (detail.kind === 'data') channel?.postMessage(detail);
}

export function onChange(listener) {
  const handler = (event) => listener(event.detail);
  local.addEventListener('change', handler);
  return () => local.removeEventListener('change', handler);
}

if (channel) {
  // Another tab wrote to the shared IndexedDB: show it here too.
  channel.onmessage = (event) =>
    local.dispatchEvent(new CustomEvent('change', { detail: { ...event.data, remote: true } }));
}
