// The tokenizer on real posts first (the corpus, read in place), then on sentences written for
// these tests: several scripts, emoji sequences, hashtags, mentions, links and broken text.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { graphemeCount } from '../../src/core/text/graphemes';
import { extractEmoji, extractEntities, extractHashtags, extractMentions, extractUrls, tokenize, type Token, type TokenKind } from '../../src/core/text/tokenize';
import { corpusPath } from '../support/paths';

/** The token of `kind` whose text `written` starts at `start` (hashtag and mention values drop the sigil). */
function t(kind: TokenKind, start: number, written: string): Token {
  const value = kind === 'hashtag' || kind === 'mention' ? written.slice(1) : written;
  return { kind, start, end: start + written.length, value };
}

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

describe('tokenize: real posts from the corpus', function () {
  const posts = corpusPath('social-posts');

  it('every token of the 294 posts is in order, inside the text, and is what the text says', function () {
    if (!posts) return this.skip();
    const paths = files(posts, /\.(md|tweet)$/).filter((path) => !/README|LICENSE/i.test(path));
    assert.ok(paths.length >= 294, `expected the 294 posts, found ${paths.length}`);
    const seen = { word: 0, hashtag: 0, mention: 0, url: 0, emoji: 0 };
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      let previousEnd = 0;
      for (const token of tokenize(text)) {
        assert.ok(token.start >= previousEnd && token.end > token.start && token.end <= text.length, `${path}: ${JSON.stringify(token)}`);
        const written = text.slice(token.start, token.end);
        if (token.kind === 'hashtag' || token.kind === 'mention') {
          assert.ok('#＃@＠'.includes(written[0]), `${path}: ${written}`);
          assert.equal(token.value, written.slice(1));
        } else {
          assert.equal(token.value, written);
        }
        if (token.kind === 'url') assert.doesNotMatch(written, /[.,!?]$/, `${path}: a link keeps trailing punctuation: ${written}`);
        previousEnd = token.end;
        seen[token.kind]++;
      }
    }
    for (const kind of Object.keys(seen) as TokenKind[]) assert.ok(seen[kind] > 0, `no ${kind} in the corpus`);
  });

  it('the grapheme counter agrees with plain Intl.Segmenter on every post', function () {
    if (!posts) return this.skip();
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const path of files(posts, /\.(md|tweet)$/)) {
      const text = readFileSync(path, 'utf8');
      assert.equal(graphemeCount(text), [...segmenter.segment(text)].length, path);
    }
  });
});

describe('tokenize: emoji', function () {
  it('a ZWJ family, a flag and a skin tone are one token each, between words', function () {
    assert.deepEqual(tokenize("We're hiring! 👨‍👩‍👧‍👦 Family-friendly team in Berlin 🇩🇪, hybrid 👋🏽"), [
      t('word', 0, "We're"),
      t('word', 6, 'hiring'),
      t('emoji', 14, '👨‍👩‍👧‍👦'),
      t('word', 26, 'Family'),
      t('word', 33, 'friendly'),
      t('word', 42, 'team'),
      t('word', 47, 'in'),
      t('word', 50, 'Berlin'),
      t('emoji', 57, '🇩🇪'),
      t('word', 63, 'hybrid'),
      t('emoji', 70, '👋🏽'),
    ]);
  });

  it('keycaps with and without U+FE0F, text vs emoji presentation, a tag sequence', function () {
    assert.deepEqual(tokenize('Top 3 reasons: 1️⃣ pay 2⃣ people #️⃣ ☺ vs ☺️ and 🏴󠁧󠁢󠁥󠁮󠁧󠁿'), [
      t('word', 0, 'Top'),
      t('word', 4, '3'),
      t('word', 6, 'reasons'),
      t('emoji', 15, '1️⃣'),
      t('word', 19, 'pay'),
      t('emoji', 23, '2⃣'),
      t('word', 26, 'people'),
      t('emoji', 33, '#️⃣'),
      t('word', 39, 'vs'),
      t('emoji', 42, '☺️'),
      t('word', 45, 'and'),
      t('emoji', 49, '🏴󠁧󠁢󠁥󠁮󠁧󠁿'),
    ]);
  });

  it('symbols shown as text are not emoji unless U+FE0F asks for it; digits and # alone never are', function () {
    assert.deepEqual(
      extractEmoji('©2026 Acme™ ❤ ❤️ ↔ ↔️ ✌︎ ✌🏿 # * 7').map((token) => token.value),
      ['❤️', '↔️', '✌🏿'],
    );
  });

  it('ZWJ professions, one with a skin tone, and two flags in a row', function () {
    assert.deepEqual(extractEmoji('Team: 👩🏾‍💻🧑‍🎨🇫🇷🇩🇪'), [t('emoji', 6, '👩🏾‍💻'), t('emoji', 13, '🧑‍🎨'), t('emoji', 18, '🇫🇷'), t('emoji', 22, '🇩🇪')]);
  });
});

