import { isScalar } from 'yaml';
import type { z } from 'zod';
import { closestMatch, listInWords } from '../text/suggest';
import type { Fix, RuleReport } from '../types';
import { describeValue, formatPath, locate, nodeRange, pairOf, rangeForPath, valueAt, type ParsedYaml } from './document';

type Issue = z.core.$ZodIssue;

/** How schema problems are worded for one kind of file. */
export interface SchemaWording {
  /** What the root is called in messages: "the job description", "the configuration". */
  rootLabel: string;
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
  for (const issue of flattenIssues(result.error.issues as Issue[], value, [])) {
    if (wording.skip?.(issue.path)) continue;
    reports.push(...reportIssue(parsed, value, schema, issue, wording));
  }
  return reports;
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
        const best = matched.reduce((a, b) => (b.length < a.length ? b : a));
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
      return [{ message: `${subject(path, wording)} should be ${listInWords(expected)}, not ${describeValue(actual)}.`, range: rangeForPath(parsed, path) }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const given = String(actual);
      const suggestion = typeof actual === 'string' ? closestMatch(given, allowed) : undefined;
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : listInWords(allowed);
      const range = rangeForPath(parsed, path);
      const fixes: Fix[] = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [];
      return [{
        message: `'${given}' is not a valid value for \`${formatPath(path)}\`${suggestion ? `. Did you mean '${suggestion}'?` : `: use ${shown}.`}`,
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
        const suggestion = closestMatch(key, known);
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
      return [{ message: `${subject(path, wording)}: ${issue.message}`, range: rangeForPath(parsed, path) }];
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

/** Keys the schema allows for the object at `path` (for "did you mean"). */
export function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, rest: readonly PropertyKey[], depth: number): void => {
    const def = defOf(node);
    if (!def || depth > 32) return;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return walk(def.innerType, rest, depth + 1);
      case 'pipe':
        return walk(def.in, rest, depth + 1);
      case 'lazy':
        return walk(def.getter?.(), rest, depth + 1);
      case 'union':
        for (const option of def.options ?? []) walk(option, rest, depth + 1);
        return;
      case 'array':
        if (rest.length > 0 && typeof rest[0] === 'number') walk(def.element, rest.slice(1), depth + 1);
        return;
      case 'record':
        if (rest.length > 0) walk(def.valueType, rest.slice(1), depth + 1);
        return;
      case 'object':
        if (rest.length === 0) Object.keys(def.shape ?? {}).forEach((k) => found.add(k));
        else if (def.shape && typeof rest[0] === 'string' && rest[0] in def.shape) walk(def.shape[rest[0]], rest.slice(1), depth + 1);
        return;
      default:
        return;
    }
  };
  walk(schema, path, 0);
  return [...found];
}
