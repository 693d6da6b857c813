import type { Rule } from '../../types';
import type { PostContext } from '../context';

/** post/front-matter: the post starts with a `---` … `---` block of settings. */
export const frontMatter: Rule<PostContext> = {
  id: 'post/front-matter',
  description: 'A post starts with front matter: a `---` line, its settings (at least `platforms:`), and a closing `---` line.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed }, report) {
    const { text } = parsed;
    if (parsed.frontMatterState === 'unclosed' && parsed.frontMatterOpen) {
      report({ message: 'The front matter that starts here is never closed: add a line with --- after its last setting.', range: parsed.frontMatterOpen });
    } else if (parsed.frontMatterState === 'missing') {
      const start = text.startsWith('\uFEFF') ? 1 : 0;
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
      report({
        message: 'This post has no front matter, so Copydesk cannot tell where it is published: start the file with a --- line, `platforms: [...]`, and another --- line.',
        range: { start, end: Math.max(start, end) },
        fixes: [{ title: 'Add front matter', edits: [{ start, end: start, text: '---\nplatforms: []\nstatus: draft\n---\n' }], safe: false }],
      });
    }
  },
};
