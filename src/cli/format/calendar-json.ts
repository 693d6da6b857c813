// The editorial calendar as JSON for scripts and schedulers' APIs: every post with its schedule
// and, per target, exactly the text the counters counted (docs/calendar.md has the shape and how
// it maps to Postiz, Buffer and Typefully).
import { localTime, utcText } from '../../core/calendar/days';
import type { HandoffPost } from '../../core/calendar/handoff';

/** The `version` of the shape: raised when a field changes meaning or goes away. */
export const CALENDAR_JSON_VERSION = 1;

export interface CalendarJsonOptions {
  now: Date;
  from?: string;
  to?: string;
}

/** The posts as one JSON document (pretty-printed, ending with a newline). */
export function jsonCalendar(posts: readonly HandoffPost[], options: CalendarJsonOptions): string {
  const document = {
    version: CALENDAR_JSON_VERSION,
    generated: utcText(options.now.getTime()),
    range: options.from || options.to ? { from: options.from ?? null, to: options.to ?? null } : null,
    posts: posts.map((post) => {
      const { entry } = post;
      const schedule = entry.schedule;
      const at = schedule?.at;
      const local = at !== undefined ? localTime(entry, at) : undefined;
      return {
        path: entry.path,
        line: entry.copy.line,
        title: entry.title,
        status: entry.status ?? null,
        campaign: entry.campaign ?? null,
        scheduled: at !== undefined ? utcText(at) : null,
        schedule: schedule
          ? {
              written: schedule.text,
              zone: local?.zone ?? entry.zone ?? null,
              local: local ? `${local.date}T${local.time}` : null,
              ...(schedule.problem ? { problem: `The schedule ${schedule.problem}` } : {}),
            }
          : null,
        targets: post.targets.map((t) => {
          const { parts: counted = [], ...whole } = t.counts ?? {};
          return { account: t.account, platform: t.platform, text: t.text, ...whole, parts: t.parts.map((part, i) => ({ text: part, ...counted[i] })), link: post.link ?? null, media: post.media };
        }),
      };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
