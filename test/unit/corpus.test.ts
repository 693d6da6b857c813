// Real text written by others (../shared/corpus, read in place, never copied): whatever it is,
// linting it as a JD or a configuration never throws and keeps every finding inside the text.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/index';
import { corpusPath, TODAY } from '../support/paths';

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

describe('real-world text from the corpus', function () {
  const jobs = corpusPath('job-descriptions');
  const posts = corpusPath('social-posts');
  const conformance = corpusPath('twitter-text-conformance');

  it('job postings (Markdown with front matter) linted as JDs, whole and front matter alone', function () {
    if (!jobs) return this.skip();
    const postings = files(jobs, /\.md$/);
    assert.ok(postings.length >= 18, `expected the 18 postings, found ${postings.length}`);
    let findings = 0;
    for (const path of postings) {
      const text = readFileSync(path, 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      for (const candidate of [text, frontMatter]) {
        const result = lint(candidate, { fileName: 'posting.jd.yaml', now: TODAY });
        for (const f of result) assert.ok(f.range.start >= 0 && f.range.end <= candidate.length && f.range.start <= f.range.end);
        assert.ok(result.some((f) => f.severity === 'error'), `${path} is not a JD, so something must be an error`);
        findings += result.length;
      }
    }
    assert.ok(findings > postings.length);
  });

  it('posts and the twitter-text YAML suites linted as configuration files', function () {
    if (!posts || !conformance) return this.skip();
    for (const path of [...files(posts, /\.(md|ya?ml)$/), ...files(conformance, /\.ya?ml$/)]) {
      const text = readFileSync(path, 'utf8');
      for (const f of lint(text, { fileName: '.copydesk.yaml' })) assert.ok(f.range.start >= 0 && f.range.end <= text.length, path);
    }
  });
});
