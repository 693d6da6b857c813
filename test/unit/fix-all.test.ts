// "Fix all" on every fixture: applying the first fix of every finding (safe or not), round after
// round, ends with a text that has nothing fixable left, and every edit keeps the text around it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigLoader, applyFixes, lint, type Fix, type TextEdit } from '../../src/core/index';
import { nodeFileHost } from '../../src/cli/host';
import { FIXTURES, TODAY } from '../support/paths';

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return /^(good|bad).*\.(jd\.yaml|post\.md|yaml)$/.test(name) && !name.includes('.fixed.') && !name.includes('.offered.') ? [path] : [];
  });
}

/** The text with `edits` applied, computed independently of applyFixes. */
function splice(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    assert.ok(edit.start >= at, 'edits never overlap');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

describe('fix all, on every fixture', () => {
  for (const path of fixtureFiles(FIXTURES)) {
    const name = relative(FIXTURES, path);
    const fileName = name.startsWith('config/') ? '.copydesk.yaml' : path;
    it(`${name}: converges with nothing fixable left, and loses no text`, async () => {
      const { config } = await new ConfigLoader(nodeFileHost, FIXTURES).configFor(path);
      let text = readFileSync(path, 'utf8');
      let rounds = 0;
      for (; rounds < 12; rounds++) {
        const fixes = lint(text, { fileName, config, now: TODAY }).flatMap((f): Fix[] => (f.fixes?.length ? [f.fixes[0]] : []));
        if (fixes.length === 0) break;
        const result = applyFixes(text, fixes);
        assert.ok(result.applied > 0, `round ${rounds + 1} applied nothing`);
        assert.equal(result.text, splice(text, result.edits));
        text = result.text;
      }
      const left = lint(text, { fileName, config, now: TODAY }).filter((f) => f.fixes?.length);
      assert.deepEqual(left.map((f) => `${f.ruleId}: ${f.message}`), [], `still fixable after ${rounds} rounds:\n${text}`);
    });
  }
});