describe('tokenize: hashtags', function () {
  it('Cyrillic', function () {
    assert.deepEqual(tokenize('Мы ищем SMM-менеджера #вакансия #SMM в Москве'), [
      t('word', 0, 'Мы'),
      t('word', 3, 'ищем'),
      t('word', 8, 'SMM'),
      t('word', 12, 'менеджера'),
      t('hashtag', 22, '#вакансия'),
      t('hashtag', 32, '#SMM'),
      t('word', 37, 'в'),
      t('word', 39, 'Москве'),
    ]);
  });

  it('Japanese and Chinese: words found without spaces', function () {
    assert.deepEqual(tokenize('新しい仲間を募集中です #求人'), [
      t('word', 0, '新しい'),
      t('word', 3, '仲間'),
      t('word', 5, 'を'),
      t('word', 6, '募集'),
      t('word', 8, '中'),
      t('word', 9, 'です'),
      t('hashtag', 12, '#求人'),
    ]);
    assert.deepEqual(tokenize('我们正在招聘社交媒体经理 #招聘'), [
      t('word', 0, '我们'),
      t('word', 2, '正在'),
      t('word', 4, '招聘'),
      t('word', 6, '社交'),
      t('word', 8, '媒体'),
      t('word', 10, '经理'),
      t('hashtag', 13, '#招聘'),
    ]);
  });

  it('Arabic', function () {
    assert.deepEqual(tokenize('انضم إلى فريقنا #وظائف #تسويق اليوم'), [
      t('word', 0, 'انضم'),
      t('word', 5, 'إلى'),
      t('word', 9, 'فريقنا'),
      t('hashtag', 16, '#وظائف'),
      t('hashtag', 23, '#تسويق'),
      t('word', 30, 'اليوم'),
    ]);
  });

  it('Hindi, with combining vowel signs inside words and tags', function () {
    assert.deepEqual(tokenize('मार्केटिंग टीम में शामिल हों #नौकरी'), [
      t('word', 0, 'मार्केटिंग'),
      t('word', 11, 'टीम'),
      t('word', 15, 'में'),
      t('word', 19, 'शामिल'),
      t('word', 25, 'हों'),
      t('hashtag', 29, '#नौकरी'),
    ]);
  });

  it('Thai, written without spaces', function () {
    assert.deepEqual(tokenize('สมัครงานวันนี้ #งาน'), [
      t('word', 0, 'สมัคร'),
      t('word', 5, 'งาน'),
      t('word', 8, 'วัน'),
      t('word', 11, 'นี้'),
      t('hashtag', 15, '#งาน'),
    ]);
  });

  it('#123 is a number, a#b and &#39; are not tags, #1st and ＃全角 are', function () {
    assert.deepEqual(tokenize('On the #123 bus: a#b &#39; #1st #_ ＃全角'), [
      t('word', 0, 'On'),
      t('word', 3, 'the'),
      t('word', 8, '123'),
      t('word', 12, 'bus'),
      t('word', 17, 'a'),
      t('word', 19, 'b'),
      t('word', 23, '39'),
      t('hashtag', 27, '#1st'),
      t('hashtag', 35, '＃全角'),
    ]);
  });

  it('a link fragment is not a hashtag; a tag right after an emoji or a bracket is', function () {
    assert.deepEqual(extractEntities('Read https://acme.com/guide#tone and #BrandVoice 🚀#Launch (#Q4)'), [
      t('url', 5, 'https://acme.com/guide#tone'),
      t('hashtag', 37, '#BrandVoice'),
      t('emoji', 49, '🚀'),
      t('hashtag', 51, '#Launch'),
      t('hashtag', 60, '#Q4'),
    ]);
  });
});

