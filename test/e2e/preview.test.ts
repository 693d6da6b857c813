// The preview in a real browser: the CLI's self-contained page for each example, at a phone's
// and a desktop's width (the screenshots in the README come from here), with the cut, the
// counters and the overflow read back from the DOM; and hostile input in every field, proving
// that nothing runs and nothing is requested.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ConfigLoader, analyzePost, lint, renderPage, renderPreview, resolveConfig } from '../../src/core/index';
import { escapeAttribute } from '../../src/core/render/html';
import { offsetAtLimit } from '../../src/core/platforms/limit';
import { seeMoreCut } from '../../src/core/platforms/see-more';
import { nodeFileHost } from '../../src/cli/host';
import { README_SHOTS, REPO_ROOT, TODAY } from '../support/paths';
import { launchChromium, open } from './browser';

const SHOTS = README_SHOTS;

const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp' };

/**
 * The post's own pictures, as the editor's preview shows them (examples/posts/media/), inlined as
 * data: URLs: the page's CSP allows images from nowhere else, and the page still requests nothing.
 */
function inlineImage(post: string): (path: string) => string | undefined {
  return (path) => {
    const file = join(dirname(post), ...path.split('/'));
    const type = IMAGE_TYPES[path.split('.').pop()!.toLowerCase()];
    return type && existsSync(file) ? `data:${type};base64,${readFileSync(file).toString('base64')}` : undefined;
  };
}

async function pageFor(file: string): Promise<{ html: string; text: string; config: unknown }> {
  const path = join(REPO_ROOT, 'examples', file);
  const text = readFileSync(path, 'utf8');
  const { config } = await new ConfigLoader(nodeFileHost, REPO_ROOT).configFor(path);
  const preview = renderPreview(text, { fileName: path, config, now: TODAY, imageUrl: inlineImage(path) })!;
  return { html: renderPage(preview.html, { title: preview.title }), text, config };
}

