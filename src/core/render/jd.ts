// The JD preview: a job description as a candidate reads it on a careers page, with the gaps and
import { resolveConfig } from '../config/resolve';
import { chooseProfile } from '../jd/profiles';
// findings a reviewer needs shown in place. Pure: it builds an HTML string and runs anywhere the
// core runs (extension host, web worker, CLI). Every piece of user text goes through escapeHtml
// or escapeAttribute; the output has no scripts, no event handlers, no style attributes and no
// links, so it is safe to show in a webview or to share as a file.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Config } from '../config/schema';
import { isBlank } from '../jd/context';
import { CAREERS_PAGE_ORDER, PROSE_SECTIONS, EMPLOYMENT_TYPE_NAMES, KPI_PERIOD_NAMES, QUALIFICATION_GROUPS, REPORTING_LABELS, sectionHeading, WORKPLACE_NAMES, wordsFor } from '../jd/labels';
import { countryName, isPlainObject, plainText, platformName, salaryText } from '../jd/describe';
import { jdKeys } from '../jd/schema';
import { closestMatch } from '../text/suggest';
import { LineIndex } from '../text/positions';
import type { Finding, OffsetRange, Severity } from '../types';
import { firstKeyRange, nodeRange, readYaml } from '../yaml/document';
import { escapeAttribute, escapeHtml, classes, type RenderOptions } from './html';

/** The keys shown in the header, in the order they are read. */
const HEADER_KEYS = ['title', 'department', 'location', 'employment_type', 'salary'] as const;


const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };


const heading = sectionHeading;

/** One top-level `key: value` of the file, with where it is. */
interface Entry {
  /** The key as written (may be a misspelling standing in for a JD key). */
  sourceKey: string;
  /** The plain value (what `toJS` gives, aliases resolved). */
  value: unknown;
  /** 0-based line of the key. */
  line: number;
  /** From the key's start to the value's end: findings inside belong to this entry. */
  range: OffsetRange;
}

/** What every renderer needs about the file. */
interface Context {
  lines: LineIndex;
  /** JD key → the entry that provides it (the key itself, or a misspelling of it). */
  entries: Map<string, Entry>;
  required: Set<string>;
  /** Findings by the entry (source key) they are shown in. */
  findingsIn: Map<Entry, Finding[]>;
  /** Line of the first key: where file-level findings and the "add section" fixes sit. */
  firstKeyLine: number;
}

