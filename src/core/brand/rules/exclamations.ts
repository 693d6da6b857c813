import type { Fix, Rule } from '../../types';
import type { BrandContext } from '../context';

/** brand/exclamations: at most `tone.max_exclamations` exclamation marks in one published post (each post of a thread on its own) or one JD. */
export const exclamations: Rule<BrandContext> = {
  id: 'brand/exclamations',
  description: 'One platform\'s post (each post of a thread on its own) or one JD has at most `tone.max_exclamations` exclamation marks; runs like "!!!" count each mark.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const max = context.config.tone?.max_exclamations;
    if (max === undefined) return;
    const reported = new Set<number>();
    for (const copy of context.copies) {
      const text = copy.text.text;
      // Marks inside links and `code` are not tone.
      const links = [...copy.text.entities.filter((t) => t.kind === 'url'), ...[...text.matchAll(/`[^`\n]+`/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))].sort((a, b) => a.start - b.start);
      let l = 0;
      const runs = [...text.matchAll(/[!！]+/g)].filter((m) => {
        while (l < links.length && links[l].end <= m.index) l++;
        return !(l < links.length && links[l].start <= m.index);
      });
      const total = runs.reduce((sum, m) => sum + m[0].length, 0);
      if (total <= max) continue;
      let used = 0;
      for (const run of runs) {
        const length = run[0].length;
        const keep = Math.max(0, Math.min(length, max - used));
        used += length;
        if (keep === length) continue;
        const range = copy.text.fileRange({ start: run.index, end: run.index + length });
        if (reported.has(range.start)) continue;
        reported.add(range.start);
        const fixes: Fix[] =
          keep > 0
            ? // Dropping repeated marks keeps the sentence's meaning: safe.
              [{ title: `Keep ${keep === 1 ? 'one' : keep} '!'`, edits: [{ ...range, text: run[0].slice(0, keep) }], safe: true }]
            : [{ title: "Replace '!' with '.'", edits: [{ ...range, text: '.' }], safe: false }];
        report({
          message: `${total} exclamation mark${total === 1 ? '' : 's'} in ${context.kind === 'post' ? `the copy for ${copy.label}` : copy.label}; the brand allows ${max}. ${keep > 0 ? 'One is enough here.' : 'Keep them for what matters most.'}`,
          range,
          fixes,
        });
      }
    }
  },
};
