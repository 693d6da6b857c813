import { isMap, isScalar } from 'yaml';
import * as z from 'zod';
import { PLATFORM_SYNONYMS } from '../platforms/ids';
import { closestMatch, listInWords } from '../text/suggest';
import type { Fix, RuleReport } from '../types';
import { describeValue, formatPath, locate, nodeRange, pairOf, rangeForPath, valueAt, type ParsedYaml } from './document';

type Issue = z.core.$ZodIssue;

// Words people write for an allowed value; used only when the synonym's target is allowed there.
const VALUE_SYNONYMS: Readonly<Record<string, string>> = {
  ...PLATFORM_SYNONYMS,
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
  quarterly: 'quarter',
  fulltime: 'full-time',
  parttime: 'part-time',
  freelance: 'contract',
  freelancer: 'contract',
  contractor: 'contract',
  fixedterm: 'temporary',
  temp: 'temporary',
  permanent: 'full-time',
  casual: 'per-diem',
  prn: 'per-diem',
  perdiem: 'per-diem',
  asneeded: 'per-diem',
  apprentice: 'apprenticeship',
  traineeship: 'apprenticeship',
  volunteering: 'volunteer',
  unpaid: 'volunteer',
  summer: 'seasonal',
  intern: 'internship',
  office: 'onsite',
  inoffice: 'onsite',
  onsite: 'onsite',
  wfh: 'remote',
};

/** How schema problems are worded for one kind of file. */
export interface SchemaWording {
  /** What the root is called in messages: "the job description", "the configuration". */
  rootLabel: string;
  /** A better guess than spelling for a refused value, e.g. a country code from a country's name. */
  suggestValue?: (path: readonly PropertyKey[], given: string) => string | undefined;
  /** Issues under paths for which this returns true are left to another rule. */
  skip?: (path: readonly PropertyKey[]) => boolean;
}

/**
 * Validates `value` (the document's plain value) against `schema` and turns every issue into a
 * report at the offending node: the unknown key, the wrong value, or the key of a missing one.
 */
export function schemaReports(parsed: ParsedYaml, value: unknown, schema: z.ZodType, wording: SchemaWording): RuleReport[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const reports: RuleReport[] = [];
  const issues = flattenIssues(result.error.issues as Issue[], value, []);
  // `Title:` for `title`: the unknown key's "did you mean" says it all; "needs `title`" would repeat it.
  const misspelled = (path: readonly PropertyKey[]) =>
    issues.some(
      (i) =>
        i.code === 'unrecognized_keys' &&
        i.path.length === path.length - 1 &&
        i.path.every((p, n) => p === path[n]) &&
        i.keys.some((k) => closestMatch(k, [String(path[path.length - 1])]) !== undefined),
    );
  for (const issue of issues) {
    if (wording.skip?.(issue.path)) continue;
    if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined && misspelled(issue.path)) continue;
    reports.push(...reportIssue(parsed, value, schema, issue, wording));
  }
  return reports;
}

/**
 * The allowed value `given` most likely means. Among many codes of three letters or fewer a spelling
 * guess is as likely wrong as right (GBR → BR, IND → ID), so there only case and synonyms count.
 */
function suggestAllowed(given: string, allowed: readonly string[]): string | undefined {
  if (given.trim().length > 3 || allowed.length <= 12) return closestMatch(given, allowed, VALUE_SYNONYMS);
  const lower = given.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? (allowed.includes(VALUE_SYNONYMS[lower]) ? VALUE_SYNONYMS[lower] : undefined);
}

/**
 * `skills: Video editing` → a one-item block list, keeping the text exactly as written. Only for
 * a one-line scalar that is a value in a block mapping (the common slip when starting a list).
 */
