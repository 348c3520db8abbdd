// Getting the email package to the IICRC in a way people can actually send:
// on phones the PDFs and the prepared text through the share sheet; on a desk
// the .eml for a mail app, or the message to copy and the PDFs to download for
// webmail. Each shows its progress while the server builds the files.

import * as api from '../api.js';
import { copyText, fetchFile, saveFile } from './files.js';
import { h, replace, toast } from './dom.js';

export function canShareFiles() {
  try {
    const probe = new File([new Uint8Array(1)], 'probe.pdf', { type: 'application/pdf' });
    return Boolean(navigator.canShare?.({ files: [probe] }));
  } catch {
    return false;
  }
}

// A progress line in `box`: the words, a bar (indeterminate without a fraction)
// and the seconds it has taken. Returns {step(text, fraction), stop()}.
export function progressIn(box, text) {
  const words = h('span', { text });
  const seconds = h('span', { class: 'muted' });
  const bar = h('progress', { 'aria-label': text });
  const started = Date.now();
  const timer = setInterval(() => { seconds.textContent = ` · ${Math.round((Date.now() - started) / 1000)} s`; }, 1000);
  replace(box, h('div', { class: 'working-line', 'aria-live': 'polite' }, h('p', {}, words, seconds), bar));
  return {
    step(next, fraction = null) {
      words.textContent = next;
      if (fraction === null) bar.removeAttribute('value');
      else bar.value = fraction;
    },
    stop() {
      clearInterval(timer);
      replace(box);
    },
  };
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// Each certificate's PDF, fetched one after another with progress.
async function fetchPdfs(plan, progress) {
  const files = [];
  for (const [i, attachment] of plan.attachments.entries()) {
    progress.step(`Preparing PDF ${i + 1} of ${plan.attachments.length}…`, i / plan.attachments.length);
    const { blob } = await fetchFile('GET', attachment.pdf_url);
    files.push(new File([blob], attachment.file_name, { type: 'application/pdf' }));
  }
  return files;
}

export async function downloadEml(ids, box) {
  const progress = progressIn(box, `Preparing the email with ${plural(ids.length, 'certificate', 'certificates')}…`);
  try {
    saveFile(await fetchFile('POST', '/api/submissions/email', { json: { entry_ids: ids }, fallback: 'CEC-submission.eml' }));
  } finally {
    progress.stop();
  }
  toast('Email saved: open it in your mail app and send it');
}

// Phones: the share sheet with the PDFs and the message; true once shared.
export async function sharePackage(ids, box) {
  const progress = progressIn(box, 'Preparing the message…');
  let data;
  try {
    const plan = await api.post('/api/submissions/email/plan', { entry_ids: ids });
    data = { files: await fetchPdfs(plan, progress), title: plan.subject, text: `To: ${plan.to}\n\n${plan.body}` };
  } finally {
    progress.stop();
  }
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    if (error.name === 'AbortError') return false;
    // Preparing the PDFs can outlast the tap that allows sharing: offer a fresh tap.
    return new Promise((resolve) => {
      replace(box, h('button', { type: 'button', class: 'btn btn-primary', onclick: () => navigator.share(data).then(() => resolve(true), () => resolve(false)) }, 'Share now'));
    });
  }
}

// Webmail: the address, subject and message to copy, and the PDFs to attach.
export async function webmailPanel(ids, box, onSent) {
  const progress = progressIn(box, 'Preparing the message…');
  let plan;
  try {
    plan = await api.post('/api/submissions/email/plan', { entry_ids: ids });
  } finally {
    progress.stop();
  }
  const copy = (what, value) => h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: async () => toast((await copyText(value)) ? `${what} copied` : 'Copying is not allowed here; select the text instead') }, `Copy ${what.toLowerCase()}`);
  const status = h('div');
  const download = async (event) => {
    event.currentTarget.disabled = true;
    const bar = progressIn(status, 'Preparing the PDFs…');
    try {
      for (const file of await fetchPdfs(plan, bar)) saveFile({ blob: file, name: file.name });
    } catch (error) {
      toast(error instanceof api.NetworkError ? 'This needs a connection to the server.' : error.message);
    } finally {
      bar.stop();
      event.target.disabled = false;
    }
  };
  replace(
    box,
    h(
      'section',
      { class: 'card webmail', 'aria-labelledby': 'webmail-h' },
      h('h3', { id: 'webmail-h', text: 'Send it from webmail' }),
      h('ol', { class: 'steps' },
        h('li', {}, 'Start a new message to ', h('strong', { text: plan.to }), ' ', copy('Address', plan.to)),
        h('li', {}, 'Subject: ', h('strong', { text: plan.subject }), ' ', copy('Subject', plan.subject)),
        h('li', {}, 'Paste the message: ', copy('Message', plan.body)),
        h('li', {}, `Attach the ${plural(plan.attachments.length, 'PDF', 'PDFs')}: `, h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: download }, `Download the ${plural(plan.attachments.length, 'PDF', 'PDFs')}`)),
      ),
      h('textarea', { readOnly: true, rows: 6, class: 'follow-up-text', 'aria-label': 'The message', value: plan.body }),
      status,
      h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'btn btn-primary', onclick: onSent }, 'I sent it')),
    ),
  );
}
