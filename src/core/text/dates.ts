// Dates as the rules write them in messages and compare them: YYYY-MM-DD, in UTC.

/** `date` as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
