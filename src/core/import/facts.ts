// Facts a posting states in a line of its own ("Location: Berlin", "Job type: Full-time",
// "Closing date: 31 January 2027") or in its front matter, read into the JD's fields.

import { COUNTRY_CODES } from '../data/iso';
import { CA_PROVINCES, US_STATES } from '../data/regions';
import { countryCodeFor } from '../jd/describe';
import { EMPLOYMENT_TYPES, type WORKPLACES } from '../jd/schema';
import { calendarDate } from '../text/dates';

export type FactField = 'location' | 'salary' | 'employment_type' | 'department' | 'reports_to' | 'valid_through';

/** Labels (lower case, no colon) and the field each names. */
const LABELS: Readonly<Record<string, FactField>> = {
  location: 'location',
  'job location': 'location',
  'work location': 'location',
  'based in': 'location',
  where: 'location',
  salary: 'salary',
  'salary range': 'salary',
  'pay range': 'salary',
  pay: 'salary',
  compensation: 'salary',
  rate: 'salary',
  'hourly rate': 'salary',
  wage: 'salary',
  gehalt: 'salary',
  'employment type': 'employment_type',
  'type of employment': 'employment_type',
  'job type': 'employment_type',
  'position type': 'employment_type',
  'contract type': 'employment_type',
  contract: 'employment_type',
  employment: 'employment_type',
  department: 'department',
  team: 'department',
  'reports to': 'reports_to',
  'reporting to': 'reports_to',
  'line manager': 'reports_to',
  'closing date': 'valid_through',
  'application deadline': 'valid_through',
  deadline: 'valid_through',
  'apply by': 'valid_through',
  'applications close': 'valid_through',
};

/** "Label: value" with a label from LABELS: the field and the value's text. */
export function labelledFact(line: string): { field: FactField; value: string } | undefined {
  // The label is read from the line's first 40 characters only, found by indexOf: a regular
  // expression over a line of thousands of spaces backtracked for seconds.
  const text = line.trimStart();
  const colon = text.slice(0, 40).search(/[:：]/);
  if (colon < 2) return undefined;
  const label = text.slice(0, colon).toLowerCase().replace(/\s+/g, ' ').trim();
  if (!/^\p{L}[\p{L} ]+$/u.test(label)) return undefined;
  const field = Object.prototype.hasOwnProperty.call(LABELS, label) ? LABELS[label] : undefined;
  const value = text.slice(colon + 1).trim();
  return field && value !== '' ? { field, value } : undefined;
}

/** The words that name each employment type, most specific first: "full-time contract" is a contract. */
const TYPE_WORDS: readonly [RegExp, (typeof EMPLOYMENT_TYPES)[number]][] = [
  [/\bintern(?:ship)?\b|\bpraktikum\b|\bstage\b/i, 'internship'],
  [/\bapprentice(?:ship)?\b|\bausbildung\b/i, 'apprenticeship'],
  [/\bvolunteer(?:ing)?\b|\bunpaid\b/i, 'volunteer'],
  [/\bseasonal\b/i, 'seasonal'],
  [/\bper[ -]diem\b|\bprn\b/i, 'per-diem'],
  [/\bcontract(?:or)?\b|\bfixed[ -]term\b|\bfreelance\b|\bbefristet\b/i, 'contract'],
  [/\btemporary\b|\btemp\b|\binterim\b/i, 'temporary'],
  [/\bpart[ -]?time\b|\bteilzeit\b/i, 'part-time'],
  [/\bfull[ -]?time\b|\bpermanent\b|\bvollzeit\b/i, 'full-time'],
];

/** The employment type `text` names (the most specific when it names several), if any. */
export function employmentTypeIn(text: string): (typeof EMPLOYMENT_TYPES)[number] | undefined {
  return TYPE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A calendar date in `text` as YYYY-MM-DD: 2027-01-31, 31 January 2027, January 31, 2027,
 * 31.01.2027, or 31/01/2027 when the day cannot be the month (a day over 12). Undefined when
 * there is none, or when it could be read two ways.
 */
export function dateIn(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthName = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthName},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), monthIndex(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (monthFirst) return calendarDate(Number(monthFirst[3]), monthIndex(monthFirst[1]), Number(monthFirst[2]));
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    if (a > 12 && b <= 12) return calendarDate(Number(slashed[3]), b, a);
    if (b > 12 && a <= 12) return calendarDate(Number(slashed[3]), a, b);
  }
  return undefined;
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

