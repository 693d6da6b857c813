// The wording rules of a JD: gender-coded words (Gender Decoder's method), length, long sentences;
// and the related locations a finding carries to the editor, JSON and SARIF.
import { strict as assert } from 'node:assert';
import { hoverAt, lint, resolveConfig } from '../../src/core/index';
import { assessCoding, codedWords, genderCoding } from '../../src/core/jd/gender-coding';
import { countWords, sentenceRanges } from '../../src/core/text/sentences';
import { jsonReporter } from '../../src/cli/format/json';
import { sarifReporter } from '../../src/cli/format/sarif';
import { TODAY } from '../support/paths';

const words = (text: string) => codedWords(text, [{ start: 0, end: text.length }]).map((w) => `${w.side[0]}:${w.word}`);
const sentences = (text: string) => sentenceRanges(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));
const lintJd = (text: string, config?: unknown) => lint(text, { fileName: 'role.jd.yaml', config, now: TODAY });

describe('gender-coded wording', () => {
  it('grades as Gender Decoder does (score = feminine - masculine; beyond 3 is strong)', () => {
    assert.equal(assessCoding(0, 0), 'empty');
    assert.equal(assessCoding(2, 2), 'neutral');
    assert.equal(assessCoding(1, 0), 'masculine-coded');
    assert.equal(assessCoding(3, 0), 'masculine-coded');
    assert.equal(assessCoding(4, 0), 'strongly masculine-coded');
    assert.equal(assessCoding(5, 1), 'strongly masculine-coded');
    assert.equal(assessCoding(0, 3), 'feminine-coded');
    assert.equal(assessCoding(0, 4), 'strongly feminine-coded');
  });

  it('matches a word that starts with a stem, in any case', () => {
    assert.deepEqual(words('Competitive, COMPETITION and competence'), ['m:Competitive', 'm:COMPETITION', 'm:competence']);
    assert.deepEqual(words('We lead; our leaders show leadership.'), ['m:lead', 'm:leaders', 'm:leadership']);
    assert.deepEqual(words('supportive, understanding, collaborative'), ['f:supportive', 'f:understanding', 'f:collaborative']);
  });

  it('does not match a stem inside a word, nor a word shorter than the stem', () => {
    assert.deepEqual(words('misleading, unsupported, lea, comp'), []);
  });

  it('splits hyphenated words unless they start with a hyphenated stem', () => {
    assert.deepEqual(words('a team-leader who is co-operative and self-confident'), ['m:leader', 'f:co-operative', 'm:self-confident']);
  });

  it('counts a word once when two stems of one side match it ("dominant", "interpersonal")', () => {
    const result = genderCoding('dominant interpersonal', [{ start: 0, end: 22 }]);
    assert.equal(result.masculine.length, 1);
    assert.equal(result.feminine.length, 1);
  });

  it('leaves out words and phrases in which a stem means something else', () => {
    assert.deepEqual(words('SharePoint, the committee, our competitors, dependencies, objectives, trustees'), []);
    assert.deepEqual(words('A competitive salary, lead generation and lead-gen, share of voice, data-driven, feel free'), []);
    assert.deepEqual(words('A competitive market, lead the team, share ideas, results-driven'), ['m:competitive', 'm:lead', 'f:share', 'm:driven']);
  });

  it('counts candidate-facing values only: not keys, review, URLs, e-mail addresses, tools or approvals', () => {
    const text = [
      'title: Editor',
      'summary: Write at https://example.com/lead-analysts or lead.analyst@example.com',
      'tools: [Google Analytics, Competitor Radar]',
      'reporting: { reports_to: Editor in Chief, approvals: [Competition Desk] }',
      'review: { owner: Lead Analyst, last_reviewed: 2026-10-01 }',
      'employment_type: full-time',
      '',
    ].join('\n');
    assert.deepEqual(lintJd(text).filter((f) => f.ruleId === 'jd/gender-coded'), []);
  });

  it('lists every coded word as a related location, and severity follows the verdict', () => {
    const text = 'title: Lead Analyst\nsummary: A confident, decisive and competitive person we trust.\n';
    const [finding] = lintJd(text).filter((f) => f.ruleId === 'jd/gender-coded');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(
      finding.related?.map((r) => `${text.slice(r.range.start, r.range.end)}: ${r.message}`),
      ['Lead: masculine-coded: \'Lead\'', 'Analyst: masculine-coded: \'Analyst\'', 'confident: masculine-coded: \'confident\'', 'decisive: masculine-coded: \'decisive\'', 'competitive: masculine-coded: \'competitive\'', 'trust: feminine-coded: \'trust\''],
    );
    const slight = lintJd('title: Analyst\nsummary: Support the team.\n\n  Lead our reports.\n').filter((f) => f.ruleId === 'jd/gender-coded');
    assert.equal(slight[0].severity, 'info');
  });

  it('a hover over a coded word or the title lists both sides; none in a JD that does not lean masculine', () => {
    const text = 'title: Lead Data Analyst\nsummary: A confident, decisive and competitive person we trust.\n';
    const config = resolveConfig({});
    const hover = hoverAt(text, text.indexOf('decisive') + 2, 'role.jd.yaml', config);
    assert.ok(hover?.markdown.includes('strongly masculine-coded'), hover?.markdown);
    assert.ok(hover?.markdown.includes('*Masculine-coded (5):* lead, analyst, confident, decisive, competitive'), hover?.markdown);
    assert.ok(hover?.markdown.includes('*Feminine-coded (1):* trust'), hover?.markdown);
    assert.equal(text.slice(hover!.range.start, hover!.range.end), 'decisive');
    assert.equal(text.slice(...(({ start, end }) => [start, end])(hoverAt(text, text.indexOf('Data') + 1, 'role.jd.yaml', config)!.range)), 'Lead Data Analyst');
    assert.equal(hoverAt(text, text.indexOf('person') + 1, 'role.jd.yaml', config), undefined);
    assert.equal(hoverAt(text, text.indexOf('decisive'), 'role.jd.yaml', resolveConfig({ rules: { 'jd/gender-coded': 'off' } })), undefined);
    const balanced = 'title: Editor\nsummary: Lead with warmth and trust.\n';
    assert.equal(hoverAt(balanced, balanced.indexOf('Lead') + 1, 'role.jd.yaml', config), undefined);
  });
});

