import { runRules } from '../engine';
import type { JdContext } from '../jd/context';
import type { PostContext } from '../post/context';
import type { Finding } from '../types';
import { brandContextForJd, brandContextForPost } from './context';
import { brandRulesFor } from './rules/index';

// The brand layer sits above the JD and post models: it reads their contexts, and the linter
// hands these checks to `lintJobDescription` and `lintPost`, which never import this layer.

/** The brand rules' findings for a JD that parsed. */
export function brandFindingsForJd(context: JdContext, text: string): Finding[] {
  return runRules(brandRulesFor('jd'), brandContextForJd(context, text));
}

/** The brand rules' findings for a post whose front matter parsed. */
export function brandFindingsForPost(context: PostContext): Finding[] {
  return runRules(brandRulesFor('post'), brandContextForPost(context));
}
