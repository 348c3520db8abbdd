// An entry's problems in words, each with the control that clears it.

import { MINOR, describe } from '../problems.js';
import { changeEntry, deleteEntry, restoreEntry } from '../records.js';
import { h, icon, toast } from './dom.js';

// `what` names the field in the button's text for assistive technology, never as an aria-label.
const button = (text, onclick, what = null) => h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick }, text, what ? h('span', { class: 'visually-hidden', text: `(${what})` }) : null);
const link = (text, href) => h('a', { class: 'btn btn-small btn-secondary', href }, text);

// ctx: {entry, profileName, focusField(name), addFile()}
function controls(code, ctx) {
  const { entry } = ctx;
  if (code === 'missing:document') return [button('Add the certificate', ctx.addFile)];
  if (code.startsWith('missing:')) {
    const name = code.slice('missing:'.length);
    return [button('Fill in', () => ctx.focusField(name), describe(code).replace(/ (is|are) missing$/, ''))];
  }
  switch (code) {
    case 'name_mismatch':
      return [
        button('Check the name', () => ctx.focusField('holder_name')),
        ctx.profileName ? button(`Use ${ctx.profileName}`, () => changeEntry(entry.id, { holder_name: ctx.profileName }).then(() => toast('Name set to your profile name'))) : null,
      ];
    case 'date_in_future':
      return [button('Fix the date', () => ctx.focusField('completion_date'))];
    case 'outside_cycle':
      return [link('Check your cycle dates', '#/profile')];
    case 'follow_up':
      return [link('Follow up', '#/submit')];
    case 'duplicate':
      return [
        button('Delete this copy', async () => {
          await deleteEntry(entry.id);
          toast('Deleted', { label: 'Undo', run: () => restoreEntry(entry.id) });
          location.hash = '#/log';
        }),
      ];
    case 'approval_unverified':
      return [
        button('It is IICRC-approved', () => changeEntry(entry.id, { approval_verified: true }).then(() => toast('Marked as approved'))),
        button('Add its approval number', () => ctx.focusField('approval_number')),
      ];
    default:
      return [];
  }
}

export function warningsList(problems, ctx) {
  if (!problems.length) return h('p', { class: 'empty' }, icon('check'), 'Everything the IICRC asks for is here.');
  return h(
    'ul',
    { class: 'problem-list' },
    problems.map((code) =>
      h('li', {}, icon(MINOR.has(code) ? 'clock' : 'alert'), h('span', { class: 'problem-text', text: describe(code) }), h('span', { class: 'problem-fix' }, controls(code, ctx))),
    ),
  );
}
