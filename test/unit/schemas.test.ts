import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemas } from '../../scripts/generate-schemas';
import { REPO_ROOT } from '../support/paths';

describe('generated JSON Schemas', () => {
  for (const [name, text] of Object.entries(generatedSchemas())) {
    it(`schemas/${name} matches the zod schema (run \`npm run schemas\` if not)`, () => {
      assert.equal(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8'), text);
    });
  }

  it('describes every JD field and lists enum values for editors', () => {
    const jd = JSON.parse(generatedSchemas()['jd.schema.json']);
    assert.equal(jd.additionalProperties, false);
    assert.deepEqual(jd.required, ['title']);
    for (const [key, value] of Object.entries(jd.properties as Record<string, { description?: string }>)) assert.ok(value.description, `${key} has no description`);
    assert.deepEqual(jd.properties.employment_type.enum, ['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'seasonal', 'apprenticeship', 'per-diem']);
  });
});
