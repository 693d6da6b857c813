import type { OffsetRange, Rule } from '../../types';
import { seeMoreCut } from '../../platforms/see-more';
import type { PostContext } from '../context';

/** The word around `offset` in `text` (at most 40 characters), so the finding is visible but small. */
function wordAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && offset - start < 20 && !/\s/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && end - offset < 20 && !/\s/.test(text[end])) end++;
  if (end === start && end < text.length) end++;
  return { start, end };
}

/** post/truncated-preview: where the feed cuts the copy with "see more" (a hint, not a problem). */
export const truncatedPreview: Rule<PostContext> = {
  id: 'post/truncated-preview',
  description: 'Shows where LinkedIn, Instagram, Facebook and TikTok cut the copy with "see more" (in a thread, the first post\'s), so the hook comes first.',
  defaultSeverity: 'info',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const { seeMore, platform } = target.target;
      if (seeMore === undefined) continue;
      // The feed shows the first post of a thread; the others are read by those who open it.
      const publish = target.parts[0].publish;
      const text = publish.text;
      const cut = seeMoreCut(text, seeMore);
      if (cut === undefined) continue;
      const what = seeMore === 'first-line' ? 'only the first line' : `about the first ${seeMore} characters`;
      const word = wordAt(text, cut);
      const range: OffsetRange = publish.fileRange(word);
      const before = text.slice(Math.max(0, cut - 30), cut).replace(/\s+/g, ' ').trimStart();
      report({
        message: `${platform.name} shows ${what} before "… see more": the preview ends at "…${before}". Put the hook before this point.`,
        range,
      });
    }
  },
};
