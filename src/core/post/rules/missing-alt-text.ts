import { isMap, isScalar, isSeq } from 'yaml';
import type { Rule } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import { VIDEO_FILE, type PostContext } from '../context';

/** Documents (a PDF or slide carousel) are read as pages of text, not described: they need no alt text. */
export const DOCUMENT_FILE = /\.(pdf|pptx?|docx?|key|odp|odt)(\?|#|$)/i;

/** Words that stand in for alt text without describing anything. */
const PLACEHOLDERS = new Set(['image', 'img', 'photo', 'picture', 'pic', 'alt', 'alt text', 'screenshot', 'untitled', 'placeholder', 'todo', 'tbd', 'video', 'gif', 'graphic', 'media', 'file', 'banner', 'thumbnail']);
/** A file name: a word with a media or document extension (IMG_0001.jpg, hero.png). */
const FILE_NAME = /^\S+\.(?:jpe?g|png|gif|webp|heic|avif|svg|bmp|tiff?|mp4|mov|m4v|webm|avi|mkv|pdf)$/i;
/** A camera's name for a picture (IMG_0001, DSC01234, PXL_20260101). */
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|pxl|mvimg|vid|screenshot)[_ -]?\d[\w -]*$/i;

/** post/missing-alt-text: every image and video has alt text that describes it. */
export const missingAltText: Rule<PostContext> = {
  id: 'post/missing-alt-text',
  description: 'Every image, GIF and video in `media:` has `alt:` text describing it for people using screen readers (not a file name or a placeholder); documents need none.',
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
      // A document carousel (PDF, slides) is text the platform shows page by page.
      if (typeValue === 'document' || (typeValue === undefined && DOCUMENT_FILE.test(srcValue))) continue;
      const video = typeValue === 'video' || (typeValue === undefined && VIDEO_FILE.test(srcValue));
      const what = video ? 'video' : 'image';
      const name = srcValue ? `'${srcValue}'` : `This ${what}`;
      const alt = pairOf(item, 'alt');
      const altValue = isScalar(alt?.value) ? alt!.value.value : undefined;
      if (typeof altValue === 'string' && altValue.trim() !== '') {
        const why = notADescription(altValue.trim());
        const range = why ? nodeRange(text, alt!.value as never) : undefined;
        if (why && range) {
          report({
            message: `${name} has alt text '${altValue.trim()}', which is ${why}, not a description: describe what the ${what} shows, for people using screen readers.`,
            range,
          });
        }
        continue;
      }
      const range = nodeRange(text, (alt?.key ?? src?.value ?? item) as never);
      if (!range) continue;
      report({
        message: `${name} has no alt text: add \`alt:\` describing what the ${what} shows, for people using screen readers (and for search).`,
        range,
      });
    }
  },
};

/** Why `alt` describes nothing ("a file name", "a placeholder"), or undefined when it may describe the media. */
function notADescription(alt: string): string | undefined {
  if (FILE_NAME.test(alt) || CAMERA_NAME.test(alt)) return 'a file name';
  if (PLACEHOLDERS.has(alt.toLowerCase().replace(/[.!:…]+$/, ''))) return 'a placeholder';
  return undefined;
}
