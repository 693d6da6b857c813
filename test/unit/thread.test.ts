// Threads: a copy's `---` parts (parsing, ranges, counts, findings per part) and the splitter
// behind `thread: true | numbered` and post/over-limit's "Split into a thread". X parts are
// checked with twitter-text's own parseTweet, not only with our counter.
import { strict as assert } from 'node:assert';
import { analyzePost, applyFixes, lint, postCounts, renderPreview, resolveConfig, type Finding } from '../../src/core/index';
import { PLATFORMS } from '../../src/core/platforms/registry';
import { utf8ByteLength } from '../../src/core/platforms/counters';
import { parsePost } from '../../src/core/post/parse';
import { splitThread, threadNumber, type ThreadBudget } from '../../src/core/post/thread';
import { forEachGrapheme } from '../../src/core/text/graphemes';
import { extractEntities } from '../../src/core/text/tokenize';
import { rangeText } from '../support/expect';
import { TODAY } from '../support/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const twitter = require('twitter-text') as { parseTweet(text: string): { weightedLength: number; valid: boolean } };

const analyze = (text: string, config: unknown = {}) => analyzePost(text, resolveConfig(config), TODAY);
const partsOf = (text: string, target: string, config: unknown = {}) => analyze(text, config).targets.find((t) => t.target.name === target)!.parts.map((p) => p.publish.text);
const lintPost = (text: string, config: unknown = {}) => lint(text, { fileName: 'a.post.md', config, now: TODAY });
const only = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

const X: ThreadBudget[] = [{ count: PLATFORMS.x.count, limit: 280 }];
const pieces = (text: string, split: { parts: { start: number; end: number }[] }) => split.parts.map((p) => text.slice(p.start, p.end));

/** Every grapheme cluster boundary of `text`. */
function graphemeBoundaries(text: string): Set<number> {
  const out = new Set<number>([0, text.length]);
  forEachGrapheme(text, (start, end) => {
    out.add(start);
    out.add(end);
  });
  return out;
}

/** Asserts that no part boundary falls inside a link, mention, hashtag, emoji or grapheme cluster. */
function assertCleanCuts(text: string, parts: { start: number; end: number }[]): void {
  const boundaries = graphemeBoundaries(text);
  const entities = extractEntities(text);
  for (const part of parts) {
    for (const at of [part.start, part.end]) {
      assert.ok(boundaries.has(at), `a cut at ${at} splits a grapheme cluster`);
      const inside = entities.find((e) => e.start < at && at < e.end);
      assert.equal(inside, undefined, `a cut at ${at} splits ${inside?.kind} ${inside?.value}`);
    }
  }
}

/** Asserts that the parts, in order, hold every non-space character of `text` exactly once. */
function assertNothingLost(text: string, parts: { start: number; end: number }[]): void {
  assert.equal(parts.map((p) => text.slice(p.start, p.end)).join('').replace(/\s+/g, ''), text.replace(/\s+/g, ''));
  parts.forEach((p, i) => i > 0 && assert.ok(p.start >= parts[i - 1].end, 'parts overlap'));
}

