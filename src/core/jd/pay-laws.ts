import { COUNTRY_CODES } from '../data/iso';
import { isoDay } from '../text/dates';
import type { Config } from '../config/schema';
import { PAY_LAWS, type PayLaw } from '../data/pay-transparency';

// Which pay-transparency laws a JD's location brings in, as of a date and for an employer size.
// Pure: the rule (jd/pay-transparency) and the hover on `location:` share it.

/** One place a JD says the role is, as far as the laws care. */
export interface Place {
  /** ISO 3166-1 alpha-2, upper case, when known. */
  country?: string;
  /** A region (state, province) code as the law table writes it ("CO", "ON"), when recognised. */
  region?: string;
  /** The city as written, when there is one. */
  city?: string;
  /** The role may be done remotely from this place (or from anywhere in it). */
  remote: boolean;
}

/** A law that applies to a JD, and whether it is in force or about to be. */
export interface AppliedLaw {
  law: PayLaw;
  status: 'in-force' | 'upcoming';
  /** Days until it takes effect (upcoming laws). */
  inDays?: number;
  /** It applies only because the role is remote and open across the country or region. */
  viaRemote: boolean;
}

/** Laws taking effect within this many days give warnings. */
export const UPCOMING_DAYS = 90;

const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  us: 'US',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states': 'US',
  'united states of america': 'US',
  america: 'US',
  canada: 'CA',
  austria: 'AT',
  österreich: 'AT',
  lithuania: 'LT',
  lietuva: 'LT',
}));

const ISO_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** Every region the table knows, by lower-case code and name, with its country. */
const REGIONS = new Map<string, { country: string; region: string }>();
/** Cities, by lower-case name: the laws' region for each (a city name is only believed in its region). */
const CITIES = new Map<string, { country: string; region?: string }[]>();
for (const law of PAY_LAWS) {
  const { country, region, regionNames, cities } = law.match;
  if (region) for (const name of [region, ...(regionNames ?? [])]) REGIONS.set(name.toLowerCase(), { country, region });
  for (const city of cities ?? []) {
    const list = CITIES.get(city.toLowerCase()) ?? [];
    if (!list.some((c) => c.country === country && c.region === region)) list.push({ country, region });
    CITIES.set(city.toLowerCase(), list);
  }
}

const REMOTE = /\b(?:remote(?:ly)?|anywhere|work(?:ing)? from home|wfh|telecommut\w*|distributed)\b/i;

/** The places a JD's `location:` names: a mapping, free text ("Denver, CO or remote (US)"), or a list of either. */
export function placesOf(location: unknown): Place[] {
  if (Array.isArray(location)) return location.flatMap(placesOf);
  if (location !== null && typeof location === 'object') return [placeOfMapping(location as Record<string, unknown>)];
  if (typeof location === 'string') return placesOfText(location);
  return [];
}

function placeOfMapping(value: Record<string, unknown>): Place {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  let country = text(value.country)?.toUpperCase();
  const regionText = text(value.region);
  const known = regionText ? REGIONS.get(regionText.toLowerCase()) : undefined;
  // A region the table knows in another country than the one given is not that region.
  const region = known && (!country || known.country === country) ? known.region : regionText;
  if (known && !country) country = known.country;
  const place: Place = { remote: value.workplace === 'remote' };
  if (country) place.country = country;
  if (region) place.region = region;
  const city = text(value.city);
  if (city) place.city = city;
  return place;
}

/** Free text: one place per "or"/";"/"/"/"·"-separated part, with remote and the bracketed country understood. */
function placesOfText(text: string): Place[] {
  const places: Place[] = [];
  const parts = text.split(/\s*(?:;|\/|·|\||\n|\bor\b|\band\b|&)\s*/i).filter((p) => p.trim() !== '');
  let lastCountry: string | undefined;
  for (const part of parts) {
    const words = part
      .split(/\s*[,()–—-]\s*|\s+-\s+/)
      .map((w) => w.trim())
      .filter((w) => w !== '');
    const place: Place = { remote: REMOTE.test(part) };
    for (const word of words.map((w) => w.replace(REMOTE, '').replace(/\s+/g, ' ').trim()).filter((w) => w !== '')) {
      const lower = word.toLowerCase().replace(/\.$/, '');
      // A two-letter code is a region the table knows first ("CA" after a city is California), then a country.
      const country = COUNTRY_WORDS.get(lower) ?? (/^[A-Z]{2}$/.test(word) && !REGIONS.has(lower) && ISO_COUNTRIES.has(word) ? word : undefined);
      if (country) {
        place.country = country;
        continue;
      }
      const region = REGIONS.get(lower);
      // "CA" after a city is California; a bare code must be upper case, a name any case.
      if (region && (word.length > 2 || word === word.toUpperCase())) {
        if (!place.region) {
          place.region = region.region;
          place.country ??= region.country;
          // "New York" names the state and the city at once.
          if (!place.city && CITIES.has(lower)) place.city = word;
          continue;
        }
      }
      if (!place.city) place.city = word;
    }
    if (place.country) lastCountry = place.country;
    places.push(place);
  }
  // "Denver or Boulder, Colorado, US": a part without a country shares the text's.
  for (const place of places) if (!place.country && lastCountry && (place.region || place.remote)) place.country = lastCountry;
  return places;
}

