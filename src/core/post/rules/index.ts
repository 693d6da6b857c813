import type { Rule } from '../../types';
import type { PostContext } from '../context';
import { frontMatter } from './front-matter';
import { hardWrap } from './hard-wrap';
import { hashtagMax } from './hashtag-max';
import { invalidCharacter } from './invalid-character';
import { linkMax } from './link-max';
import { markdownLiteral } from './markdown-literal';
import { missingAltText } from './missing-alt-text';
import { overLimit } from './over-limit';
import { platformBlock } from './platform-block';
import { scheduleInvalid } from './schedule-invalid';
import { schema } from './schema';
import { truncatedPreview } from './truncated-preview';
import { unknownPlatform } from './unknown-platform';
import { yamlSyntax } from './yaml-syntax';

export { frontMatter, invalidCharacter, yamlSyntax };

/** Every post rule, in the order their findings are produced. */
export const POST_RULES: readonly Rule<PostContext>[] = [
  frontMatter,
  yamlSyntax,
  invalidCharacter,
  schema,
  unknownPlatform,
  platformBlock,
  overLimit,
  hashtagMax,
  linkMax,
  missingAltText,
  scheduleInvalid,
  truncatedPreview,
  markdownLiteral,
  hardWrap,
];
