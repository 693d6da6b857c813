// The schema.org JobPosting of a JD, as Google's job search reads it
// (https://developers.google.com/search/docs/appearance/structured-data/job-posting): title,
// description (HTML with the tags Google recognises: <p>, <ul>, <li>, <br>), datePosted,
// hiringOrganization, jobLocation as a Place with a PostalAddress, or for a remote role
// jobLocationType TELECOMMUTE with applicantLocationRequirements; validThrough, baseSalary,
// employmentType, identifier and directApply when the JD gives them. Typed with schema-dts.

import type { Country, JobPosting, MonetaryAmount, Organization, Place, WithContext } from 'schema-dts';
import type { Config } from '../config/schema';
import { isBlank } from '../jd/context';
import { isPlainObject, plainText } from '../jd/describe';
import type { EMPLOYMENT_TYPES, SALARY_PERIODS } from '../jd/schema';
import { escapeHtml } from '../render/html';
import type { Block, ExportDocument } from './model';

/** Google's employmentType values for ours (a seasonal job is temporary work). */
export const EMPLOYMENT_TYPE_JSONLD: Readonly<Record<(typeof EMPLOYMENT_TYPES)[number], string>> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  volunteer: 'VOLUNTEER',
  seasonal: 'TEMPORARY',
  apprenticeship: 'OTHER',
  'per-diem': 'PER_DIEM',
};

/** Google's unitText for a salary period. */
export const SALARY_UNIT_JSONLD: Readonly<Record<(typeof SALARY_PERIODS)[number], string>> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => escapeHtml(l.trim()))
    .join('<br>');

function descriptionBlock(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${lines(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${lines(i)}</li>`).join('')}</ul>`;
    case 'subheading':
      return `<p><strong>${escapeHtml(b.text)}</strong></p>`;
    case 'fields':
      return `<ul>${b.rows.map(([label, value]) => `<li>${escapeHtml(label)}: ${lines(value)}</li>`).join('')}</ul>`;
  }
}

/** The description: every section under its heading, in the HTML Google recognises. */
export function jobPostingDescription(doc: ExportDocument): string {
  return doc.sections.map((s) => `<p><strong>${escapeHtml(s.heading)}</strong></p>${s.blocks.map(descriptionBlock).join('')}`).join('\n');
}

type Location = { city?: string; region?: string; country?: string; workplace?: string; text?: string };

function locationsOf(value: unknown): Location[] {
  if (isBlank(value)) return [];
  if (Array.isArray(value)) return value.flatMap(locationsOf);
  if (!isPlainObject(value)) return [{ text: plainText(value).trim() }];
  const field = (k: string) => (isBlank(value[k]) ? undefined : plainText(value[k]).trim());
  return [{ city: field('city'), region: field('region'), country: field('country')?.toUpperCase(), workplace: field('workplace') }];
}

function place(location: Location): Place {
  const address: Record<string, string> = { '@type': 'PostalAddress' };
  if (location.city) address.addressLocality = location.city;
  else if (location.text) address.addressLocality = location.text;
  if (location.region) address.addressRegion = location.region;
  if (location.country) address.addressCountry = location.country;
  return { '@type': 'Place', address: address as never };
}

/** The JobPosting of `jd` (its plain value) under `config`'s organization. */
export function jobPosting(jd: Record<string, unknown>, doc: ExportDocument, config: Config): WithContext<JobPosting> {
  const posting: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'JobPosting', title: doc.title, description: jobPostingDescription(doc) };
  if (typeof jd.date_posted === 'string') posting.datePosted = jd.date_posted;
  if (typeof jd.valid_through === 'string') posting.validThrough = jd.valid_through;
  const organization = config.organization;
  const name = organization?.name ?? config.brand;
  if (name) {
    const hiring: Organization = { '@type': 'Organization', name, ...(organization?.url ? { sameAs: organization.url } : {}), ...(organization?.logo ? { logo: organization.logo } : {}) };
    posting.hiringOrganization = hiring;
  }
  const locations = locationsOf(jd.location);
  const remote = locations.length > 0 && locations.every((l) => l.workplace === 'remote');
  const onSite = locations.filter((l) => l.workplace !== 'remote' && (l.city || l.region || l.country || l.text));
  if (onSite.length > 0) posting.jobLocation = onSite.length === 1 ? place(onSite[0]) : onSite.map(place);
  if (remote || (Array.isArray(jd.remote_from) && !isBlank(jd.remote_from))) {
    if (remote) posting.jobLocationType = 'TELECOMMUTE';
    const areas = Array.isArray(jd.remote_from) && !isBlank(jd.remote_from) ? jd.remote_from.filter((a) => !isBlank(a)).map((a) => plainText(a).trim()) : locations.map((l) => l.country).filter((c): c is string => c !== undefined);
    const countries: Country[] = [...new Set(areas)].map((area) => ({ '@type': 'Country', name: area }));
    if (countries.length > 0) posting.applicantLocationRequirements = countries.length === 1 ? countries[0] : countries;
  }
  if (typeof jd.employment_type === 'string' && Object.prototype.hasOwnProperty.call(EMPLOYMENT_TYPE_JSONLD, jd.employment_type)) posting.employmentType = EMPLOYMENT_TYPE_JSONLD[jd.employment_type as keyof typeof EMPLOYMENT_TYPE_JSONLD];
  const salary = jd.salary;
  if (isPlainObject(salary) && typeof salary.currency === 'string' && (typeof salary.min === 'number' || typeof salary.max === 'number')) {
    const min = typeof salary.min === 'number' ? salary.min : undefined;
    const max = typeof salary.max === 'number' ? salary.max : undefined;
    const unit = typeof salary.period === 'string' && Object.prototype.hasOwnProperty.call(SALARY_UNIT_JSONLD, salary.period) ? SALARY_UNIT_JSONLD[salary.period as keyof typeof SALARY_UNIT_JSONLD] : undefined;
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue' };
    if (min !== undefined && max !== undefined && min === max) value.value = min;
    else {
      if (min !== undefined) value.minValue = min;
      if (max !== undefined) value.maxValue = max;
    }
    if (unit) value.unitText = unit;
    const amount: MonetaryAmount = { '@type': 'MonetaryAmount', currency: salary.currency.toUpperCase(), value: value as never };
    posting.baseSalary = amount;
  }
  if (typeof jd.job_id === 'string' && jd.job_id.trim() !== '') posting.identifier = { '@type': 'PropertyValue', name: name ?? 'Job reference', value: jd.job_id.trim() };
  if (typeof jd.direct_apply === 'boolean') posting.directApply = jd.direct_apply;
  return posting as unknown as WithContext<JobPosting>;
}
