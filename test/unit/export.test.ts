// copydesk export, the pure part: the JobPosting JSON-LD of every example JD against Google's
// rules for job postings (checked here, independently of the generator, and expanded by the
// jsonld library), and the HTML, Markdown and text of hostile values read back by their parsers.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument as parseHtml, DomUtils } from 'htmlparser2';
import * as jsonld from 'jsonld';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { resolveConfig } from '../../src/core/config/resolve';
import { exportJobDescription, type ExportFormat } from '../../src/core/export/index';
import { REPO_ROOT } from '../support/paths';

const EXAMPLES = join(REPO_ROOT, 'examples');
const config = resolveConfig(parse(readFileSync(join(EXAMPLES, '.copydesk.yaml'), 'utf8')));

function exported(text: string, format: ExportFormat, options: { standalone?: boolean; config?: ReturnType<typeof resolveConfig> } = {}): string {
  const result = exportJobDescription(text, { format, config: options.config ?? config, standalone: options.standalone });
  if ('error' in result) assert.fail(result.error);
  return result.output;
}

// Google's rules for JobPosting (developers.google.com/search/docs/appearance/structured-data/job-posting),
// written out here from the documentation, not from the generator.
const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
const UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** What a posting lacks or gets wrong by Google's rules: required first, then recommended. */
function googleProblems(posting: Record<string, any>): { required: string[]; recommended: string[]; invalid: string[] } {
  const required: string[] = [];
  const recommended: string[] = [];
  const invalid: string[] = [];
  if (posting['@context'] !== 'https://schema.org' || posting['@type'] !== 'JobPosting') invalid.push('@context/@type');
  if (typeof posting.title !== 'string' || posting.title.trim() === '') required.push('title');
  if (typeof posting.description !== 'string' || posting.description.trim() === '') required.push('description');
  else {
    if (posting.description === posting.title) invalid.push('description is the title');
    const tags = [...posting.description.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase());
    for (const tag of tags) if (!['p', 'ul', 'li', 'br', 'strong'].includes(tag)) invalid.push(`description tag <${tag}>`);
  }
  if (posting.datePosted === undefined) required.push('datePosted');
  else if (!ISO_DATE.test(posting.datePosted)) invalid.push('datePosted');
  if (posting.hiringOrganization?.['@type'] !== 'Organization' || typeof posting.hiringOrganization?.name !== 'string') required.push('hiringOrganization');
  const remote = posting.jobLocationType === 'TELECOMMUTE';
  if (posting.jobLocation === undefined) {
    if (!remote || posting.applicantLocationRequirements === undefined) required.push('jobLocation');
  } else {
    for (const place of [posting.jobLocation].flat()) {
      if (place['@type'] !== 'Place' || place.address?.['@type'] !== 'PostalAddress') invalid.push('jobLocation');
      else if (typeof place.address.addressCountry !== 'string') invalid.push('jobLocation.address.addressCountry');
    }
  }
  if (posting.jobLocationType !== undefined && posting.jobLocationType !== 'TELECOMMUTE') invalid.push('jobLocationType');
  for (const area of [posting.applicantLocationRequirements ?? []].flat()) if (!['Country', 'State'].includes(area['@type']) || typeof area.name !== 'string') invalid.push('applicantLocationRequirements');
  if (posting.validThrough === undefined) recommended.push('validThrough');
  else if (!ISO_DATE.test(posting.validThrough)) invalid.push('validThrough');
  if (posting.employmentType === undefined) recommended.push('employmentType');
  else for (const t of [posting.employmentType].flat()) if (!EMPLOYMENT_TYPES.includes(t)) invalid.push(`employmentType ${t}`);
  if (posting.baseSalary === undefined) recommended.push('baseSalary');
  else {
    const s = posting.baseSalary;
    if (s['@type'] !== 'MonetaryAmount' || !/^[A-Z]{3}$/.test(s.currency ?? '') || s.value?.['@type'] !== 'QuantitativeValue') invalid.push('baseSalary');
    else {
      const v = s.value;
      if (typeof v.value !== 'number' && typeof v.minValue !== 'number' && typeof v.maxValue !== 'number') invalid.push('baseSalary.value');
      if (v.unitText !== undefined && !UNITS.includes(v.unitText)) invalid.push(`unitText ${v.unitText}`);
      if (typeof v.minValue === 'number' && typeof v.maxValue === 'number' && v.minValue > v.maxValue) invalid.push('minValue > maxValue');
    }
  }
  if (posting.identifier !== undefined && (posting.identifier['@type'] !== 'PropertyValue' || typeof posting.identifier.value !== 'string')) invalid.push('identifier');
  if (posting.directApply !== undefined && typeof posting.directApply !== 'boolean') invalid.push('directApply');
  return { required, recommended, invalid };
}

/** schema.org's context, offline: every term in the schema.org vocabulary. */
const documentLoader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } });

