// copydesk import, the pure part: every real posting in the corpus and our own format fixtures
// become a JD that parses with no jd/yaml-syntax or jd/schema finding and keeps every sentence
// of the source's visible text. The visible text is read independently of the importer: the
// source rendered to HTML by its format's renderer, then every block element's text by domutils.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument as parseHtml, DomUtils } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { parseDocument, visit } from 'yaml';
import { lint } from '../../src/core/index';
import { importJobDescription, importFormatOf, importedFileName, type ImportFormat } from '../../src/core/import/index';
import { splitFrontMatter } from '../../src/core/import/markdown';
import { findSalary, parseAmount } from '../../src/core/import/salary';
import { dateIn, employmentTypeIn, locationIn } from '../../src/core/import/facts';
import { sectionForHeading } from '../../src/core/import/headings';
import { docxToHtml } from '../../src/node/docx';
import { corpusPath, REPO_ROOT, TODAY } from '../support/paths';

/** Block elements whose text a reader sees as one piece. */
const BLOCKS = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'pre', 'caption', 'figcaption', 'div'];

/** True when the element or one around it is not shown: in <head>, a script or template, or hidden. */
function notShown(element: import('domhandler').Element): boolean {
  for (let e: import('domhandler').Element | null = element; e; e = e.parent && e.parent.type === 'tag' ? (e.parent as import('domhandler').Element) : null) {
    if (['head', 'script', 'style', 'noscript', 'template'].includes(e.name)) return true;
    if ('hidden' in e.attribs || e.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(e.attribs.style ?? '')) return true;
  }
  return false;
}

/** Whitespace collapsed, typographic quotes kept; link addresses in brackets dropped (the importer adds them). */
function normal(text: string): string {
  return text
    .replace(/\s*\((?:https?:\/\/|mailto:)[^\s)]*\)|\s*\([^\s()@]+@[^\s()]+\)/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * The sentences of a block's own text (nested lists are their own blocks), also cut where the
 * source breaks a line: each piece must be found whole, so smaller pieces ask no less.
 */
function sentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => normal(line).split(/(?<=[.!?:;])\s+/))
    .map((s) => s.replace(/^[-*•·▪◦–—]\s+|^\d{1,2}[.)]\s+/, '').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Every piece of visible text in `html`, by block, without the text of nested blocks. */
function visibleBlocks(html: string): string[] {
  const dom = parseHtml(html);
  const out: string[] = [];
  const hidden = new Set(['script', 'style', 'noscript', 'template', 'head']);
  const ownText = (node: import('domhandler').Element): string =>
    node.children
      .map((child) => {
        if (child.type === 'text') return child.data;
        if (child.type === 'tag' && child.name === 'br') return '\n';
        if (child.type === 'tag' && !hidden.has(child.name) && !BLOCKS.includes(child.name) && child.name !== 'ul' && child.name !== 'ol' && child.name !== 'table') return child.name === 'br' ? ' ' : ownText(child);
        return ' ';
      })
      .join('');
  for (const element of DomUtils.findAll((e) => BLOCKS.includes(e.name) && !notShown(e), dom.children)) {
    const text = ownText(element);
    if (normal(text) !== '') out.push(text);
  }
  return out;
}

function visibleSentences(text: string, format: ImportFormat): string[] {
  if (format === 'text') return text.split(/\r?\n/).flatMap((line) => sentences(line));
  const html = format === 'markdown' ? new MarkdownIt({ html: true }).render(splitFrontMatter(text).body) : text;
  return visibleBlocks(html).flatMap((block) => sentences(block));
}

/** All string values and comments of a YAML text, as one normalised text to search. */
function yamlHaystack(yaml: string): string {
  const doc = parseDocument(yaml);
  const parts: string[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' || typeof node.value === 'number') parts.push(String(node.value));
      if (node.commentBefore) parts.push(node.commentBefore);
      if (node.comment) parts.push(node.comment);
    },
  });
  return normal(parts.join(' \n '));
}

/** Checks one import: the YAML reads back to its value, no syntax or schema finding, no lost sentence. */
function checkImport(text: string, format: ImportFormat, name: string): { yaml: string; value: Record<string, unknown> } {
  const result = importJobDescription(text, format, name);
  assert.deepStrictEqual(parseDocument(result.yaml).toJS(), result.value, `${name}: the YAML reads back to what was imported`);
  const findings = lint(result.yaml, { fileName: importedFileName(name), now: TODAY }).filter((f) => f.ruleId === 'jd/yaml-syntax' || f.ruleId === 'jd/schema');
  assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), [], `${name}: syntax and schema`);
  const haystack = yamlHaystack(result.yaml);
  const lost = visibleSentences(text, format).filter((s) => !haystack.includes(s));
  assert.deepEqual(lost, [], `${name}: sentences of the source missing from the JD`);
  return result;
}

