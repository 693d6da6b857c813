// A job description as a page reads it, in any output format: the title, the facts under it
// (place, type, pay, department), then each section under its heading, in careers-page order,
// as paragraphs, lists and labelled rows. The HTML, Markdown and text exports and the JSON-LD
// description are all written from this one model.

import { isBlank } from '../jd/context';
import { countryName, isPlainObject, plainText, platformName, salaryText } from '../jd/describe';
import { CAREERS_PAGE_ORDER, PROSE_SECTIONS, EMPLOYMENT_TYPE_NAMES, KPI_PERIOD_NAMES, QUALIFICATION_GROUPS, REPORTING_LABELS, sectionHeading, WORKPLACE_NAMES, wordsFor } from '../jd/labels';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'fields'; rows: [string, string][] };

export interface Section {
  /** The JD key, or `other` for a section of its own. */
  key: string;
  heading: string;
  blocks: Block[];
}

export interface ExportDocument {
  title: string;
  /** "Location", "Hamburg, Germany (Hybrid)"; "Employment type", "Full-time"; … */
  facts: [string, string][];
  sections: Section[];
}

/** Long text: paragraphs split on blank lines; a run of "- item" lines is a list. */
function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => /^[-*•]\s+/.test(l))) blocks.push({ kind: 'list', items: lines.map((l) => l.replace(/^[-*•]\s+/, '')) });
    else blocks.push({ kind: 'paragraph', text: lines.join('\n') });
  }
  return blocks;
}

function listBlocks(value: unknown): Block[] {
  if (!Array.isArray(value)) return isPlainObject(value) ? [fieldsBlock(value, {})] : textBlocks(plainText(value));
  const items = value.filter((v) => !isBlank(v)).map(plainText);
  return items.length > 0 ? [{ kind: 'list', items }] : [];
}

function fieldsBlock(value: Record<string, unknown>, labels: Readonly<Record<string, string>>, whenEmpty: Readonly<Record<string, string>> = {}): Block {
  const known = Object.keys(labels);
  const keys = [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
  const rows: [string, string][] = [];
  for (const key of keys) {
    const field = value[key];
    const text = isBlank(field) ? wordsFor(whenEmpty, key) : plainText(field);
    if (text !== undefined && text !== '') rows.push([wordsFor(labels, key) ?? key, text]);
  }
  return { kind: 'fields', rows };
}

function sectionBlocks(key: string, value: unknown): Block[] {
  if (PROSE_SECTIONS.has(key)) return Array.isArray(value) ? listBlocks(value) : textBlocks(plainText(value));
  switch (key) {
    case 'qualifications': {
      if (!isPlainObject(value)) return listBlocks(value);
      const known = Object.keys(QUALIFICATION_GROUPS);
      const keys = [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
      return keys.filter((k) => !isBlank(value[k])).flatMap((k) => [{ kind: 'subheading', text: wordsFor(QUALIFICATION_GROUPS, k) ?? k } as Block, ...listBlocks(value[k])]);
    }
    case 'reporting':
      return isPlainObject(value) ? [fieldsBlock(value, REPORTING_LABELS, { direct_reports: 'None' })] : listBlocks(value);
    case 'kpis': {
      if (!Array.isArray(value)) return textBlocks(plainText(value));
      const items = value
        .filter((k) => !isBlank(k))
        .map((kpi) => {
          if (!isPlainObject(kpi)) return plainText(kpi);
          const platforms = Array.isArray(kpi.platforms) && !isBlank(kpi.platforms) ? ` (${kpi.platforms.filter((p) => !isBlank(p)).map((p) => (typeof p === 'string' ? platformName(p) : plainText(p))).join(', ')})` : '';
          const target = isBlank(kpi.target) ? '' : `: ${plainText(kpi.target)}`;
          const period = isBlank(kpi.period) ? '' : ` (${(wordsFor(KPI_PERIOD_NAMES, kpi.period) ?? plainText(kpi.period)).toLowerCase()})`;
          return `${plainText(kpi.metric)}${platforms}${target}${period}`;
        });
      return items.length > 0 ? [{ kind: 'list', items }] : [];
    }
    case 'platforms':
      return Array.isArray(value) ? listBlocks(value.map((p) => (typeof p === 'string' ? platformName(p) : p))) : textBlocks(plainText(value));
    default:
      return listBlocks(value);
  }
}

/** "Hamburg, Germany (Hybrid)"; several places joined by " · ". */
export function locationText(value: unknown): string {
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(locationText).join(' · ');
  if (!isPlainObject(value)) return plainText(value);
  const place = [value.city, value.region, value.country === undefined ? undefined : countryName(value.country)].filter((p) => !isBlank(p)).map(plainText).join(', ');
  const workplace = isBlank(value.workplace) ? '' : (wordsFor(WORKPLACE_NAMES, value.workplace) ?? plainText(value.workplace));
  return place && workplace ? `${place} (${workplace})` : place || workplace;
}

/** The model of a JD's plain value (what readYaml gives); keys the schema does not know are left out. */
export function exportDocument(jd: Record<string, unknown>): ExportDocument {
  const facts: [string, string][] = [];
  if (!isBlank(jd.location)) facts.push([sectionHeading('location'), locationText(jd.location)]);
  if (!isBlank(jd.employment_type)) facts.push([sectionHeading('employment_type'), wordsFor(EMPLOYMENT_TYPE_NAMES, jd.employment_type) ?? plainText(jd.employment_type)]);
  if (!isBlank(jd.salary)) facts.push([sectionHeading('salary'), salaryText(jd.salary)]);
  if (!isBlank(jd.department)) facts.push([sectionHeading('department'), plainText(jd.department)]);
  if (Array.isArray(jd.remote_from) && !isBlank(jd.remote_from)) facts.push([sectionHeading('remote_from'), jd.remote_from.filter((a) => !isBlank(a)).map((a) => countryName(a)).join(', ')]);
  if (!isBlank(jd.job_id)) facts.push([sectionHeading('job_id'), plainText(jd.job_id)]);
  if (!isBlank(jd.date_posted)) facts.push([sectionHeading('date_posted'), plainText(jd.date_posted)]);
  const sections: Section[] = [];
  for (const key of CAREERS_PAGE_ORDER) {
    const value = jd[key];
    if (isBlank(value)) continue;
    if (key === 'other' && Array.isArray(value)) {
      for (const item of value) {
        if (isBlank(item)) continue;
        const fields: Record<string, unknown> = isPlainObject(item) ? item : { text: item };
        const heading = typeof fields.heading === 'string' && fields.heading.trim() !== '' ? fields.heading : sectionHeading('other');
        sections.push({ key, heading, blocks: [...(isBlank(fields.text) ? [] : textBlocks(plainText(fields.text))), ...(isBlank(fields.items) ? [] : listBlocks(fields.items))] });
      }
      continue;
    }
    const blocks = sectionBlocks(key, value);
    if (blocks.length > 0) sections.push({ key, heading: sectionHeading(key), blocks });
  }
  return { title: plainText(jd.title).trim() || 'Untitled role', facts, sections };
}
