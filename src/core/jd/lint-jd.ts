import { isMap } from 'yaml';
import type { Config } from '../config/schema';
import { runRules } from '../engine';
import type { Finding } from '../types';
import { parseYaml, toPlainValue, type YamlProblem } from '../yaml/document';
import { isBlank, type JdContext } from './context';
import { JD_KEYS } from './schema';
import { JD_RULES, yamlSyntax } from './rules/index';

/** Findings for a `*.jd.yaml` text (before suppressions and severity settings). */
export function lintJobDescription(text: string, config: Config, now: Date): Finding[] {
  const parsed = parseYaml(text);
  const problems: YamlProblem[] = [...parsed.errors, ...parsed.warnings];
  let value: unknown = {};
  if (parsed.errors.length === 0) {
    const plain = toPlainValue(parsed);
    if ('problem' in plain) problems.push(plain.problem);
    // An empty file (or one with only comments) is an empty job description.
    else value = plain.value ?? {};
  }
  const root = isMap(parsed.doc.contents) ? parsed.doc.contents : undefined;
  const blankSections = new Set<string>();
  if (root && value && typeof value === 'object') {
    // Only known sections: an unknown (misspelled) key is jd/schema's to report.
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) if (isBlank(v) && (JD_KEYS as string[]).includes(key)) blankSections.add(key);
  }
  const context: JdContext = { parsed, problems, root, value, config, now, blankSections, indent: detectIndent(text) };
  if (problems.some((p) => p.severity === 'error')) return runRules([yamlSyntax], context);
  return runRules(JD_RULES, context);
}

function detectIndent(text: string): string {
  const match = /^[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\r?\n( +)[^\s]/m.exec(text);
  return match ? match[1] : '  ';
}