describe('copydesk import (core)', () => {
  const jds = corpusPath('job-descriptions');
  describe('every real posting in the corpus', function () {
    if (!jds) {
      it('needs ../shared/corpus/job-descriptions (absent here)', function () {
        this.skip();
      });
      return;
    }
    const files = readdirSync(jds, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.md$/.test(f) && !/licen[cs]e/i.test(f))
      .sort();
    it('finds the 18 postings', () => assert.equal(files.length, 18));
    for (const file of files) {
      it(`${file}: parses cleanly and loses no sentence`, () => {
        const { value } = checkImport(readFileSync(join(jds, file), 'utf8'), 'markdown', file);
        // Real postings name their sections: at least responsibilities or qualifications is found.
        assert.ok('responsibilities' in value || 'qualifications' in value, `${file}: no responsibilities or qualifications`);
      });
    }
  });

  describe('our format fixtures', () => {
    const dir = join(REPO_ROOT, 'test', 'fixtures-import');
    for (const file of readdirSync(dir).filter((f) => importFormatOf(f) && importFormatOf(f) !== 'docx').sort()) {
      it(`${file}: parses cleanly and loses no sentence, and gives the expected JD`, () => {
        const format = importFormatOf(file) as ImportFormat;
        const { yaml } = checkImport(readFileSync(join(dir, file), 'utf8'), format, file);
        assert.equal(yaml, readFileSync(join(dir, 'expected', importedFileName(file)), 'utf8'));
      });
    }
  });

  describe('our Word fixtures, read by mammoth', () => {
    const dir = join(REPO_ROOT, 'test', 'fixtures-import');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()) {
      it(`${file}: parses cleanly, loses no sentence of the document, and gives the expected JD`, async () => {
        // Word's visible text is what mammoth renders; checkImport reads it from that HTML.
        const html = await docxToHtml(readFileSync(join(dir, file)));
        const { yaml } = checkImport(html, 'html', file);
        assert.equal(yaml, readFileSync(join(dir, 'expected', importedFileName(file)), 'utf8'));
      });
    }
  });

  describe('pay', () => {
    const cases: [string, ReturnType<typeof findSalary>][] = [
      ['$80,000–$95,000 per year', { min: 80000, max: 95000, currency: 'USD', period: 'year', wording: '$80,000–$95,000 per year' }],
      ['€56k – €68k', { min: 56000, max: 68000, currency: 'EUR', wording: '€56k – €68k' }],
      ['£30,000 pro rata', { min: 30000, max: 30000, currency: 'GBP', period: 'year', wording: '£30,000 pro rata' }],
      ['USD 40/hour', { min: 40, max: 40, currency: 'USD', period: 'hour', wording: 'USD 40/hour' }],
      ['up to 55.000 EUR brutto', { max: 55000, currency: 'EUR', wording: 'up to 55.000 EUR brutto' }],
      ['from £12.50 per hour', { min: 12.5, currency: 'GBP', period: 'hour', wording: 'from £12.50 per hour' }],
      ['The range is 90,000 to 110,000 USD.', { min: 90000, max: 110000, currency: 'USD', wording: '90,000 to 110,000 USD' }],
      ['CA$60k-75k a year', { min: 60000, max: 75000, currency: 'CAD', period: 'year', wording: 'CA$60k-75k a year' }],
      ['45 000 € – 52 000 € par an', { min: 45000, max: 52000, currency: 'EUR', period: 'year', wording: '45 000 € – 52 000 € par an' }],
      ['3 years of experience since 2019, 40 hours a week', undefined],
      ['Node 18.4 and 2x faster', undefined],
    ];
    for (const [text, expected] of cases) {
      it(`reads ${JSON.stringify(text)}`, () => {
        const found = findSalary(text);
        assert.deepEqual(found && { ...found }, expected && Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
      });
    }

    it('reads amounts in both number styles', () => {
      assert.deepEqual(['80,000', '55.000', '40.50', '1.234,56', '12,5', '45 000', '7'].map(parseAmount), [80000, 55000, 40.5, 1234.56, 12.5, 45000, 7]);
      assert.equal(parseAmount('1,234.567'), undefined);
    });

    it('writes the pay as salary with the wording in a comment, and keeps the sentence where it was', () => {
      const { yaml, value } = importJobDescription('Barista\n\nAbout us\nWe roast coffee. The pay is $18-$22 an hour plus tips.\n', 'text', 'barista.txt');
      assert.deepEqual(value.salary, { min: 18, max: 22, currency: 'USD', period: 'hour' });
      assert.match(yaml, /# From the posting: The pay is \$18-\$22 an hour plus tips\.\nsalary:/);
      assert.match(String(value.summary), /The pay is \$18-\$22 an hour plus tips\./);
    });
  });

  describe('facts and headings', () => {
    it('reads dates only when they cannot be read two ways', () => {
      assert.deepEqual(['2027-01-31', '31 January 2027', 'January 31, 2027', '31.01.2027', '31/01/2027', '01/31/2027', '03/04/2027', '2027-02-30'].map(dateIn), ['2027-01-31', '2027-01-31', '2027-01-31', '2027-01-31', '2027-01-31', '2027-01-31', undefined, undefined]);
    });

    it('names the most specific employment type', () => {
      assert.deepEqual(['Full-time, permanent', 'full-time contract position', 'Part time (20 hours)', 'Summer internship', 'Hours: flexible'].map(employmentTypeIn), ['full-time', 'contract', 'part-time', 'internship', undefined]);
    });

    it('maps the headings real postings use', () => {
      const cases: [string, string | undefined][] = [
        ["What you'll do", 'responsibilities'],
        ['Your role', 'responsibilities'],
        ['Key duties', 'responsibilities'],
        ['The job', 'responsibilities'],
        ['Requirements', 'qualifications'],
        ['What you bring', 'qualifications'],
        ['Who you are', 'qualifications'],
        ['Must have:', 'qualifications'],
        ['Nice to have', 'nice_to_have'],
        ['Preferred:', 'nice_to_have'],
        ['Benefits', 'benefits'],
        ['Perks 🎉', 'benefits'],
        ['What we offer', 'benefits'],
        ['About us', 'summary'],
        ['About the team', 'summary'],
        ['Compensation & Benefits', 'salary_text'],
        ['How to apply', 'how_to_apply'],
        ['Our favourite podcasts', undefined],
      ];
      assert.deepEqual(cases.map(([h]) => [h, sectionForHeading(h)]), cases);
    });

    it('fills fields from lines of their own, quoting each in a comment', () => {
      const { yaml, value } = importJobDescription('# Store Associate\n\nLocation: Denver, CO\nJob type: Part-time\nClosing date: 31 January 2027\nDepartment: Retail\n\n## Responsibilities\n\n- Help customers find what they need\n', 'markdown', 'store.md');
      assert.equal(value.title, 'Store Associate');
      assert.deepEqual(value.location, { city: 'Denver', region: 'CO', country: 'US' });
      assert.equal(value.employment_type, 'part-time');
      assert.equal(value.valid_through, '2027-01-31');
      assert.equal(value.department, 'Retail');
      assert.deepEqual(value.responsibilities, ['Help customers find what they need']);
      for (const line of ['Location: Denver, CO', 'Job type: Part-time', 'Closing date: 31 January 2027', 'Department: Retail']) assert.ok(yaml.includes(`# From the posting: ${line}\n`), line);
    });

    it('reads a location into city, region, country and workplace only when every part is known', () => {
      const cases: [string, unknown][] = [
        ['Denver, CO', { city: 'Denver', region: 'CO', country: 'US' }],
        ['Toronto, Ontario, Canada', { city: 'Toronto', region: 'ON', country: 'CA' }],
        ['Berlin, Germany (Hybrid)', { city: 'Berlin', country: 'DE', workplace: 'hybrid' }],
        ['Remote (US)', { workplace: 'remote', country: 'US' }],
        ['Bristol, England', { city: 'Bristol', country: 'GB' }],
        ['On-site', { workplace: 'onsite' }],
        ['Berlin or remote (EU)', undefined],
        ['Doncaster, South Yorkshire', undefined],
        ['Portland', undefined],
        ['Global', undefined],
      ];
      assert.deepEqual(cases.map(([text]) => [text, locationIn(text)]), cases);
    });

    it('keeps a heading no key fits, with its paragraphs and list, under other', () => {
      const { value } = importJobDescription('<h1>Chef</h1><h2>Our kitchen</h2><p>Twelve seats.</p><ul><li>Wood oven</li></ul><h2>Responsibilities</h2><ul><li>Cook</li></ul>', 'html', 'chef.html');
      assert.deepEqual(value.other, [{ heading: 'Our kitchen', text: 'Twelve seats.', items: ['Wood oven'] }]);
      assert.deepEqual(value.responsibilities, ['Cook']);
    });

    it('reads no script, style or hidden element, and names the file when there is no title', () => {
      const { value, notes } = importJobDescription('<script>alert("x")</script><style>p{}</style><p hidden>secret</p><div style="display:none">also secret</div><p>Visible.</p>', 'html', 'no-title.html');
      assert.equal(value.title, 'No title');
      assert.equal(value.summary, 'Visible.');
      assert.ok(!JSON.stringify(value).includes('secret') && !JSON.stringify(value).includes('alert'));
      assert.equal(notes.length, 2);
    });
  });
});
