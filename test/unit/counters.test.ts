// Exact counts for every platform counter (PRODUCT.md §3): real tweets first, then crafted strings.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  graphemeLength,
  mastodonLength,
  threadsLength,
  utf16Length,
  utf8ByteLength,
  X_V2,
  xIsValid,
  xOffsetAtLimit,
  xWeightedLength,
} from '../../src/core/platforms/counters';
import { graphemeCount, graphemes } from '../../src/core/text/graphemes';
import { extractEmoji, tokenize } from '../../src/core/text/tokenize';
import { corpusPath } from '../support/paths';

const FAMILY = '👨‍👩‍👧‍👦'; // 4 people joined by 3 ZWJ: 7 code points, 11 UTF-16 units, 25 UTF-8 bytes
const BOLD = '𝐁𝐨𝐥𝐝'; // MATHEMATICAL BOLD letters, outside the BMP

/** Runs `body` as if the runtime had no Intl.Segmenter. */
function withoutSegmenter(body: () => void): void {
  const saved = Intl.Segmenter;
  try {
    (Intl as { Segmenter?: unknown }).Segmenter = undefined;
    body();
  } finally {
    (Intl as { Segmenter?: unknown }).Segmenter = saved;
  }
}

describe('counters: real tweets', function () {
  it('every tweet @nodejs published through twitter-together fits X (valid, at most 280)', function () {
    const dir = corpusPath('social-posts/nodejs-tweet/tweets');
    if (!dir) return this.skip();
    const tweets = (function list(folder: string): string[] {
      return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? list(path) : name.endsWith('.tweet') ? [path] : [];
      });
    })(dir);
    assert.equal(tweets.length, 55);
    let longest = 0;
    for (const path of tweets) {
      const text = readFileSync(path, 'utf8').trim();
      const length = xWeightedLength(text);
      assert.ok(xIsValid(text), `${path}: ${length}`);
      assert.equal(xOffsetAtLimit(text, 280), undefined, path);
      longest = Math.max(longest, length);
    }
    // Some came close to the limit: the counter is not trivially generous.
    assert.ok(longest > 260, `longest ${longest}`);
  });
});

describe('counters: UTF-16 (LinkedIn, Instagram, Facebook, TikTok)', function () {
  it('emoji, surrogate pairs and styled letters count 2 per astral code point', function () {
    assert.equal(utf16Length(''), 0);
    assert.equal(utf16Length('Bold'), 4);
    assert.equal(utf16Length(BOLD), 8);
    assert.equal(utf16Length('👍'), 2);
    assert.equal(utf16Length(FAMILY), 11);
    assert.equal(utf16Length('🇩🇪'), 4);
    assert.equal(utf16Length('e\u0301'), 2);
    assert.equal(utf16Length('\uD83D'), 1);
  });
});

