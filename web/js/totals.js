// Hours toward the current cycle, counted on the device so the totals move
// the moment something is captured, even offline. The cycle itself (dates,
// required hours) comes from the server's last /api/summary; the counting
// follows the server's rule (DESIGN §4): the headline is documented hours,
// unreviewed and unproven hours are shown beside it, never added to it.

import { dupKey, localToday } from './problems.js';

// 'review': read by OCR, not checked yet; 'missing': proof incomplete; 'documented'.
export function proofOf(entry) {
  if (entry.needs_review) return 'review';
  if (entry.submission?.status === 'rejected') return 'missing';
  if ((entry.problems ?? []).some((p) => p.startsWith('missing:') || p === 'name_mismatch')) return 'missing';
  return 'documented';
}

// Each live entry's proof; of the same certificate logged twice only the first counts.
export function proofStates(entries) {
  const counted = new Set();
  const states = new Map();
  const live = entries.filter((e) => !e.deleted).sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id.localeCompare(b.id));
  for (const entry of live) {
    let state = proofOf(entry);
    const key = dupKey(entry);
    if (state === 'documented' && key) {
      if (counted.has(key)) state = 'missing';
      counted.add(key);
    }
    states.set(entry.id, state);
  }
  return states;
}

function credited(entry, rules) {
  if (entry.hours === null || entry.hours === undefined) return 0;
  if (entry.hours_unit === 'legacy_cec' && rules?.legacy_cec_hours) return entry.hours * rules.legacy_cec_hours;
  return entry.hours;
}

export const inCycle = (entry, cycle) => Boolean(entry.completion_date) && (!cycle || (cycle.starts_on <= entry.completion_date && entry.completion_date <= cycle.ends_on));

const round = (n) => Math.round(n * 100) / 100;

export function cycleTotals(entries, summary, profile) {
  const cycle = summary?.cycle ?? null;
  const rules = profile?.renewal_rules;
  const states = proofStates(entries);
  const sums = { earned: 0, documented: 0, review: 0, missing: 0 };
  for (const entry of entries) {
    if (entry.deleted || !inCycle(entry, cycle)) continue;
    const hours = credited(entry, rules);
    sums.earned += hours;
    sums[states.get(entry.id)] += hours;
  }
  const t = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, round(v)]));
  const required = cycle?.required_hours ?? rules?.technician_hours ?? null;
  const daysLeft = cycle ? Math.round((Date.parse(`${cycle.ends_on}T00:00:00Z`) - Date.parse(`${localToday()}T00:00:00Z`)) / 86400000) : null;
  return {
    ...t,
    states,
    required,
    remaining: required === null ? null : Math.max(0, round(required - t.documented)),
    startsOn: cycle?.starts_on ?? null,
    endsOn: cycle?.ends_on ?? null,
    daysLeft,
    assumed: Boolean(cycle?.assumed),
    code: cycle?.code ?? null,
  };
}
