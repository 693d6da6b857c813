import { strict as assert } from 'node:assert';
import { completionsAt, hoverAt, resolveConfig } from '../../src/core/index';

const config = resolveConfig({ accounts: { science: { platform: 'mastodon', max_length: 1000 } }, hashtags: { required: ['Northwind'], allowed: ['WinterTrails'] } });
/** Completion labels at the `|` in `text`. */
function labels(text: string, fileName: string): string[] {
  const offset = text.indexOf('|');
  return completionsAt(text.replace('|', ''), offset, fileName, config).map((i) => i.label);
}
function hover(text: string, fileName: string): string | undefined {
  const offset = text.indexOf('|');
  return hoverAt(text.replace('|', ''), offset, fileName, config)?.markdown;
}

describe('completion', () => {
  it('JD: top-level sections not yet written, required ones first', () => {
    const items = completionsAt('title: x\nsum\n', 12, 'a.jd.yaml', config);
    assert.ok(!items.some((i) => i.label === 'title'));
    assert.deepEqual(items.filter((i) => i.preselect).map((i) => i.label), ['responsibilities', 'qualifications', 'skills'], 'title x: the general profile');
    const social = completionsAt('title: Social Media Manager\nsum\n', 31, 'a.jd.yaml', config);
    assert.deepEqual(social.filter((i) => i.preselect).map((i) => i.label), ['responsibilities', 'qualifications', 'skills', 'daily_tasks', 'kpis', 'reporting', 'brand_alignment'], 'the social profile, from the title');
    assert.equal(social.find((i) => i.label === 'kpis')!.detail, 'required section');
    const summary = items.find((i) => i.label === 'summary')!;
    assert.deepEqual([summary.replace, summary.insertText], [{ start: 9, end: 12 }, 'summary: ']);
  });

  it('JD: nested keys, enum values, KPI metrics, country codes', () => {
    assert.deepEqual(labels('title: x\nsalary:\n  min: 1\n  |\n', 'a.jd.yaml'), ['max', 'currency', 'period', 'variable']);
    assert.deepEqual(labels('title: x\nemployment_type: |\n', 'a.jd.yaml'), ['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'seasonal', 'apprenticeship', 'per-diem']);
    assert.deepEqual(labels('title: x\nprofile: |\n', 'a.jd.yaml'), ['social', 'general']);
    assert.deepEqual(labels('title: x\nsalary:\n  variable:\n    - type: |\n', 'a.jd.yaml'), ['commission', 'on-target-earnings', 'tips', 'bonus', 'shift-differential', 'overtime', 'equity', 'other']);
    assert.deepEqual(labels('title: x\nsalary:\n  period: |\n', 'a.jd.yaml'), ['hour', 'day', 'week', 'month', 'year']);
    assert.ok(labels('title: x\nkpis:\n  - metric: Eng|\n', 'a.jd.yaml').includes('Engagement rate'));
    assert.deepEqual(labels('title: x\nkpis:\n  - metric: Reach\n    |\n', 'a.jd.yaml'), ['target', 'period', 'platforms']);
    assert.ok(labels('location:\n  country: D|\n', 'a.jd.yaml').includes('DE'));
  });

  it('post: platform ids and accounts not yet listed, in flow and block lists; status values', () => {
    const flow = labels('---\nplatforms: [x, |]\n---\nCopy.\n', 'a.post.md');
    assert.ok(!flow.includes('x') && flow.includes('linkedin') && flow.includes('science'), flow.join(','));
    const block = labels('---\nplatforms:\n  - |\n---\nCopy.\n', 'a.post.md');
    assert.ok(block.includes('bluesky'));
    assert.deepEqual(labels('---\nstatus: |\n---\n', 'a.post.md'), ['draft', 'review', 'approved', 'scheduled', 'published']);
    assert.ok(labels('---\nplatforms: [x]\n|\n---\n', 'a.post.md').includes('hashtags'));
  });

  it('post copy: ::: block ids (the post\'s own first) and the brand\'s hashtags after #', () => {
    const items = completionsAt('---\nplatforms: [linkedin]\n---\nHi\n::: l\n', 36, 'a.post.md', config);
    assert.equal(items[0].label, 'linkedin');
    assert.equal(items[0].preselect, true);
    assert.deepEqual(labels('---\nplatforms: [x]\n---\nJoin us #|', 'a.post.md'), ['Northwind', 'WinterTrails']);
  });

  it('configuration: top-level keys, rule ids under rules:, severities as values', () => {
    assert.ok(labels('|\n', '.copydesk.yaml').includes('inclusive_language'));
    const rules = labels('rules:\n  jd/schema: off\n  brand/|\n', '.copydesk.yaml');
    assert.ok(rules.includes('brand/banned-term') && !rules.includes('jd/schema'));
    assert.deepEqual(labels('rules:\n  jd/schema: |\n', '.copydesk.yaml'), ['off', 'info', 'warning', 'error']);
  });

  it('nothing inside a comment, and nothing for files Copydesk does not lint', () => {
    assert.deepEqual(labels('title: x # sal|\n', 'a.jd.yaml'), []);
    assert.deepEqual(labels('|', 'notes.yaml'), []);
  });
});

describe('hover', () => {
  it('a JD section: its name, whether required, what it holds', () => {
    assert.equal(hover('title: Social Media Lead\nk|pis:\n  - metric: Reach\n', 'a.jd.yaml'), '**`kpis` (performance metrics)** — required section (profile `social`, from the title)\n\nHow performance is measured: metric, a target with a number, period.');
    assert.equal(hover('title: Forklift Driver\nk|pis:\n  - metric: Reach\n', 'a.jd.yaml'), '**`kpis` (performance metrics)**\n\nHow performance is measured: metric, a target with a number, period.', 'general profile: KPIs are neither required nor recommended');
    assert.match(hover('title: Forklift Driver\nsk|ills: [Driving]\n', 'a.jd.yaml')!, /^\*\*`skills`\*\* — required section \(profile `general`, the default for any role\)/);
  });

  it('the profile key: every profile, the one in force first, with what each requires', () => {
    const text = hover('title: Barista\nprof|ile: social\n', 'a.jd.yaml')!;
    assert.match(text, /^\*\*`profile`\*\*\n\nWhich sections this JD needs/);
    assert.match(text, /\n- \*\*social\*\* \(in force: set in this file\): A social media.* Requires `responsibilities`, `qualifications`, `skills`, `daily_tasks`, `kpis`, `reporting`, `brand_alignment`\.\n- \*\*general\*\*: Any role/);
  });

  it('a KPI metric: definition, formula, a measurable target; aliases work', () => {
    assert.match(hover('kpis:\n  - metric: Engagement r|ate\n', 'a.jd.yaml')!, /^\*\*Engagement rate\*\*\n\nHow many of the people who saw a post interacted/);
    assert.match(hover('kpis:\n  - metric: SO|V\n', 'a.jd.yaml')!, /\*Formula:\* brand mentions ÷ \(brand \+ competitor mentions\) × 100/);
    assert.equal(hover('kpis:\n  - metric: Vibes|\n', 'a.jd.yaml'), undefined);
  });

  it('a platform or account: its limit and how it counts, with overrides', () => {
    assert.match(hover('---\nplatforms: [x|]\n---\n', 'a.post.md')!, /^\*\*X\*\* — 280 weighted characters \(links 23, emoji and CJK 2\)/);
    assert.match(hover('---\nplatforms: [sci|ence]\n---\n', 'a.post.md')!, /^\*\*science: Mastodon account\*\* — 1,000 characters/);
    assert.match(hover('---\nplatforms: [instagram]\n---\nHi\n::: insta|gram\nx\n:::\n', 'a.post.md')!, /Hashtags: at most 5\.[\s\S]*about 125 characters/);
  });

  it('a rule id under rules: its description and default', () => {
    assert.match(hover('rules:\n  brand/shou|ting: off\n', '.copydesk.yaml')!, /^\*\*brand\/shouting\*\* \(default: warning\)/);
  });
});
