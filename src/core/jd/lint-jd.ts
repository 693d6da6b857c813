import { isMap } from 'yaml';
import type { Config } from '../config/schema';
import { runRules } from '../engine';
import type { Finding } from '../types';
import { readYaml } from '../yaml/document';
import { isRecoverable } from '../yaml/problems';
import { isBlank, type JdContext } from './context';
import { chooseProfile } from './profiles';
import { jdKeys } from './schema';
import { JD_RULES, yamlSyntax } from './rules/index';

/** Checks a layer above the JD model adds (the brand rules), run when the YAML parsed. */
export type JdChecks = (context: JdContext, text: string) => Finding[];

/**
 * Findings for a `*.jd.yaml` text (before suppressions and severity settings): the JD rules,
 * then `more` (the linter passes the brand layer's checks here).
 */
export function lintJobDescription(text: string, config: Config, now: Date, more?: JdChecks): Finding[] {
  const read = readYaml(text);
  const { parsed, problems } = read;
  const value = read.value ?? {};
  const root = isMap(parsed.doc.contents) ? parsed.doc.contents : undefined;
  const blankSections = new Set<string>();
  if (root && value && typeof value === 'object') {
    // Only known sections: an unknown (misspelled) key is jd/schema's to report.
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) if (isBlank(v) && (jdKeys() as readonly string[]).includes(key)) blankSections.add(key);
  }
  const context: JdContext = { parsed, problems, root, value, config, now, blankSections, indent: detectIndent(text), profile: chooseProfile(value, config.jd) };
  // A key written twice is reported, and the rest of the file is still checked (the last one wins).
  if (!isRecoverable(problems) || read.value === undefined) return runRules([yamlSyntax], context);
  const findings = runRules(JD_RULES, context);
  return more ? [...findings, ...more(context, text)] : findings;
}

function detectIndent(text: string): string {
  const match = /^[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\r?\n( +)[^\s]/m.exec(text);
  return match ? match[1] : '  ';
}
