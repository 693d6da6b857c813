// The post preview's HTML: structure checked piece by piece, and one small post against a golden
// file (UPDATE_GOLDEN=1 rewrites it; review the diff).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, renderPage, renderPreview, resolveConfig } from '../../src/core/index';
import { REPO_ROOT, TODAY } from '../support/paths';

const GOLDEN = join(REPO_ROOT, 'test', 'fixtures-render');

function render(text: string, config: unknown = {}, platform?: string, imageUrl?: (src: string) => string): string {
  return renderPreview(text, { fileName: 'a.post.md', config, now: TODAY, platform, imageUrl })!.html;
}

describe('post preview HTML', () => {
  it('one card per target, in the order of platforms:, with the account line and the platform', () => {
    const html = render('---\nplatforms: [linkedin, x, science]\n---\nHello.\n', { brand: 'Fernhill Coffee', accounts: { science: { platform: 'mastodon' } } });
    assert.deepEqual([...html.matchAll(/<section class="cd-card cd-(\w+)[^"]*" data-platform="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`), ['linkedin:linkedin', 'x:x', 'mastodon:science']);
    assert.match(html, /<span class="cd-name">Fernhill Coffee<\/span> <span class="cd-handle">@fernhillcoffee<\/span>/);
    assert.match(html, /<span class="cd-platform">Mastodon · science<\/span>/);
  });

  it('hashtags, mentions and links styled; line breaks kept; appended hashtags shown', () => {
    const html = render('---\nplatforms: [x]\nhashtags: [Brand]\n---\nHi @fernhill,\nsee https://fernhill.coffee #Coffee\n');
    assert.match(html, /Hi <span class="cd-mention">@fernhill<\/span>,<br>see <span class="cd-link">https:\/\/fernhill\.coffee<\/span> <span class="cd-hashtag">#Coffee<\/span><br><br><span class="cd-hashtag">#Brand<\/span>/);
  });

  it('the see-more cut where post/truncated-preview says, the rest hidden after it', () => {
    const copy = 'A'.repeat(130) + ' tail';
    const html = render(`---\nplatforms: [instagram]\n---\n${copy}\n`, { rules: { 'post/truncated-preview': 'off' } });
    assert.match(html, new RegExp(`<span class="cd-visible">${'A'.repeat(125)}</span><span class="cd-see-more">… see more</span><span class="cd-rest">${'A'.repeat(5)} tail</span>`));
  });

  it('over the limit: the overflow highlighted from the cut, the counter and the card marked', () => {
    const html = render(`---\nplatforms: [x]\n---\n${'b'.repeat(285)}\n`, { rules: { 'post/over-limit': 'off' } });
    assert.match(html, new RegExp(`<span class="cd-visible">${'b'.repeat(280)}<span class="cd-overflow">bbbbb</span></span>`));
    assert.match(html, /<section class="cd-card cd-x cd-card-over"/);
    assert.match(html, /<footer class="cd-counter cd-over"><span class="cd-count">285<\/span> \/ <span class="cd-limit">280<\/span>/);
  });

  it('findings are marked on their text by number, each message once below the cards; the rest listed above them', () => {
    const text = '---\nplatforms: [x, linkedin]\n---\nA rockstar wanted. Any rockstar!\n';
    const config = { terms: [{ ban: ['rockstar'] }], inclusive_language: false };
    const html = render(text, config);
    // Both cards mark both words with note 0; its message is in the page once, with the count.
    assert.equal((html.match(/<span class="cd-mark cd-mark-warning" data-note="0" data-line="3">rockstar<\/span>/g) ?? []).length, 4);
    assert.match(
      html,
      /<\/div><details class="cd-notes"><summary>2 findings marked on the text<\/summary><ul><li class="cd-finding cd-finding-warning" data-note="0" data-line="3"><span class="cd-severity">warning<\/span> <span class="cd-message">&#39;rockstar&#39; is on the brand&#39;s banned list\.<\/span> <span class="cd-times">×2<\/span> <span class="cd-rule">brand\/banned-term<\/span><\/li><\/ul><\/details><\/article>$/,
    );
    assert.equal(html.match(/is on the brand&#39;s banned list/g)?.length, 1);
    assert.doesNotMatch(html, /title=/);
    const general = render('---\nplatforms: [x, twiter]\n---\nHi.\n');
    assert.match(general, /<aside class="cd-findings"><ul><li class="cd-finding cd-finding-error" data-line="1"><span class="cd-severity">error<\/span> <span class="cd-message">&#39;twiter&#39; in `platforms:` is not a platform Copydesk knows/);
  });

  it('more than 200 messages not marked on the text: the first 200 listed, the rest counted', () => {
    const config = { accounts: {} };
    const names = Array.from({ length: 250 }, (_, i) => `nowhere${i}`);
    const html = render(`---\nplatforms: [x, ${names.join(', ')}]\n---\nHi.\n`, config);
    assert.equal(html.match(/<li class="cd-finding /g)?.length, 200);
    assert.match(html, /<li class="cd-more">… and 50 more findings: the Problems panel and `copydesk lint` list every one\.<\/li><\/ul><\/aside>/);
  });

  it('images: a file in the post\'s folder through imageUrl, anything else refused with a placeholder; alt text shown or missing', () => {
    const post = (src: string, alt = '') => `---\nplatforms: [x]\nmedia:\n  - src: ${src}\n${alt ? `    alt: ${alt}\n` : ''}---\nHi.\n`;
    assert.match(render(post('media/a.jpg', 'A mug'), {}, undefined, (s) => `webview://${s}`), /<img class="cd-image" src="webview:\/\/media\/a\.jpg" alt="A mug" data-src="media\/a\.jpg"><figcaption class="cd-alt">Alt text: A mug<\/figcaption>/);
    for (const src of ['https://cdn.example.com/a.jpg', 'javascript:alert(1)', '//evil.example/a.png', 'data:image/png;base64,AAAA', '../../x.png']) {
      assert.match(render(post(src, 'x'), {}, undefined, (s) => s), /<div class="cd-image-placeholder cd-image-refused">Image not shown: media must be in the post&#39;s folder<span class="cd-src">/, src);
    }
    // Without imageUrl (the CLI's page) nothing is loaded: a local image is named, not shown.
    assert.match(render(post('media/a.jpg', 'A mug')), /<div class="cd-image-placeholder">Image: media\/a\.jpg<\/div>/);
    assert.match(render(post('media/a.jpg')), /<figcaption class="cd-alt cd-alt-missing">No alt text/);
  });

  it('--platform keeps one card; a post without front matter says why it shows none', () => {
    assert.deepEqual([...render('---\nplatforms: [x, linkedin]\n---\nHi.\n', {}, 'linkedin').matchAll(/data-platform="(\w+)"/g)].map((m) => m[1]), ['linkedin']);
    assert.match(render('---\nplatforms: [x]\n---\nHi.\n', {}, 'tiktok'), /This post is not published on tiktok\./);
    assert.match(render('Just copy.\n'), /<p class="cd-empty">This post has no readable front matter yet/);
  });

  it('a small post, whole page, against its golden file', () => {
    const text = readFileSync(join(GOLDEN, 'small.post.md'), 'utf8');
    const config = resolveConfig({ brand: 'Fernhill Coffee', hashtags: { required: ['Fernhill'] }, tone: { max_exclamations: 1 } });
    const findings = lint(text, { fileName: 'small.post.md', config, now: TODAY });
    const preview = renderPreview(text, { fileName: 'small.post.md', config, now: TODAY, findings })!;
    const page = renderPage(preview.html, { title: preview.title });
    const golden = join(GOLDEN, 'small.post.html');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, page);
    assert.equal(page, readFileSync(golden, 'utf8'));
  });

  it('a thread: one frame of cards, one per post, each with its number and counter; hashtags and image on the first; LinkedIn joined', () => {
    const text = '---\nplatforms: [x, linkedin]\nhashtags: [Brand]\nmedia:\n  - src: a.jpg\n    alt: A mug\n---\nOne.\n---\nTwo.\n---\nThree.\n';
    const html = render(text);
    const thread = /<section class="cd-thread cd-x" data-platform="x" data-line="7" aria-label="X: a thread of 3 posts">(.*?<\/section>)<\/section><section class="cd-card cd-linkedin"/.exec(html);
    assert.ok(thread, html);
    const parts = [...thread[1].matchAll(/<section class="cd-card cd-part cd-x" data-part="(\d)" data-line="(\d+)">/g)].map((m) => `${m[1]}@${m[2]}`);
    assert.deepEqual(parts, ['1@7', '2@9', '3@11']);
    assert.deepEqual([...thread[1].matchAll(/<span class="cd-part-number">(\d\/\d)<\/span>/g)].map((m) => m[1]), ['1/3', '2/3', '3/3']);
    assert.equal(thread[1].match(/cd-media/g)?.length, 1);
    assert.match(thread[1], /^<section[^>]*data-part="1"[^>]*>.*One\.<br><br><span class="cd-hashtag">#Brand<\/span><\/span><\/div><figure class="cd-media">/);
    assert.match(html, /<section class="cd-card cd-linkedin" data-platform="linkedin" data-line="7">.*One\.<br><br>Two\.<br><br>Three\.<br><br><span class="cd-hashtag">#Brand<\/span>/);
  });

  it('a thread, whole page, against its golden file', () => {
    const text = readFileSync(join(GOLDEN, 'thread.post.md'), 'utf8');
    const config = resolveConfig({ brand: 'Fernhill Coffee' });
    const findings = lint(text, { fileName: 'thread.post.md', config, now: TODAY });
    const preview = renderPreview(text, { fileName: 'thread.post.md', config, now: TODAY, findings })!;
    const page = renderPage(preview.html, { title: preview.title });
    const golden = join(GOLDEN, 'thread.post.html');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, page);
    assert.equal(page, readFileSync(golden, 'utf8'));
  });

  it('a small JD, whole page, against its golden file', () => {
    const text = readFileSync(join(GOLDEN, 'small.jd.yaml'), 'utf8');
    const config = resolveConfig({});
    const findings = lint(text, { fileName: 'small.jd.yaml', config, now: TODAY });
    const preview = renderPreview(text, { fileName: 'small.jd.yaml', config, now: TODAY, findings })!;
    const page = renderPage(preview.html, { title: preview.title });
    const golden = join(GOLDEN, 'small.jd.html');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, page);
    assert.equal(page, readFileSync(golden, 'utf8'));
  });
});
