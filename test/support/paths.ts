import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (tests run from out/test/…). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Third-party test data: ../shared/corpus beside the clone (CI has it there), or $COPYDESK_CORPUS. */
export const CORPUS_DIR = process.env.COPYDESK_CORPUS ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** The corpus folder `sub`, or undefined when the corpus is absent (tests then skip, visibly). */
export function corpusPath(sub: string): string | undefined {
  const path = join(CORPUS_DIR, sub);
  return existsSync(path) ? path : undefined;
}

export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

/**
 * Where the browser tests put the pictures the README shows: out/screenshots/, so that a test run
 * leaves the work tree as it was; media/screenshots/ itself when COPYDESK_UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`).
 */
export const README_SHOTS = process.env.COPYDESK_UPDATE_SCREENSHOTS === '1' ? join(REPO_ROOT, 'media', 'screenshots') : join(REPO_ROOT, 'out', 'screenshots');

/** "Today" for every test that involves dates. */
export const TODAY = new Date('2026-11-23T12:00:00Z');
