import type { Config } from '../config/schema';
import { runRules } from '../engine';
import { utf8ByteLength } from '../platforms/counters';
import type { Finding } from '../types';
import { postContext, type PostContext } from './context';
import { parsePost } from './parse';
import { POST_RULES, frontMatter, yamlSyntax } from './rules/index';

/** Parses a post and builds what its rules, the CLI's counts and the preview share. */
export function analyzePost(text: string, config: Config, now: Date): PostContext {
  return postContext(parsePost(text), config, now);
}

/** Findings for a `*.post.md` text (before suppressions and severity settings). */
export function lintPost(text: string, config: Config, now: Date): Finding[] {
  const context = analyzePost(text, config, now);
  if (context.parsed.frontMatterState === 'unclosed') return runRules([frontMatter], context);
  if (context.problems.some((p) => p.severity === 'error')) return runRules([yamlSyntax], context);
  return runRules(POST_RULES, context);
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
