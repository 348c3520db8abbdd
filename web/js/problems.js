// Problem codes (DESIGN §4) in words, and the few a device can judge offline.
// The server decides the rest (name matching, cycles, duplicates, follow-ups).

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
const MINOR = new Set(['approval_unverified', 'outside_cycle']);

const REQUIRED = [
  ['missing:course_title', 'course_title'],
  ['missing:provider', 'provider'],
  ['missing:completion_date', 'completion_date'],
  ['missing:hours', 'hours'],
  ['missing:holder_name', 'holder_name'],
  ['missing:document', 'document_sha256'],
];
const ORDER = Object.keys(PROBLEM_WORDS);

const blank = (value) => value === null || value === undefined || (typeof value === 'string' && !value.trim());

export function localToday() {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60000;
  return new Date(now - offset).toISOString().slice(0, 10);
}

export function localProblems(entry) {
  if (entry.deleted) return [];
  const codes = new Set(
    (entry.problems ?? []).filter(
      (code) => !code.startsWith('missing:') && code !== 'date_in_future' && code !== 'approval_unverified',
    ),
  );
  for (const [code, field] of REQUIRED) if (blank(entry[field])) codes.add(code);
  if (entry.completion_date && entry.completion_date > localToday()) codes.add('date_in_future');
  if (!entry.approval_verified) codes.add('approval_unverified');
  return ORDER.filter((code) => codes.has(code));
}

export const describe = (code) => PROBLEM_WORDS[code] ?? code;
export const needsAttention = (entry) => entry.needs_review || (entry.problems ?? []).some((c) => !MINOR.has(c));
