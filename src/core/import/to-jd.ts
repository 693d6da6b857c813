// Blocks to a job description: headings pick the section their content goes to (headings.ts),
// lines such as "Location: Berlin" fill fields (facts.ts), pay is read into `salary`
// (salary.ts), and nothing is dropped: a heading no key fits keeps its content under `other`,
// and whatever moved into a field is quoted in a comment beside it. The YAML is written with
// the `yaml` library.

import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';
import { jdKeys, type JobDescription } from '../jd/schema';
import type { ImportKey } from '../data/section-headings';
import { collapseSpace, type Block, type ImportedDocument } from './blocks';
import { dateIn, employmentTypeIn, labelledFact, locationIn, type FactField } from './facts';
import { normalizeHeading, sectionForHeading } from './headings';
import { findSalary, type SalaryFound } from './salary';

export interface ImportOptions {
  /** The source's file name, for the header comment and a title when the source has none. */
  source: string;
}

export interface ImportResult {
  /** The job description as YAML, comments included. */
  yaml: string;
  /** What the YAML parses to. */
  value: Record<string, unknown>;
  /** What the writer should check: no title found, no section recognised. */
  notes: string[];
}

type Part = { kind: 'paragraph' | 'item'; text: string };

interface Section {
  key: ImportKey | 'other';
  /** The heading as written (absent for the text before the first heading). */
  heading?: string;
  level: number;
  parts: Part[];
}

const LIST_KEYS = new Set<string>(['responsibilities', 'daily_tasks', 'qualifications', 'nice_to_have', 'skills', 'benefits', 'tools', 'platforms', 'disclosures', 'salary_text']);
const TEXT_OR_LIST_KEYS = new Set<string>(['shifts', 'physical_requirements', 'licenses']);

