// Bad input never throws and never hangs: each case gives clear findings inside the text.
import { strict as assert } from 'node:assert';
import { lint, type Finding } from '../../src/core/index';
import { summarize } from '../support/expect';
import { TODAY } from '../support/paths';

const lintJd = (text: string) => lint(text, { fileName: 'role.jd.yaml', now: TODAY });
const lintConfig = (text: string) => lint(text, { fileName: '.copydesk.yaml', now: TODAY });

function assertInside(text: string, findings: readonly Finding[]) {
  for (const f of findings) {
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} range ${f.range.start}-${f.range.end} outside 0-${text.length}`);
  }
}

describe('bad input', () => {
  it('an empty file: every required section missing (general profile: no title to go by), title required, with fixes that build the JD', () => {
    const findings = lintJd('');
    assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), ['jd/missing-section', 'jd/missing-section', 'jd/missing-section', 'jd/schema']);
    assert.ok(findings.every((f) => f.range.start === 0 && f.range.end === 0));
    const addAll = findings.find((f) => f.ruleId === 'jd/missing-section')!.fixes!.find((f) => f.title === 'Add all 3 missing sections')!;
    assert.deepEqual(addAll.edits[0].text.split('\n').filter((l) => /^\w/.test(l)), ['title:', 'responsibilities:', 'qualifications:', 'skills:']);
    const social = lint('profile: social\n', { fileName: 'a.jd.yaml', now: new Date('2026-01-01') }).find((f) => f.ruleId === 'jd/missing-section')!.fixes!.find((f) => f.title === 'Add all 7 missing sections')!;
    assert.deepEqual(social.edits[0].text.split('\n').filter((l) => /^\w/.test(l)), ['title:', 'responsibilities:', 'qualifications:', 'skills:', 'daily_tasks:', 'kpis:', 'reporting:', 'brand_alignment: >']);
  });

  for (const [name, text, expected] of [
    ['a scalar', 'Social Media Manager\n', 'jd/schema 1:1-1:21'],
    ['a list', '- title: x\n- skills: [a]\n', 'jd/schema 1:1-1:11'],
    ['a number', '42', 'jd/schema 1:1-1:3'],
  ] as const) {
    it(`${name} instead of a mapping: one jd/schema finding and nothing else`, () => {
      const findings = lintJd(text);
      assert.deepEqual(summarize(text, findings), [expected]);
      assert.match(findings[0].message, /should be a mapping \(key: value\)/);
    });
  }

  it('a syntax error: only the parser finding, with its code', () => {
    const text = 'title: "Social Media Manager\nskills: [a]\n';
    const findings = lintJd(text);
    assert.ok(findings.length >= 1);
    assert.ok(findings.every((f) => f.ruleId === 'jd/yaml-syntax'));
    assert.match(findings[0].message, /\(YAML [A-Z_]+\)$/);
    assertInside(text, findings);
  });

  it('tabs as indentation', () => {
    const text = 'title: x\nskills:\n\t- a\n';
    assert.deepEqual(summarize(text, lintJd(text)), ['jd/yaml-syntax 3:1-3:2']);
    assert.match(lintJd(text)[0].message, /TAB_AS_INDENT/);
  });

  it('duplicate keys: the second key, by name; the rest of the file is still checked (the last one wins)', () => {
    const text = 'title: x\ntitle: y\nsalary: { min: 9, max: 5 }\n';
    const findings = lintJd(text);
    assert.deepEqual(summarize(text, findings.filter((f) => f.ruleId === 'jd/yaml-syntax')), ['jd/yaml-syntax 2:1-2:6']);
    assert.ok(findings.some((f) => f.ruleId === 'jd/salary-range' && /greater than salary\.max/.test(f.message)), 'salary-range ran');
    assert.match(findings.find((f) => f.ruleId === 'jd/yaml-syntax')!.message, /'title' appears more than once at this level: keep one/);
    assert.equal(findings.filter((f) => f.ruleId === 'jd/missing-section').length, 3, 'the other rules ran');
  });

  it('every syntax error the parser finds, not only the first', () => {
    const text = 'title: x\nskills: [Copywriting\nresponsibilities:\n\t- Write\n';
    const syntax = lintJd(text).filter((f) => f.ruleId === 'jd/yaml-syntax');
    assert.ok(syntax.length >= 2, summarize(text, syntax).join('; '));
    assert.ok(syntax.some((f) => /tab/i.test(f.message)), 'the tab is reported');
    assert.ok(syntax.some((f) => /\]|closing|flow/i.test(f.message)), 'the unclosed [ is reported');
  });

  it('anchors and aliases are followed', () => {
    const text = 'title: x\nskills: &s [Copywriting]\ntools: *s\n';
    assert.deepEqual(lintJd(text).filter((f) => f.ruleId === 'jd/schema' || f.ruleId === 'jd/yaml-syntax'), []);
  });

  it('an alias bomb is bounded: one finding at the first alias, quickly', () => {
    let text = 'title: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 30; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const findings = lintJd(text);
    assert.deepEqual(summarize(text, findings), ['jd/yaml-syntax 3:10-3:13']);
    assert.match(findings[0].message, /alias bomb/);
  });

  it('5 MB of text: findings, no throw', () => {
    const line = 'A sentence about the role that keeps going and going, written by a tired recruiter. ';
    const block = `  ${line.repeat(10)}\n`;
    const text = `title: x\nsummary: >\n${block.repeat(Math.ceil(5_000_000 / block.length))}`;
    assert.ok(text.length >= 5_000_000);
    const findings = lintJd(text);
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))], ['jd/missing-section', 'jd/missing-recommended', 'jd/length']);
    assertInside(text, findings);
  });

  it('5 MB on one line: no throw', () => {
    const text = `title: ${'x'.repeat(5_000_000)}\n`;
    assertInside(text, lintJd(text));
  });

  it('binary bytes: a finding at the first control character', () => {
    const text = 'title: x\n' + String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00) + '\uFFFD\uFFFD';
    const findings = lintJd(text);
    assert.deepEqual(summarize(text, findings).slice(0, 1), ['jd/yaml-syntax 2:1-2:2']);
    assert.match(findings[0].message, /U\+0089.*binary/);
  });

  it('a configuration file that is invalid YAML, a list, or of wrong types', () => {
    assert.deepEqual(summarize('rules: [\n', lintConfig('rules: [\n')).map((s) => s.split(' ')[0]), ['config/invalid']);
    assert.deepEqual(summarize('- a\n', lintConfig('- a\n')), ['config/invalid 1:1-1:4']);
    const text = 'jd:\n  review_every_months: 0\nemoji: { max: -1 }\n';
    assert.deepEqual(summarize(text, lintConfig(text)), ['config/invalid 2:24-2:25', 'config/invalid 3:15-3:17']);
  });

  it('an empty configuration file is valid', () => {
    assert.deepEqual(lintConfig(''), []);
    assert.deepEqual(lintConfig('# nothing yet\n'), []);
  });

  it('never throws on random mutations of a real JD', () => {
    const seed = `title: Social Media Manager\nlocation: { city: Porto, country: PT }\nkpis:\n  - metric: Reach\n    target: "+5%"\nsalary: { min: 1, max: 2, currency: EUR }\nreview: { last_reviewed: 2026-01-01 }\n# copydesk-disable-next-line jd/schema\n`;
    const pieces = ['{', '}', '[', ']', ':', '- ', '&a ', '*a', '"', "'", '\t', '\n', '#', '|', '>', '\u0000', '😀', 'é', '\r\n', '? ', '!!str ', '%YAML 1.2\n---\n'];
    let state = 12345;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let i = 0; i < 500; i++) {
      let text = seed;
      for (let j = 0; j < 1 + random(4); j++) {
        const at = random(text.length + 1);
        text = random(3) === 0 ? text.slice(0, at) + text.slice(at + random(8)) : text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
      }
      assertInside(text, lintJd(text));
      assertInside(text, lintConfig(text));
    }
  });
});
