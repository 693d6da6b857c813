// The official twitter-text conformance suite (../shared/corpus, read in place, never copied):
// one test per case. Weighted length and validity from validate.yml; links, hashtags and
// mentions from extract.yml. Cases left out on purpose are listed below with the reason, and in
// docs/text-conformance.md; the titles show how many cases of each group run.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { X_V2, X_V3, xIsValid, xOffsetAtLimit, xWeightedLength, type XWeighting } from '../../src/core/platforms/counters';
import { extractHashtags, extractMentions, extractUrls, type Token } from '../../src/core/text/tokenize';
import { corpusPath } from '../support/paths';

interface ConformanceCase {
  description: string;
  text: string;
  expected: unknown;
}

/** Cases we do not run because our rules differ on purpose. */
export const DELIBERATE_DIFFERENCES: ReadonlyArray<{ file: string; group: string; description: string; reason: string }> = [
  {
    file: 'extract.yml',
    group: 'mentions',
    description: 'Extract lone metion but not @user@user (too close to an email)',
    reason: "'@user@domain.tld' is a fediverse mention (Mastodon), so '@test@example.com' is one mention for Copydesk, where twitter-text finds none.",
  },
];

/** Groups not run at all, and why (the rest of both files runs). */
export const GROUPS_NOT_RUN: Readonly<Record<string, string>> = {
  'validate.yml tweets': "the legacy 140-character rule (twitter-text v1), not today's weighted 280",
  'validate.yml usernames': 'X account-name rules: Copydesk does not validate handles',
  'validate.yml lists': 'X lists (@user/list): not modelled',
  'validate.yml urls': 'RFC 3986 validation of a single URL string, not link extraction',
  'validate.yml urls_without_protocol': 'the same RFC 3986 validation',
  'extract.yml replies': 'reply detection (a tweet starting with @user): not modelled',
  'extract.yml mentions_or_lists_with_indices': 'X lists (@user/list): not modelled',
  'extract.yml cashtags': 'cashtags ($TICKER): Copydesk has no cashtag rule',
  'extract.yml cashtags_with_indices': 'cashtags ($TICKER): Copydesk has no cashtag rule',
};

const root = corpusPath('twitter-text-conformance');

function load(file: string): Record<string, ConformanceCase[]> | undefined {
  if (!root) return undefined;
  return (parse(readFileSync(join(root, 'conformance', file), 'utf8')) as { tests: Record<string, ConformanceCase[]> }).tests;
}

/** The suite gives indices in code points; ours are UTF-16 offsets. */
function utf16Offset(text: string, codePointIndex: number): number {
  let offset = 0;
  for (let i = 0; i < codePointIndex && offset < text.length; i++) offset += (text.codePointAt(offset) as number) > 0xffff ? 2 : 1;
  return offset;
}

function isDeliberate(file: string, group: string, description: string): boolean {
  return DELIBERATE_DIFFERENCES.some((d) => d.file === file && d.group === group && d.description === description);
}

const validate = load('validate.yml');
const extract = load('extract.yml');

describe('twitter-text conformance', function () {
  if (!validate || !extract) {
    it('validate.yml and extract.yml (corpus absent)', function () {
      this.skip();
    });
    return;
  }

  const weightedGroups: Array<[string, XWeighting, string]> = [
    ['WeightedTweetsCounterTest', X_V2, 'twitter-text v2 weights'],
    ['WeightedTweetsWithDiscountedEmojiCounterTest', X_V3, 'v3 weights: emoji 2'],
    ['UnicodeDirectionalMarkerCounterTest', X_V3, 'v3 weights'],
  ];
  for (const [group, weighting, label] of weightedGroups) {
    const cases = validate[group] ?? [];
    describe(`validate.yml ${group}: ${cases.length} cases (${label})`, function () {
      cases.forEach((c, i) => {
        it(`#${i + 1} ${c.description}`, function () {
          const expected = c.expected as { weightedLength: number; valid: boolean; validRangeEnd: number };
          assert.equal(xWeightedLength(c.text, weighting), expected.weightedLength);
          assert.equal(xIsValid(c.text, weighting), expected.valid);
          // Over the limit, the suite's last valid index (inclusive) is where we cut, minus one.
          if (expected.weightedLength > weighting.maxLength) {
            assert.equal(xOffsetAtLimit(c.text, weighting.maxLength, weighting), expected.validRangeEnd + 1);
          }
        });
      });
    });
  }

  const hashtagValidity = validate.hashtags ?? [];
  describe(`validate.yml hashtags: ${hashtagValidity.length} cases (the whole text is one hashtag)`, function () {
    hashtagValidity.forEach((c, i) => {
      it(`#${i + 1} ${c.description}`, function () {
        const tags = extractHashtags(c.text);
        assert.equal(tags.length === 1 && tags[0].start === 0 && tags[0].end === c.text.length, c.expected);
      });
    });
  });

  type Extractor = (text: string) => Token[];
  const extractGroups: Array<[string, Extractor, string | undefined]> = [
    ['urls', extractUrls, undefined],
    ['urls_with_indices', extractUrls, 'url'],
    ['urls_with_directional_markers', extractUrls, 'url'],
    ['tco_urls_with_params', extractUrls, undefined],
    ['hashtags', extractHashtags, undefined],
    ['hashtags_from_astral', extractHashtags, undefined],
    ['hashtags_with_indices', extractHashtags, 'hashtag'],
    ['mentions', extractMentions, undefined],
    ['mentions_with_indices', extractMentions, 'screen_name'],
  ];
  for (const [group, extractor, key] of extractGroups) {
    const all = extract[group] ?? [];
    const cases = all.filter((c) => !isDeliberate('extract.yml', group, c.description));
    const skipped = all.length - cases.length;
    describe(`extract.yml ${group}: ${cases.length} of ${all.length} cases${skipped ? ` (${skipped} deliberately different)` : ''}`, function () {
      cases.forEach((c, i) => {
        it(`#${i + 1} ${c.description}`, function () {
          const found = extractor(c.text);
          if (key === undefined) {
            assert.deepEqual(
              found.map((token) => token.value),
              c.expected,
            );
          } else {
            const expected = (c.expected as Array<Record<string, unknown> & { indices: [number, number] }>).map((e) => ({
              value: e[key],
              start: utf16Offset(c.text, e.indices[0]),
              end: utf16Offset(c.text, e.indices[1]),
            }));
            assert.deepEqual(
              found.map(({ value, start, end }) => ({ value, start, end })),
              expected,
            );
          }
        });
      });
    });
  }

  it('every deliberate difference names a case that exists and still differs', function () {
    for (const d of DELIBERATE_DIFFERENCES) {
      const c = (d.file === 'extract.yml' ? extract : validate)[d.group]?.find((x) => x.description === d.description);
      assert.ok(c, `${d.file} ${d.group}: no case '${d.description}'`);
      const extractor = d.group.startsWith('url') ? extractUrls : d.group.startsWith('hashtag') ? extractHashtags : extractMentions;
      assert.notDeepEqual(
        extractor(c.text).map((token) => token.value),
        c.expected,
      );
    }
    for (const name of Object.keys(GROUPS_NOT_RUN)) {
      const [file, group] = name.split(' ');
      assert.ok((file === 'extract.yml' ? extract : validate)[group], `no group ${name}`);
    }
  });
});
