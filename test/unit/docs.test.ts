import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../src/core/index';
import { REPO_ROOT } from '../support/paths';

describe('rule documentation', () => {
  const read = (...parts: string[]) => readFileSync(join(REPO_ROOT, ...parts), 'utf8');
  for (const rule of ALL_RULES) {
    it(`${rule.id} has a page, and is listed in README.md and docs/rules/README.md`, () => {
      const page = join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `missing docs/rules/${rule.id}.md`);
      const text = readFileSync(page, 'utf8');
      assert.equal(text.split('\n')[0], `# ${rule.id}`);
      for (const section of ['## Why', '## Examples', '## Configuration']) assert.ok(text.includes(section), `${rule.id} page lacks ${section}`);
      assert.ok(read('README.md').includes(`(docs/rules/${rule.id}.md)`), `README.md does not link ${rule.id}`);
      assert.ok(read('docs', 'rules', 'README.md').includes(`(${rule.id.split('/')[0]}/${rule.id.split('/')[1]}.md)`), `docs/rules/README.md does not link ${rule.id}`);
    });
  }
});
