import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigLoader, defaultConfig, lint, type Config, type Finding } from '../../src/core/index';
import { renderJobDescription } from '../../src/core/render/jd';
import { JD_STYLES } from '../../src/core/render/styles';
import { nodeFileHost } from '../../src/cli/host';
import { REPO_ROOT, TODAY } from '../support/paths';

const COMPLETE = join(REPO_ROOT, 'examples', 'jobs', 'social-media-manager.jd.yaml');
const DRAFT = join(REPO_ROOT, 'examples', 'jobs', 'community-manager.jd.yaml');

async function renderExample(path: string) {
  const text = readFileSync(path, 'utf8');
  const { config } = await new ConfigLoader(nodeFileHost, REPO_ROOT).configFor(path);
  const findings = lint(text, { fileName: path, config, now: TODAY });
  return { text, findings, html: renderJobDescription(text, findings, config) };
}

/** The sections' data-key values, in document order. */
const sectionKeys = (html: string) => [...html.matchAll(/<section class="cd-section[^"]*" data-key="([^"]+)"/g)].map((m) => m[1]);

/** The inside of the section for `key`. */
function section(html: string, key: string): string {
  const match = new RegExp(`<section class="([^"]*)" data-key="${key}" data-line="(\\d+)">([\\s\\S]*?)</section>`).exec(html);
  assert.ok(match, `no section ${key}`);
  return match[0];
}

/** 0-based line of the top-level `key:` in the text. */
const lineOfKey = (text: string, key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}:`));

const escapeLikeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('JD preview (render/jd)', () => {
  describe('the complete example', () => {
    let text: string;
    let html: string;
    let findings: Finding[];
    before(async () => ({ text, html, findings } = await renderExample(COMPLETE)));

    it('has no findings to show and no placeholders', () => {
      assert.deepEqual(findings, []);
      assert.doesNotMatch(html, /cd-finding|cd-missing|cd-findings/);
    });

    it('shows the title, the meta line and the salary', () => {
      assert.match(html, /^<article class="cd-jd">/);
      assert.match(html, /<h1 class="cd-title" data-key="title" data-line="2">Social Media Manager<\/h1>/);
      assert.match(html, />Marketing</);
      assert.match(html, />Hamburg, Germany</);
      assert.match(html, />Hybrid</);
      assert.match(html, />Full-time</);
      assert.match(html, /<p class="cd-salary" data-key="salary" data-line="9">€56,000 – €68,000 per year<\/p>/);
    });

    it('shows the sections in careers-page order', () => {
      assert.deepEqual(sectionKeys(html), [
        'summary',
        'responsibilities',
        'daily_tasks',
        'qualifications',
        'skills',
        'kpis',
        'reporting',
        'platforms',
        'tools',
        'brand_alignment',
        'crisis_communication',
        'budget',
        'benefits',
        'equal_opportunity',
      ]);
      assert.match(section(html, 'daily_tasks'), /<h2>A typical day<\/h2>/);
      assert.match(section(html, 'qualifications'), /<h3>Education<\/h3>[\s\S]*<h3>Experience<\/h3>[\s\S]*<h3>Certifications<\/h3>/);
      assert.match(section(html, 'reporting'), /<dt>Reports to<\/dt>\n<dd>Head of Marketing<\/dd>/);
      assert.match(section(html, 'platforms'), /<li>TikTok<\/li>/);
      assert.match(section(html, 'responsibilities'), /<li>Report monthly on reach, engagement and conversions, and turn the results into next month&#39;s plan<\/li>/);
    });

    it('shows the KPIs as a table, platforms with the metric', () => {
      const kpis = section(html, 'kpis');
      assert.match(kpis, /<table class="cd-kpis">/);
      assert.match(kpis, /<th scope="col">Metric<\/th><th scope="col">Target<\/th><th scope="col">Period<\/th>/);
      const rows = [...kpis.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1));
      assert.deepEqual(rows, [
        ['Engagement rate <span class="cd-kpi-platforms">(Instagram, TikTok)</span>', '+15%', 'Quarterly'],
        ['Follower growth <span class="cd-kpi-platforms">(Instagram, TikTok, LinkedIn)</span>', '+20,000 followers', 'Yearly'],
        ['Response time to direct messages', 'under 2 hours', 'Monthly'],
        ['Return on ad spend <span class="cd-kpi-platforms">(Instagram, Facebook)</span>', 'at least 3.5x', 'Quarterly'],
        ['User-generated posts featured', '12', 'Monthly'],
      ]);
    });

    it('gives each section the 0-based line of its key', () => {
      for (const key of ['summary', 'responsibilities', 'daily_tasks', 'kpis', 'brand_alignment', 'equal_opportunity']) {
        const line = lineOfKey(text, key);
        assert.ok(line > 0);
        assert.match(section(html, key), new RegExp(`^<section class="cd-section[^"]*" data-key="${key}" data-line="${line}">`));
      }
      assert.match(html, new RegExp(`<header class="cd-header" data-line="${lineOfKey(text, 'title')}">`));
    });

    it('keeps paragraph breaks and line breaks of long text', () => {
      const jd = 'title: Editor\nsummary: |\n  First line\n  second line\n\n  Second paragraph\n';
      const out = renderJobDescription(jd, [], defaultConfig());
      assert.match(out, /<p>First line<br>second line<\/p>\n<p>Second paragraph<\/p>/);
    });
  });

  describe('the draft example', () => {
    let text: string;
    let html: string;
    let findings: Finding[];
    before(async () => ({ text, html, findings } = await renderExample(DRAFT)));

    it('shows the missing required sections as placeholders, in their place', () => {
      const missing = [...html.matchAll(/<section class="cd-section cd-missing" data-key="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(missing, ['daily_tasks', 'brand_alignment']);
      assert.match(section(html, 'daily_tasks'), /<h2>A typical day<\/h2>\n<p class="cd-placeholder">Missing: A typical day \(required\)/);
      assert.match(section(html, 'brand_alignment'), /<p class="cd-placeholder">Missing: Brand voice \(required\)/);
      const order = sectionKeys(html);
      assert.deepEqual(order, ['summary', 'responsibilities', 'daily_tasks', 'qualifications', 'skills', 'kpis', 'reporting', 'platforms', 'tools', 'brand_alignment', 'equal_opportunity']);
    });

    it('shows the misspelled responsibilites as responsibilities, with the finding about the key', () => {
      const responsibilities = section(html, 'responsibilities');
      assert.match(responsibilities, new RegExp(`data-line="${lineOfKey(text, 'responsibilites')}"`));
      assert.match(responsibilities, /Unknown key &#39;responsibilites&#39;/);
      assert.match(responsibilities, /<li>Moderate comments and direct messages on Instagram, Facebook and TikTok<\/li>/);
    });

    it('shows every finding once, with its message, rule and severity', () => {
      assert.ok(findings.length >= 8);
      for (const finding of findings) {
        const message = escapeLikeHtml(finding.message).replace(/`([^`]+)`/g, '<code>$1</code>');
        const label = { error: 'Error', warning: 'Warning', info: 'Info' }[finding.severity];
        const line = text.slice(0, finding.range.start).split('\n').length - 1;
        // <p> inside a section, <li> in the file-level list.
        const expected = ` class="cd-finding cd-finding-${finding.severity}" data-line="${line}"><span class="cd-severity">${label}</span> <span class="cd-finding-message">${message}</span> <span class="cd-rule">${finding.ruleId}</span></`;
        assert.equal(html.split(expected).length - 1, findings.filter((f) => f.message === finding.message).length, `${finding.ruleId}: ${finding.message}`);
      }
    });

    it('shows findings in their section, and file-level ones at the top', () => {
      // Closed by default, one line that says what there is, before the job title.
      const aside = /<details class="cd-findings">([\s\S]*?)<\/details>/.exec(html);
      assert.ok(aside);
      assert.ok(html.indexOf('<details') < html.indexOf('<header'));
      assert.match(aside[1], /^\n<summary class="cd-findings-title">5 notes about the whole file: 3 errors, 2 info<\/summary>\n<ul>\n<li class="cd-finding cd-finding-error" data-line="2">/);
      assert.match(aside[1], /Missing required section <code>daily_tasks<\/code>/);
      assert.match(aside[1], /cd-finding-info[^>]*><span class="cd-severity">Info<\/span> <span class="cd-finding-message">Consider adding <code>budget<\/code>/);
      // review: is not shown on a careers page, so its finding is a file-level note.
      assert.match(aside[1], /jd\/review-overdue/);
      assert.match(section(html, 'summary'), /&#39;ninja&#39; is on the brand&#39;s banned list/);
      assert.match(section(html, 'summary'), /brand\/inclusive-language/);
      assert.match(section(html, 'kpis'), /cd-finding-error[\s\S]*KPI &#39;Community sentiment&#39; target/);
      const header = /<header[\s\S]*?<\/header>/.exec(html)![0];
      assert.match(header, /&#39;fulltime&#39; is not a valid value for <code>employment_type<\/code>/);
      assert.match(header, /data-key="employment_type" data-line="8">fulltime</);
    });

    it('shows the KPI rows as written', () => {
      const rows = [...section(html, 'kpis').matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1));
      assert.deepEqual(rows, [
        ['Community sentiment', 'Improve sentiment in comments', 'Quarterly'],
        ['Response time to direct messages', 'under 4 hours', 'Monthly'],
      ]);
      assert.match(section(html, 'reporting'), /<dt>Direct reports<\/dt>\n<dd>None<\/dd>/);
    });
  });

  describe('other shapes', () => {
    const config = defaultConfig();

    it('shows a required section that is present but empty as a placeholder at its key', () => {
      const jd = 'title: Editor\nskills: []\nresponsibilities:\n';
      const html = renderJobDescription(jd, lint(jd, { fileName: 'a.jd.yaml', config, now: TODAY }), config);
      assert.match(html, /<section class="cd-section cd-missing" data-key="responsibilities" data-line="2">[\s\S]*?Fill in <code class="cd-key">responsibilities:<\/code>/);
      assert.match(section(html, 'skills'), /data-line="1"[\s\S]*<code>skills<\/code> is empty/);
    });

    it('shows a missing title as "Untitled role"', () => {
      const html = renderJobDescription('department: Marketing\n', [], config);
      assert.match(html, /<h1 class="cd-title cd-missing" data-key="title" data-line="0">Untitled role<\/h1>/);
    });

    it('shows an empty file as an empty job description with every gap', () => {
      const html = renderJobDescription('# nothing yet\n', [], config);
      assert.match(html, /Untitled role/);
      assert.equal([...html.matchAll(/cd-section cd-missing/g)].length, config.jd.profiles.general.required.length, 'no title: the general profile');
    });

    it('formats salaries with one bound, other currencies and codes Intl does not know', () => {
      const salary = (s: string) => /<p class="cd-salary"[^>]*>(.*?)<\/p>/.exec(renderJobDescription(`title: x\nsalary: ${s}\n`, [], config))![1];
      assert.equal(salary('{ min: 55000, currency: EUR, period: year }'), 'from €55,000 per year');
      assert.equal(salary('{ max: 70000, currency: USD, period: month }'), 'up to $70,000 per month');
      assert.equal(salary('{ min: 18.5, max: 22, currency: GBP, period: hour }'), '£18.50 – £22.00 per hour');
      assert.equal(salary('{ min: 40000, max: 50000, currency: ZZZZ }'), '40,000 ZZZZ – 50,000 ZZZZ');
      assert.equal(salary('{ min: 40000, max: 50000 }'), '40,000 – 50,000');
      assert.equal(salary('Competitive'), 'Competitive');
      assert.equal(salary('{ min: 18, max: 20, currency: USD, period: hour, variable: [{ type: tips, description: "about $6 an hour, pooled" }, { type: shift-differential, max: 3 }] }'), '$18 – $20 per hour + tips (about $6 an hour, pooled) + shift differential up to $3');
    });

    it('shows a free-text location, a region and a remote role', () => {
      const meta = (l: string) => /<p class="cd-meta">(.*?)<\/p>/.exec(renderJobDescription(`title: x\nlocation: ${l}\n`, [], { ...config, jd: { ...config.jd, profile: 'none', profiles: { none: { name: 'none', required: [], recommended: [], titles: [], description: '' } } } }))![1];
      assert.match(meta('Berlin or remote (EU)'), />Berlin or remote \(EU\)</);
      assert.match(meta('[{ city: Denver, region: CO, country: US }, { city: Austin, region: TX, country: US, workplace: hybrid }]'), />Denver, CO, United States · Austin, TX, United States<.*>Hybrid</);
      assert.match(meta('{ city: Austin, region: Texas, country: US, workplace: remote }'), />Austin, Texas, United States<.*>Remote</);
      assert.match(meta('{ country: XX }'), />XX</);
    });

    it('shows URLs as text, never as links', () => {
      const html = renderJobDescription('title: x\nsummary: See https://example.com/jobs?a=1&b=2. Thanks\n', [], config);
      assert.match(html, /See <span class="cd-link">https:\/\/example.com\/jobs\?a=1&amp;b=2<\/span>\. Thanks/);
      assert.doesNotMatch(html, /<a[\s>]/);
    });

    it('says a file with YAML errors cannot be shown, and lists the findings', () => {
      const jd = 'title: [unclosed\nskills: x\n';
      const findings = lint(jd, { fileName: 'a.jd.yaml', config, now: TODAY });
      const html = renderJobDescription(jd, findings, config);
      assert.match(html, /^<section class="cd-jd cd-unreadable">/);
      assert.match(html, /cannot be shown/);
      assert.ok(findings.length > 0);
      for (const f of findings) assert.ok(html.includes(escapeLikeHtml(f.message).replace(/`([^`]+)`/g, '<code>$1</code>')), f.message);
      // Without findings, the parser's own problems are listed.
      assert.match(renderJobDescription(jd, [], config), /cd-finding-error/);
    });

    it('says a file whose root is not a mapping cannot be shown', () => {
      assert.match(renderJobDescription('- a\n- b\n', [], config), /^<section class="cd-jd cd-unreadable">/);
      assert.match(renderJobDescription('just text\n', [], config), /^<section class="cd-jd cd-unreadable">/);
    });
  });

  describe('escaping', () => {
    const SCRIPT = '<script>alert(1)</script>';
    const IMG = '"><img src=x onerror=alert(1)>';
    const JS = 'javascript:alert(1)';
    const STYLE = '</style>';
    const LONE = '\uD800';
    const MUSTACHE = '{{constructor}}';
    const all = [SCRIPT, IMG, JS, STYLE, LONE, MUSTACHE].join(' ');
    const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar
    const jd = [
      // The title carries the lone surrogate raw in the text; `education` has it as a YAML escape.
      `title: ${q(`${SCRIPT} ${IMG}`).slice(0, -1)} ${LONE}"`,
      `department: ${q(JS)}`,
      `location: ${q(`${STYLE}${SCRIPT}`)}`,
      `employment_type: ${q(IMG)}`,
      `salary: { min: 1, max: 2, currency: ${q(SCRIPT)}, period: ${q(IMG)} }`,
      `summary: ${q(`${all} https://x.example/${IMG}`)}`,
      'responsibilities:',
      `  - ${q(SCRIPT)}`,
      `  - ${q(IMG)}`,
      `  - ${q(MUSTACHE)}`,
      `  - { ${q(SCRIPT)}: ${q(IMG)} }`,
      'qualifications:',
      `  ${q(IMG)}: [${q(SCRIPT)}]`,
      `  education: ${q(`${STYLE}\n\n${LONE}`)}`,
      'kpis:',
      `  - metric: ${q(SCRIPT)}`,
      `    target: ${q(IMG)}`,
      `    period: ${q(STYLE)}`,
      `    platforms: [${q(JS)}, ${q(SCRIPT)}]`,
      `  - ${q(MUSTACHE)}`,
      `reporting: { reports_to: ${q(SCRIPT)}, ${q(STYLE)}: [${q(IMG)}], constructor: ${q(MUSTACHE)}, __proto__: ${q(JS)} }`,
      `platforms: [${q(SCRIPT)}, constructor, __proto__]`,
      `brand_alignment: ${q(all)}`,
      `${q(SCRIPT)}: ${q(IMG)}`,
      `${q(MUSTACHE)}: x`,
      `constructor: ${q(SCRIPT)}`,
      '',
    ].join('\n');
    const config: Config = { ...defaultConfig(), jd: { ...defaultConfig().jd, profile: 'evil', profiles: { evil: { name: 'evil', required: ['daily_tasks', 'constructor', '__proto__', SCRIPT], recommended: [], titles: [], description: '' } } } };
    const findings: Finding[] = [
      ...lint(jd, { fileName: 'evil.jd.yaml', config: defaultConfig(), now: TODAY }),
      { ruleId: SCRIPT, severity: 'error', message: `${IMG} ${STYLE} \`${SCRIPT}\` ${LONE}`, range: { start: 0, end: 5 }, docsUrl: JS },
      { ruleId: 'x', severity: SCRIPT as never, message: all, range: { start: 10, end: 12 }, docsUrl: '' },
    ];
    const html = renderJobDescription(jd, findings, config);
    const EMITTED = 'article|aside|details|summary|header|section|h1|h2|h3|p|ul|li|dl|dt|dd|table|thead|tbody|tr|th|td|span|code|br';

    it('reads the hostile file as a job description', () => {
      assert.match(html, /^<article class="cd-jd">/);
      assert.ok(findings.some((f) => f.message.includes(SCRIPT)), 'the unknown key is reported with its name');
    });

    it('emits only its own tags, with only its own attributes', () => {
      const tags = html.match(/<[^>]*>/g) ?? [];
      assert.equal(tags.length, html.split('<').length - 1, 'every < starts a tag');
      const allowed = new RegExp(`^</?(?:${EMITTED})(?: (?:class|data-key|data-line|scope)="[^"<>]*")*>$`);
      for (const tag of tags) assert.match(tag, allowed);
      assert.doesNotMatch(html, /<script|<img|<style|<a[\s>]|<\/style/i);
      // onerror= and javascript: appear only as escaped text, never inside a tag.
      for (const tag of tags) assert.doesNotMatch(tag, /onerror|javascript:|style=|\son\w+=/i);
      assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    });

    it('keeps attribute values to what it controls', () => {
      for (const m of html.matchAll(/data-line="([^"]*)"/g)) assert.match(m[1], /^\d+$/);
      for (const m of html.matchAll(/data-key="([^"]*)"/g)) assert.match(m[1], /^[a-z_]+$|^&lt;script&gt;alert\(1\)&lt;\/script&gt;$/);
    });

    it('escapes titles, list items, KPI cells, locations, currencies, keys and messages', () => {
      const esc = escapeLikeHtml;
      assert.match(html, new RegExp(`<h1 class="cd-title" data-key="title" data-line="0">${esc(`${SCRIPT} ${IMG}`).replace(/[()]/g, '\\$&')} \uFFFD</h1>`));
      assert.ok(html.includes(`<li>${esc(SCRIPT)}</li>`));
      assert.ok(html.includes(`<li>${esc(MUSTACHE)}</li>`));
      assert.ok(html.includes(`<li>${esc(`${SCRIPT}: ${IMG}`)}</li>`));
      assert.ok(html.includes(`<h3>${esc(IMG)}</h3>`));
      assert.ok(html.includes(`<tr><td>${esc(SCRIPT)} <span class="cd-kpi-platforms">(${esc(`${JS}, ${SCRIPT}`)})</span></td><td>${esc(IMG)}</td><td>${esc(STYLE)}</td></tr>`));
      assert.ok(html.includes(`<tr><td>${esc(MUSTACHE)}</td><td></td><td></td></tr>`));
      assert.ok(html.includes(`>${esc(`${STYLE}${SCRIPT}`)}</span>`));
      assert.ok(html.includes(`1 ${esc(SCRIPT)} – 2 ${esc(SCRIPT)} per ${esc(IMG)}`));
      assert.ok(html.includes(`<dt>${esc(STYLE)}</dt>`));
      assert.ok(html.includes(`<dd>${esc(SCRIPT)}</dd>`));
      assert.ok(html.includes(`<span class="cd-rule">${esc(SCRIPT)}</span>`));
      assert.ok(html.includes(`<code>${esc(SCRIPT)}</code>`));
      assert.ok(html.includes('<span class="cd-link">https://x.example/</span>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
      // An unknown severity is shown as info rather than trusted as a class name.
      assert.ok(html.includes(`<p class="cd-finding cd-finding-info" data-line="0"><span class="cd-severity">Info</span> <span class="cd-finding-message">${esc(all).replace(LONE, '\uFFFD')}</span>`));
    });

    it('turns lone surrogates into U+FFFD', () => {
      assert.doesNotMatch(html, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      assert.ok(html.includes('\uFFFD'));
      assert.match(html, /<h3>Education<\/h3>\n<p>&lt;\/style&gt;<\/p>\n<p>\uFFFD<\/p>/);
    });

    it('never reads prototype properties as labels', () => {
      assert.doesNotMatch(html, /function|\[object/);
    });
  });

  describe('JD_STYLES', () => {
    it('styles only cd- classes, loads nothing, and uses theme variables with fallbacks', () => {
      const classNames = [...JD_STYLES.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]).filter((c) => !/^\d/.test(c));
      assert.ok(classNames.length > 10);
      for (const name of classNames) assert.match(name, /^cd-/);
      assert.doesNotMatch(JD_STYLES, /url\(|@import|<\/style|expression\(/i);
      assert.match(JD_STYLES, /max-width: 760px/);
      for (const v of JD_STYLES.matchAll(/var\(--vscode-[\w-]+(,?)/g)) assert.equal(v[1], ',', 'every theme variable has a fallback');
      for (const cls of ['cd-kpis', 'cd-placeholder', 'cd-finding-error', 'cd-finding-warning', 'cd-finding-info', 'cd-link', 'cd-findings', 'cd-missing']) {
        assert.ok(JD_STYLES.includes(`.${cls}`), cls);
      }
    });
  });
});
