// Pay as postings write it, read into `salary: { min, max, currency, period }`:
// "$80,000–$95,000 per year", "€56k – €68k", "£30,000 pro rata", "USD 40/hour",
// "up to 55.000 EUR brutto". A figure counts only next to a currency (a sign or an ISO 4217
// code), so "3 years" or "2026" never reads as pay.

import type { SALARY_PERIODS } from '../jd/schema';

export interface SalaryFound {
  min?: number;
  max?: number;
  currency: string;
  period?: (typeof SALARY_PERIODS)[number];
  /** The wording read, as written. */
  wording: string;
}

/** Signs, longest first, and the currency each means. A bare `$` is US dollars. */
const SIGNS: readonly [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
];
const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'INR', 'JPY', 'SGD', 'HKD', 'ZAR', 'BRL', 'MXN'];

const escape = (s: string) => s.replace(/[$]/g, '\\$');
const SIGN = `(?:${SIGNS.map(([s]) => escape(s)).join('|')})`;
const CODE = `(?:${CODES.join('|')})`;
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** One amount: a currency before or after it, "k" for thousands. */
const AMOUNT = String.raw`(?:(${SIGN}|${CODE})\s?)?(${NUMBER})(\s?[kK]\b)?(?:\s?(${SIGN}|${CODE})(?![A-Za-z]))?`;
const AMOUNT_RE = new RegExp(AMOUNT, 'g');
const BETWEEN = /^\s*(?:[-–—~]|to|and|bis)\s*$/i;

const PERIODS: readonly [RegExp, SalaryFound['period']][] = [
  [/\b(?:per|an?|each)\s+(?:hour|hr)\b|\/\s?(?:hour|hr|h|std)\b|\bhourly\b|\bp\/h\b|\bph\b|\bpar heure\b|\bpro stunde\b/i, 'hour'],
  [/\b(?:per|a|each)\s+day\b|\/\s?day\b|\bdaily\b|\bpar jour\b|\bpro tag\b/i, 'day'],
  [/\b(?:per|a|each)\s+week\b|\/\s?(?:week|wk)\b|\bweekly\b|\bp\/w\b|\bpar semaine\b|\bpro woche\b/i, 'week'],
  [/\b(?:per|a|each)\s+month\b|\/\s?(?:month|mo)\b|\bmonthly\b|\bpcm\b|\bpar mois\b|\bpro monat\b|\bmonatlich\b/i, 'month'],
  [/\b(?:per|a|each)\s+(?:year|annum)\b|\/\s?(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.?\s?a\.?(?=\s|$|[,;)])|\bpro rata\b|\bpar an\b|\bannuel\b|\bjährlich\b|\bpro jahr\b/i, 'year'],
];

function currencyOf(mark: string | undefined): string | undefined {
  if (!mark) return undefined;
  const sign = SIGNS.find(([s]) => s === mark);
  return sign ? sign[1] : CODES.includes(mark) ? mark : undefined;
}

/** "80,000" 80000, "55.000" 55000, "40.50" 40.5, "1.234,56" 1234.56, "12,5" 12.5. */
export function parseAmount(raw: string): number | undefined {
  // A space (or a narrow no-break space) between digit groups is a thousands separator.
  const text = raw.replace(/[\u00a0\u202f ](?=\d{3}\b)/g, ',');
  const grouped = /^(\d{1,3})([,.])(\d{3}(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/.exec(text);
  if (grouped) {
    if (grouped[4] === grouped[2]) return undefined;
    const whole = Number(grouped[1] + grouped[3].split(grouped[2]).join(''));
    return grouped[5] ? whole + Number(`0.${grouped[5]}`) : whole;
  }
  const simple = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!simple) return undefined;
  return Number(simple[1]) + (simple[2] ? Number(`0.${simple[2]}`) : 0);
}

interface Amount {
  value: number;
  currency?: string;
  start: number;
  end: number;
}

/** The first pay in `text`: a range, "up to" a maximum, "from" a minimum, or one figure (min = max). */
export function findSalary(text: string): SalaryFound | undefined {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const before = m[1];
    const after = m[4];
    let value = parseAmount(m[2]);
    if (value === undefined) continue;
    if (m[3]) value *= 1000;
    // A figure glued to letters or a decimal point is a part of something else (a version, "2x").
    const prev = text[m.index - 1];
    if (prev !== undefined && /[\p{L}\p{N}.]/u.test(prev) && !before) continue;
    amounts.push({ value, currency: currencyOf(before) ?? currencyOf(after), start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const b = amounts[i + 1];
    const ranged = b !== undefined && BETWEEN.test(text.slice(a.end, b.start));
    const currency = a.currency ?? (ranged ? b.currency : undefined);
    if (!currency) continue;
    if (ranged && b.currency !== undefined && b.currency !== currency) continue;
    const start = a.start;
    const end = ranged ? b.end : a.end;
    const lead = text.slice(Math.max(0, start - 16), start);
    const found: SalaryFound = { currency, wording: '' };
    if (ranged) {
      found.min = Math.min(a.value, b.value);
      found.max = Math.max(a.value, b.value);
    } else if (/\b(?:up to|to|max(?:imum)?|bis zu|jusqu'à)\s*$/i.test(lead)) found.max = a.value;
    else if (/\b(?:from|starting at|starting from|at least|min(?:imum)?|ab)\s*$/i.test(lead) || /^\s*\+/.test(text.slice(end))) found.min = a.value;
    else {
      found.min = a.value;
      found.max = a.value;
    }
    if ((found.min ?? 1) <= 0 || (found.max ?? 1) <= 0) continue;
    // The period: in the words after the figures, up to the end of the sentence.
    const rest = text.slice(end, end + 60).split(/(?<=[.;!?])\s|\n/)[0];
    const wordingEnd = end + rest.length;
    for (const [pattern, period] of PERIODS) {
      if (pattern.test(rest)) {
        found.period = period;
        break;
      }
    }
    const leadWord = /\b(?:up to|from|starting at|starting from|at least|bis zu|ab)\s*$/i.exec(lead);
    found.wording = text.slice(leadWord ? start - leadWord[0].length : start, wordingEnd).trim().replace(/[.,;:]$/, '');
    return found;
  }
  return undefined;
}
