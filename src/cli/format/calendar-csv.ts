// The editorial calendar as CSV for a scheduler's bulk upload or a spreadsheet: one row per post
// and target. RFC 4180: comma-separated, CRLF between records, a field in double quotes when it
// holds a comma, a quote, a line break or space at either end (quotes doubled inside). UTF-8,
// without a byte order mark unless asked (--bom, for Excel): a BOM in front of the first header
// breaks tools that match header names exactly.
import { localTime, utcText } from '../../core/calendar/days';
import type { HandoffPost } from '../../core/calendar/handoff';

export const CSV_COLUMNS = ['date', 'time', 'timezone', 'utc', 'platform', 'account', 'text', 'parts', 'link', 'media', 'campaign', 'status', 'file'] as const;

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows (header first) for the posts that have a moment, dates and times in `zone` or each post's own; each line ends with CRLF. */
export function csvCalendar(posts: readonly HandoffPost[], options: { bom?: boolean; zone?: string } = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const post of posts) {
    const at = post.entry.schedule?.at;
    if (at === undefined) continue;
    const local = localTime(post.entry, at, options.zone);
    for (const target of post.targets) {
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        date: local.date,
        time: local.time,
        timezone: local.zone,
        utc: utcText(at),
        platform: target.platform,
        account: target.account,
        text: target.text,
        parts: String(target.parts.length),
        link: post.link ?? '',
        media: post.media.map((m) => m.src).join('\n'),
        campaign: post.entry.campaign ?? '',
        status: post.entry.status ?? '',
        file: post.entry.path,
      };
      lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
    }
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
