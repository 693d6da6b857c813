import { isScalar } from 'yaml';
import { isTimeZone, readSchedule } from '../../text/time';
import type { Rule } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import type { PostContext } from '../context';

/** post/schedule-invalid: the schedule names one moment: a real date and time, with an offset or a known time zone. */
export const scheduleInvalid: Rule<PostContext> = {
  id: 'post/schedule-invalid',
  description: '`schedule:` names one moment: ISO 8601 with an offset, or a local date and time with a known IANA `timezone:` (or `calendar.timezone`), that exists on that day.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed, frontMatter, config }, report) {
    if (!frontMatter) return;
    const root = parsed.frontMatter.parsed.doc.contents;
    const text = parsed.text;
    const zonePair = pairOf(root, 'timezone');
    const ownZone = isScalar(zonePair?.value) && typeof zonePair!.value.value === 'string' ? zonePair!.value.value.trim() : undefined;
    if (ownZone && !isTimeZone(ownZone)) {
      report({ message: `'${ownZone}' is not a known IANA time zone: write one such as Europe/Berlin, America/New_York or UTC.`, range: nodeRange(text, zonePair!.value)! });
      return;
    }
    const schedule = pairOf(root, 'schedule');
    const value = isScalar(schedule?.value) ? schedule!.value.value : undefined;
    if (typeof value !== 'string' || value.trim() === '') return; // post/schema reports other kinds of value; post/status-flow a scheduled post without one
    const { problem } = readSchedule(value, ownZone || config.calendar?.timezone?.trim() || undefined);
    if (problem) report({ message: `The schedule '${value}' ${problem}.`, range: nodeRange(text, schedule!.value)! });
  },
};