function cityMatches(place: Place, law: PayLaw): boolean {
  const cities = law.match.cities;
  if (!cities) return true;
  if (!place.city) return false;
  const city = place.city.toLowerCase();
  return cities.some((c) => c.toLowerCase() === city);
}

/** Does `law` cover a role at `place`? `viaRemote` when only because the role is remote across a wider area. */
function covers(law: PayLaw, place: Place): { covered: boolean; viaRemote: boolean } {
  const no = { covered: false, viaRemote: false };
  const { country, region, cities } = law.match;
  // A city name alone ("Cleveland") is believed when the table knows it in one region only.
  const cityRegions = place.city ? CITIES.get(place.city.toLowerCase()) : undefined;
  const placeCountry = place.country ?? (cityRegions?.length === 1 ? cityRegions[0].country : undefined);
  const placeRegion = place.region ?? (cityRegions?.length === 1 ? cityRegions[0].region : undefined);
  if (placeCountry !== country) return no;
  if (!region) return { covered: true, viaRemote: false };
  if (placeRegion === undefined) return place.remote && law.remote ? { covered: true, viaRemote: true } : no;
  if (placeRegion.toUpperCase() !== region.toUpperCase()) return no;
  if (!cities) return { covered: true, viaRemote: false };
  if (cityMatches(place, law)) return { covered: true, viaRemote: false };
  return place.remote && !place.city && law.remote ? { covered: true, viaRemote: true } : no;
}

/** Whole days from `from` to `to` (dates written YYYY-MM-DD, compared in UTC). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The laws that apply to a role at `places`, on `asOf` (YYYY-MM-DD), for an employer of
 * `employees` (undefined: unknown, which counts as covered). In force, or taking effect within
 * UPCOMING_DAYS. A superseded version of a law is not returned once its successor applies.
 */
export function lawsFor(places: readonly Place[], asOf: string, employees: number | undefined, laws: readonly PayLaw[] = PAY_LAWS): AppliedLaw[] {
  const out: AppliedLaw[] = [];
  for (const law of laws) {
    if (law.until !== undefined && asOf > law.until) continue;
    if (employees !== undefined && law.minEmployees !== undefined && employees < law.minEmployees) continue;
    // Where first, then when: most laws are for other places.
    let best: { covered: boolean; viaRemote: boolean } | undefined;
    for (const place of places) {
      const c = covers(law, place);
      if (c.covered && (!best || (best.viaRemote && !c.viaRemote))) best = c;
    }
    if (!best) continue;
    const inDays = daysBetween(asOf, law.inForce);
    if (inDays > UPCOMING_DAYS) continue;
    out.push(inDays > 0 ? { law, status: 'upcoming', inDays, viaRemote: best.viaRemote } : { law, status: 'in-force', viaRemote: best.viaRemote });
  }
  return out;
}

/** The laws a JD's location brings in, for the hover on `location:`. Markdown, or undefined when none. */
export function payLawsMarkdown(context: { config: Config; now: Date }, location: unknown): string | undefined {
  const asOf = context.config.jd.as_of ?? isoDay(context.now);
  const laws = lawsFor(placesOf(location), asOf, context.config.organization?.employees);
  if (laws.length === 0) return undefined;
  const lines = ['**Pay-transparency laws for this location**', ''];
  for (const a of laws) lines.push(`- ${describeLaw(a.law, a)}`);
  lines.push('', `Judged on ${asOf}${context.config.organization?.employees !== undefined ? ` for an employer of ${context.config.organization.employees}` : ' (employer size unknown: every law counts)'}. Not legal advice: see the rule's page for sources.`);
  return lines.join('\n');
}

function describeLaw(law: PayLaw, applied: AppliedLaw): string {
  const r = law.requires;
  const needs = [
    r.pay === 'range' ? 'a pay range (minimum and maximum)' : 'the pay or a pay range',
    r.goodFaith ? 'in good faith' : '',
    r.benefits ? 'a general description of benefits' : '',
    r.otherPay ? 'other pay (bonus, commission)' : '',
    r.maxWidth ? `a range at most ${fmt(r.maxWidth.width)} ${r.maxWidth.currency} wide` : '',
    r.deadline ? 'the application deadline' : '',
    ...(r.statements ?? []).map((s) => lowerFirst(s.text).replace(/\.$/, '')),
  ].filter((p) => p !== '');
  const when = applied.status === 'upcoming' ? `from ${law.inForce} (in ${applied.inDays} days)` : `in force since ${law.inForce}`;
  const size = law.minEmployees !== undefined ? `; employers of ${law.minEmployees}+` : '';
  return `**${law.jurisdiction}**: [${law.name}](${law.sources[0].url}), ${when}${size}${applied.viaRemote ? '; applies because the role is remote' : ''}. Requires ${needs.join(', ')}.`;
}

/** 50,000: amounts as messages write them. */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** "A statement…" → "a statement…", for a sentence from the table used mid-sentence. */
export function lowerFirst(s: string): string {
  return /^[A-Z](?:[a-z]| )/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