describe('sentences and words', () => {
  it('splits at . ! ? followed by a space, not after abbreviations or in numbers', () => {
    assert.deepEqual(sentences('We post daily. Do you write? Yes! Tools, e.g. Canva, are 2.5 times faster.'), ['We post daily.', 'Do you write?', 'Yes!', 'Tools, e.g. Canva, are 2.5 times faster.']);
  });

  it('treats list items, headings and paragraphs as separate units; an item without a full stop is one sentence', () => {
    const text = '## About you\n- Plan the calendar\n- Write posts and\n  reply to comments\n\nA paragraph. Another one';
    assert.deepEqual(sentences(text), ['About you', 'Plan the calendar', 'Write posts and\n  reply to comments', 'A paragraph.', 'Another one']);
  });

  it('counts words; a link or an e-mail address is one word', () => {
    assert.equal(countWords('Apply at https://example.com/jobs/social-media today', 0, 51), 4);
    assert.equal(countWords("Write to jobs@example.com: it's 1,500 EUR", 0, 41), 6);
  });
});

describe('jd/length and jd/long-sentence settings', () => {
  const long = `title: Writer\nsummary: >\n  ${Array.from({ length: 130 }, (_, i) => `Sentence number ${i} has six words.`).join(' ')}\n`;
  const lengthFindings = (config?: unknown) => lintJd(long, config).filter((f) => f.ruleId === 'jd/length');

  it('jd/length flags a JD over the maximum, on the title; jd.length changes the bounds', () => {
    const [finding] = lengthFindings();
    assert.match(finding.message, /^This job description has 781 words of candidate-facing text; postings of 300–700 words get more applicants \(Textio\)\./);
    assert.equal(long.slice(finding.range.start, finding.range.end), 'Writer');
    assert.deepEqual(lengthFindings({ jd: { length: { max: 800 } } }), []);
    assert.match(lengthFindings({ jd: { length: { min: 100, max: 500 } } })[0].message, /has 781 words .* postings of 100–500 words/);
  });

  it('jd.max_sentence_words changes the limit', () => {
    const text = 'title: Writer\nsummary: One two three four five six seven eight.\n';
    assert.deepEqual(lintJd(text).filter((f) => f.ruleId === 'jd/long-sentence'), []);
    const [finding] = lintJd(text, { jd: { max_sentence_words: 7 } }).filter((f) => f.ruleId === 'jd/long-sentence');
    assert.equal(text.slice(finding.range.start, finding.range.end), 'One two three four five six seven eight.');
    assert.match(finding.message, /^This sentence has 8 words; sentences of more than 7 words/);
  });
});

describe('related locations in reports', () => {
  const text = 'title: Lead Analyst\nsummary: A confident, decisive and competitive person.\n';
  const findings = lintJd(text).filter((f) => f.ruleId === 'jd/gender-coded');

  it('JSON lists them with positions', () => {
    const reporter = jsonReporter();
    const json = JSON.parse(reporter.start() + reporter.file({ path: 'role.jd.yaml', text, findings }) + reporter.end());
    const related = json.files[0].findings[0].related;
    assert.equal(related.length, 5);
    assert.deepEqual(related[0], { message: 'masculine-coded: \'Lead\'', start: { line: 1, column: 8, offset: 7 }, end: { line: 1, column: 12, offset: 11 } });
  });

  it('SARIF lists them as relatedLocations', () => {
    const reporter = sarifReporter('/work', '0.0.0');
    const sarif = JSON.parse(reporter.start() + reporter.file({ path: 'role.jd.yaml', text, findings }) + reporter.end());
    const related = sarif.runs[0].results[0].relatedLocations;
    assert.equal(related.length, 5);
    assert.deepEqual(related[1], {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'role.jd.yaml', uriBaseId: 'SRCROOT' }, region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 20, charOffset: 12, charLength: 7 } },
      message: { text: 'masculine-coded: \'Analyst\'' },
    });
  });
});
