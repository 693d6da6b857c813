import { listInWords } from '../../text/suggest';
import type { Fix, OffsetRange, Rule, RuleReport, Severity } from '../../types';
import { firstKeyRange, nodeRange, pairOf, visibleRange } from '../../yaml/document';
import { asRecord, isBlank, type JdContext } from '../context';
import { addSectionsFix } from '../insert';
import { isoDay } from '../../text/dates';
import { fmt, lawsFor, lowerFirst, placesOf, type AppliedLaw, type Place } from '../pay-laws';
import { candidateText } from '../prose';

/** What one requirement check found: the laws asking for something the JD does not have. */
interface Gap {
  laws: AppliedLaw[];
  range: OffsetRange;
  message: (laws: string) => string;
  fixes: Fix[];
}

const AI_STATEMENT = /\b(?:AI|A\.I\.)\b|\bartificial intelligence\b|\bautomated (?:screening|decision|tools?|assessment)|\bmachine learning\b/i;
const VACANCY_STATEMENT = /\bvacanc(?:y|ies)\b|\b(?:existing|current|open|new|newly created) (?:position|role|job|opening)\b|\btalent (?:pool|pipeline|community)\b|\bfuture (?:openings|roles|positions|vacancies)\b/i;
const DEADLINE_STATEMENT = /\b(?:apply by|deadline|closing date|applications? close|open until|posted until|accepting applications until)\b/i;

/** jd/pay-transparency: what the pay-transparency laws of the role's location(s) require of a posting. */
export const payTransparency: Rule<JdContext> = {
  id: 'jd/pay-transparency',
  description: 'Postings for roles in places with pay-transparency laws (Colorado, California, New York, Washington, Ontario, British Columbia, …) give what those laws require: a pay range, benefits, a deadline, other statements; and say nothing they forbid.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const record = asRecord(context);
    if (!record || record.location === undefined) return;
    const places = placesOf(record.location);
    if (places.length === 0) return;
    const asOf = context.config.jd.as_of ?? isoDay(context.now);
    const laws = lawsFor(places, asOf, context.config.organization?.employees);
    if (laws.length === 0) return;
    const text = context.parsed.text;
    const anchor = keyRange(context, 'location') ?? firstKeyRange(context.parsed) ?? visibleRange(text, 0, 0);
    const prose = candidateText(context.parsed)
      .map((r) => text.slice(r.start, r.end))
      .join('\n');
    const remote = remoteNote(places, laws);
    for (const gap of gaps(context, record, laws, anchor, prose)) reportGap(gap, remote, report);
    for (const found of forbidden(context, laws)) report(found);
  },
};

function keyRange(context: JdContext, key: string): OffsetRange | undefined {
  const pair = pairOf(context.root, key);
  return pair ? nodeRange(context.parsed.text, pair.key as never) : undefined;
}

/**
 * "the pay-transparency laws of California and Colorado (from 2026-01-01, in 25 days) require":
 * the laws, by the places people know them by, with the verb agreeing.
 */
function lawNames(laws: readonly AppliedLaw[]): string {
  const names = [...new Set(laws.map((a) => (a.status === 'upcoming' ? `${a.law.jurisdiction} (from ${a.law.inForce}, in ${a.inDays} days)` : a.law.jurisdiction)))];
  return names.length === 1 ? `the pay-transparency law of ${names[0]} requires` : `the pay-transparency laws of ${listInWords(names, 'and')} require`;
}

function severityOf(laws: readonly AppliedLaw[]): Severity {
  return laws.some((a) => a.status === 'in-force') ? 'error' : 'warning';
}

function reportGap(gap: Gap, remote: string, report: (r: RuleReport) => void): void {
  report({ message: gap.message(lawNames(gap.laws)) + remote, range: gap.range, severity: severityOf(gap.laws), fixes: gap.fixes });
}

