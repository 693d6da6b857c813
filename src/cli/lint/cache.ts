// `copydesk lint --cache`: each file's findings (and counts) kept between runs, as ESLint's and
// Vale's caches do, in one JSON file. A result is used again only when everything it was computed
// from is the same: Copydesk's version (and Node's, whose time zone data reads schedules), the
// file's bytes (SHA-256), the resolved configuration, and what else the findings read: for a JD
// the day, for a post the clock as its calendar rules read it and its neighbours in the run's
// calendar (the posts close enough to change post/schedule-conflict). Posts also keep their
// calendar entry (bytes and configuration decide it), so an unchanged post is not even parsed.
// Configuration files are not cached: they are few, and their findings depend on what they extend.
//
// The file is one JSON object: who wrote it, then a record per file, kept small because an
// unchanged run's time is mostly reading it (10,000 files: about 15 MB): findings as arrays
// without the documentation link a rule id implies, the entry without the path its key is, and
// every character past ASCII escaped, so that it reads as one-byte text. A record's entry and
// findings are JSON text inside the JSON: reading the file makes a string per record, and a
// file's findings become objects only when they are reported, and garbage right after (parsed
// all at once, they were tens of megabytes of objects the collector moved about for the whole run).
//
// The cache file is input like any other in the repository: it is read with the safe reader,
// never through a symbolic link, checked record by record before use, and written through the
// safe writer (a temporary file renamed over it). A cache that cannot be read or written costs a
// one-line warning and the speed, never the output or the exit code.
import { createHash } from 'node:crypto';
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isAscii } from 'node:buffer';
import { LineIndex, docsUrlFor, type CalendarEntry, type Config, type Finding } from '../../core/index';
import { readFileBytesSync, writeTextFile } from '../../node/files';
import { lastCharacterPosition, type FileResult, type TextPositions } from '../format/result';

/** The cache file's name in the working folder (or in the folder --cache-location names). */
export const DEFAULT_CACHE_FILE = '.copydesk-cache';

/** Bumped when the file's layout changes. */
const LAYOUT = 5;

/** A cache bigger than this is not read (about 2 KB per file: some 250,000 files). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

type Counts = FileResult['counts'];

/** Who wrote a cache file: a cache from anyone else is not used. */
interface Stamp {
  layout: number;
  copydesk: string;
  node: string;
  /** The IANA time zone database Node carries: it decides when a schedule written in a zone is. */
  tz: string;
}

interface CacheRecord {
  /** SHA-256 (hex) of the file's bytes. */
  content: string;
  /** configKey of the configuration in force for the file. */
  config: string;
  /** Posts: the calendar's view of the file, as stored (JSON text) and once read. */
  entryText?: string;
  entry?: CalendarEntry;
  /** What besides bytes and configuration the findings were computed from. */
  context?: string;
  /** The findings and counts as stored: JSON text of [findings, counts?]. */
  lintText?: string;
  /** The file's metadata when it was read (src/cli/lint/meta.ts), when it was old enough to keep. */
  meta?: string;
}

/**
 * A record as written: [content, config, entry, context, lint, meta], the entry (without its path)
 * and the lint ([findings, counts?]) as JSON text, or 0; meta as metaText, or 0. A finding is [ruleId, severity, message,
 * start, end, rest?] where `rest` holds fixes, related and a documentation link other than the
 * rule's own, when there are any.
 */
type StoredRecord = [string, string, string | 0, string | 0, string | 0, string | 0];
type StoredFinding = [string, string, string, number, number, Partial<Pick<Finding, 'fixes' | 'related' | 'docsUrl'>>?];

function storeFinding(f: Finding): StoredFinding {
  const rest: Partial<Pick<Finding, 'fixes' | 'related' | 'docsUrl'>> = {};
  if (f.fixes && f.fixes.length > 0) rest.fixes = f.fixes;
  if (f.related && f.related.length > 0) rest.related = f.related;
  if (f.docsUrl !== docsUrlFor(f.ruleId)) rest.docsUrl = f.docsUrl;
  const stored: StoredFinding = [f.ruleId, f.severity, f.message, f.range.start, f.range.end];
  if (Object.keys(rest).length > 0) stored.push(rest);
  return stored;
}

