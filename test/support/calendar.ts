import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeFileHost } from '../../src/cli/host';
import { CalendarIndex, ConfigLoader, analyzePost, calendarEntry, resolveConfig } from '../../src/core/index';
import { FIXTURES, TODAY } from './paths';

/**
 * The editorial calendar a rule fixture is checked against: the posts in its rule folder's
 * `calendar/` subfolder, when there is one (the fixtures themselves are not in it, so they never meet).
 */
export async function fixtureCalendar(path: string): Promise<CalendarIndex | undefined> {
  const folder = join(dirname(path), 'calendar');
  if (!existsSync(folder)) return undefined;
  const index = new CalendarIndex();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.post.md'))) {
    const other = join(folder, file);
    const { config } = await new ConfigLoader(nodeFileHost, FIXTURES).configFor(other);
    index.set(calendarEntry(other, analyzePost(readFileSync(other, 'utf8'), resolveConfig(config), TODAY)));
  }
  return index;
}