describe('tokenize: mentions', function () {
  it('e-mail addresses are not mentions; @user and @user@domain are', function () {
    assert.deepEqual(tokenize('Write to me@example.com or ping @acme_jobs and @ana@mastodon.social.'), [
      t('word', 0, 'Write'),
      t('word', 6, 'to'),
      t('word', 9, 'me'),
      t('word', 12, 'example.com'),
      t('word', 24, 'or'),
      t('word', 27, 'ping'),
      t('mention', 32, '@acme_jobs'),
      t('word', 43, 'and'),
      t('mention', 47, '@ana@mastodon.social'),
    ]);
  });

  it('fediverse names with dots, a retweet prefix, and what is not a mention', function () {
    assert.deepEqual(extractMentions('cc @jane.doe@social.example.org, RT@acme: @bob@localhost @x@y @carla'), [
      t('mention', 3, '@jane.doe@social.example.org'),
      t('mention', 35, '@acme'),
      t('mention', 62, '@carla'),
    ]);
    assert.deepEqual(extractMentions('@http://acme.com f!@kn @josé'), []);
  });
});

describe('tokenize: links', function () {
  it('trailing punctuation is left out, balanced parentheses are kept, bare domains need a real TLD', function () {
    assert.deepEqual(tokenize('Details (see https://acme.example.com/jobs/social-media-manager_(berlin)). Or www.acme.de/karriere, or acme.io! Also e.g. file.txt?'), [
      t('word', 0, 'Details'),
      t('word', 9, 'see'),
      t('url', 13, 'https://acme.example.com/jobs/social-media-manager_(berlin)'),
      t('word', 75, 'Or'),
      t('url', 78, 'www.acme.de/karriere'),
      t('word', 100, 'or'),
      t('url', 103, 'acme.io'),
      t('word', 112, 'Also'),
      t('word', 117, 'e.g'),
      t('word', 122, 'file.txt'),
    ]);
  });

  it('queries, ports, upper case and trailing ? ! . , ) ; :', function () {
    const text = 'Apply: https://jobs.acme.com/apply?utm_source=x&utm_medium=social. HTTPS://ACME.COM/Jobs! (http://localhost.dev:8080/a) https://acme.com/jobs? https://acme.com; acme.com:';
    assert.deepEqual(extractUrls(text).map((token) => token.value), [
      'https://jobs.acme.com/apply?utm_source=x&utm_medium=social',
      'HTTPS://ACME.COM/Jobs',
      'http://localhost.dev:8080/a',
      'https://acme.com/jobs',
      'https://acme.com',
      'acme.com',
    ]);
  });

  it('not links: made-up TLDs, version numbers, e-mail domains, 64-character labels', function () {
    assert.deepEqual(extractUrls('e.g. file.txt, v1.2.3, i.e. nothing; me@acme.com; index.html'), []);
    assert.deepEqual(extractUrls(`${'a'.repeat(64)}.com and https://${'b'.repeat(64)}.com`), []);
    assert.deepEqual(extractUrls(`${'a'.repeat(63)}.com`).map((token) => token.end), [67]);
  });
});

