// The exported careers page in a real browser: the standalone HTML of an example JD and of a JD
// with hostile values, opened in Chromium with JavaScript on. Nothing runs, nothing is
// requested, the JSON-LD in the page is the JSON-LD export, and the page reads as a posting
// (a screenshot is left in out/screenshots/ to look at).
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { resolveConfig } from '../../src/core/config/resolve';
import { exportJobDescription } from '../../src/core/export/index';
import { REPO_ROOT } from '../support/paths';
import { launchChromium, open } from './browser';

const SHOTS = join(REPO_ROOT, 'out', 'screenshots');
const config = resolveConfig(parse(readFileSync(join(REPO_ROOT, 'examples', '.copydesk.yaml'), 'utf8')));

function output(text: string, format: 'html' | 'jsonld', standalone = false): string {
  const result = exportJobDescription(text, { format, config, standalone });
  if ('error' in result) assert.fail(result.error);
  return result.output;
}

const HOSTILE = `title: "Cook </script><script>window.ran = 1; alert('title')</script>"
summary: "<img src=https://tracker.example/x.png onerror=\\"window.ran = 2\\"> pasta"
responsibilities:
  - "</li></ul><script>window.ran = 3</script>"
  - "<a href=javascript:alert(1)>apply</a>"
other:
  - heading: "<style>body{display:none}</style>Kitchen"
    text: "<iframe src=https://tracker.example></iframe>"
`;

describe('the exported careers page in a real browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => browser?.close());

  for (const [name, text] of [
    ['store-associate', readFileSync(join(REPO_ROOT, 'examples', 'jobs', 'store-associate.jd.yaml'), 'utf8')],
    ['hostile', HOSTILE],
  ] as const) {
    it(`${name}: no script runs, nothing is requested, the JSON-LD is the export's`, async () => {
      const { page, requests, dialogs, errors } = await open(browser, output(text, 'html', true), 900);
      const seen = await page.evaluate(() => ({
        ran: (window as unknown as { ran?: number }).ran,
        scripts: [...document.scripts].map((s) => s.type),
        jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
        h1: document.querySelector('h1')?.textContent ?? '',
        sections: [...document.querySelectorAll('section > h2')].map((h) => h.textContent),
        hidden: getComputedStyle(document.body).display,
        frames: document.querySelectorAll('iframe, img, style:not(head style)').length,
      }));
      await page.screenshot({ path: join(SHOTS, `export-${name}.png`), fullPage: true });
      await page.close();
      assert.equal(seen.ran, undefined, 'no script ran');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(requests.filter((u) => u !== 'about:blank'), []);
      assert.deepEqual(seen.scripts, ['application/ld+json']);
      assert.deepEqual(JSON.parse(seen.jsonLd), JSON.parse(output(text, 'jsonld')));
      assert.equal(seen.h1, parse(text).title);
      assert.notEqual(seen.hidden, 'none');
      assert.equal(seen.frames, 0);
      if (name === 'store-associate') assert.deepEqual(seen.sections, ['Summary', 'Responsibilities', 'Qualifications', 'Skills', 'Benefits', 'Hours and shifts', 'Physical requirements', 'How to apply', 'Apply by', 'Equal opportunity']);
      else assert.deepEqual(seen.sections, ['Summary', 'Responsibilities', '<style>body{display:none}</style>Kitchen']);
    });
  }
});
