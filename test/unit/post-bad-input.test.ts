// Posts: bad input gives clear findings at the right place, never a throw.
import { strict as assert } from 'node:assert';
import { analyzePost, lint, postCounts, resolveConfig, type Finding } from '../../src/core/index';
import { summarize } from '../support/expect';
import { TODAY } from '../support/paths';

const lintPost = (text: string, config?: unknown) => lint(text, { fileName: 'launch.post.md', config, now: TODAY });
const counts = (text: string, config?: unknown) => postCounts(analyzePost(text, resolveConfig(config), TODAY));

function assertInside(text: string, findings: readonly Finding[]) {
  for (const f of findings) assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} outside the text`);
}

describe('posts: bad input', () => {
  it('no front matter: one finding on the first line, with a fix that adds it', () => {
    const text = 'Hello from the roastery!\n';
    const findings = lintPost(text);
    assert.deepEqual(summarize(text, findings), ['post/front-matter 1:1-1:25']);
    assert.equal(findings[0].fixes![0].edits[0].text, '---\nplatforms: []\nstatus: draft\n---\n');
  });

  it('front matter not closed: only that finding, on the opening line', () => {
    const text = '---\nplatforms: [x]\nHello\n';
    assert.deepEqual(summarize(text, lintPost(text)), ['post/front-matter 1:1-1:4']);
  });

  it('front matter a list, platforms empty or not a list', () => {
    assert.deepEqual(summarize('---\n- x\n---\nHi\n', lintPost('---\n- x\n---\nHi\n')), ['post/schema 2:1-2:4']);
    assert.deepEqual(summarize('---\nplatforms: []\n---\nHi\n', lintPost('---\nplatforms: []\n---\nHi\n')), ['post/schema 2:1-2:10']);
    const notList = '---\nplatforms: 42\n---\nHi\n';
    assert.deepEqual(summarize(notList, lintPost(notList)), ['post/schema 2:12-2:14']);
  });

  it('a block for a platform the post does not target', () => {
    const text = '---\nplatforms: [linkedin]\n---\nHi\n\n::: x\nShort.\n:::\n';
    assert.deepEqual(summarize(text, lintPost(text)), ['post/platform-block 6:5-6:6']);
  });

  it('1 MB of emoji: exact counts, one over-limit finding per platform, no throw', () => {
    const text = `---\nplatforms: [x, threads, bluesky, instagram]\n---\n${'🌲'.repeat(262_144)}\n`;
    const c = counts(text);
    assert.deepEqual(c, {
      x: { length: 524_288, limit: 280 },
      threads: { length: 1_048_576, limit: 500 },
      bluesky: { length: 262_144, limit: 300, bytes: 1_048_576, byteLimit: 3000 },
      instagram: { length: 524_288, limit: 2200 },
    });
    const findings = lintPost(text);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'post/over-limit').length, 4);
    assertInside(text, findings);
  });

  it('lone surrogates: counted, no throw', () => {
    const text = '---\nplatforms: [x, mastodon, bluesky, threads]\n---\nbroken \uD83C here \uDF32 too\n';
    assertInside(text, lintPost(text));
    assert.equal(counts(text).mastodon.length, 'broken \uD83C here \uDF32 too'.length);
  });

  it('CRLF line endings: offsets stay exact', () => {
    const text = '---\r\nplatforms: [twiter]\r\n---\r\nHello\r\n';
    const findings = lintPost(text);
    assert.deepEqual(summarize(text, findings), ['post/unknown-platform 2:13-2:19']);
    assert.equal(text.slice(findings[0].range.start, findings[0].range.end), 'twiter');
  });

  it('a BOM before the front matter', () => {
    const text = '\uFEFF---\nplatforms: [x]\n---\nHello\n';
    assert.deepEqual(lintPost(text), []);
    assert.deepEqual(counts(text), { x: { length: 5, limit: 280 } });
  });

  it('hashtags are appended after a blank line, not repeated, and counted', () => {
    const text = '---\nplatforms: [x]\nhashtags: [Acme, Kettles]\n---\nNew #kettles are here.\n';
    assert.deepEqual(counts(text), { x: { length: 'New #kettles are here.\n\n#Acme'.length, limit: 280 } });
  });

  it('an account with its own limit from configuration', () => {
    const text = `---\nplatforms: [science]\n---\n${'a'.repeat(700)}\n`;
    const config = { accounts: { science: { platform: 'mastodon', max_length: 1000 } } };
    assert.deepEqual(counts(text, config), { science: { length: 700, limit: 1000 } });
    assert.deepEqual(lintPost(text, config), []);
    assert.equal(lintPost(text, { platforms: { mastodon: { max_length: 600 } }, accounts: { science: { platform: 'mastodon' } } })[0].message.slice(0, 28), 'Mastodon (science): 700/600 ');
  });
});

describe('posts: suppression comments', () => {
  it('an HTML comment in the copy silences the next line, and is not published', () => {
    const text = '---\nplatforms: [instagram]\n---\nHook line.\n<!-- copydesk-disable-next-line post/hashtag-max -->\n#a #b #c #d #e #f\n';
    assert.deepEqual(lintPost(text), []);
    assert.equal(counts(text).instagram.length, 'Hook line.\n\n#a #b #c #d #e #f'.length);
  });
  it('a YAML # comment in the front matter silences the next line there', () => {
    const text = '---\n# copydesk-disable-next-line post/unknown-platform\nplatforms: [x, myspace]\n---\nHi\n';
    assert.deepEqual(lintPost(text), []);
    const without = '---\nplatforms: [x, myspace]\n---\nHi\n';
    assert.deepEqual(summarize(without, lintPost(without)), ['post/unknown-platform 2:16-2:23']);
  });
});
