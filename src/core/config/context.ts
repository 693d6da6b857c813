import type { ParsedYaml, YamlProblem } from '../yaml/document';

/** What the config rule looks at. */
export interface ConfigContext {
  parsed: ParsedYaml;
  problems: YamlProblem[];
  /** The plain value ({} for an empty file), undefined when the YAML could not be read. */
  value: unknown;
  /** The id of every rule, for checking the keys of `rules:`. */
  ruleIds: readonly string[];
}