describe('counters: UTF-8 bytes and graphemes (Bluesky)', function () {
  it('bytes', function () {
    assert.equal(utf8ByteLength('a'), 1);
    assert.equal(utf8ByteLength('é'), 2);
    assert.equal(utf8ByteLength('e\u0301'), 3);
    assert.equal(utf8ByteLength('€'), 3);
    assert.equal(utf8ByteLength('👍'), 4);
    assert.equal(utf8ByteLength(FAMILY), 25);
    assert.equal(utf8ByteLength(BOLD), 16);
    assert.equal(utf8ByteLength('\uD83D'), 3); // written as U+FFFD
    assert.equal(utf8ByteLength('\uDC4D\uD83D'), 6);
  });

  it('graphemes', function () {
    assert.equal(graphemeLength(''), 0);
    assert.equal(graphemeLength(FAMILY), 1);
    assert.equal(graphemeLength('🇩🇪🇫🇷'), 2);
    assert.equal(graphemeLength('🇩🇪🇫'), 2);
    assert.equal(graphemeLength('e\u0301'), 1);
    assert.equal(graphemeLength('1️⃣'), 1);
    assert.equal(graphemeLength('नौकरी'), 3);
    assert.equal(graphemeLength('한국어'), 3);
    assert.equal(graphemeLength('\u1112\u1161\u11AB'), 1); // 한 as three jamo
    assert.equal(graphemeLength('\r\n'), 1);
    assert.equal(graphemeLength(BOLD), 4);
    assert.deepEqual(graphemes('a👋🏽\r\nb'), ['a', '👋🏽', '\r\n', 'b']);
  });

  it('the same post in bytes, graphemes and UTF-16', function () {
    const post = 'Hello 👋🏽 world';
    assert.equal(utf8ByteLength(post), 20);
    assert.equal(graphemeLength(post), 13);
    assert.equal(utf16Length(post), 16);
  });

  it('lone surrogates count one grapheme each', function () {
    assert.equal(graphemeLength('\uD83D'), 1);
    assert.equal(graphemeLength('a\uDC00b'), 3);
    assert.equal(graphemeLength('\uD83D\u0301'), 1);
  });

  it('without Intl.Segmenter, graphemes fall back to code points', function () {
    withoutSegmenter(() => {
      assert.equal(graphemeCount(FAMILY), 7);
      assert.equal(graphemeCount('e\u0301'), 2);
      assert.deepEqual(graphemes('a👍'), ['a', '👍']);
    });
    assert.equal(graphemeCount(FAMILY), 1);
  });

  it('long text: the pieces handed to Intl.Segmenter join up exactly', function () {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const text = `Hindi नौकरी 👨‍👩‍👧‍👦🇩🇪🇫🇷 e\u0301 ${'👍🏽'.repeat(700)} ${'क्ष'.repeat(500)}\r\n`.repeat(3);
    assert.equal(graphemeCount(text), [...segmenter.segment(text)].length);
  });
});

describe('counters: Mastodon', function () {
  it('a link with a scheme counts 23 however long it is; a bare domain counts as written', function () {
    assert.equal(mastodonLength('Apply at https://jobs.acme.com/social-media-manager?utm_source=mastodon today'), 9 + 23 + 6);
    assert.equal(mastodonLength('https://t.co'), 23);
    assert.equal(mastodonLength('see acme.com'), 12);
  });

  it('@user@domain counts as @user', function () {
    assert.equal(mastodonLength('@user@mastodon.social'), 5);
    assert.equal(mastodonLength('Ping @ana@mastodon.social and @bob'), 5 + 4 + 5 + 4);
  });

  it('graphemes: a ZWJ family is one, a flag is one', function () {
    assert.equal(mastodonLength(`${FAMILY} 🇩🇪`), 3);
  });
});

describe('counters: Threads', function () {
  it('characters, but each emoji sequence counts its UTF-8 bytes', function () {
    assert.equal(threadsLength('👍'), 4);
    assert.equal(threadsLength(FAMILY), 25);
    assert.equal(threadsLength('Hello 👋🏽'), 6 + 8);
    assert.equal(threadsLength('🇩🇪'), 8);
    assert.equal(threadsLength('1️⃣'), 7);
    assert.equal(threadsLength('☺'), 1); // text presentation: a character
    assert.equal(threadsLength('☺️'), 6);
    assert.equal(threadsLength('café'), 4);
    assert.equal(threadsLength(BOLD), 4);
    assert.equal(threadsLength('\uD83D'), 1);
  });
});

describe('counters: X weighted length', function () {
  it('weights: Latin 1, CJK 2, emoji sequences 2, links 23', function () {
    assert.equal(xWeightedLength('Hello'), 5);
    assert.equal(xWeightedLength('日本'), 4);
    assert.equal(xWeightedLength('👍'), 2);
    assert.equal(xWeightedLength(FAMILY), 2);
    assert.equal(xWeightedLength('https://acme.com/jobs/social-media-manager'), 23);
    assert.equal(xWeightedLength('acme.com'), 23);
    assert.equal(xWeightedLength('e.g.'), 4);
    assert.equal(xWeightedLength(BOLD), 8);
    assert.equal(xWeightedLength('☺'), 2);
    assert.equal(xWeightedLength('©'), 1);
    assert.equal(xWeightedLength('©️'), 2);
    assert.equal(xWeightedLength('“quoted” – ok'), 13);
  });

  it('NFC first: a decomposed Á counts 1', function () {
    assert.equal(xWeightedLength('A\u0301'), 1);
    assert.equal(xWeightedLength('\uFB2C'), 3); // normalises to three Hebrew code points
  });

  it('v2 weighs each code point of an emoji sequence', function () {
    assert.equal(xWeightedLength(FAMILY, X_V2), 11);
  });

  it('lone surrogates weigh 2 and do not throw', function () {
    assert.equal(xWeightedLength('\uD83D'), 2);
    assert.equal(xWeightedLength('a\uDC4D\uD83Db'), 6);
  });

  it('validity: empty text, over the limit, and U+FFFE/U+FEFF/U+FFFF are invalid', function () {
    assert.equal(xIsValid(''), false);
    assert.equal(xIsValid('x'.repeat(280)), true);
    assert.equal(xIsValid('x'.repeat(281)), false);
    assert.equal(xIsValid('ok\uFEFF'), false);
  });
});

