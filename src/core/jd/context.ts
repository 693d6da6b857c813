import { isMap, type YAMLMap } from 'yaml';
import type { Config } from '../config/schema';
import type { ParsedYaml, YamlProblem } from '../yaml/document';
import type { ChosenProfile } from './profiles';

/** Everything a JD rule may look at, computed once per lint. */
export interface JdContext {
  parsed: ParsedYaml;
  /** Problems reading the YAML (syntax, aliases); when any is an error, content rules do not run. */
  problems: YamlProblem[];
  /** The top-level mapping, when the file is one. */
  root: YAMLMap | undefined;
  /** The plain value of the file ({} for an empty file). */
  value: unknown;
  config: Config;
  now: Date;
  /** Top-level keys present with nothing filled in: jd/empty-section owns them. */
  blankSections: Set<string>;
  /** One indentation step as the file writes it. */
  indent: string;
  /** The role profile the JD is held to, and why. */
  profile: ChosenProfile;
}

const NOT_WHITE_SPACE = /\S/;

/** True for null, blank text, and collections of nothing but blanks. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  // Not `trim() === ''`: that copies a long value (a 1 MB summary) only to compare it.
  if (typeof value === 'string') return !NOT_WHITE_SPACE.test(value);
  if (Array.isArray(value)) return value.every(isBlank);
  // Only plain mappings can be blank; a date (from a %YAML 1.1 file) or binary value is content.
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(isBlank);
  return false;
}

/** The plain value as a record, when the file is a mapping. */
export function asRecord(context: JdContext): Record<string, unknown> | undefined {
  const v = context.value;
  // An empty file (nothing but comments) is an empty job description.
  if (context.parsed.doc.contents === null) return {};
  return isMap(context.root) && v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