function listFixes(parsed: ParsedYaml, path: readonly PropertyKey[], range: { start: number; end: number }): Fix[] {
  const located = locate(parsed.doc, path);
  if (!located.key?.range || !isScalar(located.node) || !located.node.range) return [];
  const { text } = parsed;
  const source = text.slice(range.start, range.end);
  const bullets = bulletItems(String(located.node.value));
  if (!bullets && (source.includes('\n') || source.startsWith('>') || source.startsWith('|') || source.trim() === '')) return [];
  const keyStart = located.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const keyIndent = text.slice(lineStart, keyStart);
  if (!/^ *$/.test(keyIndent)) return [];
  // Replace from just after the colon, so `key: value` becomes `key:` + new `- value` lines.
  const colon = text.lastIndexOf(':', range.start);
  if (colon < keyStart) return [];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const items = (values: string[]) => values.map((v) => `${newline}${keyIndent}  - ${v}`).join('');
  // A pasted block of bullet lines ("• Plan the calendar" on each line): one item per bullet.
  if (bullets) {
    const end = trimmedEnd(text, range.start, located.node.range[1]);
    return [{ title: `Make it a list of ${bullets.length} items (one per bullet)`, edits: [{ start: colon + 1, end, text: items(bullets.map(yamlItem)) }], safe: true }];
  }
  const value = String((located.node as { value: unknown }).value);
  const parts = isScalar(located.node) && located.node.type === 'PLAIN' ? value.split(',').map((p) => p.trim()).filter((p) => p !== '') : [];
  // With commas the writer may have meant one item per comma or one sentence: let them choose.
  if (parts.length > 1) {
    return [
      { title: `Make it a list of ${parts.length} items (one per comma)`, edits: [{ start: colon + 1, end: range.end, text: items(parts) }], safe: false },
      { title: 'Make it a list of one item', edits: [{ start: colon + 1, end: range.end, text: items([source]) }], safe: false },
    ];
  }
  return [{ title: 'Make it a list', edits: [{ start: colon + 1, end: range.end, text: items([source]) }], safe: true }];
}

const BULLET = /^[ \t]*(?:[•·▪◦‣●○■□➢►▶✓✔–—*-]|\d{1,2}[.)])[ \t]+(?=\S)/;

/**
 * The items of a text that is a pasted list: two or more lines starting with a bullet (•, -, *,
 * 1.), lines without one continuing the item above; or, folded onto one line, text with two or
 * more "•". Undefined when the text is not such a list.
 */
export function bulletItems(value: string): string[] | undefined {
  const lines = value.split(/\r?\n/).filter((l) => l.trim() !== '');
  const items: string[] = [];
  if (lines.length >= 2 && lines.filter((l) => BULLET.test(l)).length >= 2 && BULLET.test(lines[0])) {
    for (const line of lines) {
      if (BULLET.test(line)) items.push(line.replace(BULLET, '').trim());
      else items[items.length - 1] += ` ${line.trim()}`;
    }
    return items;
  }
  const dots = value.split('•').map((p) => p.replace(/\s+/g, ' ').trim());
  if (dots.length >= 3 && dots[0] === '') return dots.slice(1).filter((p) => p !== '');
  return undefined;
}

/** A list item as YAML: plain when that reads back as the same text, else double-quoted. */
function yamlItem(item: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(item) && !/: |\s#|:$/.test(item) && !/^(?:true|false|null|yes|no|on|off|~|[-+]?\d[\d._]*(?:e[-+]?\d+)?)$/i.test(item);
  return plain ? item : JSON.stringify(item);
}

/** True when the list at `path` takes text items (so a text can become its first item). */
function acceptsTextItems(schema: unknown, path: readonly PropertyKey[]): boolean {
  return schemasAt(schema, [...path, 0]).some(({ schema: node }) => defOf(node)?.type === 'string');
}

/**
 * Quotes a one-line value that YAML read as something other than text: a number or true/false
 * where text belongs (`title: 2024`), or an item with ": " in it that became a mapping
 * (`- Reply to comments: within 2 hours`). JSON strings are valid YAML double-quoted scalars.
 */
function quoteFix(parsed: ParsedYaml, path: readonly PropertyKey[]): { fix: Fix; colon: boolean } | undefined {
  const node = locate(parsed.doc, path).node;
  if (!node?.range) return undefined;
  const { text } = parsed;
  let colon = false;
  if (isMap(node)) {
    const only = node.items.length === 1 ? node.items[0] : undefined;
    const plain = (n: unknown) => isScalar(n) && n.type === 'PLAIN';
    if (node.flow || !only || !plain(only.key) || !plain(only.value)) return undefined;
    colon = true;
  } else if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value === 'string' || node.value === null) {
    return undefined;
  }
  const start = node.range[0];
  const end = trimmedEnd(text, start, node.range[1]);
  const source = text.slice(start, end);
  if (source.includes('\n') || source.includes('\r')) return undefined;
  return { fix: { title: 'Put the text in quotes', edits: [{ start, end, text: JSON.stringify(source) }], safe: true }, colon };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Replaces union failures by the issues of the branch the user evidently meant. */
