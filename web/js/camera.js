// Turning a camera picture into what we keep: downscaled to about 2400 px on
// the long edge, JPEG at 0.85, hashed with SHA-256, plus a small thumbnail.

export const MAX_EDGE = 2400;
export const QUALITY = 0.85;
const THUMB_EDGE = 480;

async function decode(file) {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    try {
      return await createImageBitmap(file);
    } catch {
      return null;
    }
  }
}

async function encode(bitmap, maxEdge, quality) {
  const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The photo record for IndexedDB's `photos` store.
export async function preparePhoto(file) {
  const bitmap = await decode(file);
  let bytes;
  let type;
  let thumb = null;
  if (bitmap) {
    bytes = await (await encode(bitmap, MAX_EDGE, QUALITY)).arrayBuffer();
    thumb = await (await encode(bitmap, THUMB_EDGE, 0.8)).arrayBuffer();
    bitmap.close?.();
    type = 'image/jpeg';
  } else {
    // Not something this browser can draw (a PDF, HEIC on a desktop): keep it
    // as it is; the server reads those formats itself.
    bytes = await file.arrayBuffer();
    type = file.type || 'application/octet-stream';
  }
  return {
    sha256: await sha256Hex(bytes),
    bytes,
    thumb,
    type,
    size: bytes.byteLength,
    uploaded: false,
    added_at: Date.now(),
  };
}