describe('copydesk export (core)', () => {
  describe('JobPosting JSON-LD of every example JD', () => {
    const expected: Record<string, { required: string[]; recommended: string[] }> = {
      // The draft: no posting date yet, and its employment type is misspelled (jd/schema says so).
      'community-manager.jd.yaml': { required: ['datePosted'], recommended: ['validThrough', 'employmentType'] },
      'social-media-manager.jd.yaml': { required: [], recommended: ['validThrough'] },
      'store-associate.jd.yaml': { required: [], recommended: [] },
    };
    for (const file of readdirSync(join(EXAMPLES, 'jobs')).filter((f) => f.endsWith('.jd.yaml')).sort()) {
      it(`${file}: Google's required and recommended properties, and its enumerations`, async () => {
        const text = readFileSync(join(EXAMPLES, 'jobs', file), 'utf8');
        const posting = JSON.parse(exported(text, 'jsonld'));
        const problems = googleProblems(posting);
        assert.deepEqual(problems, { ...expected[file], invalid: [] });
        // Valid JSON-LD: it expands, and every property is a schema.org term.
        const expanded = await jsonld.expand(posting, { documentLoader: documentLoader as never });
        assert.equal(expanded.length, 1);
        assert.deepEqual(expanded[0]['@type'], ['https://schema.org/JobPosting']);
        for (const key of Object.keys(expanded[0])) assert.ok(key === '@type' || key.startsWith('https://schema.org/'), key);
        assert.equal((expanded[0]['https://schema.org/title'] as { '@value': string }[])[0]['@value'], parse(text).title);
      });
    }

    it('maps every employment type and salary period to Google\'s values', () => {
      const types: [string, string][] = [['full-time', 'FULL_TIME'], ['part-time', 'PART_TIME'], ['contract', 'CONTRACTOR'], ['temporary', 'TEMPORARY'], ['internship', 'INTERN'], ['volunteer', 'VOLUNTEER'], ['seasonal', 'TEMPORARY'], ['apprenticeship', 'OTHER'], ['per-diem', 'PER_DIEM']];
      for (const [ours, google] of types) {
        const posting = JSON.parse(exported(`title: Cook\nemployment_type: ${ours}\nsalary: { min: 15, max: 15, currency: eur, period: hour }\n`, 'jsonld'));
        assert.equal(posting.employmentType, google);
        assert.deepEqual(posting.baseSalary, { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 15, unitText: 'HOUR' } });
      }
    });

    it('a remote role: TELECOMMUTE with the countries applicants may live in, no jobLocation', () => {
      const posting = JSON.parse(exported('title: Support Engineer\nsummary: Fully remote, from anywhere in the US or Canada.\ndate_posted: 2026-12-01\nlocation: { country: US, workplace: remote }\nremote_from: [US, CA]\n', 'jsonld'));
      assert.equal(posting.jobLocationType, 'TELECOMMUTE');
      assert.deepEqual(posting.applicantLocationRequirements, [{ '@type': 'Country', name: 'US' }, { '@type': 'Country', name: 'CA' }]);
      assert.equal(posting.jobLocation, undefined);
      assert.deepEqual(googleProblems(posting).required, []);
    });
  });

  const HOSTILE = `title: "Cook </script><script>window.ran = 1</script>"
summary: "Fresh <img src=x onerror=alert(1)> pasta & \\"sauce\\""
responsibilities:
  - "# not a heading"
  - "[a link](javascript:alert(1)) and *stars*"
other:
  - heading: "<b>Our kitchen</b>"
    text: "- not a list\\n> not a quote"
`;

  it('HTML: every value escaped, no script, no style attribute, no event handler', () => {
    const html = exported(HOSTILE, 'html');
    const dom = parseHtml(html);
    assert.equal(DomUtils.findAll((e) => e.name === 'script' || e.name === 'img' || e.name === 'b', dom.children).length, 0);
    assert.equal(DomUtils.findAll((e) => Object.keys(e.attribs).some((a) => a === 'style' || a.startsWith('on')), dom.children).length, 0);
    assert.equal(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h1', dom.children)!), 'Cook </script><script>window.ran = 1</script>');
    assert.deepEqual(DomUtils.findAll((e) => e.name === 'h2', dom.children).map((e) => DomUtils.textContent(e)), ['Summary', 'Responsibilities', '<b>Our kitchen</b>']);
  });

  it('Markdown: values read back as themselves, no link, heading or list they did not write', () => {
    const html = new MarkdownIt().render(exported(HOSTILE, 'markdown'));
    const dom = parseHtml(html);
    assert.equal(DomUtils.findAll((e) => e.name === 'a' || e.name === 'img' || e.name === 'blockquote' || e.name === 'em', dom.children).length, 0);
    assert.deepEqual(DomUtils.findAll((e) => /^h\d$/.test(e.name), dom.children).map((e) => `${e.name} ${DomUtils.textContent(e)}`), ['h1 Cook </script><script>window.ran = 1</script>', 'h2 Summary', 'h2 Responsibilities', 'h2 <b>Our kitchen</b>']);
    assert.deepEqual(DomUtils.findAll((e) => e.name === 'li', dom.children).map((e) => DomUtils.textContent(e)), ['# not a heading', '[a link](javascript:alert(1)) and *stars*']);
  });

  it('text: headings in capitals, "•" bullets, the title underlined', () => {
    assert.equal(exported('title: Cook\nresponsibilities: [Cook rice, Wash pans]\nsalary: { min: 30000, max: 34000, currency: GBP, period: year }\n', 'text'), 'Cook\n====\n\nSalary: £30,000 – £34,000 per year\n\nRESPONSIBILITIES\n\n• Cook rice\n• Wash pans\n');
  });

  it('a JD with a date that does not exist is not exported: the key, the line and the value', () => {
    const result = exportJobDescription('title: Cook\nsummary: Cook rice.\nvalid_through: 2027-02-30\n', { format: 'jsonld' });
    assert.deepEqual(result, { error: 'valid_through at line 3 is not a real calendar date written YYYY-MM-DD ("2027-02-30"); fix it first', line: 3 });
    assert.ok('output' in exportJobDescription('title: Cook\nvalid_through: 2027-02-28\n', { format: 'jsonld' }));
  });

  it('a JD whose YAML cannot be read is not exported: the reason and the line', () => {
    const result = exportJobDescription('title: Cook\nresponsibilities: [unclosed\n', { format: 'html' });
    assert.ok('error' in result);
    assert.match(result.error, /^the YAML cannot be read at line \d+: .+; fix it first$/);
  });
});
