// The vocabulary engine against a peer's golden output: Vale's port of Joblint (corpus
// peer-fixtures/vale-joblint) ships word lists for job ads, three fixture files and the exact
// alerts Vale reports on them (features/rules.feature). Its lists are loaded from the corpus,
// turned into `.copydesk.yaml` terms, and Copydesk must report the same words at the same
// places. Lists that are not finite word lists (a wildcard like `top of .{2,8} game`) cannot be
// terms by design (no regular expressions from a workspace); they are counted and named.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LineIndex, lint } from '../../src/core/index';
import { expandPattern } from '../support/expand-pattern';
import { corpusPath, TODAY } from '../support/paths';

interface ValeRule {
  extends: string;
  message: string;
  ignorecase?: boolean;
  tokens?: string[];
  swap?: Record<string, string>;
}

describe('peer conformance: Vale Joblint word lists and golden alerts', function () {
  const root = corpusPath('peer-fixtures/vale-joblint');

  it('reports every golden alert whose pattern is a word list, at the same line and column, and nothing else', function () {
    if (!root || !existsSync(join(root, 'features', 'rules.feature'))) return this.skip();
    const terms: unknown[] = [];
    const unsupported: string[] = [];
    for (const file of readdirSync(join(root, 'Joblint')).filter((f) => f.endsWith('.yml'))) {
      const name = file.replace(/\.yml$/, '');
      const rule = parse(readFileSync(join(root, 'Joblint', file), 'utf8')) as ValeRule;
      if (rule.extends === 'existence') {
        for (const token of rule.tokens ?? []) {
          const words = expandPattern(String(token));
          if (!words) unsupported.push(`${name}: ${token}`);
          else terms.push({ ban: words });
        }
      } else if (rule.extends === 'substitution') {
        for (const [pattern, prefer] of Object.entries(rule.swap ?? {})) {
          const words = expandPattern(pattern);
          if (!words) unsupported.push(`${name}: ${pattern}`);
          else terms.push({ prefer, instead_of: words.filter((w) => w !== prefer) });
        }
      }
    }
    assert.deepEqual(unsupported, ['Competitive: top of .{2,8} (?:game|class)']);

    const golden = readFileSync(join(root, 'features', 'rules.feature'), 'utf8')
      .split('\n')
      .map((line) => /^\s*(\w+\.md):(\d+):(\d+):Joblint\.(\w+):(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      // file:line:column and the word the message quotes (the last one: "Use 'A' instead of 'b'").
      .map((m) => `${m[1]}:${m[2]}:${m[3]} ${(/'([^']+)'$/.exec(m[5])?.[1] ?? '*').toLowerCase()}`);
    assert.equal(golden.length, 25);
    const wildcard: string[] = golden.filter((g) => g === 'fail.md:6:145 top of your game');
    assert.equal(wildcard.length, 1, 'the one alert from the wildcard pattern');

    const config = { terms, inclusive_language: false };
    const ours: string[] = [];
    for (const file of ['fail.md', 'pass.md', 'real.md']) {
      const body = readFileSync(join(root, 'fixtures', 'basic', file), 'utf8');
      // As a post's copy: three lines of front matter before the fixture's own lines.
      const text = `---\nplatforms: [linkedin]\n---\n${body}`;
      const lines = new LineIndex(text);
      for (const f of lint(text, { fileName: 'fixture.post.md', config, now: TODAY })) {
        if (f.ruleId !== 'brand/banned-term' && f.ruleId !== 'brand/preferred-term') continue;
        const at = lines.positionAt(f.range.start);
        ours.push(`${file}:${at.line - 3}:${at.column} ${text.slice(f.range.start, f.range.end).toLowerCase()}`);
      }
    }
    // Reproduced: 24 of 25 (every alert except the wildcard's), and no alert Vale does not give.
    // (DevEnv's message quotes no word: there the place alone must agree.)
    const expected = golden.filter((g) => !wildcard.includes(g));
    assert.deepEqual(
      ours.map((o, i) => (expected[i]?.endsWith(' *') ? `${o.split(' ')[0]} *` : o)),
      expected,
    );
  });
});
