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

/** Each target's counted length and limit, as `copydesk lint --format json` reports them. */
export function postCounts(context: PostContext): Record<string, { length: number; limit: number; bytes?: number; byteLimit?: number }> {
  const counts: Record<string, { length: number; limit: number; bytes?: number; byteLimit?: number }> = {};
  for (const { target, publish } of context.targets) {
    const entry: { length: number; limit: number; bytes?: number; byteLimit?: number } = { length: target.platform.count(publish.text), limit: target.maxLength };
    if (target.maxBytes !== undefined) {
      entry.bytes = utf8ByteLength(publish.text);
      entry.byteLimit = target.maxBytes;
    }
    counts[target.name] = entry;
  }
  return counts;
}
