import { strict as assert } from 'node:assert';
import { fileKindOf, lint, resolveConfig } from '../../src/core/index';
import { summarize } from '../support/expect';
import { TODAY } from '../support/paths';
import { MINIMAL_COMPLETE_JD } from '../support/texts';

const COMPLETE = `${MINIMAL_COMPLETE_JD}platforms: [instagram]
tools: [Buffer]
crisis_communication: Follows the escalation playbook.
budget: None.
equal_opportunity: Everyone is welcome.
salary: { min: 40000, max: 50000, currency: EUR }
`;

// The wording rules weigh real prose (300–700 words, long sentences, gender-coded words); these
// tests' JDs are a few words long, so their findings are left out here (see jd-wording.test.ts).
const WORDING = new Set(['jd/length', 'jd/long-sentence', 'jd/gender-coded']);
const lintJd = (text: string, config?: unknown) => lint(text, { fileName: 'role.jd.yaml', config, now: TODAY }).filter((f) => !WORDING.has(f.ruleId));

describe('lint pipeline', () => {
  it('dispatches by file name', () => {
    assert.equal(fileKindOf('jobs/a.jd.yaml'), 'jd');
    assert.equal(fileKindOf('C:\\jobs\\A.JD.YML'), 'jd');
    assert.equal(fileKindOf('launch.post.md'), 'post');
    assert.equal(fileKindOf('/w/.copydesk.yaml'), 'config');
    assert.equal(fileKindOf('notes.yaml'), undefined);
    assert.deepEqual(lint('title: [', { fileName: 'notes.yaml' }), []);
  });

  it('finds nothing in a complete JD', () => {
    assert.deepEqual(summarize(COMPLETE, lintJd(COMPLETE)), []);
  });

  it('gives every finding a docs link named after its rule', () => {
    const findings = lintJd('title: x\n');
    assert.ok(findings.length > 0);
    for (const f of findings) assert.equal(f.docsUrl, `https://github.com/copydesk/copydesk/blob/main/docs/rules/${f.ruleId}.md`);
  });

  it('suggests the employment type for the words postings use', () => {
    const suggestion = (given: string) => /Did you mean '([^']+)'/.exec(lintJd(`title: x\nemployment_type: ${given}\n`).find((f) => f.ruleId === 'jd/schema')?.message ?? '')?.[1];
    assert.deepEqual(
      ['fixed-term', 'Permanent', 'casual', 'PRN', 'contractor', 'apprentice', 'volunteering', 'per diem'].map(suggestion),
      ['temporary', 'full-time', 'per-diem', 'per-diem', 'contract', 'apprenticeship', 'volunteer', 'per-diem'],
    );
  });

  it('sorts findings by position', () => {
    const text = 'title: x\nemployment_type: fulltime\nsalary: { min: 5, max: 1, currency: EUR }\n';
    const starts = lintJd(text).map((f) => f.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  describe('severity settings from configuration', () => {
    const text = 'title: x\nresponsibilities: [a]\n';
    it('turns a rule off', () => {
      const ids = lintJd(text, { rules: { 'jd/missing-section': 'off', 'jd/missing-recommended': 'off' } }).map((f) => f.ruleId);
      assert.deepEqual(ids, []);
    });
    it('changes a rule severity', () => {
      const findings = lintJd(text, { rules: { 'jd/missing-section': 'warning', 'jd/missing-recommended': 'off' } });
      assert.equal(findings.length, 2, 'title x: the general profile, qualifications and skills missing');
      assert.ok(findings.every((f) => f.severity === 'warning' && f.ruleId === 'jd/missing-section'));
    });
    it('ignores an invalid setting and keeps the valid ones', () => {
      const findings = lintJd(text, { rules: { 'jd/missing-section': 'warn', 'jd/missing-recommended': 'off' }, brand: 42 });
      assert.equal(findings.length, 2);
      assert.ok(findings.every((f) => f.severity === 'error'));
    });
  });

  describe('jd policy from configuration', () => {
    it('uses the configured required and recommended sections', () => {
      const config = { jd: { required_sections: ['summary', 'responsibilities'], recommended_sections: [] } };
      assert.deepEqual(summarize('title: x\n', lintJd('title: x\n', config)), ['jd/missing-section 1:1-1:6', 'jd/missing-section 1:1-1:6']);
      assert.match(lintJd('title: x\n', config)[0].message, /`summary`/);
    });
    it('uses the configured review interval', () => {
      const text = `${COMPLETE}review: { last_reviewed: 2026-03-01 }\n`;
      assert.deepEqual(lintJd(text).filter((f) => f.ruleId === 'jd/review-overdue'), []);
      const overdue = lintJd(text, { jd: { review_every_months: 6 } }).filter((f) => f.ruleId === 'jd/review-overdue');
      assert.equal(overdue.length, 1);
      assert.match(overdue[0].message, /due 2026-09-01 \(83 days ago\)/);
    });
    it('accepts an already resolved configuration', () => {
      const config = resolveConfig({ rules: { 'jd/missing-recommended': 'off' } });
      assert.equal(resolveConfig(config), config);
      assert.deepEqual(lintJd(COMPLETE, config), []);
    });
  });

  describe('suppression comments', () => {
    const base = 'title: x\nemployment_type: fulltime\n';
    const onlySchema = { rules: { 'jd/missing-section': 'off', 'jd/missing-recommended': 'off' } };
    it('disable-next-line with a rule id', () => {
      const text = 'title: x\n# copydesk-disable-next-line jd/schema\nemployment_type: fulltime\n';
      assert.deepEqual(lintJd(text, onlySchema), []);
    });
    it('disable-next-line for another rule does not silence this one', () => {
      const text = 'title: x\n# copydesk-disable-next-line jd/salary-range\nemployment_type: fulltime\n';
      assert.deepEqual(summarize(text, lintJd(text, onlySchema)), ['jd/schema 3:18-3:26']);
    });
    it('disable-line at the end of the line', () => {
      const text = 'title: x\nemployment_type: fulltime # copydesk-disable-line jd/schema\n';
      assert.deepEqual(lintJd(text, onlySchema), []);
    });
    it('disable … enable region, and no ids meaning every rule', () => {
      const text = `${base}# copydesk-disable\nlocation: { country: Narnia }\n# copydesk-enable\nsalary: { min: 1, max: 2, currency: EURO }\n`;
      assert.deepEqual(summarize(text, lintJd(text, onlySchema)), ['jd/schema 2:18-2:26', 'jd/salary-range 6:37-6:41']);
    });
    it('a # inside a quoted value is not a directive', () => {
      const text = 'title: "Manager # copydesk-disable"\nemployment_type: fulltime\n';
      assert.deepEqual(summarize(text, lintJd(text, onlySchema)), ['jd/schema 2:18-2:26']);
    });
  });

  describe('suggestions a user can trust', () => {
    const quiet = { rules: { 'jd/missing-section': 'off', 'jd/missing-recommended': 'off' } };
    const schemaFindings = (text: string) => lintJd(text, quiet).filter((f) => f.ruleId === 'jd/schema');
    it('a country written as a name or with the wrong case is fixed; three-letter codes are not guessed', () => {
      const fixOf = (country: string) => schemaFindings(`title: x\nlocation: { country: ${country} }\n`)[0].fixes?.[0]?.edits[0].text;
      assert.equal(fixOf('Germany'), 'DE');
      assert.equal(fixOf('UK'), 'GB');
      assert.equal(fixOf('de'), 'DE');
      assert.equal(fixOf('GBR'), undefined);
      assert.equal(fixOf('IND'), undefined);
      assert.match(schemaFindings('title: x\nlocation: { country: GBR }\n')[0].message, /expected a two-letter country code, e.g\. DE for Germany/);
    });
    it('a misspelled title is one finding, not also "needs title"', () => {
      const findings = schemaFindings('Title: Social Media Manager\n');
      assert.deepEqual(findings.map((f) => f.message), ["Unknown key 'Title' in the job description. Did you mean 'title'?"]);
    });
    it('brand is not taken for brand_alignment', () => {
      const findings = schemaFindings('title: x\nbrand: Northwind\n');
      assert.equal(findings[0].fixes, undefined);
    });
    it('a comma-separated text where a list belongs: two fixes to choose from, neither applied by --fix', () => {
      const [finding] = schemaFindings('title: x\ntools: Buffer, Canva, Looker Studio\n');
      assert.deepEqual(finding.fixes!.map((f) => [f.title, f.safe, f.edits[0].text]), [
        ['Make it a list of 3 items (one per comma)', false, '\n  - Buffer\n  - Canva\n  - Looker Studio'],
        ['Make it a list of one item', false, '\n  - Buffer, Canva, Looker Studio'],
      ]);
    });
    it('no list fix where the list holds KPIs, not text', () => {
      assert.equal(schemaFindings('title: x\nkpis: Engagement up\n')[0].fixes, undefined);
    });
    it('12.500 an hour is not taken for twelve thousand five hundred', () => {
      const text = 'title: x\nsalary: { min: 12.500, max: 15.000, currency: EUR, period: hour }\n';
      assert.deepEqual(lintJd(text, quiet).filter((f) => f.ruleId === 'jd/salary-range'), []);
    });
  });

  it('keeps CRLF line endings in positions', () => {
    const text = 'title: x\r\nemployment_type: fulltime\r\n';
    assert.deepEqual(summarize(text, lintJd(text, { rules: { 'jd/missing-section': 'off', 'jd/missing-recommended': 'off' } })), ['jd/schema 2:18-2:26']);
  });
});