/** A stored finding read back, or undefined when it is not one (a cache edited by hand or by a hostile repository cannot make the reporters fail). */
function readFinding(x: unknown): Finding | undefined {
  if (!Array.isArray(x) || x.length < 5 || x.length > 6) return undefined;
  const [ruleId, severity, message, start, end, rest = {}] = x as unknown[];
  if (typeof ruleId !== 'string' || !SEVERITIES.has(severity as string) || typeof message !== 'string' || !isOffset(start) || !isOffset(end) || start > end || !isObject(rest)) return undefined;
  const finding: Finding = { ruleId, severity: severity as Finding['severity'], message, range: { start, end }, docsUrl: rest.docsUrl === undefined ? docsUrlFor(ruleId) : (rest.docsUrl as string) };
  if (rest.fixes !== undefined) finding.fixes = rest.fixes as Finding['fixes'];
  if (rest.related !== undefined) finding.related = rest.related as Finding['related'];
  return isFinding(finding) ? finding : undefined;
}

/** JSON text of an entry without its path (the record's key), in ASCII (one byte a character while it waits to be written). */
function entryText(entry: CalendarEntry): string {
  const { path: _path, ...rest } = entry;
  return ascii(JSON.stringify(rest));
}

/**
 * Where each finding is in the text, for a report made without reading the file again: per
 * finding its start's, end's and last character's line and column, then the start's and end's of
 * each related place in the same file ([line, column, …] flat).
 */
function storePositions(findings: readonly Finding[], text: string): number[][] {
  const index = new LineIndex(text);
  const at = (offset: number) => {
    const p = index.positionAt(offset);
    return [p.line, p.column];
  };
  return findings.map((f) => {
    const last = lastCharacterPosition(index, f);
    const out = [...at(f.range.start), ...at(f.range.end), last.line, last.column];
    for (const r of f.related ?? []) if (!r.file) out.push(...at(r.range.start), ...at(r.range.end));
    return out;
  });
}

/** The positions storePositions kept, for the same findings; throws for an offset it did not keep (readLint checks first). */
class StoredPositions implements TextPositions {
  private readonly at = new Map<number, { line: number; column: number }>();
  private readonly last = new Map<string, { line: number; column: number }>();
  constructor(findings: readonly Finding[], stored: readonly number[][]) {
    findings.forEach((f, i) => {
      const p = stored[i];
      this.at.set(f.range.start, { line: p[0], column: p[1] });
      this.at.set(f.range.end, { line: p[2], column: p[3] });
      this.last.set(`${f.range.start}:${f.range.end}`, { line: p[4], column: p[5] });
      let k = 6;
      for (const r of f.related ?? []) {
        if (r.file) continue;
        this.at.set(r.range.start, { line: p[k], column: p[k + 1] });
        this.at.set(r.range.end, { line: p[k + 2], column: p[k + 3] });
        k += 4;
      }
    });
  }
  positionAt(offset: number) {
    const p = this.at.get(offset);
    if (!p) throw new Error(`no position kept for offset ${offset}`);
    return p;
  }
  lastCharacterAt(range: Finding['range']) {
    const p = this.last.get(`${range.start}:${range.end}`);
    if (!p) throw new Error(`no position kept for ${range.start}-${range.end}`);
    return p;
  }
}

/** True when `stored` holds, for each finding, the positions storePositions keeps (lines and columns from 1). */
function arePositions(stored: unknown, findings: readonly Finding[]): stored is number[][] {
  if (!Array.isArray(stored) || stored.length !== findings.length) return false;
  return findings.every((f, i) => {
    const p = stored[i] as unknown;
    const related = (f.related ?? []).filter((r) => !r.file).length;
    return Array.isArray(p) && p.length === 6 + 4 * related && p.every((n) => Number.isSafeInteger(n) && n >= 1);
  });
}

/** JSON text of findings, counts and (when the text is given) their positions as stored, in ASCII: [findings, counts or 0, positions or 0]. */
function lintText(findings: readonly Finding[], counts: Counts | undefined, text: string | undefined): string {
  const positions = text !== undefined && findings.length > 0 ? storePositions(findings, text) : 0;
  return ascii(JSON.stringify([findings.map(storeFinding), counts ?? 0, positions]));
}

/** Findings, counts and positions read back from lintText, or undefined when they are not sound. */
function readLint(text: string): { findings: Finding[]; counts?: Counts; positions?: TextPositions } | undefined {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(x) || x.length !== 3 || !Array.isArray(x[0])) return undefined;
  const findings: Finding[] = [];
  for (const stored of x[0]) {
    const finding = readFinding(stored);
    if (!finding) return undefined;
    findings.push(finding);
  }
  if (x[1] !== 0 && !isCounts(x[1])) return undefined;
  if (x[2] !== 0 && !arePositions(x[2], findings)) return undefined;
  return { findings, ...(x[1] ? { counts: x[1] as Counts } : {}), ...(x[2] ? { positions: new StoredPositions(findings, x[2]) } : {}) };
}