describe('counters: where X cuts (xOffsetAtLimit)', function () {
  it('undefined when the text fits, else the end of what fits', function () {
    assert.equal(xOffsetAtLimit('x'.repeat(280), 280), undefined);
    assert.equal(xOffsetAtLimit('x'.repeat(281), 280), 280);
    assert.equal(xOffsetAtLimit('日本語', 4), 2);
  });

  it('maps NFC offsets back to the original text (decomposed Á = A + U+0301)', function () {
    // 279 x + Á + y weigh 281: the cut falls after Á, which is two code units in the original.
    assert.equal(xOffsetAtLimit(`${'x'.repeat(279)}A\u0301yz`, 280), 281);
    // The cut falls right before the decomposed Á: its mark goes with it.
    assert.equal(xOffsetAtLimit(`${'x'.repeat(280)}A\u0301`, 280), 280);
    assert.equal(xOffsetAtLimit('A\u0301'.repeat(200), 280), undefined);
    assert.equal(xOffsetAtLimit('A\u0301'.repeat(300), 280), 560);
  });

  it('a character that normalisation expands is kept or cut whole', function () {
    // U+FB2C becomes three code points weighing 1 each; only two fit, so none is kept.
    assert.equal(xOffsetAtLimit(`${'x'.repeat(278)}\uFB2C`, 280), 278);
  });

  it('links and emoji are never cut in half', function () {
    assert.equal(xOffsetAtLimit(`${'x'.repeat(270)} https://acme.com/jobs`, 280), 271);
    assert.equal(xOffsetAtLimit(`${'x'.repeat(279)}👍`, 280), 279);
    assert.equal(xOffsetAtLimit(`${'x'.repeat(278)}${FAMILY}!`, 280), 278 + FAMILY.length);
  });
});

describe('counters: a megabyte of emoji', function () {
  it('every counter gives the exact count without throwing', function () {
    this.timeout(20000); // a guard for slow machines, not a timing assertion
    const unit = `${FAMILY}👍🏽🇩🇪1️⃣`; // 4 emoji: 22 UTF-16 units, 48 UTF-8 bytes
    const repeats = Math.ceil((1024 * 1024) / 48);
    const text = unit.repeat(repeats);
    assert.equal(utf8ByteLength(text), 48 * repeats);
    assert.ok(utf8ByteLength(text) >= 1024 * 1024);
    assert.equal(utf16Length(text), 22 * repeats);
    assert.equal(graphemeLength(text), 4 * repeats);
    assert.equal(mastodonLength(text), 4 * repeats);
    assert.equal(threadsLength(text), 48 * repeats);
    assert.equal(xWeightedLength(text), 8 * repeats);
    assert.equal(xOffsetAtLimit(text, 280), (280 / 8) * 22);
    assert.equal(extractEmoji(text).length, 4 * repeats);
    assert.equal(tokenize(text).length, 4 * repeats);
  });

  it('a megabyte with lone surrogates scattered through it', function () {
    this.timeout(20000);
    const text = `ab\uD83D👍\uDC4Dé`.repeat(100_000);
    assert.equal(utf16Length(text), 7 * 100_000);
    assert.equal(utf8ByteLength(text), (2 + 3 + 4 + 3 + 2) * 100_000);
    assert.equal(graphemeLength(text), 6 * 100_000);
    assert.equal(threadsLength(text), (2 + 1 + 4 + 1 + 1) * 100_000);
    assert.equal(xWeightedLength(text), (2 + 2 + 2 + 2 + 1) * 100_000);
    assert.equal(extractEmoji(text).length, 100_000);
  });
});
