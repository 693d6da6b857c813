// The post preview's size grows with the text, not with findings × text: every styled piece of
// a card once repeated the message of every finding covering it (and one message listed every
// hashtag), so a 54 KB post on eight platforms made a 22 MB page and a 1 MB post a 250 MB one.
// Now each finding's message appears once in the page, cards show at most a bounded stretch past
// a platform's limit, and message lists are capped.
import { strict as assert } from 'node:assert';
import { lint, renderPage, renderPreview, resolveConfig } from '../../src/core/index';
import { escapeHtml } from '../../src/core/render/html';
import { TODAY } from '../support/paths';

const EIGHT = '[x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok]';

/** A post of about `bytes` for eight platforms, in our own words: every line a hashtag pair, a mention, a link. */
export function longPost(bytes: number, banned = ''): string {
  const head = `---\nplatforms: ${EIGHT}\nhashtags: [Northwind, WinterTrails]\nmedia:\n  - src: media/ridge.jpg\n    alt: Two hikers on a snowy ridge at dawn\n---\n`;
  const lines: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const line = `Route ${i}: parking, a warm café stop and the ridge view${i % 40 === 7 ? ` ${banned}` : ''} #Trail${i} #Ridge${i} with @ranger${i % 50} https://northwind.shop/t/${i}\n`;
    lines.push(line);
    size += line.length;
  }
  return head + lines.join('');
}

/** The whole page of a post, as the CLI writes it, and the findings it shows. */
function page(text: string, config: unknown = {}): { page: string; findings: ReturnType<typeof lint> } {
  const resolved = resolveConfig(config);
  const findings = lint(text, { fileName: 'long.post.md', config: resolved, now: TODAY });
  const preview = renderPreview(text, { fileName: 'long.post.md', config: resolved, now: TODAY, findings })!;
  return { page: renderPage(preview.html, { title: preview.title }), findings };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

describe('post preview size', () => {
  const config = { terms: [{ ban: ['rockstar'] }], inclusive_language: false };

  it('a 54 KB post on eight platforms: the page is at most 5× the text', () => {
    const text = longPost(54_000, 'rockstar');
    assert.ok(bytes(text) >= 54_000 && bytes(text) < 56_000, `${bytes(text)} bytes`);
    const { page: html, findings } = page(text, config);
    assert.ok(findings.length >= 20, `${findings.length} findings`);
    assert.ok(bytes(html) <= 5 * bytes(text), `the page is ${bytes(html).toLocaleString('en-US')} bytes, ${(bytes(html) / bytes(text)).toFixed(1)}× the text`);
    // The worst case for styling: nothing but hashtags.
    const wall = `---\nplatforms: ${EIGHT}\n---\n${Array.from({ length: 5_000 }, (_, i) => `#Trail${i}`).join(' ')}\n`;
    const { page: wallPage } = page(wall);
    assert.ok(bytes(wallPage) <= 5 * bytes(wall), `the page of a wall of hashtags is ${(bytes(wallPage) / bytes(wall)).toFixed(1)}× the text`);
  });

  it('each finding\'s message appears exactly once in the page', () => {
    const text = longPost(54_000, 'rockstar');
    const { page: html, findings } = page(text, config);
    const messages = [...new Set(findings.map((f) => f.message))];
    // Every rule that fires on this post: the limits, the cuts, the hashtags, the banned word.
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['brand/banned-term', 'post/hashtag-max', 'post/link-max', 'post/over-limit', 'post/truncated-preview']);
    for (const message of messages) assert.equal(occurrences(html, escapeHtml(message)), 1, message);
  });

  it('a 1 MB post previews, and its page is at most 5× the text', function () {
    this.timeout(20_000);
    const text = longPost(1_000_000, 'rockstar');
    const { page: html } = page(text, config);
    assert.match(html, /<section class="cd-card cd-facebook cd-card-over"/);
    assert.ok(bytes(html) <= 5 * bytes(text), `the page is ${bytes(html).toLocaleString('en-US')} bytes, ${(bytes(html) / bytes(text)).toFixed(1)}× the text`);
  });

  it('a message listing hashtags names the first six and says how many more', () => {
    const tags = Array.from({ length: 2_000 }, (_, i) => `#Tag${i}`);
    const text = `---\nplatforms: [instagram]\n---\nWinter routes. ${tags.join(' ')}\n`;
    const { page: html, findings } = page(text);
    const max = findings.filter((f) => f.ruleId === 'post/hashtag-max');
    assert.deepEqual(
      max.map((f) => f.message),
      ['Instagram allows 5 hashtags; this post has 2,000 (#Tag0 #Tag1 #Tag2 #Tag3 #Tag4 #Tag5 and 1,994 more). Remove 1,995, starting with #Tag5.'],
    );
    assert.equal(occurrences(html, escapeHtml(max[0].message)), 1);
  });

  it('a card shows 1,000 characters past the limit and says how many more it leaves out', () => {
    const text = `---\nplatforms: [x]\n---\n${'a'.repeat(5_000)}\n`;
    const { page: html } = page(text, { rules: { 'post/over-limit': 'off' } });
    assert.ok(html.includes(`<span class="cd-overflow">${'a'.repeat(1_000)}</span></span><span class="cd-omitted">… 3,720 more characters past the limit, not shown</span>`));
  });
});
