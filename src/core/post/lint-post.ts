import type { Config } from '../config/schema';
import { runRules } from '../engine';
import { utf8ByteLength } from '../platforms/counters';
import { rememberLast } from '../memo';
import type { Finding, OffsetRange } from '../types';
import { postContext, type PostContext } from './context';
import { isRecoverable } from '../yaml/problems';
import { parsePost } from './parse';
import { POST_RULES, frontMatter, invalidCharacter, yamlSyntax } from './rules/index';

const analyzed = rememberLast<[string, Config], PostContext>(([a, c], [b, d]) => a === b && c === d, (text, config) => postContext(parsePost(text), config, new Date(0)));

/**
 * Parses a post and builds what its rules, the CLI's counts and the preview share. The editor
 * asks three times per change (lint, status bar, preview): the same text and configuration are
 * read once. The context is shared: read-only.
 */
export function analyzePost(text: string, config: Config, now: Date): PostContext {
  return { ...analyzed(text, config), now };
}

/** Checks a layer above the post model adds (the brand rules), run when the front matter parsed. */
export type PostChecks = (context: PostContext) => Finding[];

/**
 * Findings for a `*.post.md` text (before suppressions and severity settings): the post rules,
 * then `more` (the linter passes the brand layer's checks here); and where its front matter is:
 * suppression comments there are YAML `#` comments; and, when every rule ran, the context they read.
 */
export function lintPost(text: string, config: Config, now: Date, more?: PostChecks): { findings: Finding[]; frontMatter: OffsetRange; checked?: PostContext } {
  const context = analyzePost(text, config, now);
  const frontMatterRange = context.parsed.frontMatterRange;
  if (context.parsed.frontMatterState === 'unclosed') return { findings: runRules([frontMatter, invalidCharacter], context), frontMatter: frontMatterRange };
  // A key written twice is reported, and the rest is still checked (the last one wins).
  if (!isRecoverable(context.problems) || context.parsed.frontMatter.value === undefined) return { findings: runRules([yamlSyntax, invalidCharacter], context), frontMatter: frontMatterRange };
  const findings = runRules(POST_RULES, context);
  if (more) findings.push(...more(context));
  return { findings, frontMatter: frontMatterRange, checked: context };
}

/** A post's count on one target, as `copydesk lint --format json` reports it. */
export interface PostCount {
  length: number;
  limit: number;
  bytes?: number;
  byteLimit?: number;
}

/**
 * Each target's counted length and limit, as `copydesk lint --format json` reports them. A thread
 * (more than one post on X, Threads, Bluesky or Mastodon) also lists `parts`, each post's count;
 * its `length` (and `bytes`) is then its longest post's, so `length > limit` still says "over".
 */
export function postCounts(context: PostContext): Record<string, PostCount & { parts?: PostCount[] }> {
  const counts: Record<string, PostCount & { parts?: PostCount[] }> = {};
  for (const { target, parts } of context.targets) {
    const each = parts.map(({ publish }) => {
      const entry: PostCount = { length: target.platform.count(publish.text), limit: target.maxLength };
      if (target.maxBytes !== undefined) {
        entry.bytes = utf8ByteLength(publish.text);
        entry.byteLimit = target.maxBytes;
      }
      return entry;
    });
    if (each.length === 1) {
      counts[target.name] = each[0];
      continue;
    }
    const longest: PostCount & { parts?: PostCount[] } = { length: each.reduce((m, c) => Math.max(m, c.length), 0), limit: target.maxLength };
    if (target.maxBytes !== undefined) {
      longest.bytes = each.reduce((m, c) => Math.max(m, c.bytes!), 0);
      longest.byteLimit = target.maxBytes;
    }
    longest.parts = each;
    counts[target.name] = longest;
  }
  return counts;
}
