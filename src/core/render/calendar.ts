// The editorial calendar as HTML: a month grid (weeks as rows, Monday first), a week view and a
// list, each post an item marked by its platforms (colour and name) and its status (icon and
// word). The view switch and the campaign filter are radio buttons and CSS, so the shared page
// works without script; the VS Code webview reuses the same fragment and finds its way by data
// attributes: `data-view` on each view, `data-path` and `data-line` (1-based, the copy) on each
// post, `data-campaign` on posts and filters. Every user string is escaped.

import type { CalendarEntry, PostStatus } from '../calendar/entry';
import { localTime, type DayRange } from '../calendar/days';
import { PLATFORMS, isPlatformId } from '../platforms/registry';
import { escapeAttribute, escapeHtml } from './html';
import { renderPage } from './page';
import { BASE_STYLES, CALENDAR_STYLES } from './styles';

export type CalendarView = 'month' | 'week' | 'list';

/** How the calendar is shown. */
export interface CalendarRenderOptions extends DayRange {
  /** Days and times in this IANA zone; by default each post's own (its `timezone:`, else its offset, else UTC). */
  zone?: string;
  /** Marks today in the grids. */
  now?: Date;
  /** The view shown first (default month). */
  view?: CalendarView;
  /** The nonce for the fragment's own `<style>` (the campaign filter), under a webview's CSP. */
  nonce?: string;
  /** Posts get `tabindex="0"` and `role="button"`: the webview opens them on click and Enter. */
  interactive?: boolean;
  /** The heading (default "Editorial calendar"). */
  title?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Badge text per platform (the full name goes beside it for screen readers and in the title). */
const SHORT: Record<string, string> = { x: 'X', linkedin: 'LI', instagram: 'IG', facebook: 'FB', threads: 'TH', mastodon: 'MA', bluesky: 'BS', tiktok: 'TT' };

/** How each status is marked besides its word: a symbol every font has. */
const STATUS_MARKS: Record<PostStatus | 'none', { mark: string; label: string }> = {
  none: { mark: '○', label: 'No status' },
  draft: { mark: '✎', label: 'Draft' },
  review: { mark: '◐', label: 'In review' },
  approved: { mark: '✓', label: 'Approved' },
  scheduled: { mark: '◷', label: 'Scheduled' },
  published: { mark: '●', label: 'Published' },
};

/** A post placed on the calendar: its entry, its day and time where it is shown. */
interface Placed {
  entry: CalendarEntry;
  date: string;
  time: string;
  zone: string;
  /** Its campaign's index in the filter (0: no campaign). */
  campaign: number;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` (UTC arithmetic: calendar days, no zone). */
function dayNumber(date: string): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

function dateOf(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** 0 for Monday … 6 for Sunday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO 8601 week number of a day. */
function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const first = Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
  return { year, week: Math.floor((thursday - first) / 7) + 1 };
}

function longDate(date: string): string {
  const day = dayNumber(date);
  return `${WEEKDAYS[weekday(day)]} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function platformName(id: string): string {
  return isPlatformId(id) ? PLATFORMS[id].name : id;
}

function statusOf(entry: CalendarEntry): PostStatus | 'none' {
  return entry.status ?? 'none';
}

/** The attributes every post item carries, for the filter and for the webview. */
function itemAttributes(placed: Placed | { entry: CalendarEntry; campaign: number }, extra: string, interactive: boolean): string {
  const { entry } = placed;
  const first = entry.targets[0]?.platform ?? 'none';
  const cls = `cd-cal-item cd-cal-p-${isPlatformId(first) ? first : 'none'} cd-cal-s-${statusOf(entry)} cd-cal-c${placed.campaign}${extra ? ` ${extra}` : ''}`;
  const label = `${entry.title || 'Untitled post'} (${entry.path})`;
  return [
    `class="${cls}"`,
    `data-path="${escapeAttribute(entry.path)}"`,
    `data-line="${entry.copy.line}"`,
    `data-campaign="${escapeAttribute(entry.campaign ?? '')}"`,
    `data-status="${statusOf(entry)}"`,
    `data-platforms="${escapeAttribute(entry.targets.map((t) => t.platform).join(' '))}"`,
    `title="${escapeAttribute(label)}"`,
    interactive ? 'tabindex="0" role="button"' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function statusMark(entry: CalendarEntry, withWord: boolean): string {
  const { mark, label } = STATUS_MARKS[statusOf(entry)];
  return withWord
    ? `<span class="cd-cal-status"><span class="cd-cal-mark" aria-hidden="true">${mark}</span> ${escapeHtml(label)}</span>`
    : `<span class="cd-cal-status" title="${escapeAttribute(label)}"><span class="cd-cal-mark" aria-hidden="true">${mark}</span><span class="cd-cal-sr">${escapeHtml(label)}</span></span>`;
}

function badges(entry: CalendarEntry, full: boolean): string {
  if (entry.targets.length === 0) return '<span class="cd-cal-badges"><span class="cd-cal-badge cd-cal-p-none">no platform</span></span>';
  const items = entry.targets.map(({ name, platform }) => {
    const known = isPlatformId(platform);
    const long = platformName(platform) + (name !== platform ? ` (${name})` : '');
    const cls = `cd-cal-badge cd-cal-p-${known ? platform : 'none'}`;
    if (full) return `<span class="${cls}">${escapeHtml(long)}</span>`;
    return `<span class="${cls}" title="${escapeAttribute(long)}"><span aria-hidden="true">${escapeHtml(SHORT[platform] ?? platform)}</span><span class="cd-cal-sr">${escapeHtml(long)}</span></span>`;
  });
  return `<span class="cd-cal-badges">${items.join('')}</span>`;
}

function titleOf(entry: CalendarEntry): string {
  return entry.title ? escapeHtml(entry.title) : '<span class="cd-cal-untitled">Untitled post</span>';
}

/** A post in a day of the month grid: time, status mark, first line, platforms. */
function monthItem(placed: Placed, interactive: boolean): string {
  return `<li ${itemAttributes(placed, '', interactive)}><span class="cd-cal-line"><time class="cd-cal-time">${placed.time}</time>${statusMark(placed.entry, false)}<span class="cd-cal-title">${titleOf(placed.entry)}</span></span>${badges(placed.entry, false)}</li>`;
}

/** A post in the week view: more room, the status in words and the platforms by name. */
function weekItem(placed: Placed, interactive: boolean): string {
  const campaign = placed.entry.campaign ? `<span class="cd-cal-campaign">${escapeHtml(placed.entry.campaign)}</span>` : '';
  return `<li ${itemAttributes(placed, '', interactive)}><span class="cd-cal-line"><time class="cd-cal-time">${placed.time}</time>${statusMark(placed.entry, true)}</span><span class="cd-cal-title">${titleOf(placed.entry)}</span>${badges(placed.entry, true)}${campaign}</li>`;
}

function monthSection(year: number, month: number, byDate: Map<string, Placed[]>, today: string | undefined, interactive: boolean): string {
  const first = dayNumber(`${year}-${two(month)}-01`);
  const last = dayNumber(`${month === 12 ? year + 1 : year}-${two(month === 12 ? 1 : month + 1)}-01`) - 1;
  const start = first - weekday(first);
  const end = last + (6 - weekday(last));
  const rows: string[] = [];
  for (let week = start; week <= end; week += 7) {
    const cells: string[] = [];
    for (let day = week; day < week + 7; day++) {
      const date = dateOf(day);
      const inMonth = day >= first && day <= last;
      const posts = inMonth ? (byDate.get(date) ?? []) : [];
      const cls = ['cd-cal-day', inMonth ? '' : 'cd-cal-other', weekday(day) >= 5 ? 'cd-cal-weekend' : '', date === today ? 'cd-cal-today' : ''].filter(Boolean).join(' ');
      const label = `${longDate(date)}${posts.length > 0 ? `, ${posts.length} post${posts.length === 1 ? '' : 's'}` : ''}`;
      const list = posts.length > 0 ? `<ul class="cd-cal-items">${posts.map((p) => monthItem(p, interactive)).join('')}</ul>` : '';
      cells.push(`<td class="${cls}" data-date="${date}"${inMonth ? '' : ' aria-hidden="true"'}><span class="cd-cal-date" aria-label="${escapeAttribute(label)}">${inMonth ? Number(date.slice(8, 10)) : ''}</span>${list}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const head = WEEKDAYS.map((d) => `<th scope="col" abbr="${d}">${d.slice(0, 3)}</th>`).join('');
  const count = [...byDate.entries()].filter(([date]) => date.startsWith(`${year}-${two(month)}-`)).reduce((n, [, posts]) => n + posts.length, 0);
  return `<section class="cd-cal-month" data-month="${year}-${two(month)}"><h2>${MONTHS[month - 1]} ${year} <span class="cd-cal-count">${count} post${count === 1 ? '' : 's'}</span></h2><table class="cd-cal-grid"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function weekSection(monday: number, byDate: Map<string, Placed[]>, today: string | undefined, interactive: boolean): string {
  const { year, week } = isoWeek(monday);
  const sunday = monday + 6;
  const [a, b] = [dateOf(monday), dateOf(sunday)];
  const span = a.slice(0, 7) === b.slice(0, 7) ? `${Number(a.slice(8))}–${Number(b.slice(8))} ${MONTHS[Number(b.slice(5, 7)) - 1]} ${b.slice(0, 4)}` : `${Number(a.slice(8))} ${MONTHS[Number(a.slice(5, 7)) - 1]}${a.slice(0, 4) === b.slice(0, 4) ? '' : ` ${a.slice(0, 4)}`} – ${Number(b.slice(8))} ${MONTHS[Number(b.slice(5, 7)) - 1]} ${b.slice(0, 4)}`;
  const days: string[] = [];
  for (let day = monday; day <= sunday; day++) {
    const date = dateOf(day);
    const posts = byDate.get(date) ?? [];
    const cls = ['cd-cal-weekday', weekday(day) >= 5 ? 'cd-cal-weekend' : '', date === today ? 'cd-cal-today' : ''].filter(Boolean).join(' ');
    const list = posts.length > 0 ? `<ul class="cd-cal-items">${posts.map((p) => weekItem(p, interactive)).join('')}</ul>` : '<p class="cd-cal-none">No posts</p>';
    days.push(`<li class="${cls}" data-date="${date}"><h3><span class="cd-cal-wd">${WEEKDAYS[weekday(day)].slice(0, 3)}</span> ${Number(date.slice(8, 10))}</h3>${list}</li>`);
  }
  return `<section class="cd-cal-week" data-week="${year}-W${two(week)}"><h2>Week ${week}, ${escapeHtml(span)}</h2><ol class="cd-cal-weekgrid">${days.join('')}</ol></section>`;
}

function listSection(placed: Placed[], unscheduled: { entry: CalendarEntry; campaign: number }[], interactive: boolean): string {
  const head = '<thead><tr><th scope="col">Day</th><th scope="col">Time</th><th scope="col">Post</th><th scope="col">Platforms</th><th scope="col">Status</th><th scope="col">Campaign</th><th scope="col">File</th></tr></thead>';
  const row = (p: { entry: CalendarEntry; campaign: number }, day: string, time: string) =>
    `<tr ${itemAttributes(p, '', interactive)}><td class="cd-cal-when">${day}</td><td class="cd-cal-when">${time}</td><td class="cd-cal-title">${titleOf(p.entry)}</td><td>${badges(p.entry, true)}</td><td>${statusMark(p.entry, true)}</td><td class="cd-cal-campaign-cell">${p.entry.campaign ? escapeHtml(p.entry.campaign) : '<span class="cd-cal-muted">—</span>'}</td><td class="cd-cal-file">${escapeHtml(p.entry.path)}</td></tr>`;
  const rows = placed.map((p) => row(p, escapeHtml(longDate(p.date)), `<time>${p.time}</time> <span class="cd-cal-zone">${escapeHtml(p.zone)}</span>`));
  const rest = unscheduled.map((p) => {
    const problem = p.entry.schedule?.problem;
    const why = problem ? `<span class="cd-cal-problem">schedule ${escapeHtml(p.entry.schedule!.text)} ${escapeHtml(problem.split(':')[0])}</span>` : '<span class="cd-cal-muted">not scheduled</span>';
    return row(p, why, '');
  });
  if (rows.length + rest.length === 0) return '<p class="cd-cal-none">No posts.</p>';
  return `<table class="cd-cal-list">${head}<tbody>${rows.join('')}${rest.join('')}</tbody></table>`;
}

/**
 * The editorial calendar as an HTML fragment: a month grid per month, a week view of the weeks
 * with posts, and a list (posts without a moment at its end), with a view switch and a campaign
 * filter that work without script. Styles: CALENDAR_STYLES; the fragment's own `<style>` holds
 * the filter's rules (one per campaign). Never throws on content; every string is escaped.
 */
export function renderCalendar(entries: readonly CalendarEntry[], options: CalendarRenderOptions = {}): string {
  const interactive = Boolean(options.interactive);
  const campaigns = [...new Set(entries.map((e) => e.campaign).filter((c): c is string => c !== undefined))].sort((a, b) => a.localeCompare(b));
  const campaignIndex = new Map(campaigns.map((c, i) => [c, i + 1]));
  const indexOf = (entry: CalendarEntry) => (entry.campaign ? campaignIndex.get(entry.campaign)! : 0);
  const placed: Placed[] = [];
  const unscheduled: { entry: CalendarEntry; campaign: number }[] = [];
  for (const entry of entries) {
    const at = entry.schedule?.at;
    if (at === undefined) {
      if (!options.from && !options.to) unscheduled.push({ entry, campaign: indexOf(entry) });
      continue;
    }
    const local = localTime(entry, at, options.zone);
    if ((options.from && local.date < options.from) || (options.to && local.date > options.to)) continue;
    placed.push({ entry, date: local.date, time: local.time, zone: local.zone, campaign: indexOf(entry) });
  }
  placed.sort((a, b) => a.entry.schedule!.at! - b.entry.schedule!.at! || (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  const byDate = new Map<string, Placed[]>();
  for (const p of placed) {
    const list = byDate.get(p.date);
    if (list) list.push(p);
    else byDate.set(p.date, [p]);
  }
  const todayZone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = options.now ? localTime({ zone: todayZone }, options.now.getTime()).date : undefined;

  // The months shown: every month of the range (or from the first post to the last) when that is
  // at most two years, else only the months with posts (a typo such as 2207 must not make a page
  // of two centuries of empty grids).
  const firstDate = options.from ?? placed[0]?.date;
  const lastDate = options.to ?? placed[placed.length - 1]?.date;
  const months: [number, number][] = [];
  if (firstDate && lastDate && firstDate <= lastDate) {
    const [y0, m0] = [Number(firstDate.slice(0, 4)), Number(firstDate.slice(5, 7))];
    const [y1, m1] = [Number(lastDate.slice(0, 4)), Number(lastDate.slice(5, 7))];
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    if (span <= 24) for (let i = 0; i < span; i++) months.push([y0 + Math.floor((m0 - 1 + i) / 12), ((m0 - 1 + i) % 12) + 1]);
    else for (const key of new Set(placed.map((p) => p.date.slice(0, 7)))) months.push([Number(key.slice(0, 4)), Number(key.slice(5, 7))]);
  }
  const mondays = [...new Set(placed.map((p) => dayNumber(p.date) - weekday(dayNumber(p.date))))].sort((a, b) => a - b);

  const view = options.view ?? 'month';
  const radio = (name: string, id: string, value: string, checked: boolean, extra = '') => `<input class="cd-cal-toggle" type="radio" name="${name}" id="${id}" value="${escapeAttribute(value)}"${checked ? ' checked' : ''}${extra}>`;
  const views: [CalendarView, string][] = [
    ['month', 'Month'],
    ['week', 'Week'],
    ['list', 'List'],
  ];
  const toggles = [
    ...views.map(([v]) => radio('cd-cal-view', `cd-cal-view-${v}`, v, v === view)),
    radio('cd-cal-campaign', 'cd-cal-campaign-all', '', true, ' data-campaign-filter="all"'),
    ...campaigns.map((c, i) => radio('cd-cal-campaign', `cd-cal-campaign-${i + 1}`, c, false, ` data-campaign="${escapeAttribute(c)}"`)),
  ];
  const withoutCampaign = entries.some((e) => !e.campaign);
  if (withoutCampaign && campaigns.length > 0) toggles.push(radio('cd-cal-campaign', 'cd-cal-campaign-0', '', false, ' data-campaign=""'));

  // The filter's rules: one per campaign (the ids are numbers; names never reach the CSS).
  const rules: string[] = [];
  const filterIds = [...campaigns.map((_, i) => i + 1), ...(withoutCampaign && campaigns.length > 0 ? [0] : [])];
  for (const i of filterIds) {
    rules.push(`#cd-cal-campaign-${i}:checked~.cd-cal-views .cd-cal-item:not(.cd-cal-c${i}){display:none}`);
    rules.push(`#cd-cal-campaign-${i}:checked~.cd-cal-header label[for="cd-cal-campaign-${i}"]{background:var(--cd-cal-accent);color:var(--cd-cal-accent-fg);border-color:var(--cd-cal-accent)}`);
    rules.push(`#cd-cal-campaign-${i}:focus-visible~.cd-cal-header label[for="cd-cal-campaign-${i}"]{outline:2px solid var(--cd-cal-focus);outline-offset:1px}`);
  }
  const style = rules.length > 0 ? `<style${options.nonce ? ` nonce="${escapeAttribute(options.nonce)}"` : ''}>${rules.join('\n')}</style>` : '';

  const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
  const shownCount = placed.length + unscheduled.length;
  const zones = new Set(placed.map((p) => p.zone));
  const zoneNote = options.zone
    ? `Days and times in ${escapeHtml(options.zone)}.`
    : zones.size === 1
      ? `Days and times in ${escapeHtml([...zones][0])}.`
      : "Days and times in each post's own time zone.";
  const rangeNote =
    options.from || options.to
      ? ` From ${options.from ? escapeHtml(longDate(options.from)) : 'the first post'} to ${options.to ? escapeHtml(longDate(options.to)) : 'the last'}.`
      : '';
  const perCampaign = (c: string) => placed.filter((p) => p.entry.campaign === c).length + unscheduled.filter((p) => p.entry.campaign === c).length;
  const filterLabels = [
    `<label for="cd-cal-campaign-all">All campaigns</label>`,
    ...campaigns.map((c, i) => `<label for="cd-cal-campaign-${i + 1}" data-campaign="${escapeAttribute(c)}">${escapeHtml(c)} <span class="cd-cal-n">${perCampaign(c)}</span></label>`),
    ...(withoutCampaign && campaigns.length > 0 ? ['<label for="cd-cal-campaign-0" data-campaign="">No campaign</label>'] : []),
  ];
  const used = new Set(entries.flatMap((e) => e.targets.map((t) => t.platform)));
  const platformsUsed = Object.values(PLATFORMS).filter((p) => used.has(p.id)).map((p) => p.id);
  const legend = [
    ...platformsUsed.map((id) => (SHORT[id] === PLATFORMS[id].name ? `<li><span class="cd-cal-badge cd-cal-p-${id}">${SHORT[id]}</span></li>` : `<li><span class="cd-cal-badge cd-cal-p-${id}" aria-hidden="true">${SHORT[id]}</span> ${escapeHtml(PLATFORMS[id].name)}</li>`)),
    ...(['draft', 'review', 'approved', 'scheduled', 'published'] as const).map((s) => `<li class="cd-cal-legend-status cd-cal-s-${s}"><span class="cd-cal-mark" aria-hidden="true">${STATUS_MARKS[s].mark}</span> ${STATUS_MARKS[s].label}</li>`),
  ];
  const header = [
    '<header class="cd-cal-header">',
    `<h1>${escapeHtml(options.title ?? 'Editorial calendar')}</h1>`,
    `<p class="cd-cal-summary">${count(shownCount, 'post')}${campaigns.length > 0 ? `, ${count(campaigns.length, 'campaign')}` : ''}. ${zoneNote}${rangeNote}</p>`,
    '<div class="cd-cal-bar">',
    `<div class="cd-cal-switch" role="group" aria-label="View">${views.map(([v, label]) => `<label for="cd-cal-view-${v}">${label}</label>`).join('')}</div>`,
    campaigns.length > 0 ? `<div class="cd-cal-filter" role="group" aria-label="Campaign">${filterLabels.join('')}</div>` : '',
    '</div>',
    `<ul class="cd-cal-legend" aria-label="Legend">${legend.join('')}</ul>`,
    '</header>',
  ].join('');

  const nothing = '<p class="cd-cal-none">No scheduled posts in this range.</p>';
  const monthView = months.length > 0 ? months.map(([y, m]) => monthSection(y, m, byDate, today, interactive)).join('') : nothing;
  const weekView = mondays.length > 0 ? mondays.map((monday) => weekSection(monday, byDate, today, interactive)).join('') : nothing;
  return [
    `<div class="cd-cal" data-zone="${escapeAttribute(options.zone ?? '')}"${interactive ? ' data-interactive' : ''}>`,
    style,
    toggles.join(''),
    header,
    '<div class="cd-cal-views">',
    `<section class="cd-cal-view" data-view="month" aria-label="Month">${monthView}</section>`,
    `<section class="cd-cal-view" data-view="week" aria-label="Week">${weekView}</section>`,
    `<section class="cd-cal-view" data-view="list" aria-label="List">${listSection(placed, unscheduled, interactive)}</section>`,
    '</div>',
    '</div>',
  ].join('');
}

/** The calendar as a whole page to share: self-contained (styles inline, no script, nothing loaded). */
export function renderCalendarPage(entries: readonly CalendarEntry[], options: CalendarRenderOptions = {}): string {
  return `${renderPage(renderCalendar(entries, options), { title: options.title ?? 'Editorial calendar', titleSuffix: 'Copydesk', styles: CALENDAR_PAGE_STYLES })}\n`;
}

/** Every style the calendar page uses. */
export const CALENDAR_PAGE_STYLES = BASE_STYLES + CALENDAR_STYLES;
