import { isMap, isScalar, type YAMLMap } from 'yaml';
import { CURRENCY_CODES } from '../../data/iso';
import { nodeRange, pairOf } from '../../yaml/document';
import type { Fix, OffsetRange, Rule, RuleReport } from '../../types';

interface Bound {
  value: number;
  range: OffsetRange;
}
import type { JdContext } from '../context';

const CURRENCIES = new Set<string>(CURRENCY_CODES);
const SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', euro: 'EUR', euros: 'EUR', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', 'zł': 'PLN' };

/** jd/salary-range: a pay range that makes sense: min ≤ max, not negative, a known currency. */
export const salaryRange: Rule<JdContext> = {
  id: 'jd/salary-range',
  description: 'A salary needs min ≤ max, no negative amounts, amounts that fit the period, and an ISO 4217 currency code.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const salaryPair = pairOf(context.root, 'salary');
    const salary = salaryPair?.value;
    if (!isMap(salary)) return;
    const text = context.parsed.text;
    const numberAt = (key: string) => {
      const pair = pairOf(salary, key);
      const value = isScalar(pair?.value) ? pair!.value.value : undefined;
      return typeof value === 'number' ? { value, range: nodeRange(text, pair!.value)! } : undefined;
    };
    const min = numberAt('min');
    const max = numberAt('max');
    for (const [name, bound] of [['min', min], ['max', max]] as const) {
      if (!bound) continue;
      if (bound.value < 0) report({ message: `salary.${name} is negative (${bound.value}): pay cannot be below zero.`, range: bound.range });
      // `55.000` is 55 in YAML (a dot is a decimal point), not fifty-five thousand.
      const source = text.slice(bound.range.start, bound.range.end);
      const period = pairOf(salary, 'period');
      const perHourOrDay = isScalar(period?.value) && (period!.value.value === 'hour' || period!.value.value === 'day');
      // 12.500 an hour may well mean 12.50; only larger periods make the thousands reading certain.
      if (/^\d{1,3}(?:\.\d{3})+$/.test(source) && !perHourOrDay) {
        const meant = source.replace(/\./g, '');
        report({
          message: `salary.${name} \`${source}\` is read as ${bound.value}: a dot is a decimal point here. Write ${meant} without a separator.`,
          range: bound.range,
          fixes: [{ title: `Change to ${meant}`, edits: [{ ...bound.range, text: meant }], safe: true }],
        });
      }
    }
    implausible(text, salary, min, max, report);
    if (min && max && min.value > max.value) {
      const swap: Fix = {
        title: 'Swap min and max',
        edits: [
          { ...min.range, text: text.slice(max.range.start, max.range.end) },
          { ...max.range, text: text.slice(min.range.start, min.range.end) },
        ],
        safe: false,
      };
      report({ message: `salary.min (${min.value}) is greater than salary.max (${max.value}): swap them or correct one.`, range: max.range, fixes: [swap] });
    }
    const currencyPair = pairOf(salary, 'currency');
    const currency = isScalar(currencyPair?.value) ? currencyPair!.value.value : undefined;
    if (currency === undefined || currency === null || (typeof currency === 'string' && currency.trim() === '')) {
      if (min || max) {
        report({ message: 'The salary has no currency: add `currency:` with an ISO 4217 code such as EUR or USD.', range: nodeRange(text, salaryPair!.key as never)!, severity: 'warning' });
      }
      return;
    }
    if (typeof currency !== 'string' || CURRENCIES.has(currency)) return;
    const range = nodeRange(text, currencyPair!.value)!;
    const trimmed = currency.trim();
    const meant = CURRENCIES.has(trimmed.toUpperCase()) ? trimmed.toUpperCase() : SYMBOLS[trimmed.toLowerCase()];
    const fixes: Fix[] = meant ? [{ title: `Change to '${meant}'`, edits: [{ ...range, text: meant }], safe: true }] : [];
    report({
      message: `'${currency}' is not an ISO 4217 currency code${meant ? `: did you mean '${meant}'?` : ': use a three-letter code such as EUR, USD or GBP.'}`,
      range,
      fixes,
    });
  },
};

/**
 * Currencies whose unit is worth roughly a US dollar or more: in them an hourly rate over 1,000
 * is not a wage. (A yen, won or rupee is worth far less, and 1,000 an hour is ordinary there.)
 */
const STRONG_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD', 'KWD', 'BHD', 'OMR', 'JOD']);

/**
 * An amount that cannot be meant for its period: a yearly salary under 1,000 (an hourly or
 * monthly figure, or thousands written as "55" for 55k), or an hourly rate over 1,000 in a
 * strong currency (a yearly figure with the wrong period).
 */
function implausible(text: string, salary: YAMLMap, min: Bound | undefined, max: Bound | undefined, report: (r: RuleReport) => void): void {
  const periodNode = pairOf(salary, 'period')?.value;
  const period = isScalar(periodNode) ? periodNode.value : undefined;
  const currencyNode = pairOf(salary, 'currency')?.value;
  const currency = isScalar(currencyNode) && typeof currencyNode.value === 'string' ? currencyNode.value.trim().toUpperCase() : undefined;
  for (const [name, bound] of [['min', min], ['max', max]] as const) {
    // `48.000` already has its own finding (a dot read as a decimal point).
    if (!bound || bound.value <= 0 || /^\d{1,3}(?:\.\d{3})+$/.test(text.slice(bound.range.start, bound.range.end))) continue;
    if (period === 'year' && bound.value < 1000) {
      report({
        message: `salary.${name} is ${bound.value} a year: too little for a yearly salary. Is the period hour or month, or did you mean ${bound.value * 1000}?`,
        range: bound.range,
        severity: 'warning',
      });
    } else if (period === 'hour' && bound.value > 1000 && currency !== undefined && STRONG_CURRENCIES.has(currency)) {
      report({
        message: `salary.${name} is ${bound.value.toLocaleString('en-US')} ${currency} an hour: more than any hourly wage. Is the period year or month?`,
        range: bound.range,
        severity: 'warning',
      });
    }
  }
}
