// Every rule has good and bad fixtures under test/fixtures/<rule-id>/. A bad fixture lists what it
// must produce in comments at its end (so they shift no line numbers):
//   # expect: 3:18-3:26 Did you mean 'full-time'?
// (in posts: <!-- expect: 3:18-3:26 message -->)
// (range 1-based, end exclusive, then text the message must contain). A good fixture produces no
// finding of that rule. `<name>.fixed.jd.yaml`, when present, is the text after every safe fix;
// `<name>.offered.jd.yaml` is the text after taking the first fix each finding of the rule offers,
// safe or not (what clicking the first quick fix on each one gives).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigLoader, applyFixes, fixUntilStable, lint, safeFixes } from '../../src/core/index';
import { fixtureCalendar } from '../support/calendar';
import { nodeFileHost } from '../../src/cli/host';
import { rangeText } from '../support/expect';
import { FIXTURES, TODAY } from '../support/paths';

function ruleFolders(dir: string): string[] {
  const out: string[] = [];
  for (const area of readdirSync(dir)) {
    if (!statSync(join(dir, area)).isDirectory()) continue;
    for (const rule of readdirSync(join(dir, area))) if (statSync(join(dir, area, rule)).isDirectory()) out.push(`${area}/${rule}`);
  }
  return out.sort();
}

function expectations(text: string): { range: string; message: string }[] {
  return [...text.matchAll(/^(?:# |<!-- )expect: (\d+:\d+-\d+:\d+)(?: (.*?))?(?: -->)?$/gm)].map((m) => ({ range: m[1], message: (m[2] ?? '').trim() }));
}

// Configuration fixtures are named good*.yaml / bad*.yaml and linted as `.copydesk.yaml`.
const lintedName = (ruleId: string, path: string) => (ruleId.startsWith('config/') ? '.copydesk.yaml' : path);

async function lintFixture(ruleId: string, path: string, text: string) {
  const { config } = await new ConfigLoader(nodeFileHost, FIXTURES).configFor(path);
  return lint(text, { fileName: lintedName(ruleId, path), config, now: TODAY, calendar: await fixtureCalendar(path) });
}

function fixAll(path: string, text: string, config: unknown): string {
  return fixUntilStable(text, { fileName: path, config, now: TODAY }).text;
}

describe('rule fixtures', () => {
  for (const ruleId of ruleFolders(FIXTURES)) {
    describe(ruleId, () => {
      const folder = join(FIXTURES, ruleId);
      const files = readdirSync(folder).filter((f) => /^(good|bad).*\.(yaml|post\.md)$/.test(f) && !f.includes('.fixed.') && !f.includes('.offered.'));
      it('has good and bad fixtures', () => {
        assert.ok(files.some((f) => f.startsWith('good')), `${ruleId} needs a good fixture`);
        assert.ok(files.some((f) => f.startsWith('bad')), `${ruleId} needs a bad fixture`);
      });
      for (const file of files) {
        const path = join(folder, file);
        const text = readFileSync(path, 'utf8');
        it(`${file}: ${file.startsWith('good') ? 'no findings' : 'exact findings'}`, async () => {
          const findings = (await lintFixture(ruleId, path, text)).filter((f) => f.ruleId === ruleId);
          const actual = findings.map((f) => `${rangeText(text, f)} ${f.message}`);
          if (file.startsWith('good')) {
            assert.deepEqual(actual, [], `${relative(FIXTURES, path)} should be clean`);
            return;
          }
          const expected = expectations(text);
          assert.ok(expected.length > 0, `${file} has no '# expect:' lines`);
          assert.deepEqual(findings.map((f) => rangeText(text, f)), expected.map((e) => e.range), `ranges in ${file}:\n${actual.join('\n')}`);
          expected.forEach((e, i) => assert.ok(findings[i].message.includes(e.message), `message ${i + 1} in ${file}: ${findings[i].message}`));
        });
        const offeredPath = path.replace(/(\.jd\.yaml|\.post\.md|\.yaml)$/, '.offered$&');
        if (existsSync(offeredPath)) {
          it(`${file}: the first fix of each ${ruleId} finding gives ${relative(folder, offeredPath)}`, async () => {
            const findings = (await lintFixture(ruleId, path, text)).filter((f) => f.ruleId === ruleId);
            const offered = findings.flatMap((f) => (f.fixes?.length ? [f.fixes[0]] : []));
            assert.ok(offered.length > 0, `${file}: no ${ruleId} finding offers a fix`);
            assert.equal(applyFixes(text, offered).text, readFileSync(offeredPath, 'utf8'));
          });
        }
        const fixedPath = path.replace(/(\.jd\.yaml|\.post\.md|\.yaml)$/, '.fixed$&');
        if (existsSync(fixedPath)) {
          it(`${file}: safe fixes give ${relative(folder, fixedPath)}, and nothing fixable remains`, async () => {
            const { config } = await new ConfigLoader(nodeFileHost, FIXTURES).configFor(path);
            const fixed = fixAll(lintedName(ruleId, path), text, config);
            assert.equal(fixed, readFileSync(fixedPath, 'utf8'));
            assert.deepEqual(safeFixes(lint(fixed, { fileName: lintedName(ruleId, path), config, now: TODAY })), []);
          });
        }
      }
    });
  }
});
