import { disableRuleFix } from './disable';
import { lint, type LintOptions } from './lint';
import type { Finding, Fix, TextEdit } from './types';

/**
 * Applies fixes to `text`, in order, skipping any fix whose edits overlap an edit already taken
 * (run again to apply those). Insertions at the same offset are kept in order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; edits: TextEdit[] } {
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    const valid = edits.every((e) => 0 <= e.start && e.start <= e.end && e.end <= text.length);
    const selfOverlap = edits.some((e, i) => i > 0 && e.start < edits[i - 1].end);
    if (!valid || selfOverlap || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  // Apply from the end so earlier offsets stay valid. At one offset a replacement goes before an
  // insertion (applied first, it cannot overwrite the inserted text), and insertions keep their
  // order.
  const ordered = taken.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
  let out = text;
  for (const { edit } of ordered) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, applied, edits: taken };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point do not conflict; a replacement conflicts with anything inside it.
  if (a.start === a.end && b.start === b.end) return false;
  return a.start < b.end && b.start < a.end || (a.start === a.end && b.start < a.start && a.start < b.end) || (b.start === b.end && a.start < b.start && b.start < a.end);
}

/** The first safe fix of each finding: what `--fix` and "fix all" apply. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe);
    if (fix) out.push(fix);
  }
  return out;
}

/** Rounds of "lint, apply the safe fixes" before giving up: fixes that keep making new fixable findings would otherwise never end. */
const MAX_FIX_ROUNDS = 10;

/**
 * Every safe fix, round after round, until none is left: what `copydesk lint --fix`, "fix all"
 * in the editor and the fixture tests apply (one loop, so they cannot disagree).
 */
export function fixUntilStable(text: string, options: LintOptions): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const fixes = safeFixes(lint(current, options));
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
  }
  return { text: current, applied };
}

/**
 * Every safe fix, round after round, as one replacement of the part that changed: "fix all" in
 * an editor (VS Code's command and source.fixAll, the language server's), undoable in one step
 * and leaving the cursor and the rest of the file where they were. Empty when nothing is fixable.
 */
export function fixAllEdits(text: string, options: LintOptions): TextEdit[] {
  const current = fixUntilStable(text, options).text;
  if (current === text) return [];
  let start = 0;
  while (start < text.length && start < current.length && text[start] === current[start]) start++;
  let end = 0;
  while (end < text.length - start && end < current.length - start && text[text.length - 1 - end] === current[current.length - 1 - end]) end++;
  return [{ start, end: text.length - end, text: current.slice(start, current.length - end) }];
}

/** One code action an editor offers for a finding. */
export interface FindingAction {
  title: string;
  edits: TextEdit[];
  /** The only fix of its finding: editors may apply it without asking ("auto fix"). */
  preferred: boolean;
  /** The findings it resolves: the one, or every fixable one of its rule for "fix all of a rule". */
  resolves: Finding[];
}

/**
 * The code actions for `finding` among the file's `findings`, in the order editors list them:
 * each of its fixes, "Fix all <rule> problems in this file" when more than one finding of its rule
 * can be fixed (each one's safe fix, else its first), and "Disable <rule> for this line". The VS
 * Code extension and the language server both offer exactly these.
 */
export function findingActions(text: string, fileName: string, findings: readonly Finding[], finding: Finding): FindingAction[] {
  const actions: FindingAction[] = [];
  const fixes = finding.fixes ?? [];
  for (const fix of fixes) actions.push({ title: fix.title, edits: fix.edits, preferred: fixes.length === 1, resolves: [finding] });
  const sameRule = findings.filter((f) => f.ruleId === finding.ruleId && f.fixes?.length);
  if (fixes.length > 0 && sameRule.length > 1) {
    const chosen = sameRule.map((f) => f.fixes!.find((x) => x.safe) ?? f.fixes![0]);
    actions.push({ title: `Fix all ${finding.ruleId} problems in this file`, edits: applyFixes(text, chosen).edits, preferred: false, resolves: sameRule });
  }
  const disable = disableRuleFix(text, fileName, finding);
  if (disable) actions.push({ title: disable.title, edits: disable.edits, preferred: false, resolves: [finding] });
  return actions;
}
