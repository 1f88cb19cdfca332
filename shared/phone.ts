/**
 * Korean phone numbers as visitors type them: mobile (010-1234-5678) and landline (02-123-4567,
 * 031-123-4567, 1588-1234). Pure, shared by the kiosk (to check as one types) and the server.
 */

/** The digits of a valid Korean number, formatted with hyphens; null when it is not one. */
export function normalizeKoreanPhone(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  // Mobile: 010 with 8 digits; the old 011/016/017/018/019 with 7 or 8.
  let m = /^(010)(\d{4})(\d{4})$/.exec(digits) ?? /^(01[16789])(\d{3,4})(\d{4})$/.exec(digits);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // Seoul: 02 with 7 or 8 digits.
  m = /^(02)(\d{3,4})(\d{4})$/.exec(digits);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // Other areas (031–064) and 070 internet phones: 3-digit prefix with 7 or 8 digits.
  m = /^(0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4]|70))(\d{3,4})(\d{4})$/.exec(digits);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // Nationwide numbers: 15xx, 16xx, 18xx with 4 digits.
  m = /^(1[568]\d{2})(\d{4})$/.exec(digits);
  if (m) return `${m[1]}-${m[2]}`;
  return null;
}

/** Hides the last group: 010-1234-5678 → 010-1234-****. Anything else is hidden whole. */
export function maskPhone(phone: string | null): string {
  if (!phone) return '***';
  const parts = phone.split('-');
  if (parts.length < 2) return '***';
  const last = parts[parts.length - 1] ?? '';
  return [...parts.slice(0, -1), '*'.repeat(last.length)].join('-');
}
