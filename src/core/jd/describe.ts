// A JD's values in words: pay, places, countries, platforms, any value written where text
// belongs. Plain text, shared by the preview (which escapes it) and the exports.

import { isBlank } from './context';
import { SALARY_PERIOD_WORDS, VARIABLE_PAY_NAMES, wordsFor } from './labels';
import { PLATFORMS } from '../platforms/registry';
import { COUNTRY_CODES } from '../data/iso';
import { COUNTRY_ALIASES } from '../data/regions';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Any plain value as display text. Dates show as ISO (String() would depend on the time zone);
 * lists and mappings written where text belongs are flattened rather than dropped.
 */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'Invalid Date';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(plainText).join(', ');
  if (isPlainObject(value)) {
    return Object.entries(value)
      .map(([k, v]) => (isBlank(v) ? k : `${k}: ${plainText(v)}`))
      .join('; ');
  }
  try {
    return String(value);
  } catch {
    return '';
  }
}

let regionNames: Intl.DisplayNames | undefined | null;

/** "Germany" for DE; the code itself when it is not one Intl knows (or Intl has no region names). */
export function countryName(code: unknown): string {
  const text = plainText(code);
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return text;
  try {
    if (regionNames === undefined) regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames?.of(code.toUpperCase()) ?? text;
  } catch {
    regionNames = regionNames ?? null;
    return text;
  }
}

/** "€55,000 – €70,000 per year", "from €55,000", "up to €70,000" + variable pay, as plain text. */
export function salaryText(value: unknown): string {
  if (!isPlainObject(value)) return plainText(value);
  const currency = isBlank(value.currency) ? undefined : plainText(value.currency);
  // Both ends of a range the same way: cents on both when either has them (£12.50 – £14.00).
  const digits = [value.min, value.max].some((v) => typeof v === 'number' && !Number.isInteger(v)) ? 2 : 0;
  const min = isBlank(value.min) ? undefined : formatAmount(value.min, currency, digits);
  const max = isBlank(value.max) ? undefined : formatAmount(value.max, currency, digits);
  let range: string;
  if (min !== undefined && max !== undefined) range = min === max ? min : `${min} – ${max}`;
  else if (min !== undefined) range = `from ${min}`;
  else if (max !== undefined) range = `up to ${max}`;
  else range = currency ?? '';
  const period = isBlank(value.period) ? undefined : wordsFor(SALARY_PERIOD_WORDS, value.period) ?? `per ${plainText(value.period)}`;
  const base = [range, period].filter((p) => p !== undefined && p !== '').join(' ');
  const variable = Array.isArray(value.variable) ? value.variable.filter(isPlainObject).map((v) => describeVariablePay(v, currency)) : [];
  return [base, ...variable].filter((p) => p !== '').join(' + ');
}

/** "commission (10% of new contract value)", "bonus up to €5,000": plain text, escaped by the caller. */
function describeVariablePay(value: Record<string, unknown>, currency: string | undefined): string {
  const name = wordsFor(VARIABLE_PAY_NAMES, value.type) ?? (isBlank(value.type) ? 'variable pay' : plainText(value.type));
  const min = typeof value.min === 'number' ? formatAmount(value.min, currency, 0) : undefined;
  const max = typeof value.max === 'number' ? formatAmount(value.max, currency, 0) : undefined;
  const amount = min && max ? `${min} – ${max}` : min ? `from ${min}` : max ? `up to ${max}` : '';
  const description = isBlank(value.description) ? '' : `(${plainText(value.description)})`;
  return [name, amount, description].filter((p) => p !== '').join(' ');
}

/** An amount in its currency ("€55,000"); a plain number and the code when Intl does not know the code. */
export function formatAmount(amount: unknown, currency: string | undefined, digits: number): string {
  if (typeof amount !== 'number') return currency ? `${plainText(amount)} ${currency}` : plainText(amount);
  if (currency !== undefined) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
    } catch {
      // Not an ISO 4217 code Intl accepts: fall through.
    }
  }
  const number = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return currency ? `${number} ${currency}` : number;
}

export function platformName(id: string): string {
  const known = Object.prototype.hasOwnProperty.call(PLATFORMS, id) ? PLATFORMS[id as keyof typeof PLATFORMS] : undefined;
  return known ? known.name : id;
}

// ---------------------------------------------------------------------------------------------
// Findings and the unreadable file

/** A finding as a note: `<p>` inside a section, `<li>` in the file-level list (as the post preview). */

let countryCodes: Map<string, string> | undefined;

/** The ISO code of a country written as a name ("Germany" → DE, "UK" → GB), from the runtime's Intl data and common aliases. */
export function countryCodeFor(given: string): string | undefined {
  const key = given.trim().toLowerCase().replace(/\.$/, '');
  if (Object.prototype.hasOwnProperty.call(COUNTRY_ALIASES, key)) return COUNTRY_ALIASES[key];
  if (!countryCodes) {
    countryCodes = new Map();
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'region' });
      for (const code of COUNTRY_CODES) countryCodes.set((names.of(code) ?? code).toLowerCase(), code);
    } catch {
      // No Intl region names in this runtime: aliases only.
    }
  }
  return countryCodes.get(key);
}