describe('tokenize: broken and unusual text', function () {
  it('lone surrogates neither throw nor become emoji', function () {
    assert.deepEqual(tokenize('\uD83D'), []);
    assert.deepEqual(tokenize('\uDC4D\uD83D'), []);
    assert.deepEqual(tokenize('Bad \uD83D surrogate \uDC4D and 👍'), [t('word', 0, 'Bad'), t('word', 6, 'surrogate'), t('word', 18, 'and'), t('emoji', 22, '👍')]);
    assert.deepEqual(tokenize('\uD83D#tag@me\uDC00'), [t('hashtag', 1, '#tag'), t('word', 6, 'me')]);
  });

  it('CRLF line ends stay outside tokens', function () {
    assert.deepEqual(tokenize('Line one\r\n#tag two\r\nhttps://acme.com\r\n'), [
      t('word', 0, 'Line'),
      t('word', 5, 'one'),
      t('hashtag', 10, '#tag'),
      t('word', 15, 'two'),
      t('url', 20, 'https://acme.com'),
    ]);
  });

  it('a byte-order mark at the start is not part of the first token', function () {
    assert.deepEqual(tokenize('\uFEFFHello #world'), [t('word', 1, 'Hello'), t('hashtag', 7, '#world')]);
    assert.deepEqual(tokenize('\uFEFF#world https://acme.com'), [t('hashtag', 1, '#world'), t('url', 8, 'https://acme.com')]);
  });

  it('the extract functions are tokenize filtered by kind', function () {
    const text = 'RT @nodejs: v20 is out https://nodejs.org/en/blog 🎉 #NodeJS @ana@mastodon.social';
    const tokens = tokenize(text);
    assert.deepEqual(extractUrls(text), tokens.filter((token) => token.kind === 'url'));
    assert.deepEqual(extractHashtags(text), tokens.filter((token) => token.kind === 'hashtag'));
    assert.deepEqual(extractMentions(text), tokens.filter((token) => token.kind === 'mention'));
    assert.deepEqual(extractEmoji(text), tokens.filter((token) => token.kind === 'emoji'));
    assert.deepEqual(extractEntities(text), tokens.filter((token) => token.kind !== 'word'));
  });

  it('words and entities without Intl.Segmenter: unspaced scripts stay one word', function () {
    const saved = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      assert.deepEqual(tokenize('新しい仲間 #求人 👍'), [t('word', 0, '新しい仲間'), t('hashtag', 6, '#求人'), t('emoji', 10, '👍')]);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = saved;
    }
  });
});

describe('tokenize: links written with a scheme, for link policy', () => {
  const text = 'Buy at http://shop.example/kettle, see https://wiki.corp.internal/a?b=c or http://localhost:8080/x; kettle.example is text.';

  it('are links whatever the top-level domain when asked (schemeLinksAnyTld), and only those with a scheme', () => {
    const urls = extractEntities(text, { schemeLinksAnyTld: true }).filter((e) => e.kind === 'url').map((e) => e.value);
    assert.deepEqual(urls, ['http://shop.example/kettle', 'https://wiki.corp.internal/a?b=c', 'http://localhost:8080/x']);
  });

  it('are not links for the counters (twitter-text: a real top-level domain only)', () => {
    assert.deepEqual(extractEntities(text).filter((e) => e.kind === 'url'), []);
    assert.deepEqual(extractUrls(text), []);
  });

  it('take the whole host when it runs past a real top-level domain', () => {
    const [url] = extractEntities('at http://docs.example.com.local/x now', { schemeLinksAnyTld: true });
    assert.equal(url.value, 'http://docs.example.com.local/x');
    assert.equal(extractEntities('at http://docs.example.com.local/x now')[0].value, 'http://docs.example.com');
  });
});