export interface LocationFound {
  city?: string;
  region?: string;
  country?: string;
  workplace?: (typeof WORKPLACES)[number];
}

/** ISO 3166-1 alpha-2 for a country as written: "Germany", "DE", "UK", "United States" (a code that is also a state's, CO or CA, is the state's). */
function countryCode(text: string): string | undefined {
  if (/^[A-Z]{2}$/.test(text)) return (COUNTRY_CODES as readonly string[]).includes(text) && !(text in US_STATES) && !(text in CA_PROVINCES) ? text : undefined;
  return countryCodeFor(text);
}

/** A state or province as written ("CO", "Colorado", "Ontario") and its country. */
function regionOf(text: string): { region: string; country: string } | undefined {
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(text) && upper in US_STATES) return { region: upper, country: 'US' };
  if (/^[A-Z]{2}$/.test(text) && upper in CA_PROVINCES) return { region: upper, country: 'CA' };
  const lower = text.toLowerCase();
  for (const [code, name] of Object.entries(US_STATES)) if (name.toLowerCase() === lower) return { region: code, country: 'US' };
  for (const [code, name] of Object.entries(CA_PROVINCES)) if (name.toLowerCase() === lower) return { region: code, country: 'CA' };
  return undefined;
}

/**
 * A location written as text, read into its parts when every part is recognised: "Denver, CO",
 * "Toronto, Ontario, Canada", "Berlin, Germany (Hybrid)", "Remote (US)", "On-site". Undefined
 * when it names more than one place ("Berlin or remote") or a part is not recognised: the text
 * is then kept as written.
 */
export function locationIn(text: string): LocationFound | undefined {
  let rest = text.trim().replace(/[.;,]+$/, '');
  if (/\s(?:or|and|\/|&)\s|;/i.test(rest)) return undefined;
  const found: LocationFound = {};
  const workplaces: [RegExp, LocationFound['workplace']][] = [
    [/\b(?:fully |100% )?remote(?:-first)?\b|\bwork from home\b|\bwfh\b/i, 'remote'],
    [/\bhybrid\b/i, 'hybrid'],
    [/\bon[- ]?site\b|\bin[- ]office\b|\bin person\b/i, 'onsite'],
  ];
  for (const [pattern, workplace] of workplaces) {
    if (pattern.test(rest)) {
      if (found.workplace) return undefined;
      found.workplace = workplace;
      rest = rest.replace(pattern, ' ');
    }
  }
  rest = rest.replace(/[()[\]]/g, ' ').replace(/\s+[-–—]\s+|\s*[|·]\s*/g, ', ').replace(/\s+/g, ' ').trim().replace(/^,|,$/g, '').trim();
  const parts = rest.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length > 3) return undefined;
  // From the end: a country, then a state or province, then the city.
  let i = parts.length - 1;
  if (i >= 0) {
    const country = countryCode(parts[i]);
    if (country) {
      found.country = country;
      i--;
    }
  }
  if (i >= 0) {
    const region = regionOf(parts[i]);
    if (region && (!found.country || found.country === region.country)) {
      found.region = region.region;
      found.country = region.country;
      i--;
    }
  }
  if (i === 0 && /^[\p{L}][\p{L}\p{M} .'-]{0,40}$/u.test(parts[0])) {
    found.city = parts[0];
    i--;
  }
  if (i >= 0) return undefined;
  // A city alone says too little to be sure of ("Portland"): text, unless a workplace goes with it.
  if (found.city && !found.country && !found.workplace) return undefined;
  // In the schema's order: city, region, country, workplace.
  const ordered: LocationFound = {};
  for (const key of ['city', 'region', 'country', 'workplace'] as const) if (found[key] !== undefined) (ordered as Record<string, string>)[key] = found[key]!;
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}