describe('threads: parts of a post', () => {
  it('the first pair of --- lines is the front matter; later --- lines separate the parts', () => {
    const text = '---\nplatforms: [x, linkedin]\n---\nFirst part.\n---\nSecond part.\n---\nThird part.\n';
    assert.deepEqual(partsOf(text, 'x'), ['First part.', 'Second part.', 'Third part.']);
    // LinkedIn has no threads: one post, the parts joined by blank lines, counted so.
    assert.deepEqual(partsOf(text, 'linkedin'), ['First part.\n\nSecond part.\n\nThird part.']);
    assert.equal(analyze(text).targets[1].publish.text, 'First part.\n\nSecond part.\n\nThird part.');
    assert.deepEqual(parsePost(text).partBreaks.map((b) => text.slice(b.start, b.end)), ['---', '---']);
  });

  it('--- inside a block makes a thread of that platform\'s copy only', () => {
    const text = '---\nplatforms: [x, mastodon]\n---\nOne post for Mastodon.\n\n::: x\nOpening.\n---\nFollow-up.\n:::\n';
    assert.deepEqual(partsOf(text, 'x'), ['Opening.', 'Follow-up.']);
    assert.deepEqual(partsOf(text, 'mastodon'), ['One post for Mastodon.']);
  });

  it('CRLF files: the same parts, and each part\'s range is its text in the file', () => {
    const text = '---\r\nplatforms: [bluesky]\r\n---\r\nLine one of part one.\r\nLine two.\r\n---\r\nPart two.\r\n';
    const [target] = analyze(text).targets;
    assert.deepEqual(target.parts.map((p) => p.copy.text), ['Line one of part one.\r\nLine two.', 'Part two.']);
    assert.deepEqual(target.parts.map((p) => text.slice(p.range.start, p.range.end)), ['Line one of part one.\r\nLine two.', 'Part two.']);
  });

  it('a --- line may end in blank space; " ---", "----", "--- x" and a --- in a comment are text', () => {
    const text = '---\nplatforms: [x]\n---\nOne.\n--- \t\nTwo.\n ---\n----\n--- x\n<!--\n---\n-->\nStill two.\n';
    assert.deepEqual(partsOf(text, 'x'), ['One.', 'Two.\n ---\n----\n--- x\n\nStill two.']);
  });

  it('without front matter every --- line separates parts', () => {
    assert.deepEqual(parsePost('A\n---\nB\n').partBreaks.length, 1);
    assert.equal(parsePost('---\nplatforms: [x]\n').partBreaks.length, 0, 'an unclosed front matter has no body');
  });

  it('the front matter\'s hashtags go with the first part only; each part is counted on its own', () => {
    const text = '---\nplatforms: [x, threads]\nhashtags: [Kettles]\n---\nPart one.\n---\nPart two.\n';
    assert.deepEqual(partsOf(text, 'x'), ['Part one.\n\n#Kettles', 'Part two.']);
    const counts = postCounts(analyze(text));
    assert.deepEqual(counts.x, { length: 19, limit: 280, parts: [{ length: 19, limit: 280 }, { length: 9, limit: 280 }] });
  });

  it('counts: a thread reports its longest part as length, and each part; one post reports no parts', () => {
    const long = 'word '.repeat(60).trim();
    const text = `---\nplatforms: [x, linkedin, bluesky]\n---\n${long}\n---\nShort.\n`;
    const counts = postCounts(analyze(text));
    assert.equal(counts.x.length, 299);
    assert.deepEqual(counts.x.parts, [{ length: 299, limit: 280 }, { length: 6, limit: 280 }]);
    assert.deepEqual(counts.bluesky.parts, [{ length: 299, limit: 300, bytes: 299, byteLimit: 3000 }, { length: 6, limit: 300, bytes: 6, byteLimit: 3000 }]);
    assert.deepEqual(counts.linkedin, { length: 307, limit: 3000 });
  });

  it('post/over-limit names the part and lands on it; the other parts are fine', () => {
    const over = 'This sentence is the second part and it goes on far too long. '.repeat(5).trim();
    const text = `---\nplatforms: [x]\n---\nA short opener.\n---\n${over}\n---\nA short closer.\n`;
    const [finding] = only(lintPost(text), 'post/over-limit');
    assert.match(finding.message, /^X, part 2 of 3: 309\/280 weighted characters \(links 23, emoji and CJK 2\)\. Cut 29 from this part, or split it with a line of ---\.$/);
    const start = text.indexOf(over);
    assert.ok(finding.range.start > start && finding.range.end === start + over.length, rangeText(text, finding));
  });

  it('post/hashtag-max and post/link-max count per post of a thread', () => {
    const tags = '---\nplatforms: [threads]\n---\nOne #Clay\n---\nTwo #Kiln\n';
    assert.deepEqual(only(lintPost(tags), 'post/hashtag-max'), []);
    const two = '---\nplatforms: [threads]\n---\nOne #Clay #Kiln\n---\nTwo\n';
    const [finding] = only(lintPost(two), 'post/hashtag-max');
    assert.match(finding.message, /^Threads turns one hashtag into the post's topic tag; part 1 of 2 of the thread has 2 /);
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join('\n');
    assert.deepEqual(only(lintPost(`---\nplatforms: [threads]\n---\n${links(5)}\n---\n${links(5)}\n`), 'post/link-max'), []);
    assert.equal(only(lintPost(`---\nplatforms: [threads]\n---\n${links(2)}\n---\n${links(6)}\n`), 'post/link-max').length, 1);
  });

  it('an empty part is a post/platform-block warning on its --- line, with a fix that removes the line', () => {
    const text = '---\nplatforms: [x]\n---\n---\nOne.\n---\n---\nTwo.\n---\n';
    const findings = only(lintPost(text), 'post/platform-block');
    assert.deepEqual(
      findings.map((f) => `${rangeText(text, f)} ${f.severity} ${f.message.slice(0, 40)}`),
      ['4:1-4:4 warning This --- line starts the copy, so the fi', '7:1-7:4 warning This --- line follows another one, so th', '9:1-9:4 warning This --- line ends the copy, so the last'],
    );
    const fixed = applyFixes(text, findings.map((f) => f.fixes![0])).text;
    assert.equal(fixed, '---\nplatforms: [x]\n---\nOne.\n---\nTwo.\n');
    assert.deepEqual(only(lintPost(fixed), 'post/platform-block'), []);
  });

  it('the split fixes: applied, every X post passes twitter-text and nothing is over; CRLF files get CRLF --- lines', () => {
    const copy = 'Since March every parcel in the old town has arrived by cargo bike, and our riders covered 41,000 km without a single van trip. 自転車で配達しています。 Noise on Market Street is down by a third 🚲🇩🇪, say the council\'s sensors. Read more at https://example.com/cargo-routes and follow @oldtownriders #CargoBikes. We are hiring six riders for the winter, with paid training and proper rain gear for every shift.';
    for (const eol of ['\n', '\r\n']) {
      const text = `---${eol}platforms: [x, bluesky, linkedin]${eol}hashtags: [OldTown]${eol}---${eol}${copy}${eol}`;
      const [over] = only(lintPost(text), 'post/over-limit');
      assert.deepEqual(over.fixes!.map((f) => `${f.title} ${f.safe}`), ['Split into a thread of 2 posts false', 'Split into a numbered thread of 2 posts (1/2) false']);
      for (const fix of over.fixes!) {
        const fixed = applyFixes(text, [fix]).text;
        assert.equal(fixed.split(`${eol}---${eol}`).length, 3, JSON.stringify(fixed));
        if (eol === '\r\n') assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/);
        assert.deepEqual(only(lintPost(fixed), 'post/over-limit'), []);
        const posts = partsOf(fixed, 'x');
        assert.equal(posts.length, 2);
        for (const post of posts) assert.ok(twitter.parseTweet(post).valid, post);
        assert.equal(fixed.replace(/\s|---| ?\d\/2/g, ''), text.replace(/\s|---/g, ''), 'nothing lost');
      }
    }
  });

  it('a file of nothing but --- lines: 100 findings at most, the last one counting the rest', () => {
    const text = `---\nplatforms: [x]\n---\n${'---\n'.repeat(150)}`;
    const findings = only(lintPost(text), 'post/platform-block');
    assert.equal(findings.length, 100);
    assert.match(findings[99].message, /\(50 more such lines in this file are not shown\.\)$/);
  });

  it('the preview shows the first 25 posts of a long thread and counts the rest', () => {
    const text = `---\nplatforms: [x]\n---\n${Array.from({ length: 60 }, (_, i) => `Post ${i + 1}.`).join('\n---\n')}\n`;
    const html = renderPreview(text, { fileName: 'a.post.md', config: {}, now: TODAY })!.html;
    assert.equal(html.match(/class="cd-card cd-part /g)?.length, 25);
    assert.match(html, /<p class="cd-omitted cd-thread-rest">… 35 more posts in this thread, not shown<\/p><\/section>/);
  });

  it('thread: true splits the copy to fit on thread platforms only; numbered ends each part with its number', () => {
    const copy = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} tells the reader one more thing about the route.`).join(' ');
    const post = (thread: string) => `---\nplatforms: [x, linkedin]\nthread: ${thread}\nhashtags: [Trails]\n---\n${copy}\n`;
    const split = partsOf(post('true'), 'x');
    assert.ok(split.length > 1);
    assert.ok(split[0].endsWith('\n\n#Trails'));
    for (const part of split) assert.ok(twitter.parseTweet(part).valid, part);
    assert.deepEqual(partsOf(post('true'), 'linkedin'), [`${copy}\n\n#Trails`]);
    const numbered = partsOf(post('numbered'), 'x');
    numbered.forEach((part, i) => {
      assert.ok(part.replace(/\n\n#Trails$/, '').endsWith(` ${i + 1}/${numbered.length}`), part);
      assert.ok(twitter.parseTweet(part).valid, part);
    });
    assert.deepEqual(only(lintPost(post('numbered')), 'post/over-limit'), []);
    assert.deepEqual(only(lintPost(post('numbered')), 'post/schema'), []);
    // A copy that fits stays one post, without a number.
    assert.deepEqual(partsOf('---\nplatforms: [x]\nthread: numbered\n---\nShort.\n', 'x'), ['Short.']);
  });
});

describe('threads: the splitter', () => {
  const paragraph = 'Our repair team fixed 1,204 jackets this year, from torn sleeves to broken zips. Bring yours to any store on Saturday and we will mend it while you wait. Read the guide at https://fernpeak.com/repair-weekend before you come, and tag @fernpeak with #RepairNotReplace when it is done! ';

  it('X parts pass twitter-text, end at sentences, and keep every link, mention and hashtag whole', () => {
    const text = paragraph.repeat(4).trim();
    const split = splitThread(text, { budgets: X });
    assert.ok(split.fits);
    assert.ok(split.parts.length >= 4, `${split.parts.length} parts`);
    for (const part of pieces(text, split)) {
      const parsed = twitter.parseTweet(part);
      assert.ok(parsed.valid && parsed.weightedLength <= 280, `${parsed.weightedLength}: ${part}`);
      assert.match(part, /[.!]$/, `ends mid-sentence: …${part.slice(-30)}`);
    }
    assertCleanCuts(text, split.parts);
    assertNothingLost(text, split.parts);
  });

  it('falls back to line breaks, then to words, when no sentence ends in reach', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `item ${i + 1} of the packing list for the winter hut`).join('\n');
    const byLine = splitThread(lines, { budgets: X });
    for (const part of pieces(lines, byLine)) assert.match(part, /winter hut$/);
    const words = 'lorem ipsum dolor sit amet '.repeat(30).trim();
    const byWord = splitThread(words, { budgets: X });
    assert.ok(byWord.fits && byWord.parts.length === 3);
    for (const part of pieces(words, byWord)) assert.match(part, /^\S.*\S$/s);
    assertNothingLost(words, byWord.parts);
  });

  it('CJK without spaces: at 。 when one is in reach, otherwise between two characters; never before 、 or after 「', () => {
    const sentences = '自転車で配達しています。'.repeat(40);
    const split = splitThread(sentences, { budgets: X });
    for (const part of pieces(sentences, split)) {
      assert.ok(twitter.parseTweet(part).valid, part);
      assert.ok(part.endsWith('。'), part);
    }
    const run = '東京の「冬の山道」、歩きやすい'.repeat(30);
    const hard = splitThread(run, { budgets: X });
    assert.ok(hard.fits && hard.parts.length > 1);
    for (const part of pieces(run, hard)) {
      assert.ok(twitter.parseTweet(part).valid, part);
      assert.doesNotMatch(part, /^[、」]|「$/, part);
    }
    assertCleanCuts(run, hard.parts);
    assertNothingLost(run, hard.parts);
  });

  it('emoji at the cut: a ZWJ family, a flag and a skin tone are never split, in CJK or between words', () => {
    const emoji = ['👨‍👩‍👧‍👦', '🇩🇪', '👍🏽', '🏳️‍🌈'];
    const cjk = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? emoji[i % 4] : '山')).join('');
    const split = splitThread(cjk, { budgets: X });
    assert.ok(split.fits);
    for (const part of pieces(cjk, split)) assert.ok(twitter.parseTweet(part).valid, part);
    assertCleanCuts(cjk, split.parts);
    assertNothingLost(cjk, split.parts);
    const latin = Array.from({ length: 120 }, (_, i) => `go${emoji[i % 4]}`).join(' ');
    const words = splitThread(latin, { budgets: X });
    assertCleanCuts(latin, words.parts);
    for (const part of pieces(latin, words)) assert.ok(twitter.parseTweet(part).valid, part);
  });

  it('numbered: every part with its number passes; two-digit threads leave room for "10/12"', () => {
    const text = paragraph.repeat(12).trim();
    const split = splitThread(text, { budgets: X, numbered: true, firstSuffix: '\n\n#FernpeakRepair' });
    assert.ok(split.parts.length >= 10, `${split.parts.length} parts`);
    pieces(text, split).forEach((part, i) => {
      const published = part + threadNumber(i, split.parts.length) + (i === 0 ? '\n\n#FernpeakRepair' : '');
      assert.ok(twitter.parseTweet(published).valid, published);
    });
    assert.equal(threadNumber(9, 12), ' 10/12');
  });

  it('the first part keeps room for the appended hashtags', () => {
    const text = 'a '.repeat(200).trim();
    const suffix = `\n\n#${'Long'.repeat(10)}`;
    const split = splitThread(text, { budgets: X, firstSuffix: suffix });
    assert.ok(PLATFORMS.x.count(text.slice(split.parts[0].start, split.parts[0].end) + suffix) <= 280);
    const plain = splitThread(text, { budgets: X });
    assert.equal(plain.parts[0].end, 279);
    assert.equal(split.parts[0].end, 237);
  });

  it('every budget at once: X and Bluesky (graphemes and bytes) sharing one copy', () => {
    const text = `${'Ünïcödé wörds ✨ and a long link https://example.com/' + 'a'.repeat(80) + ' then more. '}`.repeat(6).trim();
    const budgets: ThreadBudget[] = [...X, { count: PLATFORMS.bluesky.count, limit: 300 }, { count: utf8ByteLength, limit: 3000 }];
    const split = splitThread(text, { budgets });
    for (const part of pieces(text, split)) for (const b of budgets) assert.ok(b.count(part) <= b.limit);
    assertCleanCuts(text, split.parts);
  });

  it('a word, link or hashtag longer than the limit is never cut: that part is left whole and the split does not fit', () => {
    const word = 'x'.repeat(300);
    const text = `Before the long word. ${word} After it.`;
    const split = splitThread(text, { budgets: X });
    assert.equal(split.fits, false);
    assert.deepEqual(pieces(text, split), ['Before the long word.', word, 'After it.']);
    const link = `https://example.com/${'p'.repeat(600)}`;
    const threads = splitThread(`Read ${link} now.`, { budgets: [{ count: PLATFORMS.threads.count, limit: 500 }] });
    assert.equal(threads.fits, false);
    assert.ok(pieces(`Read ${link} now.`, threads).includes(link));
  });

  it('segments stay posts of their own and are split only where over', () => {
    const text = `Short one.\n\n${'Long sentence here. '.repeat(20).trim()}`;
    const split = splitThread(text, { budgets: X, segments: [{ start: 0, end: 10 }, { start: 12, end: text.length }] });
    assert.equal(pieces(text, split)[0], 'Short one.');
    assert.ok(split.parts.length === 3);
  });

  it('stays linear: a 200 KB copy splits in well under a second', () => {
    const text = paragraph.repeat(800);
    const started = Date.now();
    const split = splitThread(text, { budgets: X, numbered: true });
    assert.ok(split.fits && split.parts.length > 700);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });
});
