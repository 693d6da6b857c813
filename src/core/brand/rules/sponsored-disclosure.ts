import { seeMoreCut } from '../../platforms/see-more';
import type { Token } from '../../text/tokenize';
import type { TargetCopy } from '../../post/context';
import type { Fix, Rule } from '../../types';
import { targetLabel, type BrandContext } from '../context';
import { quoteList } from '../messages';
import { addHashtagFix, postAnchor } from '../post-edits';

/** Disclosures accepted when `.copydesk.yaml` names none. */
export const DEFAULT_DISCLOSURES: readonly string[] = ['#ad', '#sponsored'];

/** brand/sponsored-disclosure: a sponsored post discloses it on every platform, where readers see it. */
export const sponsoredDisclosure: Rule<BrandContext> = {
  id: 'brand/sponsored-disclosure',
  description: 'A post with `sponsored: true` carries one of `sponsored.disclosure` (default #ad, #sponsored) in each platform\'s text, before the "see more" cut (in a thread, in its first post).',
  defaultSeverity: 'error',
  fileKind: ['post'],
  check(context, report) {
    const post = context.post;
    if (!post || post.frontMatter?.sponsored !== true) return;
    const disclosures = context.config.sponsored?.disclosure?.length ? context.config.sponsored.disclosure : DEFAULT_DISCLOSURES;
    const missing: TargetCopy[] = [];
    const hidden: TargetCopy[] = [];
    for (const copy of post.targets) {
      // A thread's first post is the one feeds show: the disclosure belongs there.
      const first = copy.parts[0].publish;
      const at = disclosureOffset(first.text, first.entities, disclosures);
      const cut = seeMoreCut(first.text, copy.target.seeMore);
      if (at === undefined) (copy.parts.length > 1 && disclosureOffset(copy.publish.text, copy.publish.entities, disclosures) !== undefined ? hidden : missing).push(copy);
      else if (cut !== undefined && at >= cut) hidden.push(copy);
    }
    const range = postAnchor(post, 'sponsored');
    const first = disclosures[0];
    // A disclosure readers must see goes first in the copy of every platform that cuts the text;
    // where nothing is cut, the hashtags at the end will do.
    const startFix = (copies: TargetCopy[], title: string): Fix | undefined => {
      const offsets = [...new Set(copies.filter((c) => c.copy.text.length > 0).map((c) => c.copy.fileOffset(0)))];
      return offsets.length > 0 ? { title, edits: offsets.map((at) => ({ start: at, end: at, text: /^[#＃]/.test(first) ? `${first} ` : `${first}: ` })), safe: false } : undefined;
    };
    if (missing.length > 0) {
      const tag = disclosures.find((d) => /^[#＃]/.test(d));
      // Appended hashtags start a new line, so on a first-line platform they always land after the cut.
      const cutting = missing.filter((c) => c.target.seeMore === 'first-line' || seeMoreCut(c.publish.text, c.target.seeMore) !== undefined);
      const fixes = [
        cutting.length > 0 ? startFix(missing, `Start the copy with ${first}`) : undefined,
        tag ? addHashtagFix(post, tag.slice(1)) : undefined,
        cutting.length === 0 ? startFix(missing, `Start the copy with ${first}`) : undefined,
      ].filter((f): f is Fix => f !== undefined);
      report({
        message: `This post is sponsored, but the copy for ${missing.map((c) => targetLabel(c.target)).join(', ')} does not say so: add ${quoteList(disclosures)}.`,
        range,
        fixes,
      });
    }
    if (hidden.length > 0) {
      const inThread = (c: TargetCopy) => c.parts.length > 1 && disclosureOffset(c.parts[0].publish.text, c.parts[0].publish.entities, disclosures) === undefined;
      const behindCut = hidden.filter((c) => !inThread(c)).map((c) => `${targetLabel(c.target)} (${c.target.seeMore === 'first-line' ? 'after the first line' : `after character ${c.target.seeMore}`})`);
      const later = hidden.filter(inThread).map((c) => targetLabel(c.target));
      const where = [behindCut.length > 0 ? `behind "see more" on ${behindCut.join(', ')}` : '', later.length > 0 ? `in a later post of the thread on ${later.join(', ')}` : ''].filter(Boolean).join(' and ');
      const fix = startFix(hidden, `Start the copy with ${first}`);
      report({ message: `The sponsorship disclosure is hidden ${where}: put it near the start.`, range, fixes: fix ? [fix] : [] });
    }
  },
};

/** Where the first accepted disclosure starts in `text`, if any. */
function disclosureOffset(text: string, entities: readonly Token[], disclosures: readonly string[]): number | undefined {
  let best: number | undefined;
  const tags = entities.filter((t) => t.kind === 'hashtag');
  for (const disclosure of disclosures) {
    let at: number | undefined;
    if (/^[#＃]/.test(disclosure)) {
      const tag = disclosure.slice(1).toLowerCase();
      at = tags.find((t) => t.value.toLowerCase() === tag)?.start;
    } else {
      const escaped = disclosure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
      at = match?.index;
    }
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best;
}
