import { PLATFORM_IDS, PLATFORM_SYNONYMS } from '../../platforms/ids';
import { isPlatformId } from '../../platforms/registry';
import { closestMatch } from '../../text/suggest';
import type { Fix, OffsetRange, Rule, RuleReport } from '../../types';
import type { PostContext } from '../context';

/** post/unknown-platform: every platform named (in `platforms:` or a block) is a platform id or a configured account. */
export const unknownPlatform: Rule<PostContext> = {
  id: 'post/unknown-platform',
  description: 'Names in `platforms:` and `::: <platform>` blocks must be platform ids or accounts from `.copydesk.yaml`.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed, entries, config }, report) {
    const accounts = Object.keys(config.accounts ?? {});
    const known = [...PLATFORM_IDS, ...accounts];
    const check = (name: string, range: OffsetRange, where: string): RuleReport | undefined => {
      if (isPlatformId(name) || accounts.includes(name)) return undefined;
      const suggestion = closestMatch(name, known, PLATFORM_SYNONYMS);
      const fixes: Fix[] = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [];
      const list = `${PLATFORM_IDS.join(', ')}${accounts.length > 0 ? `, or an account: ${accounts.join(', ')}` : ''}`;
      return {
        message: `'${name}' ${where} is not a platform Copydesk knows${suggestion ? `. Did you mean '${suggestion}'?` : `: use ${list} (accounts are defined under \`accounts:\` in .copydesk.yaml).`}`,
        range,
        fixes,
      };
    };
    for (const entry of entries) {
      const r = check(entry.name, entry.range, 'in `platforms:`');
      if (r) report(r);
    }
    for (const block of parsed.blocks) {
      const r = check(block.id, block.idRange, 'after :::');
      if (r) report(r);
    }
  },
};