describe('the preview in a real browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => browser?.close());

  for (const width of [360, 1280]) {
    it(`examples at ${width} px: screenshots, and the page loads nothing`, async () => {
      for (const file of ['posts/gear-swap.post.md', 'posts/winter-trails.post.md', 'jobs/community-manager.jd.yaml']) {
        const { html } = await pageFor(file);
        const { page, requests, errors } = await open(browser, html, width);
        const name = file.split('/')[1].replace(/\.(post\.md|jd\.yaml)$/, '');
        // Every card of a post shows its picture, loaded, never the placeholder.
        if (file.startsWith('posts/')) {
          const cards = await page.locator('.cd-card').count();
          assert.ok(cards > 0);
          assert.equal(await page.locator('.cd-card img.cd-image').count(), cards, `${file}: a picture in every card`);
          assert.equal(await page.locator('.cd-image-placeholder').count(), 0, `${file}: no placeholder`);
          const loaded = await page.locator('img.cd-image').evaluateAll((images) => images.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
          assert.ok(loaded.every(Boolean), `${file}: every picture loaded`);
        }
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        assert.deepEqual(requests, [], `${file} requested something`);
        assert.deepEqual(errors, []);
        // Nothing wider than the window: the cards and the JD wrap at a phone's width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${file} is ${overflow}px wider than ${width}px`);
        await page.close();
      }
    });
  }

  it('the feed cut, the counters and the over-limit highlight, read from the DOM', async () => {
    const { html, text, config } = await pageFor('posts/gear-swap.post.md');
    const { page } = await open(browser, html, 1280);
    const context = analyzePost(text, resolveConfig(config), TODAY);
    for (const { target, publish } of context.targets) {
      const card = page.locator(`.cd-card[data-platform="${target.name}"]`);
      const count = target.platform.count(publish.text);
      assert.equal(await card.locator('.cd-count').textContent(), count.toLocaleString('en-US'));
      assert.equal(await card.locator('.cd-limit').textContent(), target.maxLength.toLocaleString('en-US'));
      const over = count > target.maxLength;
      assert.equal(await card.locator('.cd-counter.cd-over').count(), over ? 1 : 0, target.name);
      const overflow = (await card.locator('.cd-overflow').allTextContents()).join('');
      const limitAt = over ? offsetAtLimit(publish.text, target.platform.count, target.maxLength) : publish.text.length;
      assert.equal(overflow.replace(/\s+/g, ''), publish.text.slice(limitAt).replace(/\s+/g, ''), `${target.name}: the highlighted overflow`);
      const cut = seeMoreCut(publish.text, target.seeMore);
      const visible = await card.locator('.cd-visible').evaluate((e) => (e as HTMLElement).innerText);
      assert.equal(visible.replace(/\s+/g, ' ').trim(), publish.text.slice(0, cut ?? publish.text.length).replace(/\s+/g, ' ').trim(), `${target.name}: the text before "see more"`);
      assert.equal(await card.locator('.cd-see-more').count(), cut === undefined ? 0 : 1);
    }
    // X and Threads are over in this example; Instagram is not, but cuts at 125 characters.
    assert.deepEqual(await page.locator('.cd-card-over').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-platform'))), ['x', 'threads']);
    await page.close();
  });

  it('a thread: a chain of cards, one per post, with its number, its counter and its own overflow; screenshots', async () => {
    const path = join(REPO_ROOT, 'test', 'fixtures-render', 'thread.post.md');
    const text = readFileSync(path, 'utf8');
    const config = resolveConfig({ brand: 'Fernhill Coffee' });
    const findings = lint(text, { fileName: path, config, now: TODAY });
    const preview = renderPreview(text, { fileName: path, config, now: TODAY, findings })!;
    const html = renderPage(preview.html, { title: preview.title });
    const context = analyzePost(text, config, TODAY);
    for (const width of [360, 1280]) {
      const { page, requests, errors } = await open(browser, html, width);
      await page.screenshot({ path: join(SHOTS, `thread-${width}.png`), fullPage: true });
      assert.deepEqual(requests, []);
      assert.deepEqual(errors, []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the thread is ${overflow}px wider than ${width}px`);
      for (const { target, parts } of context.targets) {
        const frame = page.locator(`[data-platform="${target.name}"]`);
        const cards = frame.locator('.cd-card');
        const count = parts.length > 1 ? await cards.count() : 1;
        assert.equal(count, parts.length, target.name);
        for (let i = 0; i < parts.length; i++) {
          const card = parts.length > 1 ? cards.nth(i) : frame;
          const { publish } = parts[i];
          const length = target.platform.count(publish.text);
          assert.equal(await card.locator('.cd-count').textContent(), length.toLocaleString('en-US'), `${target.name} ${i + 1}`);
          assert.equal(await card.locator('.cd-part-number').count(), parts.length > 1 ? 1 : 0);
          if (parts.length > 1) assert.equal(await card.locator('.cd-part-number').textContent(), `${i + 1}/${parts.length}`);
          const limitAt = length > target.maxLength ? offsetAtLimit(publish.text, target.platform.count, target.maxLength) : publish.text.length;
          assert.equal((await card.locator('.cd-overflow').allTextContents()).join('').replace(/\s+/g, ''), publish.text.slice(limitAt).replace(/\s+/g, ''), `${target.name} ${i + 1}: the overflow`);
          assert.equal(await card.locator('.cd-media').count(), i === 0 ? 1 : 0, 'the image goes with the first post');
        }
      }
      // The posts of a thread are joined: each card but the last draws the line down to the next avatar.
      const joins = await page.locator('.cd-thread[data-platform="x"] > .cd-part').evaluateAll((cards) => cards.map((c) => getComputedStyle(c, '::before').content));
      assert.deepEqual(joins, ['""', '""', '""', 'none']);
      // X's second post is over (294 of 280); Bluesky's is not (294 of 300).
      assert.deepEqual(await page.locator('.cd-card-over').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-platform') ?? `part ${c.getAttribute('data-part')}`)), ['x', 'part 2']);
      await page.close();
    }
  });

  it('the webview script: hovering a mark shows its messages, a click reveals its line, an older update never replaces a newer one', async () => {
    // The webview's page as the panel builds it, with the real media/preview.js and a stand-in for VS Code's API.
    const text = `---\nplatforms: [x]\n---\nWanted: a rockstar barista.\n${'Fresh beans every morning. '.repeat(11)}\nAsk the rockstar at the counter.\n`;
    const config = resolveConfig({ terms: [{ ban: ['rockstar'] }], inclusive_language: false });
    const findings = lint(text, { fileName: 'hire.post.md', config, now: TODAY });
    const banned = findings.filter((f) => f.ruleId === 'brand/banned-term');
    const over = findings.find((f) => f.ruleId === 'post/over-limit')!;
    assert.equal(banned.length, 2);
    const preview = renderPreview(text, { fileName: 'hire.post.md', config, now: TODAY, findings })!;
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-webview-'));
    const uri = 'file:///w/hire.post.md';
    const root = `<div id="cd-root" data-uri="${escapeAttribute(uri)}" data-version="1" data-locked="false">${preview.html}</div>`;
    const scriptUri = pathToFileURL(join(REPO_ROOT, 'media', 'preview.js')).href;
    writeFileSync(join(dir, 'page.html'), renderPage(root, { title: 'hire', webview: { cspSource: 'file:', nonce: 'n0nce', scriptUri } }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript('window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), setState: () => {} });');
    try {
      await page.goto(pathToFileURL(join(dir, 'page.html')).href);
      const posted = () => page.evaluate(() => (window as unknown as { posted: { type: string; line?: number; version?: number }[] }).posted);
      await page.waitForFunction(() => (window as unknown as { posted: { type: string }[] }).posted.some((m) => m.type === 'ready'));
      // The first rockstar is before X's limit, the second after it: inside the over-limit mark.
      const marks = page.locator('.cd-card[data-platform="x"] .cd-mark-warning');
      assert.equal(await marks.count(), 2);
      await marks.nth(0).hover();
      assert.equal(await marks.nth(0).getAttribute('title'), `${banned[0].message} (brand/banned-term)`);
      await marks.nth(1).hover();
      assert.equal(await marks.nth(1).getAttribute('title'), `${over.message} (post/over-limit)\n${banned[1].message} (brand/banned-term)`);
      await marks.nth(1).click();
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
      assert.deepEqual((await posted()).filter((m) => m.type === 'reveal'), [{ type: 'reveal', uri, line: lineOf(banned[1].range.start) }]);
      // Updates: a newer version replaces the page, an older one is dropped.
      const update = (version: number, html: string) => page.evaluate(([v, h]) => window.postMessage({ type: 'update', uri: 'file:///w/hire.post.md', version: v, locked: false, html: h }, '*'), [version, html] as const);
      await update(5, '<p class="cd-empty">five</p>');
      await page.waitForFunction(() => document.getElementById('cd-root')!.textContent === 'five');
      await update(3, '<p class="cd-empty">three</p>');
      await update(6, '<p class="cd-empty">six</p>');
      await page.waitForFunction(() => document.getElementById('cd-root')!.textContent === 'six');
      assert.deepEqual((await posted()).filter((m) => m.type === 'rendered').map((m) => m.version), [5, 6]);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a refused image and a 54 KB post: a placeholder with the alt text, the cards cut after the overflow, nothing wider than the window', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Route ${i}: parking, a warm café stop and the ridge view #Trail${i} #Ridge${i} with @ranger${i % 50}`);
    const text = `---\nplatforms: [x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok]\nmedia:\n  - src: ../../secrets/key.png\n    alt: Two hikers on a snowy ridge\n---\n${lines.join('\n')}\n`;
    const preview = renderPreview(text, { fileName: 'long.post.md', now: TODAY, imageUrl: (path) => `https://never.example/${path}` })!;
    for (const width of [360, 1280]) {
      const { page, requests, errors } = await open(browser, renderPage(preview.html, { title: preview.title }), width);
      assert.deepEqual(requests, []);
      assert.deepEqual(errors, []);
      const card = page.locator('.cd-card[data-platform="x"]');
      assert.equal(await card.locator('.cd-image-refused').innerText(), "Image not shown: media must be in the post's folder\n../../secrets/key.png");
      assert.equal(await card.locator('.cd-alt').innerText(), 'Alt text: Two hikers on a snowy ridge');
      assert.match(await card.locator('.cd-omitted').innerText(), /^… [\d,]+ more characters past the limit, not shown$/);
      assert.equal(await page.locator('.cd-card[data-platform="facebook"] .cd-omitted').count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px wider than ${width}px`);
      await page.close();
    }
  });

  it('hostile text in every field: nothing runs, nothing is requested, nothing becomes markup', async () => {
    const payloads = [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=2">',
      '"><svg onload="window.__pwned=3">',
      "'><iframe src=javascript:window.__pwned=4>",
      '<a href="javascript:window.__pwned=5">click</a>',
      'javascript:window.__pwned=6',
      'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD03PC9zY3JpcHQ+',
      '<svg><script>window.__pwned=8</script></svg>',
      '</style><script>window.__pwned=9</script>',
      '<style>body{background:url(https://attacker.example/x.png)}</style>',
      '<link rel=stylesheet href=https://attacker.example/a.css>',
      '<meta http-equiv="refresh" content="0;url=https://attacker.example">',
      '<object data="https://attacker.example/x.swf"></object>',
      '<embed src="https://attacker.example/x">',
      '<form action="https://attacker.example"><button>go</button></form>',
      '<base href="https://attacker.example/">',
      '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=10>',
      '\uD800 broken \uDC00 surrogates \uD83D',
      '&lt;script&gt;window.__pwned=11&lt;/script&gt;',
      '{{constructor.constructor("window.__pwned=12")()}}',
      '<body onload="window.__pwned=13">',
      '<video><source onerror="window.__pwned=14"></video>',
      '`${window.__pwned=15}`',
      '<div style="background:url(//attacker.example/y)">x</div>',
    ];
    const config = resolveConfig({ brand: payloads[1], accounts: { evil: { platform: 'mastodon' } }, hashtags: { required: ['Brand'] } });
    for (const payload of payloads) {
      const yamlValue = JSON.stringify(payload);
      const post = [
        '---',
        'platforms: [x, linkedin, instagram, evil]',
        `campaign: ${yamlValue}`,
        `hashtags: [${yamlValue}, "tag${payload.length}"]`,
        'media:',
        `  - src: ${yamlValue}`,
        `    alt: ${yamlValue}`,
        `link: ${yamlValue}`,
        '---',
        `Copy with ${payload} in it, #${payload} and @${payload}.`,
        '',
        `::: ${payload}`,
        payload,
        ':::',
        '',
      ].join('\n');
      const jd = [`title: ${yamlValue}`, `summary: ${yamlValue}`, 'location:', `  city: ${yamlValue}`, 'salary:', '  min: 1', '  max: 2', `  currency: ${yamlValue}`, 'responsibilities:', `  - ${yamlValue}`, 'kpis:', `  - metric: ${yamlValue}`, `    target: ${yamlValue}`, `${JSON.stringify(payload)}: ${yamlValue}`, ''].join('\n');
      for (const [fileName, text] of [['hostile.post.md', post], ['hostile.jd.yaml', jd]] as const) {
        const preview = renderPreview(text, { fileName, config, now: TODAY, imageUrl: (src) => src })!;
        const { page, requests, dialogs, errors } = await open(browser, renderPage(preview.html, { title: payload }), 1280);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          scripts: document.querySelectorAll('script, iframe, object, embed, form, base, meta[http-equiv="refresh"], link[rel="stylesheet"], svg, math, video, a').length,
          handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
          styled: document.querySelectorAll('[style], body style').length,
        }));
        const context = `${fileName} with ${JSON.stringify(payload)}`;
        assert.equal(state.pwned, undefined, context);
        assert.equal(state.scripts, 0, context);
        assert.equal(state.handlers, 0, context);
        assert.equal(state.styled, 0, context);
        assert.deepEqual(dialogs, [], context);
        assert.deepEqual(errors, [], context);
        // The only images allowed are the post's own media, which the CSP blocks here (img-src data:).
        assert.deepEqual(requests.filter((r) => !r.startsWith('data:')), [], context);
        await page.close();
      }
    }
  });
});