/** The title from the file's name: "community-manager.md" → "Community manager". */
function titleFromFileName(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  const name = collapseSpace(base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '));
  return name === '' ? 'Untitled role' : name[0].toUpperCase() + name.slice(1);
}

function asText(parts: readonly Part[]): string {
  const out: string[] = [];
  let items: string[] = [];
  const flushItems = () => {
    if (items.length > 0) out.push(items.map((i) => `- ${i}`).join('\n'));
    items = [];
  };
  for (const part of parts) {
    if (part.kind === 'item') items.push(part.text);
    else {
      flushItems();
      out.push(part.text);
    }
  }
  flushItems();
  return out.join('\n\n');
}

const FACT_NAMES: Readonly<Record<FactField, string>> = {
  location: 'location',
  salary: 'salary',
  employment_type: 'employment_type',
  department: 'department',
  reports_to: 'reporting',
  valid_through: 'valid_through',
};

/** Builds the JD from `doc`. Pure: the same document always gives the same YAML. */
export function blocksToJd(doc: ImportedDocument, options: ImportOptions): ImportResult {
  const notes: string[] = [];
  /** Comments to write above a key: where its content came from. */
  const comments = new Map<string, string[]>();
  const comment = (key: string, text: string) => comments.set(key, [...(comments.get(key) ?? []), text]);
  /** Each field's fact: its value as read (readFact), and the line it came from. */
  const facts: Partial<Record<FactField, { read: unknown; line: string }>> = {};

  const blocks = [...doc.blocks];
  // The title: the format's own (front matter, <title>), else the first top heading no section claims.
  let title = doc.title;
  const first = blocks.findIndex((b) => b.kind === 'heading');
  const firstHeading = first >= 0 ? (blocks[first] as Extract<Block, { kind: 'heading' }>) : undefined;
  if (firstHeading && sectionForHeading(firstHeading.text) === undefined) {
    const isTop = firstHeading.level <= Math.min(...blocks.filter((b) => b.kind === 'heading').map((b) => (b as { level: number }).level));
    // A page's <h1> is what a reader sees as the title (its <title> often adds the site's name).
    if ((firstHeading.level === 1 || (title === undefined && firstHeading.level === 2)) && isTop) {
      title = firstHeading.text;
      blocks.splice(first, 1);
    } else if (title !== undefined && normalizeHeading(firstHeading.text) === normalizeHeading(title)) blocks.splice(first, 1);
  }
  if (title === undefined || title.trim() === '') {
    title = titleFromFileName(options.source);
    notes.push(`No title found: named it "${title}" after the file; write the job title candidates search for.`);
  }

  // Sections, in reading order.
  const sections: Section[] = [];
  let current: Section = { key: 'summary', level: 0, parts: [] };
  sections.push(current);
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const key = sectionForHeading(block.text);
      if (key) current = { key, heading: block.text, level: block.level, parts: [] };
      else if (current.heading !== undefined && current.key !== 'other' && block.level > current.level) {
        // A sub-heading inside a known section ("Community engagement" under Responsibilities) is part of it.
        current.parts.push({ kind: 'paragraph', text: block.text });
        continue;
      } else current = { key: 'other', heading: block.text, level: block.level, parts: [] };
      sections.push(current);
      continue;
    }
    if (block.kind === 'list') {
      for (const item of block.items) current.parts.push({ kind: 'item', text: item });
      continue;
    }
    // A paragraph: lines that state a fact fill that field; the rest stays text.
    const kept: string[] = [];
    for (const line of block.lines) {
      const fact = labelledFact(line);
      const read = fact && !facts[fact.field] ? readFact(fact.field, fact.value) : undefined;
      if (fact && read !== undefined) facts[fact.field] = { read, line };
      else kept.push(line);
    }
    if (kept.length > 0) current.parts.push({ kind: 'paragraph', text: kept.join(' ') });
  }

  // Front matter facts, where the text stated none.
  const meta = doc.meta;
  const metaText = (name: string) => (typeof meta[name] === 'string' || typeof meta[name] === 'number' ? collapseSpace(String(meta[name])).replace(/[,;]$/, '') : undefined);
  const fromMeta = (field: FactField, names: string[]) => {
    if (facts[field]) return;
    for (const name of names) {
      const value = metaText(name);
      const read = value ? readFact(field, value) : undefined;
      if (read !== undefined) {
        facts[field] = { read, line: `${name}: ${value} (front matter)` };
        return;
      }
    }
  };
  fromMeta('location', ['location', 'city']);
  fromMeta('employment_type', ['employment_type', 'employment', 'job_type', 'type', 'conditions']);
  fromMeta('valid_through', ['valid_through', 'closing_date', 'deadline', 'expirydate', 'expiry_date']);
  fromMeta('department', ['department', 'team']);

  // Assemble the values per key, in the schema's order.
  const byKey = new Map<string, Part[]>();
  const others: { heading: string; text?: string; items?: string[] }[] = [];
  for (const section of sections) {
    if (section.key === 'other') {
      const paragraphs = section.parts.filter((p) => p.kind === 'paragraph').map((p) => p.text);
      const items = section.parts.filter((p) => p.kind === 'item').map((p) => p.text);
      others.push({ heading: section.heading!, ...(paragraphs.length > 0 ? { text: paragraphs.join('\n\n') } : {}), ...(items.length > 0 ? { items } : {}) });
      continue;
    }
    if (section.parts.length === 0 && section.heading === undefined) continue;
    // Pay sections ("Compensation and Benefits") read as benefits; their figures go to `salary` below.
    const key = section.key === 'salary_text' ? 'benefits' : section.key;
    byKey.set(key, [...(byKey.get(key) ?? []), ...section.parts]);
    if (section.heading !== undefined) comment(key, `From "${section.heading}"`);
  }

  const value: Record<string, unknown> = { title };
  const setFact = (field: FactField) => {
    const fact = facts[field];
    if (!fact) return;
    const key = FACT_NAMES[field];
    value[key] = fact.read;
    comment(key, `From the posting: ${fact.line}`);
  };
  for (const field of ['department', 'location', 'employment_type'] as const) setFact(field);
  // Pay: a "Salary:" line, else the first figures in the pay section, else anywhere.
  let salary = facts.salary?.read as SalaryFound | undefined;
  let salaryLine = facts.salary?.line;
  if (!salary) {
    const payParts = sections.filter((s) => s.key === 'salary_text').flatMap((s) => s.parts);
    const anywhere = sections.flatMap((s) => s.parts);
    for (const part of [...payParts, ...anywhere]) {
      salary = findSalary(part.text);
      if (salary) {
        salaryLine = sentenceAround(part.text, salary.wording);
        break;
      }
    }
  }
  if (salary) {
    value.salary = { ...(salary.min !== undefined ? { min: salary.min } : {}), ...(salary.max !== undefined ? { max: salary.max } : {}), currency: salary.currency, ...(salary.period ? { period: salary.period } : {}) };
    comment('salary', `From the posting: ${salaryLine}`);
  }
  for (const [key, parts] of byKey) {
    if (parts.length === 0) continue;
    const items = parts.map((p) => p.text);
    if (LIST_KEYS.has(key)) value[key] = items;
    else if (TEXT_OR_LIST_KEYS.has(key)) value[key] = parts.every((p) => p.kind === 'item') || parts.length > 1 ? items : items[0];
    else if (key === 'kpis') value[key] = items.map((metric) => ({ metric }));
    else if (key === 'reporting') continue; // below, with a "Reports to:" line
    else if (key === 'location') value[key] = value.location === undefined ? asText(parts) : [value.location, ...items].flat();
    else value[key] = asText(parts);
  }
  // Who the role reports to: a "Reports to:" line, then a reporting section's text.
  const reporting = byKey.get('reporting') ?? [];
  if (facts.reports_to || reporting.length > 0) {
    value.reporting = { reports_to: [facts.reports_to?.read as string | undefined, reporting.length > 0 ? asText(reporting) : undefined].filter((t) => t !== undefined).join('. ') };
    if (facts.reports_to) comment('reporting', `From the posting: ${facts.reports_to.line}`);
  }
  setFact('valid_through');
  if (others.length > 0) value.other = others;

  const recognised = [...byKey.keys()].filter((k) => k !== 'summary');
  if (recognised.length === 0) notes.push('No section was recognised by its heading: everything is in `summary` and `other`. Move it into responsibilities, qualifications and skills.');

  // In the schema's order.
  const ordered: Record<string, unknown> = {};
  for (const key of jdKeys()) if (key in value) ordered[key] = value[key];
  return { yaml: writeYaml(ordered, comments, options.source), value: ordered, notes };
}

