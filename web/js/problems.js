// Problem codes (DESIGN §4) in words, and the ones a device can judge offline
// with the server's rules: missing fields, the name against the profile's,
// dates in the future, approval. The server decides the rest (cycles,
// duplicates, follow-ups) and its word is kept until it judges again.

export const PROBLEM_WORDS = {
  'missing:course_title': 'Course title is missing',
  'missing:provider': 'Provider is missing',
  'missing:completion_date': 'Completion date is missing',
  'missing:hours': 'CEC hours are missing',
  'missing:holder_name': 'Name on certificate is missing',
  'missing:document': 'No certificate photo or PDF',
  name_mismatch: 'Name on certificate differs from your IICRC profile name',
  date_in_future: 'Completion date is in the future',
  outside_cycle: 'Completed outside your current renewal cycle',
  follow_up: 'Submitted days ago and still not confirmed: check your IICRC profile, then follow up with the renewals team',
  duplicate: 'Looks like the same certificate is logged twice',
  approval_unverified: 'IICRC approval of this course is not verified yet',
};

// Worth the user's attention on the home screen; the others are shown on the entry.
export const MINOR = new Set(['approval_unverified', 'outside_cycle']);
const LOCAL = /^missing:|^date_in_future$|^approval_unverified$|^name_mismatch$/;
const ORDER = Object.keys(PROBLEM_WORDS);

export const blank = (value) => value === null || value === undefined || (typeof value === 'string' && !value.trim());

export function localToday() {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60000;
  return new Date(now - offset).toISOString().slice(0, 10);
}

// Case, accents and apostrophes folded away, as the server's names.fold.
const fold = (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’ʼ`´]/g, '');
const words = (text) => fold(text).split(/[^0-9a-z]+/).filter(Boolean);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function nameTokens(name) {
  let parts = name.split(',').map(words).filter((p) => p.length && !p.every((w) => SUFFIXES.has(w)));
  if (parts.length === 2) parts = parts.reverse();
  const tokens = parts.flat();
  return tokens.slice(0, 1).concat(tokens.slice(1).filter((w) => !SUFFIXES.has(w)));
}

// The server's rule: same first and last name; middle names or initials may be left out.
export function namesMatch(a, b) {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (!left.length || !right.length) return false;
  if (left.join('') === right.join('')) return true;
  if (left[0] !== right[0] || left.at(-1) !== right.at(-1)) return false;
  const [shorter, longer] = [left.slice(1, -1), right.slice(1, -1)].sort((x, y) => x.length - y.length);
  let i = 0;
  const same = (x, y) => (x.length === 1 || y.length === 1 ? x[0] === y[0] : x === y);
  return shorter.every((w) => {
    while (i < longer.length && !same(w, longer[i])) i++;
    return i++ < longer.length;
  });
}

// What two records of the same certificate share (the server's duplicate key).
export function dupKey(e) {
  if (e.deleted || !e.completion_date || e.hours == null || blank(e.course_title)) return null;
  return [fold(e.course_title).replace(/[\W_]+/g, ''), e.completion_date, Math.round(e.hours * 100) / 100, e.hours_unit].join('|');
}

export const needsDocument = (entry) => entry.kind !== 'booth';
export const approvalInDoubt = (e) => !e.approval_verified && blank(e.approval_number) && e.kind !== 'booth';

const REQUIRED = [
  ['missing:course_title', 'course_title'],
  ['missing:provider', 'provider'],
  ['missing:completion_date', 'completion_date'],
  ['missing:hours', 'hours'],
  ['missing:holder_name', 'holder_name'],
];

export function localProblems(entry, fullName = null) {
  if (entry.deleted) return [];
  const kept = (entry.problems ?? []).filter((code) => !LOCAL.test(code) || (code === 'name_mismatch' && !fullName));
  const codes = new Set(kept);
  for (const [code, field] of REQUIRED) if (blank(entry[field])) codes.add(code);
  if (blank(entry.document_sha256) && needsDocument(entry)) codes.add('missing:document');
  if (fullName && !blank(entry.holder_name) && !namesMatch(entry.holder_name, fullName)) codes.add('name_mismatch');
  if (entry.completion_date && entry.completion_date > localToday()) codes.add('date_in_future');
  if (approvalInDoubt(entry)) codes.add('approval_unverified');
  return ORDER.filter((code) => codes.has(code));
}

export const describe = (code) => PROBLEM_WORDS[code] ?? code;
export const needsAttention = (entry) => entry.needs_review || (entry.problems ?? []).some((c) => !MINOR.has(c));
