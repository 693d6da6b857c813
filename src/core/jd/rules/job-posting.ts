import type { Fix, Rule } from '../../types';
import { rangeForPath } from '../../yaml/document';
import { asRecord, isBlank, type JdContext } from '../context';
import { isPlainObject } from '../describe';
import { addSectionsFix } from '../insert';
import { titleRange } from '../prose';

/**
 * jd/job-posting: with `export: [jsonld]`, what Google's job search requires of a JobPosting and
 * the JD lacks (developers.google.com/search/docs/appearance/structured-data/job-posting):
 * datePosted, the employer's name, and a job location with its country, or for a 100% remote
 * role the countries applicants may live in. What Google only recommends (a closing date, pay,
 * the employment type) other rules already ask for.
 */
export const jobPosting: Rule<JdContext> = {
  id: 'jd/job-posting',
  description: 'With `export: [jsonld]` in .copydesk.yaml, the JD has what Google\'s job search requires of a JobPosting: date_posted, the employer\'s name, and a location with a country (or, for a remote role, remote_from).',
  defaultSeverity: 'warning',
  fileKind: 'jd',
  check(context, report) {
    if (!context.config.export?.includes('jsonld')) return;
    const jd = asRecord(context);
    if (!jd) return;
    const title = titleRange(context.parsed);
    if (!title) return;
    const add = (key: string): Fix[] => {
      const fix = addSectionsFix(context, [key], `Add ${key}`);
      return fix ? [fix] : [];
    };
    if (isBlank(jd.date_posted)) {
      report({ message: 'Google\'s job search needs the date the job was posted: add `date_posted: YYYY-MM-DD` (datePosted in the JSON-LD).', range: 'date_posted' in jd ? rangeForPath(context.parsed, ['date_posted'], 'key') : title, fixes: 'date_posted' in jd ? [] : add('date_posted') });
    }
    const employer = context.config.organization?.name ?? context.config.brand;
    if (employer === undefined || employer.trim() === '') {
      report({ message: 'Google\'s job search needs the employer\'s name: set `organization.name` in .copydesk.yaml (hiringOrganization in the JSON-LD).', range: title });
    }
    const location = jd.location;
    if (isBlank(location)) {
      report({ message: 'Google\'s job search needs where the job is: add `location` with city, region and country, or for a 100% remote role `workplace: remote` and `remote_from`.', range: title, fixes: 'location' in jd ? [] : add('location') });
      return;
    }
    const places = Array.isArray(location) ? location : [location];
    const remote = places.every((p) => isPlainObject(p) && p.workplace === 'remote');
    places.forEach((place, i) => {
      const path = Array.isArray(location) ? ['location', i] : ['location'];
      if (!isPlainObject(place)) {
        report({ message: 'Google\'s job search reads a postal address, not text: write this location as `{ city, region, country }` (a two-letter country code), with `workplace` if it helps.', range: rangeForPath(context.parsed, path) });
      } else if (place.workplace !== 'remote' && isBlank(place.country)) {
        report({ message: 'Google\'s job search needs the country of each job location: add `country:` (a two-letter code such as US or DE).', range: rangeForPath(context.parsed, path, 'key') });
      }
    });
    if (remote && isBlank(jd.remote_from) && places.every((p) => isPlainObject(p) && isBlank(p.country))) {
      report({ message: 'A 100% remote role needs the countries (or states) applicants may live in: add `remote_from: [US]` (applicantLocationRequirements in the JSON-LD), and say in the text that the role is fully remote.', range: rangeForPath(context.parsed, ['location'], 'key'), fixes: 'remote_from' in jd ? [] : add('remote_from') });
    }
  },
};