/** The JD as a candidate reads it on a careers page: an HTML fragment (no <html>/<head>), every user string escaped. */
export function renderJobDescription(text: string, findings: readonly Finding[], config: Config, _options?: RenderOptions): string {
  const read = readYaml(text);
  const root = read.parsed.doc.contents;
  const lines = new LineIndex(text);
  const sorted = [...findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  // An empty (or comment-only) file is an empty job description: every gap is shown.
  const empty = read.value !== undefined && root === null;
  if (read.value === undefined || (!empty && !isMap(root))) return renderUnreadable(sorted, read.problems, lines);

  const record = (empty ? {} : read.value) as Record<string, unknown>;
  const entries = collectEntries(text, lines, empty ? undefined : (root as YAMLMap), record);
  const first = empty ? undefined : firstKeyRange(read.parsed);
  const context: Context = {
    lines,
    entries,
    required: new Set(['title', ...chooseProfile(record, config?.jd?.profiles ? config.jd : resolveConfig(undefined).jd).profile.required]),
    findingsIn: new Map(),
    firstKeyLine: first ? lines.lineOf(first.start) : 0,
  };

  // Which entries are shown: a finding inside one of them is shown there, any other at the top.
  const shown = new Set<Entry>();
  for (const key of [...HEADER_KEYS, ...CAREERS_PAGE_ORDER]) {
    const entry = entries.get(key);
    if (entry && (HEADER_KEYS.includes(key as never) || !isBlank(entry.value) || context.required.has(key))) shown.add(entry);
  }
  const loose: Finding[] = [];
  for (const finding of sorted) {
    // A finding on the first key is about the whole file (a missing section, say), not about that key.
    const fileLevel = first !== undefined && finding.range.start === first.start && finding.range.end === first.end;
    const home = fileLevel ? undefined : [...shown].find((e) => e.range.start <= finding.range.start && finding.range.end <= e.range.end);
    if (home) {
      const list = context.findingsIn.get(home) ?? [];
      list.push(finding);
      context.findingsIn.set(home, list);
    } else {
      loose.push(finding);
    }
  }

  const parts: string[] = ['<article class="cd-jd">'];
  if (loose.length > 0) {
    // Closed: the JD reads first as a candidate sees it; one line says what there is to open.
    const counts = (['error', 'warning', 'info'] as const)
      .map((severity) => [severity, loose.filter((f) => f.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => `${n} ${severity === 'info' ? 'info' : n === 1 ? severity : `${severity}s`}`);
    parts.push('<details class="cd-findings">');
    parts.push(`<summary class="cd-findings-title">${loose.length === 1 ? '1 note' : `${loose.length} notes`} about the whole file: ${counts.join(', ')}</summary>`);
    parts.push('<ul>', ...loose.map((finding) => renderFinding(finding, lines, 'li')), '</ul>');
    parts.push('</details>');
  }
  parts.push(renderHeader(context));
  for (const key of CAREERS_PAGE_ORDER) parts.push(renderBodySection(key, context));
  // Required keys this layout has no place for (e.g. `review`) still get their placeholder.
  for (const key of context.required) {
    if ((HEADER_KEYS as readonly string[]).includes(key) || (CAREERS_PAGE_ORDER as readonly string[]).includes(key)) continue;
    const entry = entries.get(key);
    if (!entry || isBlank(entry.value)) parts.push(placeholderSection(key, entry, context));
  }
  parts.push('</article>');
  return parts.filter((p) => p !== '').join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Reading the file

/** The entry for every JD key the file provides: by its own key, or by a misspelling of it. */
function collectEntries(text: string, lines: LineIndex, root: YAMLMap | undefined, record: Record<string, unknown>): Map<string, Entry> {
  const byKey = new Map<string, Entry>();
  if (!root) return byKey;
  for (const item of root.items as Pair<unknown, unknown>[]) {
    const key = isScalar(item.key) ? String(item.key.value) : undefined;
    const keyNode = item.key as Node | null;
    if (key === undefined || !keyNode?.range) continue;
    const value = item.value as Node | null;
    const start = keyNode.range[0];
    const end = Math.max(value?.range ? value.range[1] : keyNode.range[1], nodeRange(text, keyNode)?.end ?? start);
    // A repeated key: the last one wins, as in the plain value.
    byKey.set(key, {
      sourceKey: key,
      value: Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined,
      line: lines.lineOf(start),
      range: { start, end },
    });
  }
  const known = jdKeys() as readonly string[];
  const entries = new Map<string, Entry>();
  for (const [key, entry] of byKey) if (known.includes(key)) entries.set(key, entry);
  // `responsibilites:` stands in for `responsibilities:` (the linter does the same: it is not
  // "missing", jd/schema offers to rename it); its finding is shown in that section.
  for (const [key, entry] of byKey) {
    if (known.includes(key)) continue;
    const meant = closestMatch(key, known.filter((k) => !entries.has(k)));
    if (meant !== undefined) entries.set(meant, entry);
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Header

function renderHeader(context: Context): string {
  const { entries } = context;
  const title = entries.get('title');
  const headerLine = title?.line ?? context.firstKeyLine;
  const parts: string[] = [`<header class="cd-header" data-line="${headerLine}">`];

  if (title && !isBlank(title.value)) {
    parts.push(`<h1 class="cd-title" data-key="title" data-line="${title.line}">${inline(plainText(title.value))}</h1>`);
  } else {
    parts.push(`<h1 class="${classes({ 'cd-title': true, 'cd-missing': true })}" data-key="title" data-line="${title?.line ?? context.firstKeyLine}">Untitled role</h1>`);
  }

  const meta: string[] = [];
  const department = entries.get('department');
  if (department && !isBlank(department.value)) meta.push(metaItem('department', department, inline(plainText(department.value))));
  else meta.push(missingMetaItem('department', department, context));

  const location = entries.get('location');
  if (location && !isBlank(location.value)) {
    const { place, workplace } = describeLocation(location.value);
    if (place) meta.push(metaItem('location', location, place));
    if (workplace) meta.push(metaItem('location', location, workplace, 'cd-workplace'));
  } else {
    meta.push(missingMetaItem('location', location, context));
  }

  const employment = entries.get('employment_type');
  if (employment && !isBlank(employment.value)) {
    const value = employment.value;
    meta.push(metaItem('employment_type', employment, escapeHtml(wordsFor(EMPLOYMENT_TYPE_NAMES, value) ?? plainText(value))));
  } else {
    meta.push(missingMetaItem('employment_type', employment, context));
  }
  const shownMeta = meta.filter((m) => m !== '');
  if (shownMeta.length > 0) parts.push(`<p class="cd-meta">${shownMeta.join('<span class="cd-sep"> · </span>')}</p>`);

  const salary = entries.get('salary');
  if (salary && !isBlank(salary.value)) {
    parts.push(`<p class="cd-salary" data-key="salary" data-line="${salary.line}">${formatSalary(salary.value)}</p>`);
  } else {
    const missing = missingMetaItem('salary', salary, context);
    if (missing) parts.push(`<p class="cd-salary">${missing}</p>`);
  }

  for (const key of HEADER_KEYS) {
    const entry = entries.get(key);
    if (entry) parts.push(...(context.findingsIn.get(entry) ?? []).map((f) => renderFinding(f, context.lines)));
  }
  parts.push('</header>');
  return parts.join('\n');
}

/** The salary line, escaped. */
function formatSalary(value: unknown): string {
  return isPlainObject(value) ? escapeHtml(salaryText(value)) : inline(plainText(value));
}

function metaItem(key: string, entry: Entry, html: string, extra?: string): string {
  return `<span class="${classes({ 'cd-meta-item': true, [extra ?? '']: extra !== undefined })}" data-key="${escapeAttribute(key)}" data-line="${entry.line}">${html}</span>`;
}

/** A header field the policy requires but the file lacks; nothing when it is optional. */
function missingMetaItem(key: string, entry: Entry | undefined, context: Context): string {
  if (!context.required.has(key)) return '';
  return `<span class="cd-meta-item cd-missing" data-key="${escapeAttribute(key)}" data-line="${entry?.line ?? context.firstKeyLine}"><span class="cd-placeholder">Missing: ${escapeHtml(heading(key))} (required)</span></span>`;
}

/** "Hamburg, Germany" and "Hybrid", or the free-text location. Returns HTML. */
function describeLocation(value: unknown): { place: string; workplace: string } {
  if (Array.isArray(value)) {
    // A role open in several places: each place, and the workplaces they name.
    const each = value.filter((v) => !isBlank(v)).map(describeLocation);
    return { place: each.map((e) => e.place).filter((p) => p !== '').join(' · '), workplace: [...new Set(each.map((e) => e.workplace).filter((w) => w !== ''))].join(' · ') };
  }
  if (!isPlainObject(value)) return { place: inline(plainText(value)), workplace: '' };
  const place = [value.city, value.region, value.country === undefined ? undefined : countryName(value.country)]
    .filter((part) => !isBlank(part))
    .map((part) => plainText(part));
  const workplace = isBlank(value.workplace) ? '' : wordsFor(WORKPLACE_NAMES, value.workplace) ?? plainText(value.workplace);
  return { place: inline(place.join(', ')), workplace: escapeHtml(workplace) };
}

// ---------------------------------------------------------------------------------------------
// Body sections

function renderBodySection(key: string, context: Context): string {
  const entry = context.entries.get(key);
  if (!entry || isBlank(entry.value)) return context.required.has(key) ? placeholderSection(key, entry, context) : '';
  const findings = (context.findingsIn.get(entry) ?? []).map((f) => renderFinding(f, context.lines));
  if (key === 'other' && Array.isArray(entry.value)) return renderOtherSections(entry, findings);
  const body = renderContent(key, entry.value);
  const isSummary = key === 'summary';
  return [
    `<section class="${classes({ 'cd-section': true, 'cd-summary': isSummary })}" data-key="${escapeAttribute(key)}" data-line="${entry.line}">`,
    isSummary ? '' : `<h2>${escapeHtml(heading(key))}</h2>`,
    ...findings,
    body,
    '</section>',
  ]
    .filter((p) => p !== '')
    .join('\n');
}

/**
 * `other`: each entry is a section of its own under its own heading, as on the page it came
 * from; an entry without a heading is shown under "More about the role".
 */
function renderOtherSections(entry: Entry, findings: string[]): string {
  const sections = (entry.value as unknown[])
    .filter((item) => !isBlank(item))
    .map((item, i) => {
      const fields = isPlainObject(item) ? item : { text: item };
      const title = typeof fields.heading === 'string' && fields.heading.trim() !== '' ? fields.heading : heading('other');
      const parts = [isBlank(fields.text) ? '' : paragraphs(plainText(fields.text)), isBlank(fields.items) ? '' : renderList(fields.items)];
      return [
        `<section class="cd-section" data-key="other" data-line="${entry.line}">`,
        `<h2>${escapeHtml(plainText(title))}</h2>`,
        ...(i === 0 ? findings : []),
        ...parts.filter((p) => p !== ''),
        '</section>',
      ].join('\n');
    });
  return sections.join('\n');
}

/**
 * A required section that is absent or empty. Its line is the key's when the key is there; for
 * an absent section, the first key's, where jd/missing-section and its "add section" fix sit.
 */
function placeholderSection(key: string, entry: Entry | undefined, context: Context): string {
  const findings = entry ? (context.findingsIn.get(entry) ?? []).map((f) => renderFinding(f, context.lines)) : [];
  return [
    `<section class="cd-section cd-missing" data-key="${escapeAttribute(key)}" data-line="${entry?.line ?? context.firstKeyLine}">`,
    `<h2>${escapeHtml(heading(key))}</h2>`,
    ...findings,
    `<p class="cd-placeholder">Missing: ${escapeHtml(heading(key))} (required). ${entry ? 'Fill in' : 'Add'} <code class="cd-key">${escapeHtml(key)}:</code> in the file.</p>`,
    '</section>',
  ].join('\n');
}

function renderContent(key: string, value: unknown): string {
  if (PROSE_SECTIONS.has(key)) return Array.isArray(value) ? renderList(value) : paragraphs(plainText(value));
  switch (key) {
    case 'qualifications':
      return renderQualifications(value);
    case 'kpis':
      return renderKpis(value);
    case 'reporting':
      return renderReporting(value);
    case 'platforms':
      return Array.isArray(value) ? renderList(value.map((p) => (typeof p === 'string' ? platformName(p) : p))) : paragraphs(plainText(value));
    default:
      return renderList(value);
  }
}

/** A list as `<ul>`; text written where a list belongs as paragraphs. */
function renderList(value: unknown): string {
  if (!Array.isArray(value)) return isPlainObject(value) ? renderFields(value, {}) : paragraphs(plainText(value));
  const items = value.filter((item) => !isBlank(item)).map((item) => `<li>${inlineWithBreaks(plainText(item))}</li>`);
  return items.length > 0 ? `<ul class="cd-list">\n${items.join('\n')}\n</ul>` : '';
}

function renderQualifications(value: unknown): string {
  if (!isPlainObject(value)) return renderList(value);
  const known = Object.keys(QUALIFICATION_GROUPS);
  const keys = [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
  const out: string[] = [];
  for (const key of keys) {
    const group = value[key];
    if (isBlank(group)) continue;
    out.push(`<h3>${escapeHtml(wordsFor(QUALIFICATION_GROUPS, key) ?? key)}</h3>`);
    out.push(renderList(group));
  }
  return out.join('\n');
}

function renderReporting(value: unknown): string {
  if (!isPlainObject(value)) return renderList(value);
  return renderFields(value, REPORTING_LABELS, { direct_reports: 'None' });
}

/** A mapping as a definition list, known keys first under their labels, lists as `<ul>`. */
function renderFields(value: Record<string, unknown>, labels: Readonly<Record<string, string>>, whenEmpty: Readonly<Record<string, string>> = {}): string {
  const known = Object.keys(labels);
  const keys = [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
  const rows: string[] = [];
  for (const key of keys) {
    const field = value[key];
    let html: string;
    if (isBlank(field)) {
      const none = wordsFor(whenEmpty, key);
      if (none === undefined) continue;
      html = escapeHtml(none);
    } else {
      html = Array.isArray(field) ? renderList(field) : inlineWithBreaks(plainText(field));
    }
    rows.push(`<dt>${escapeHtml(wordsFor(labels, key) ?? key)}</dt>\n<dd>${html}</dd>`);
  }
  return rows.length > 0 ? `<dl class="cd-fields">\n${rows.join('\n')}\n</dl>` : '';
}

function renderKpis(value: unknown): string {
  if (!Array.isArray(value)) return paragraphs(plainText(value));
  const rows: string[] = [];
  for (const kpi of value) {
    if (isBlank(kpi)) continue;
    if (!isPlainObject(kpi)) {
      rows.push(`<tr><td>${inline(plainText(kpi))}</td><td></td><td></td></tr>`);
      continue;
    }
    let metric = inline(plainText(kpi.metric));
    if (Array.isArray(kpi.platforms) && !isBlank(kpi.platforms)) {
      const names = kpi.platforms.filter((p) => !isBlank(p)).map((p) => (typeof p === 'string' ? platformName(p) : plainText(p)));
      metric += ` <span class="cd-kpi-platforms">(${escapeHtml(names.join(', '))})</span>`;
    } else if (!isBlank(kpi.platforms)) {
      metric += ` <span class="cd-kpi-platforms">(${escapeHtml(plainText(kpi.platforms))})</span>`;
    }
    const target = inline(plainText(kpi.target));
    const period = isBlank(kpi.period) ? '' : escapeHtml(wordsFor(KPI_PERIOD_NAMES, kpi.period) ?? plainText(kpi.period));
    rows.push(`<tr><td>${metric}</td><td>${target}</td><td>${period}</td></tr>`);
  }
  if (rows.length === 0) return '';
  return [
    '<table class="cd-kpis">',
    '<thead><tr><th scope="col">Metric</th><th scope="col">Target</th><th scope="col">Period</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function renderFinding(finding: Finding, lines: LineIndex, tag: 'p' | 'li' = 'p'): string {
  const severity: Severity = finding.severity === 'error' || finding.severity === 'warning' ? finding.severity : 'info';
  const line = lines.lineOf(Math.max(0, finding.range?.start ?? 0));
  return (
    `<${tag} class="cd-finding cd-finding-${severity}" data-line="${line}">` +
    `<span class="cd-severity">${SEVERITY_LABELS[severity]}</span> ` +
    `<span class="cd-finding-message">${message(String(finding.message ?? ''))}</span> ` +
    `<span class="cd-rule">${escapeHtml(String(finding.ruleId ?? ''))}</span></${tag}>`
  );
}

/** A finding message: escaped, with its `code` spans shown as code. */
function message(text: string): string {
  return escapeHtml(text).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

function renderUnreadable(findings: readonly Finding[], problems: readonly { message: string; range: OffsetRange; severity: Severity }[], lines: LineIndex): string {
  // The caller's findings include the YAML problems; without them, show the parser's own.
  const shown: readonly Finding[] =
    findings.length > 0 ? findings : problems.map((p) => ({ ruleId: 'yaml', severity: p.severity, message: p.message, range: p.range, docsUrl: '' }));
  return [
    '<section class="cd-jd cd-unreadable">',
    '<h1>This job description cannot be shown yet</h1>',
    '<p>The file is not a readable job description (a YAML mapping of sections). Fix the problems below and the preview will appear.</p>',
    ...shown.map((f) => renderFinding(f, lines)),
    '</section>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Text

/** Text in a sentence: escaped, URLs shown (not linked) as `.cd-link`. */
function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'`]+/giu)) {
    let url = match[0];
    // Sentence punctuation after a URL is not part of it; nor is a closing bracket it did not open.
    url = url.replace(/[.,;:!?]+$/u, '');
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    const start = match.index ?? 0;
    out += escapeHtml(text.slice(last, start)) + `<span class="cd-link">${escapeHtml(url)}</span>`;
    last = start + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

/** Inline text keeping its line breaks. */
function inlineWithBreaks(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => inline(line.trimEnd()))
    .join('<br>');
}

/** Long text: paragraphs split on blank lines, line breaks within a paragraph kept. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${inlineWithBreaks(p)}</p>`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Styles

/**
 * The preview's CSS: a careers-page column. VS Code theme variables with fallbacks, so the same
 * sheet works in the webview and in a standalone page. Scoped to `.cd-jd`, so the post preview's
 * rules for the shared classes (.cd-finding, .cd-link) are untouched. Static text: no user data, no url().
 */
