/**
 * Where the feed cuts `text` with "see more" on a platform that shows `seeMore` (a count of
 * characters, or only the first line), or undefined when all of it is shown. Shared by post/truncated-preview
 * and the preview, so both cut at the same place.
 */
export function seeMoreCut(text: string, seeMore: number | 'first-line' | undefined): number | undefined {
  if (seeMore === undefined) return undefined;
  let cut: number;
  if (seeMore === 'first-line') {
    const newline = text.search(/\r?\n/);
    if (newline < 0) return undefined;
    cut = newline + (text[newline] === '\r' ? 2 : 1);
    while (cut < text.length && /\s/.test(text[cut])) cut++;
  } else {
    if (text.length <= seeMore) return undefined;
    cut = seeMore;
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
  }
  return cut < text.length ? cut : undefined;
}
