import { runRules } from '../engine';
import { RULE_IDS } from '../registry';
import type { Finding } from '../types';
import { readYaml, type ParsedYaml } from '../yaml/document';
import type { ConfigContext } from './context';
import { invalid } from './rules/invalid';

/** A configuration file read: its findings and the plain value the rest of Copydesk uses. */
export interface ReadConfig {
  parsed: ParsedYaml;
  value: unknown;
  findings: Finding[];
}

/** Reads and checks `.copydesk.yaml` text (before `extends` is followed). */
export function readConfigText(text: string): ReadConfig {
  const { parsed, problems, value } = readYaml(text);
  const context: ConfigContext = { parsed, problems, value, ruleIds: RULE_IDS };
  return { parsed, value, findings: runRules([invalid], context) };
}