/** Said when a law applies only because the role is remote across a wider area. */
function remoteNote(places: readonly Place[], laws: readonly AppliedLaw[]): string {
  const via = laws.filter((a) => a.viaRemote);
  if (via.length === 0) return '';
  const countries = [...new Set(places.filter((p) => p.remote && p.country).map((p) => p.country!))];
  const where = countries.length === 1 ? countryName(countries[0]) : 'a country';
  return via.length === laws.length ? ` (A remote role open across ${where} is held to every law there that covers remote work.)` : ` (${listInWords([...new Set(via.map((a) => a.law.jurisdiction))], 'and')} ${via.length === 1 ? 'applies' : 'apply'} because the role is remote across ${where}.)`;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function gaps(context: JdContext, record: Record<string, unknown>, laws: readonly AppliedLaw[], anchor: OffsetRange, prose: string): Gap[] {
  const out: Gap[] = [];
  const salary = record.salary;
  const salaryRange = keyRange(context, 'salary');
  const pay = laws.filter((a) => a.law.requires.pay);
  const s = salary !== null && typeof salary === 'object' && !Array.isArray(salary) ? (salary as Record<string, unknown>) : undefined;
  const bounded = s && isNumber(s.min) && isNumber(s.max) && s.min <= s.max;
  if (pay.length > 0 && !bounded) {
    const what = salary === undefined || isBlank(salary) ? 'no pay range' : s && isNumber(s.min) && !isNumber(s.max) ? 'a minimum only, no maximum' : s && isNumber(s.max) && !isNumber(s.min) ? 'only a maximum ("up to"), no minimum' : 'no pay range with both bounds';
    const fix = salary === undefined ? addSectionsFix(context, ['salary'], 'Add a salary range to fill in') : undefined;
    out.push({
      laws: pay,
      range: salaryRange ?? anchor,
      message: (names) => `This posting has ${what}: ${names} the pay range (a minimum and a maximum) in the posting. Fill in salary.min and salary.max.`,
      fixes: fix ? [fix] : [],
    });
  }
  if (bounded && s) {
    for (const applied of laws) {
      const width = applied.law.requires.maxWidth;
      if (!width || String(s.currency ?? '').toUpperCase() !== width.currency || (s.period !== undefined && s.period !== 'year')) continue;
      const [min, max] = [s.min as number, s.max as number];
      if ((width.upTo === undefined || max <= width.upTo) && max - min > width.width) {
        out.push({
          laws: [applied],
          range: salaryRange ?? anchor,
          message: (names) => `This range is ${fmt(max - min)} ${width.currency} wide: ${names.replace(/ requires?$/, '')} allows at most ${fmt(width.width)}${width.upTo !== undefined ? ` when the top is ${fmt(width.upTo)} or less` : ''}. Narrow it.`,
          fixes: [],
        });
      }
    }
  }
  const benefits = laws.filter((a) => a.law.requires.benefits);
  if (benefits.length > 0 && isBlank(record.benefits)) {
    const fix = record.benefits === undefined ? addSectionsFix(context, ['benefits'], 'Add a benefits list to fill in') : undefined;
    out.push({
      laws: benefits,
      range: keyRange(context, 'benefits') ?? anchor,
      message: (names) => `No benefits listed: ${names} a general description of the benefits in the posting. Add benefits.`,
      fixes: fix ? [fix] : [],
    });
  }
  const deadline = laws.filter((a) => a.law.requires.deadline);
  if (deadline.length > 0 && isBlank(record.valid_through) && !DEADLINE_STATEMENT.test(prose)) {
    const fix = record.valid_through === undefined ? addSectionsFix(context, ['valid_through'], 'Add a closing date (valid_through) to fill in') : undefined;
    out.push({
      laws: deadline,
      range: keyRange(context, 'valid_through') ?? anchor,
      message: (names) => `No application deadline: ${names} the date applications close. Set valid_through (YYYY-MM-DD).`,
      fixes: fix ? [fix] : [],
    });
  }
  const statements = new Map<string, { text: string; laws: AppliedLaw[] }>();
  for (const applied of laws) {
    for (const statement of applied.law.requires.statements ?? []) {
      const entry = statements.get(statement.id) ?? { text: statement.text, laws: [] };
      entry.laws.push(applied);
      statements.set(statement.id, entry);
    }
  }
  for (const [id, { text, laws: asking }] of statements) {
    const present = id === 'ai-screening' ? AI_STATEMENT.test(prose) : id === 'existing-vacancy' ? VACANCY_STATEMENT.test(prose) : false;
    if (present) continue;
    const fix = record.disclosures === undefined ? addSectionsFix(context, ['disclosures'], 'Add a disclosures list to fill in') : undefined;
    out.push({
      laws: asking,
      range: keyRange(context, 'disclosures') ?? anchor,
      message: (names) => `Missing a statement: ${names} ${lowerFirst(text)} Add it under disclosures.`,
      fixes: fix ? [fix] : [],
    });
  }
  return out;
}

/** What the laws forbid a posting to say (Ontario: a Canadian-experience requirement), where it says it. */
function forbidden(context: JdContext, laws: readonly AppliedLaw[]): RuleReport[] {
  const out: RuleReport[] = [];
  const text = context.parsed.text;
  const ranges = candidateText(context.parsed);
  for (const applied of laws) {
    for (const rule of applied.law.mustNot ?? []) {
      for (const range of ranges) {
        const lower = text.slice(range.start, range.end).toLowerCase();
        for (const phrase of rule.phrases) {
          let at = lower.indexOf(phrase);
          while (at >= 0) {
            const before = lower[at - 1];
            const after = lower[at + phrase.length];
            if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
              out.push({
                message: `${rule.text} (${applied.law.jurisdiction}${applied.status === 'upcoming' ? `, from ${applied.law.inForce}` : ''}.) Ask for the skills the experience stands for instead.`,
                range: { start: range.start + at, end: range.start + at + phrase.length },
                severity: applied.status === 'in-force' ? 'error' : 'warning',
              });
            }
            at = lower.indexOf(phrase, at + phrase.length);
          }
        }
      }
    }
  }
  return out;
}

/** "the US", "Canada": a country as a sentence names it. */
function countryName(code: string): string {
  const names: Record<string, string> = { US: 'the US', CA: 'Canada', GB: 'the UK' };
  return Object.prototype.hasOwnProperty.call(names, code) ? names[code] : code;
}