/** An entry read back from entryText, or undefined when it is not sound. */
function readEntry(text: string, path: string): CalendarEntry | undefined {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(x)) return undefined;
  const entry = { path, ...x };
  return isEntry(entry, path) ? entry : undefined;
}

function storeRecord(record: CacheRecord): StoredRecord {
  return [record.content, record.config, record.entryText ?? (record.entry ? entryText(record.entry) : 0), record.context ?? 0, record.lintText ?? 0, record.meta ?? 0];
}

const configKeys = new WeakMap<Config, string>();

/** A short hash of a resolved configuration (plain data), computed once per configuration. */
export function configKey(config: Config): string {
  let key = configKeys.get(config);
  if (key === undefined) configKeys.set(config, (key = shortHash(JSON.stringify(config))));
  return key;
}

/**
 * A post's context: its clock key and its neighbours, each named by what decides its calendar
 * entry (path, content hash, configuration key; Copydesk's and Node's versions are the cache's own).
 */
export function postContext(clock: string, neighbours: readonly { path: string; content: string; config: string }[]): string {
  if (neighbours.length === 0) return clock;
  return `${clock}\n${shortHash(neighbours.map((n) => `${n.path}\u0000${n.content}\u0000${n.config}`).join('\u0000'))}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 27);
}

/** Where the cache is: `location` (a file, or a folder to put DEFAULT_CACHE_FILE in) relative to `cwd`, or the default. */
export function cacheFile(cwd: string, location?: string): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_FILE);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: the file to create.
  }
  return path;
}

export class LintCache {
  /** The records read, as stored: each is checked when first used. */
  private readonly stored = new Map<string, unknown>();
  /** The records of this run, and those read that it used. */
  private readonly records = new Map<string, CacheRecord>();
  private readonly seen = new Set<string>();
  /** False when the cache location is not to be written (a link). */
  private writable = true;
  /** Whether this run changed anything: an unchanged cache is not written again. */
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly stamp: Stamp,
    /** How the path is shown in messages. */
    private readonly shown: string,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens the cache at `path` (shown to the user as `shown`). A missing file is an empty cache; one
   * that cannot be read, is not a Copydesk cache or was written by another version is warned about
   * (one line) and replaced at the end of the run.
   */
  static open(path: string, shown: string, version: string, warn: (message: string) => void): LintCache {
    const stamp: Stamp = { layout: LAYOUT, copydesk: version, node: process.versions.node, tz: process.versions.tz ?? '' };
    const cache = new LintCache(path, stamp, shown, warn);
    let isLink = false;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {
      cache.dirty = true;
      return cache; // no cache yet
    }
    if (isLink) {
      cache.writable = false;
      warn(`Not using the cache '${shown}': it is a symbolic link, and Copydesk neither reads nor writes its cache through one. Every file is linted.`);
      return cache;
    }
    cache.dirty = true;
    let text: string;
    try {
      // The safe reader (no FIFO, no device, a size limit), without decoding: a cache Copydesk
      // wrote is ASCII, read fastest as one-byte text.
      const { bytes } = readFileBytesSync(path, { maxBytes: MAX_CACHE_BYTES });
      text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    } catch (error) {
      warn(`Cannot read the cache '${shown}': ${(error as Error).message}. Every file is linted, and the cache is written anew.`);
      return cache;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      warn(`Not using the cache '${shown}': it is not a Copydesk cache (${(error as Error).message}). Every file is linted, and the cache is written anew.`);
      return cache;
    }
    const found = isObject(data) ? data : {};
    if (!isObject(found.files) || typeof found.copydesk !== 'string' || typeof found.node !== 'string' || typeof found.layout !== 'number') {
      warn(`Not using the cache '${shown}': it is not a Copydesk cache. Every file is linted, and the cache is written anew.`);
      return cache;
    }
    if (found.layout !== stamp.layout || found.copydesk !== stamp.copydesk || found.node !== stamp.node || found.tz !== stamp.tz) {
      // What differs is named (a version, Node's time zone data, the cache's own layout).
      const who = (s: Record<string, unknown>) =>
        `Copydesk ${String(s.copydesk).slice(0, 40)} on Node ${String(s.node).slice(0, 40)}${found.tz !== stamp.tz ? ` with time zone data ${String(s.tz).slice(0, 20)}` : ''}${found.layout !== stamp.layout ? ` (cache layout ${String(s.layout).slice(0, 10)})` : ''}`;
      warn(`Not using the cache '${shown}': it was written by ${who(found)}, this is ${who({ ...stamp })}. Every file is linted, and the cache is written anew.`);
      return cache;
    }
    for (const [file, record] of Object.entries(found.files)) cache.stored.set(file, record);
    cache.dirty = false;
    return cache;
  }

  /** The record for `path` when it is sound and for configuration `config`. */
  private record(path: string, config: string): CacheRecord | undefined {
    let record = this.records.get(path);
    if (!record) {
      const stored = this.stored.get(path);
      this.stored.delete(path);
      if (!Array.isArray(stored) || stored.length !== 6 || typeof stored[0] !== 'string' || typeof stored[1] !== 'string') return undefined;
      record = { content: stored[0], config: stored[1] };
      if (typeof stored[5] === 'string') record.meta = stored[5];
      if (typeof stored[2] === 'string') record.entryText = stored[2];
      if (typeof stored[3] === 'string' && typeof stored[4] === 'string') {
        record.context = stored[3];
        record.lintText = stored[4];
      }
      this.records.set(path, record);
    }
    return record.config === config ? record : undefined;
  }

  /** The metadata the file had when the cache's record for it, under configuration `config`, was made. */
  metaFor(path: string, config: string): string | undefined {
    return this.record(path, config)?.meta;
  }

  /** The calendar entry the cache holds for post `path` under configuration `config`, the content hash it is for and the file's metadata then. */
  entryFor(path: string, config: string): { expect: string; meta?: string; entry: CalendarEntry } | undefined {
    this.seen.add(path);
    const record = this.record(path, config);
    if (!record?.entryText) return undefined;
    record.entry ??= readEntry(record.entryText, path);
    return record.entry ? { expect: record.content, ...(record.meta ? { meta: record.meta } : {}), entry: record.entry } : undefined;
  }

  /** The findings the cache holds for `path` under `config` and `context`, the content hash they are for and the file's metadata then. */
  resultFor(path: string, config: string, context: string): { expect: string; meta?: string; findings: Finding[]; counts?: Counts; positions?: TextPositions } | undefined {
    this.seen.add(path);
    const record = this.record(path, config);
    if (!record || record.context !== context || record.lintText === undefined) return undefined;
    // Read for this use only: the objects are garbage once the file is reported.
    const lint = readLint(record.lintText);
    return lint ? { expect: record.content, ...(record.meta ? { meta: record.meta } : {}), ...lint } : undefined;
  }

  /** A cached result was used for bytes read again: keeps the metadata they were read with (or forgets stale metadata). */
  confirm(path: string, meta: string | undefined): void {
    const record = this.records.get(path);
    if (!record || record.meta === meta) return;
    record.meta = meta;
    this.dirty = true;
  }

  /** Keeps a post's calendar entry, computed from bytes hashing to `content` (read with metadata `meta`). */
  setEntry(path: string, content: string, config: string, entry: CalendarEntry, meta?: string): void {
    this.seen.add(path);
    this.stored.delete(path);
    this.records.set(path, { content, config, entry, ...(meta ? { meta } : {}) });
    this.dirty = true;
  }

  /** Keeps a file's findings, computed from `text` (bytes hashing to `content`, read with metadata `meta`), and where they are in it. */
  setResult(path: string, content: string, config: string, context: string, findings: Finding[], counts: Counts | undefined, text: string, meta?: string): void {
    this.seen.add(path);
    this.stored.delete(path);
    const before = this.records.get(path);
    // The entry stays only if it was read from the same bytes (a file changed between the two
    // readings has none: the next run computes it again). The findings are kept as the text to
    // write, a few hundred bytes, not as objects.
    const same = before && before.content === content && before.config === config;
    this.records.set(path, {
      content,
      config,
      ...(same && before.entryText ? { entryText: before.entryText } : same && before.entry ? { entryText: entryText(before.entry) } : {}),
      context,
      lintText: lintText(findings, counts, text),
      ...(meta ? { meta } : {}),
    });
    this.dirty = true;
  }

  /** Forgets a file of this run that could not be linted. */
  forget(path: string): void {
    this.seen.add(path);
    if (this.records.delete(path) || this.stored.delete(path)) this.dirty = true;
  }

  /**
   * Writes the cache when this run changed it (a temporary file beside it, renamed over it).
   * Records of files this run did not lint are kept while the file exists (linting one folder
   * keeps the others' results). A failure is a warning: the results are right, only the next run
   * is slower.
   */
  async save(): Promise<void> {
    if (!this.writable || !this.dirty) return;
    // Written in parts of about 256 KB: the cache is never whole in memory (10,000 files: 16 MB).
    const parts = function* (this: LintCache): Generator<string> {
      const head = JSON.stringify(this.stamp);
      let chunk = `${head.slice(0, -1)},"files":{`;
      let first = true;
      const add = (path: string, stored: unknown) => {
        chunk += `${first ? '' : ','}${ascii(JSON.stringify(path))}:${ascii(JSON.stringify(stored))}`;
        first = false;
      };
      for (const [path, stored] of this.stored) {
        if (this.seen.has(path) || !exists(path)) continue;
        add(path, stored);
        if (chunk.length >= 256 * 1024) {
          yield chunk;
          chunk = '';
        }
      }
      for (const [path, record] of this.records) {
        add(path, storeRecord(record));
        if (chunk.length >= 256 * 1024) {
          yield chunk;
          chunk = '';
        }
      }
      yield `${chunk}}}`;
    }.call(this);
    try {
      if (lstatSync(this.path, { throwIfNoEntry: false })?.isSymbolicLink()) throw new Error('it is now a symbolic link, and Copydesk writes no cache through one');
      // The cache's own folder (both spellings, links resolved or not): the file itself is no link (see open).
      const folder = dirname(this.path);
      const within = [folder];
      try {
        within.push(realpathSync(folder));
      } catch {
        // A folder that is not there: the write says so.
      }
      await writeTextFile(this.path, parts, { within });
    } catch (error) {
      this.warn(`Cannot write the cache '${this.shown}': ${(error as Error).message}. The results are complete; the next run lints every file again.`);
    }
  }
}

/** JSON text with every character past ASCII escaped: the cache file reads back as one-byte text. */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const isRange = (r: unknown) => isObject(r) && isOffset(r.start) && isOffset(r.end) && r.start <= r.end;
const isPosition = (p: unknown) => isObject(p) && isOffset(p.line) && isOffset(p.column);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** A finding as the reporters read it: a cache edited by hand or by a hostile repository cannot make them fail. */
function isFinding(f: unknown): f is Finding {
  if (!isObject(f) || typeof f.ruleId !== 'string' || !SEVERITIES.has(f.severity as string) || typeof f.message !== 'string' || !isRange(f.range)) return false;
  if (f.docsUrl !== undefined && typeof f.docsUrl !== 'string') return false;
  if (f.fixes !== undefined) {
    const fixOk = (x: unknown) =>
      isObject(x) && typeof x.title === 'string' && (x.safe === undefined || typeof x.safe === 'boolean') && Array.isArray(x.edits) && x.edits.every((e) => isRange(e) && typeof (e as { text?: unknown }).text === 'string');
    if (!Array.isArray(f.fixes) || !f.fixes.every(fixOk)) return false;
  }
  if (f.related !== undefined) {
    const relatedOk = (r: unknown) =>
      isObject(r) && typeof r.message === 'string' && isRange(r.range) && (r.file === undefined || (isObject(r.file) && typeof r.file.path === 'string' && isPosition(r.file.start) && isPosition(r.file.end)));
    if (!Array.isArray(f.related) || !f.related.every(relatedOk)) return false;
  }
  return true;
}

function isCounts(c: unknown): boolean {
  return isObject(c) && Object.values(c).every((v) => isObject(v) && Object.values(v).every((n) => typeof n === 'number'));
}

/** An entry the calendar can index: its own path, accounts, a schedule with a place. */
function isEntry(e: unknown, path: string): e is CalendarEntry {
  if (!isObject(e) || e.path !== path || typeof e.title !== 'string' || !Array.isArray(e.targets) || !e.targets.every((t) => isObject(t) && typeof t.name === 'string' && typeof t.platform === 'string')) return false;
  if (e.schedule === undefined) return true;
  const s = e.schedule;
  return isObject(s) && typeof s.text === 'string' && (s.at === undefined || typeof s.at === 'number') && isObject(s.place) && isRange(s.place.range) && isPosition(s.place.start) && isPosition(s.place.end);
}
