/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once the distance must exceed `limit`: typo suggestions never cost more than O(n·limit).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let curr = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[n];
}

/**
 * The candidate a user most likely meant by `word`, or undefined when nothing is close.
 * Case and `-`/`_`/space differences are free; otherwise up to a third of the word may differ.
 */
export function closestMatch(word: string, candidates: Iterable<string>, synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  if (word.length === 0 || word.length > 64) return undefined;
  const list = [...candidates];
  const normal = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, '');
  const target = normal(word);
  const synonym = synonyms[target];
  if (synonym !== undefined && list.includes(synonym)) return synonym;
  const limit = Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const c = normal(candidate);
    if (c === target) return candidate;
    const d = editDistance(target, c, limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  // Nothing close by spelling: "warn" for "warning", "camelcase" for "camel": one candidate the word starts or is the start of.
  if (target.length >= 3) {
    const prefixed = list.filter((c) => {
      const n = normal(c);
      const shorter = Math.min(n.length, target.length);
      // Most of the word must be there: "warn" → "warning", but not "brand" → "brand_alignment".
      return shorter >= 3 && shorter * 2 >= Math.max(n.length, target.length) && (n.startsWith(target) || target.startsWith(n));
    });
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/**
 * The first `max` items, then "and N more": a message names a few examples, never a whole post
 * (a list of 2,000 hashtags in one message swamped the editor's hover, the CLI and the preview).
 */
export function cappedList(items: readonly string[], max: number, separator = ' '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${(items.length - max).toLocaleString('en-US')} more`;
}

/** "a, b or c" for messages. */
export function listInWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