/** The sentence of `text` that holds `wording`: what the comment beside `salary` quotes. */
function sentenceAround(text: string, wording: string): string {
  const at = Math.max(0, text.indexOf(wording));
  const before = text.slice(0, at).search(/(?:[.!?]\s+)[^.!?]*$/);
  const start = before < 0 ? 0 : before + text.slice(before).search(/\s/) + 1;
  const after = text.slice(at + wording.length).search(/[.!?](?:\s|$)/);
  const end = after < 0 ? text.length : at + wording.length + after + 1;
  return text.slice(start, end).trim();
}

/** The field's value from a fact's text, or undefined when the text does not say it plainly. */
function readFact(field: FactField, text: string): unknown {
  const value = collapseSpace(text);
  if (value === '') return undefined;
  switch (field) {
    case 'salary':
      return findSalary(value);
    case 'employment_type':
      return employmentTypeIn(value);
    case 'valid_through':
      return dateIn(value);
    case 'location':
      // "Denver, CO" as { city, region, country }; a place it cannot read for sure stays text.
      return locationIn(value) ?? value;
    default:
      return value;
  }
}

/** The `yaml` library's text for `value`, with `comments` above their keys. */
function writeYaml(value: Record<string, unknown>, comments: ReadonlyMap<string, string[]>, source: string): string {
  const doc = new Document(value);
  doc.commentBefore = ` Imported by copydesk import from ${source.split(/[\\/]/).pop()}. Check each section, then delete the "From" comments.`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair<Scalar, unknown>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const lines = key ? comments.get(key) : undefined;
      if (lines && isScalar(pair.key)) pair.key.commentBefore = lines.map((l) => ` ${oneLine(l)}`).join('\n');
    }
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** A comment is one line: the source's line breaks and control characters would end it. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return collapseSpace(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
}

export type { JobDescription };
