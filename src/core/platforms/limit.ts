/**
 * Where a limit cuts `text`: the largest prefix end (a UTF-16 offset that never splits a surrogate
 * pair) whose count stays within `limit`. Binary search, so any counter works in O(n log n).
 */
export function offsetAtLimit(text: string, count: (text: string) => number, limit: number): number {
  if (count(text) <= limit) return text.length;
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    let mid = (lo + hi) >> 1;
    const code = text.charCodeAt(mid);
    if (code >= 0xdc00 && code <= 0xdfff && mid - 1 > lo) mid--;
    if (count(text.slice(0, mid)) <= limit) lo = mid;
    else hi = mid;
  }
  return lo;
}
