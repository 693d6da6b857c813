/** How serious a finding is. `info` is a hint that never fails a CLI run. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as a user may set it in `.copydesk.yaml` `rules:`; `off` silences the rule. */
export type SeveritySetting = Severity | 'off';

/** The kinds of files Copydesk understands. */
export type FileKind = 'jd' | 'post' | 'config';

/** A half-open span of UTF-16 offsets into the linted text: `start` inclusive, `end` exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Replace `text.slice(start, end)` with `text`. Offsets refer to the text the finding came from. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A proposed change. `safe` fixes are applied by `copydesk lint --fix` and by "fix all" in the
 * editor: they never guess content on the user's behalf. Other fixes are offered one at a time.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/** Another place a finding is about: in the same file (the words it counted, say), or in another. */
export interface RelatedLocation {
  /** Offsets into the same file, or into `file` when it is set. */
  range: OffsetRange;
  message: string;
  /**
   * Another file (a post scheduled close to this one): the key its face gave it (a path, or a
   * URI's path), and where the range lies there, 1-based, so no face has to read it again.
   */
  file?: { path: string; start: { line: number; column: number }; end: { line: number; column: number } };
}

/** One problem found in one file. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  fixes?: Fix[];
  /** Other places the finding is about; the editor lists them under the diagnostic. */
  related?: RelatedLocation[];
  docsUrl: string;
}

/** What a rule hands to `report`: the pipeline adds the rule id, severity and docs link. */
export interface RuleReport {
  message: string;
  range: OffsetRange;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this finding (e.g. required vs recommended). */
  severity?: Severity;
  related?: RelatedLocation[];
}

/** The description every rule carries: used for docs, SARIF and configuration checks. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The kind of file the rule checks; brand rules check more than one. */
  fileKind: FileKind | readonly FileKind[];
}

/** A rule: metadata plus one check over the file kind's context. */
export interface Rule<Context> extends RuleMeta {
  check(context: Context, report: (finding: RuleReport) => void): void;
}
