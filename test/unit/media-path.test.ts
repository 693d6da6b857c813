// Which media a post's preview may load: only files in the post's own folder (subfolders too),
// named by a plain relative path. Everything else shows a placeholder in the card.
import { strict as assert } from 'node:assert';
import { localMediaPath } from '../../src/core/render/media';
import { renderPreview } from '../../src/core/index';
import { TODAY } from '../support/paths';

describe('local media paths', () => {
  it('a plain relative path inside the folder: its segments, "." and empty ones dropped', () => {
    assert.deepEqual(localMediaPath('ridge.jpg'), ['ridge.jpg']);
    assert.deepEqual(localMediaPath('media/ridge.jpg'), ['media', 'ridge.jpg']);
    assert.deepEqual(localMediaPath('./media//2026/./ridge.jpg'), ['media', '2026', 'ridge.jpg']);
    assert.deepEqual(localMediaPath('  media/ridge.jpg  '), ['media', 'ridge.jpg']);
    assert.deepEqual(localMediaPath('media/100%-natural ridge (1).jpg'), ['media', '100%-natural ridge (1).jpg']);
    assert.deepEqual(localMediaPath('media/.hidden/ridge.jpg'), ['media', '.hidden', 'ridge.jpg']);
    assert.deepEqual(localMediaPath('café/schnee ❄️.png'), ['café', 'schnee ❄️.png']);
  });

  const hostile: [string, string][] = [
    ['../x.png', 'parent folder'],
    ['../../x', 'two levels up'],
    ['media/../../x.png', '.. after a folder'],
    ['media/../x.png', 'any .. at all, even one that comes back'],
    ['./../x.png', 'dot then dot-dot'],
    ['..', 'the parent itself'],
    ['media/..', 'ends in ..'],
    ['.../x.png', 'three dots (Windows trims trailing dots)'],
    ['.. /x.png', 'dots and a space (Windows trims trailing spaces)'],
    ['media/. ./x.png', 'dot space dot'],
    ['/etc/passwd', 'absolute'],
    ['//attacker.example/x.png', 'protocol-relative'],
    ['\\\\server\\share\\x.png', 'UNC path'],
    ['..\\..\\x.png', 'backslash dot-dot'],
    ['media\\..\\..\\x.png', 'backslash inside'],
    ['media/..\\x.png', 'mixed slashes'],
    ['C:\\Windows\\win.ini', 'drive letter'],
    ['C:/Windows/win.ini', 'drive letter, forward slashes'],
    ['c:x.png', 'drive-relative'],
    ['%2e%2e/x.png', 'percent-encoded ..'],
    ['%2E%2E%2Fx.png', 'percent-encoded ../ in capitals'],
    ['media/%2e%2e%5c%2e%2e%5cx.png', 'percent-encoded backslashes'],
    ['media%2f..%2fx.png', 'percent-encoded slash'],
    ['%252e%252e/x.png', 'double-encoded ..'],
    ['http://attacker.example/x.png', 'http'],
    ['https://cdn.example.com/a.jpg', 'https'],
    ['HTTPS://cdn.example.com/a.jpg', 'scheme in capitals'],
    ['data:image/png;base64,AAAA', 'data URL'],
    ['file:///etc/passwd', 'file URL'],
    ['javascript:alert(1)', 'javascript'],
    ['vscode-resource:/etc/passwd', 'a webview scheme'],
    ['media/x.png?x=1:2', 'a colon anywhere'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['.', 'the folder itself'],
    ['./', 'the folder itself, with a slash'],
    ['media/\u0000x.png', 'NUL'],
    ['media/x\n.png', 'a line break'],
    ['~/x.png', 'home folder'],
    ['media/x.png\u202E', 'a bidirectional override'],
  ];
  for (const [src, why] of hostile) {
    it(`refuses ${JSON.stringify(src)} (${why})`, () => assert.equal(localMediaPath(src), undefined));
  }

  it('the card shows a refused image as a placeholder with the alt text; the loader is never asked', () => {
    const asked: string[] = [];
    const post = (src: string) => `---\nplatforms: [x]\nmedia:\n  - src: ${JSON.stringify(src)}\n    alt: A mug of tea\n---\nHi.\n`;
    for (const [src] of hostile.filter(([s]) => s.trim() !== '')) {
      const html = renderPreview(post(src), { fileName: 'a.post.md', now: TODAY, imageUrl: (path) => (asked.push(path), `webview:/${path}`) })!.html;
      assert.match(html, /<figure class="cd-media"><div class="cd-image-placeholder cd-image-refused">Image not shown: media must be in the post&#39;s folder<span class="cd-src">[^<]*<\/span><\/div><figcaption class="cd-alt">Alt text: A mug of tea<\/figcaption><\/figure>/, src);
    }
    assert.equal(asked.length, 0);
    const html = renderPreview(post('./media//ridge.jpg'), { fileName: 'a.post.md', now: TODAY, imageUrl: (path) => (asked.push(path), `webview:/${path}`) })!.html;
    assert.deepEqual(asked, ['media/ridge.jpg']);
    assert.match(html, /<img class="cd-image" src="webview:\/media\/ridge\.jpg" alt="A mug of tea" data-src="\.\/media\/\/ridge\.jpg">/);
  });
});
