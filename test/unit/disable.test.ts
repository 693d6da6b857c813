// "Disable <rule> for this line" on every finding of every bad fixture: the comment silences
// exactly that finding, in the file's comment syntax, and changes nothing else in the text.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigLoader, applyFixes, disableRuleFix, lint } from '../../src/core/index';
import { nodeFileHost } from '../../src/cli/host';
import { FIXTURES, TODAY } from '../support/paths';

function badFixtures(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return badFixtures(path);
    return /^bad.*\.(jd\.yaml|post\.md|yaml)$/.test(name) && !/\.(fixed|offered)\./.test(name) ? [path] : [];
  });
}

describe('disable a rule for one line', () => {
  it('a JD line, a line inside a block scalar, a post line and a front matter line', () => {
    const jd = 'title: Barista\nsummary: >\n  We want a\n  rockstar.\n';
    const [finding] = lint(jd, { fileName: 'a.jd.yaml', config: { terms: [{ ban: ['rockstar'] }] } }).filter((f) => f.ruleId === 'brand/banned-term');
    const fix = disableRuleFix(jd, 'a.jd.yaml', finding)!;
    assert.equal(fix.title, 'Disable brand/banned-term for this value');
    assert.equal(applyFixes(jd, [fix]).text, 'title: Barista\n# copydesk-disable brand/banned-term\nsummary: >\n  We want a\n  rockstar.\n# copydesk-enable brand/banned-term\n');

    const post = '---\nplatforms: [twiter]\n---\nCopy.\n';
    const findings = lint(post, { fileName: 'a.post.md' });
    const unknown = findings.find((f) => f.ruleId === 'post/unknown-platform')!;
    assert.equal(applyFixes(post, [disableRuleFix(post, 'a.post.md', unknown)!]).text, '---\n# copydesk-disable-next-line post/unknown-platform\nplatforms: [twiter]\n---\nCopy.\n');

    const body = '---\nplatforms: [x]\n---\nA ninja.\n';
    const banned = lint(body, { fileName: 'a.post.md', config: { terms: [{ ban: ['ninja'] }] } }).find((f) => f.ruleId === 'brand/banned-term')!;
    assert.equal(applyFixes(body, [disableRuleFix(body, 'a.post.md', banned)!]).text, '---\nplatforms: [x]\n---\n<!-- copydesk-disable-next-line brand/banned-term -->\nA ninja.\n');
  });

  for (const path of badFixtures(FIXTURES)) {
    const name = relative(FIXTURES, path);
    const fileName = name.startsWith('config/') ? '.copydesk.yaml' : path;
    it(`${name}: each finding's disable fix silences it and only adds comment lines`, async () => {
      const { config } = await new ConfigLoader(nodeFileHost, FIXTURES).configFor(path);
      const text = readFileSync(path, 'utf8');
      const findings = lint(text, { fileName, config, now: TODAY });
      for (const finding of findings) {
        const fix = disableRuleFix(text, fileName, finding)!;
        const result = applyFixes(text, [fix]);
        // Only whole comment lines are added.
        for (const edit of fix.edits) assert.match(edit.text, /^(\r?\n)?[ \t]*(# copydesk-|<!-- copydesk-)[^\n]*\r?\n$|^ ?(# copydesk-disable-line|<!-- copydesk-disable-line) [^\n]*$/);
        assert.equal(result.text.replace(/^[ \t]*(# copydesk-|<!-- copydesk-).*\r?\n| ?(# copydesk-disable-line|<!-- copydesk-disable-line) [^\n]*$/gm, ''), text.replace(/^[ \t]*(# copydesk-|<!-- copydesk-).*\r?\n/gm, ''));
        // The finding is gone, with the other findings of its rule on the same line(s); the rest stay.
        const lines = text.slice(0, finding.range.start).split('\n').length;
        const ofRule = (list: typeof findings) => list.filter((f) => f.ruleId === finding.ruleId);
        const onLine = ofRule(findings).filter((f) => text.slice(0, f.range.start).split('\n').length === lines);
        const after = ofRule(lint(result.text, { fileName, config, now: TODAY }));
        assert.ok(after.length <= ofRule(findings).length - onLine.length, `${finding.ruleId} at ${finding.range.start}: ${finding.message}\n${result.text}`);
        assert.ok(!after.some((f) => f.message === finding.message && result.text.slice(f.range.start, f.range.end) === text.slice(finding.range.start, finding.range.end) && f.range.start - finding.range.start === fix.edits[0].text.length), 'the finding itself is gone');
      }
    });
  }
});
