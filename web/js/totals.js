// Hours toward the current cycle, counted on the device so the totals move
// the moment something is captured, even offline. The cycle itself (dates,
// required hours) comes from the server's last /api/summary; the counting
// mirrors the server's cycle_totals: live entries dated inside the cycle,
// legacy CEC converted by the profile's rule.

import { localToday } from './problems.js';

function credited(entry, rules) {
  if (entry.hours === null || entry.hours === undefined) return 0;
  if (entry.hours_unit === 'legacy_cec' && rules?.legacy_cec_hours) return entry.hours * rules.legacy_cec_hours;
  return entry.hours;
}

export function cycleTotals(entries, summary, profile) {
  const cycle = summary?.cycle ?? null;
  const rules = profile?.renewal_rules;
  const inCycle = (e) => e.completion_date && (!cycle || (cycle.starts_on <= e.completion_date && e.completion_date <= cycle.ends_on));
  const earned = Math.round(entries.filter((e) => !e.deleted && inCycle(e)).reduce((sum, e) => sum + credited(e, rules), 0) * 100) / 100;
  const required = cycle?.required_hours ?? rules?.technician_hours ?? null;
  const daysLeft = cycle ? Math.round((Date.parse(`${cycle.ends_on}T00:00:00Z`) - Date.parse(`${localToday()}T00:00:00Z`)) / 86400000) : null;
  return {
    earned,
    required,
    remaining: required === null ? null : Math.max(0, Math.round((required - earned) * 100) / 100),
    startsOn: cycle?.starts_on ?? null,
    endsOn: cycle?.ends_on ?? null,
    daysLeft,
    assumed: Boolean(cycle?.assumed),
    code: cycle?.code ?? null,
  };
}
