/**
 * Where a limit cuts `text`: the largest prefix end (a UTF-16 offset that never splits a surrogate
 * pair) whose count stays within `limit`. Counts only grow with the prefix, so the search first
 * doubles a prefix from `limit` code units until it is over (a 1 MB copy is never counted whole
 * twenty times), then bisects inside the last step: O(c · log c) where c is about the cut, not n.
 * `total`, the count of the whole text, saves a count when the caller has it.
 */
export function offsetAtLimit(text: string, count: (text: string) => number, limit: number, total = count(text)): number {
  if (total <= limit) return text.length;
  let lo = 0;
  // Prefix ends that would split a surrogate pair move past its low half.
  const whole = (at: number) => (at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at + 1 : at);
  let hi = whole(Math.min(text.length, Math.max(1, limit)));
  while (hi < text.length && count(text.slice(0, hi)) <= limit) {
    lo = hi;
    hi = whole(Math.min(text.length, hi * 2));
  }
  while (hi - lo > 1) {
    let mid = (lo + hi) >> 1;
    const code = text.charCodeAt(mid);
    if (code >= 0xdc00 && code <= 0xdfff && mid - 1 > lo) mid--;
    if (count(text.slice(0, mid)) <= limit) lo = mid;
    else hi = mid;
  }
  return lo;
}
