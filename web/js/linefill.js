// Tap-to-fill: the value a text line of the certificate gives a field, e.g.
// "Date of completion: March 14, 2026" → "2026-03-14" for the date.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n) => String(n).padStart(2, '0');

function isoDate(y, m, d) {
  const year = Number(y) < 100 ? 2000 + Number(y) : Number(y);
  const date = new Date(Date.UTC(year, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(d) ? `${year}-${pad(m)}-${pad(d)}` : null;
}

export function parseDate(text) {
  let m = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return isoDate(m[1], Number(m[2]), m[3]);
  m = text.match(/(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})/);
  if (m) return isoDate(m[3], Number(m[1]), m[2]); // US order, as IICRC certificates print it
  const month = (word) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
  m = text.match(/([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
  if (m && month(m[1])) return isoDate(m[3], month(m[1]), m[2]);
  m = text.match(/(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,})\.?,?\s+(\d{4})/);
  if (m && month(m[2])) return isoDate(m[3], month(m[2]), m[1]);
  return null;
}

// The line without a leading label such as "Provider:" or "Awarded to -".
export function withoutLabel(text) {
  const clean = text.replace(/\s+/g, ' ').trim();
  const rest = clean.replace(/^[^:]{1,40}:\s*/, '');
  return rest || clean;
}

export function lineValue(field, text) {
  const rest = withoutLabel(text);
  if (field === 'completion_date') return parseDate(rest) ?? parseDate(text);
  if (field === 'hours') {
    const m = rest.match(/\d+(?:[.,]\d+)?/);
    return m ? Number(m[0].replace(',', '.')) : null;
  }
  return rest.slice(0, 300) || null;
}