function flattenIssues(issues: readonly Issue[], value: unknown, prefix: PropertyKey[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Union branch issues are relative to the union. A branch whose type matched (no
      // invalid_type at the union's own path) is the one meant; the fewest issues wins.
      const matched = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (matched.length > 0) {
        // Each unknown key counts: `{prefer, insted_of}` is a mistyped prefer-term, not a ban-term.
        const cost = (branch: readonly Issue[]) => branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
        const best = matched.reduce((a, b) => (cost(b) < cost(a) ? b : a));
        out.push(...flattenIssues(best as Issue[], value, path));
      } else {
        const expected = [...new Set(issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];
        out.push({ code: 'invalid_type', expected: expected.join('|'), path, message: issue.message } as Issue);
      }
      continue;
    }
    out.push({ ...issue, path } as Issue);
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  null: 'empty',
};

function subject(path: readonly PropertyKey[], wording: SchemaWording): string {
  return path.length === 0 ? wording.rootLabel.replace(/^./, (c) => c.toUpperCase()) : `\`${formatPath(path)}\``;
}

function reportIssue(parsed: ParsedYaml, value: unknown, schema: z.ZodType, issue: Issue, wording: SchemaWording): RuleReport[] {
  const path = issue.path;
  const actual = valueAt(value, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected.split('|').map((t) => TYPE_WORDS[t] ?? t);
      if (actual === undefined) {
        // A required key is missing: say so on the nearest thing that exists.
        return [{ message: `${subject(path.slice(0, -1), wording)} needs \`${String(path[path.length - 1])}\` (${listInWords(expected)}).`, range: rangeForPath(parsed, path) }];
      }
      const range = rangeForPath(parsed, path);
      const fixes: Fix[] = [];
      const wants = issue.expected.split('|');
      if (typeof actual === 'string' && wants.includes('array') && acceptsTextItems(schema, path)) fixes.push(...listFixes(parsed, path, range));
      const quote = wants.includes('string') ? quoteFix(parsed, path) : undefined;
      if (quote) fixes.push(quote.fix);
      const why = quote?.colon ? ' A colon followed by a space makes YAML read it as `key: value`: put the text in quotes.' : '';
      return [{ message: `${subject(path, wording)} should be ${listInWords(expected)}, not ${describeValue(actual)}.${why}`, range, fixes }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const given = String(actual);
      const suggestion =
        typeof actual === 'string' ? (wording.suggestValue?.(path, given) ?? suggestAllowed(given, allowed)) : undefined;
      // A long list (250 countries) helps nobody: say what kind of value it wants instead.
      const description = descriptionAt(schema, path);
      const shown =
        allowed.length > 12 && description
          ? `expected ${description.charAt(0).toLowerCase()}${description.slice(1).replace(/\.$/, '')}`
          : `use ${allowed.length > 12 ? `one of ${allowed.slice(0, 8).join(', ')}, …` : listInWords(allowed)}`;
      const range = rangeForPath(parsed, path);
      const fixes: Fix[] = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [];
      return [{
        message: `'${given}' is not a valid value for \`${formatPath(path)}\`${suggestion ? `. Did you mean '${suggestion}'?` : `: ${shown}.`}`,
        range,
        fixes,
      }];
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const container = locate(parsed.doc, path);
      const map = path.length === 0 ? parsed.doc.contents : container.node;
      return issue.keys.map((key) => {
        const pair = pairOf(map, key);
        const keyRange = nodeRange(parsed.text, pair?.key as never) ?? rangeForPath(parsed, path);
        const suggestion = closestMatch(key, known, PLATFORM_SYNONYMS);
        const fixes: Fix[] = [];
        if (suggestion && !pairOf(map, suggestion) && isScalar(pair?.key)) {
          fixes.push({ title: `Rename to '${suggestion}'`, edits: [{ ...keyRange, text: suggestion }], safe: true });
        }
        const where = path.length === 0 ? wording.rootLabel : `\`${formatPath(path)}\``;
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : known.length > 0 ? ` Known keys: ${known.join(', ')}.` : '';
        return { message: `Unknown key '${key}' in ${where}.${hint}`, range: keyRange, fixes };
      });
    }
    case 'too_small': {
      const message =
        issue.origin === 'string'
          ? `${subject(path, wording)} must not be empty.`
          : issue.origin === 'array'
            ? `${subject(path, wording)} needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}.`
            : `${subject(path, wording)} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}.`;
      return [{ message, range: rangeForPath(parsed, path) }];
    }
    case 'too_big': {
      const message =
        issue.origin === 'string' || issue.origin === 'array'
          ? `${subject(path, wording)} is too long: at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}.`
          : `${subject(path, wording)} must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}.`;
      return [{ message, range: rangeForPath(parsed, path) }];
    }
    default: {
      // Formats, refinements and the like carry their wording in the schema itself.
      return [{ message: `${subject(path, wording)}: ${issue.message.replace(/\.?$/, '.')}`, range: rangeForPath(parsed, path) }];
    }
  }
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  options?: unknown[];
  valueType?: unknown;
  in?: unknown;
  getter?: () => unknown;
}

function defOf(schema: unknown): ZodDefLike | undefined {
  return (schema as { _zod?: { def?: ZodDefLike } })?._zod?.def;
}

/**
 * The schemas `path` leads to (several under a union), each with the nearest description met on
 * the way there (descriptions sit on wrappers such as `.optional().meta(…)`).
 */
function schemasAt(schema: unknown, path: readonly PropertyKey[]): { schema: unknown; description?: string }[] {
  const found: { schema: unknown; description?: string }[] = [];
  const walk = (node: unknown, rest: readonly PropertyKey[], description: string | undefined, depth: number): void => {
    const def = defOf(node);
    if (!def || depth > 32) return;
    // The outermost description wins: it is the field's own (`.optional().meta(…)`), not its type's.
    const own = description ?? (z.globalRegistry.get(node as z.ZodType) as { description?: string } | undefined)?.description;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return walk(def.innerType, rest, own, depth + 1);
      case 'pipe':
        return walk(def.in, rest, own, depth + 1);
      case 'lazy':
        return walk(def.getter?.(), rest, own, depth + 1);
      case 'union':
        for (const option of def.options ?? []) walk(option, rest, own, depth + 1);
        return;
    }
    if (rest.length === 0) {
      found.push({ schema: node, description: own });
      return;
    }
    const [head, ...tail] = rest;
    if (def.type === 'array' && typeof head === 'number') walk(def.element, tail, undefined, depth + 1);
    else if (def.type === 'record') walk(def.valueType, tail, undefined, depth + 1);
    else if (def.type === 'object' && def.shape && typeof head === 'string' && head in def.shape) walk(def.shape[head], tail, undefined, depth + 1);
  };
  walk(schema, path, undefined, 0);
  return found;
}

/** Keys the schema allows for the object at `path` (for "did you mean"). */
export function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const { schema: node } of schemasAt(schema, path)) {
    const def = defOf(node);
    if (def?.type === 'object') Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
  }
  return [...keys];
}

/** The values an enum (or boolean) at `path` allows, for completion. */
export function allowedValuesAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const out = new Set<string>();
  for (const { schema: node } of schemasAt(schema, path)) {
    const def = defOf(node) as (ZodDefLike & { entries?: Record<string, unknown> }) | undefined;
    if (def?.type === 'enum') Object.values(def.entries ?? {}).forEach((v) => out.add(String(v)));
    if (def?.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
  }
  return [...out];
}

/** True when the value at `path` is an object (its keys can be completed) rather than a scalar. */
export function isObjectAt(schema: unknown, path: readonly PropertyKey[]): boolean {
  return schemasAt(schema, path).some(({ schema: node }) => defOf(node)?.type === 'object');
}

/** The schema's description of the value at `path`: hover text, and wording for long value lists. */
export function descriptionAt(schema: unknown, path: readonly PropertyKey[]): string | undefined {
  return schemasAt(schema, path).find((s) => s.description)?.description;
}
