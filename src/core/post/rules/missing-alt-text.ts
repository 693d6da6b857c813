import { isMap, isScalar, isSeq } from 'yaml';
import type { Rule } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import { VIDEO_FILE, type PostContext } from '../context';

/** post/missing-alt-text: every image has alt text. */
export const missingAltText: Rule<PostContext> = {
  id: 'post/missing-alt-text',
  description: 'Every image (and GIF) in `media:` has `alt:` text describing it for people using screen readers.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed }, report) {
    const media = pairOf(parsed.frontMatter.parsed.doc.contents, 'media')?.value;
    if (!isSeq(media)) return;
    const text = parsed.text;
    for (const item of media.items) {
      if (!isMap(item)) continue;
      const src = pairOf(item, 'src');
      const srcValue = isScalar(src?.value) ? String(src!.value.value ?? '') : '';
      const type = pairOf(item, 'type');
      const typeValue = isScalar(type?.value) ? type!.value.value : undefined;
      // Videos carry captions instead; an item with no type is an image unless its file is a video.
      if (typeValue === 'video' || (typeValue === undefined && VIDEO_FILE.test(srcValue))) continue;
      const alt = pairOf(item, 'alt');
      const altValue = isScalar(alt?.value) ? alt!.value.value : undefined;
      if (typeof altValue === 'string' && altValue.trim() !== '') continue;
      const range = nodeRange(text, (alt?.key ?? src?.value ?? item) as never);
      if (!range) continue;
      const name = srcValue ? `'${srcValue}'` : 'This image';
      report({
        message: `${name} has no alt text: add \`alt:\` describing what the image shows, for people using screen readers (and for search).`,
        range,
      });
    }
  },
};
