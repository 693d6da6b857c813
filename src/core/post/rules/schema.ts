import { isMap } from 'yaml';
import type { Rule } from '../../types';
import { schemaReports } from '../../yaml/schema-findings';
import type { PostContext } from '../context';
import { postSchema } from '../schema';

/** post/schema: the front matter's keys are known and its values of the right kind. */
export const schema: Rule<PostContext> = {
  id: 'post/schema',
  description: 'Front matter keys and values must match the post format: known keys, right types, allowed values.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed }, report) {
    if (parsed.frontMatterState !== 'ok') return;
    const read = parsed.frontMatter;
    const hasKeys = isMap(read.parsed.doc.contents) && read.parsed.doc.contents.items.length > 0;
    for (const r of schemaReports(read.parsed, read.value, postSchema(), { rootLabel: 'the front matter' })) {
      // Findings about the front matter as a whole go on its opening line when it has no key to carry them.
      report(!hasKeys && parsed.frontMatterOpen && r.range.start < parsed.frontMatterOpen.end ? { ...r, range: parsed.frontMatterOpen } : r);
    }
  },
};
