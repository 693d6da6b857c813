// Writes schemas/*.json from the zod schemas (the single source of truth). `npm run schemas`
// regenerates them; test/unit/schemas.test.ts fails when the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { configSchema } from '../src/core/config/schema';
import { jdSchema } from '../src/core/jd/schema';
import { postSchema } from '../src/core/post/schema';

/** File name → JSON text of every generated schema. */
export function generatedSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, id: string) => {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return JSON.stringify({ ...json, $id: id }, null, 2) + '\n';
  };
  return {
    'jd.schema.json': render(jdSchema(), 'https://github.com/copydesk/copydesk/schemas/jd.schema.json'),
    'post.schema.json': render(postSchema(), 'https://github.com/copydesk/copydesk/schemas/post.schema.json'),
    'copydesk.schema.json': render(configSchema(), 'https://github.com/copydesk/copydesk/schemas/copydesk.schema.json'),
  };
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  for (const [name, text] of Object.entries(generatedSchemas())) {
    writeFileSync(join(root, 'schemas', name), text);
    process.stdout.write(`wrote schemas/${name}\n`);
  }
}
