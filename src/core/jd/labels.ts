import type { EMPLOYMENT_TYPES, JobDescription, KPI_PERIODS, SALARY_PERIODS, VARIABLE_PAY_TYPES, WORKPLACES } from './schema';

// What a JD's keys and values are called in words: in messages and hovers, on the careers-page
// preview, and (issue 15) in exports. One typed table per kind, so a section or a value added
// to the schema does not compile until it has its words.

type JdKey = keyof JobDescription;

/** A section's names: `heading` as a candidate reads it on a careers page; `label` in messages, when the key alone is not plain English. */
export const SECTIONS: { readonly [K in JdKey]-?: { heading: string; label?: string } } = {
  title: { heading: 'Job title' },
  profile: { heading: 'Role profile' },
  department: { heading: 'Department' },
  location: { heading: 'Location' },
  employment_type: { heading: 'Employment type', label: 'employment type' },
  salary: { heading: 'Salary' },
  summary: { heading: 'Summary' },
  responsibilities: { heading: 'Responsibilities' },
  qualifications: { heading: 'Qualifications' },
  nice_to_have: { heading: 'Nice to have', label: 'nice-to-have qualifications' },
  skills: { heading: 'Skills' },
  daily_tasks: { heading: 'A typical day', label: 'daily tasks' },
  kpis: { heading: 'How success is measured', label: 'performance metrics' },
  reporting: { heading: 'Reporting', label: 'reporting structure' },
  brand_alignment: { heading: 'Brand voice', label: 'brand alignment' },
  platforms: { heading: 'Platforms' },
  tools: { heading: 'Tools' },
  crisis_communication: { heading: 'Crisis communication', label: 'crisis communication' },
  budget: { heading: 'Budget' },
  benefits: { heading: 'Benefits' },
  shifts: { heading: 'Hours and shifts' },
  physical_requirements: { heading: 'Physical requirements', label: 'physical requirements' },
  licenses: { heading: 'Licences and certificates' },
  right_to_work: { heading: 'Right to work', label: 'right to work' },
  how_to_apply: { heading: 'How to apply', label: 'how to apply' },
  date_posted: { heading: 'Posted', label: 'date posted' },
  apply_url: { heading: 'Apply at', label: 'application address' },
  direct_apply: { heading: 'Direct application', label: 'direct application' },
  job_id: { heading: 'Reference', label: 'job reference' },
  remote_from: { heading: 'Remote from', label: 'where remote candidates may live' },
  valid_through: { heading: 'Apply by', label: 'closing date' },
  disclosures: { heading: 'Disclosures' },
  other: { heading: 'More about the role', label: 'other sections' },
  equal_opportunity: { heading: 'Equal opportunity', label: 'equal opportunity statement' },
  review: { heading: 'Review' },
};

export const EMPLOYMENT_TYPE_NAMES: Readonly<Record<(typeof EMPLOYMENT_TYPES)[number], string>> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  volunteer: 'Volunteer',
  seasonal: 'Seasonal',
  apprenticeship: 'Apprenticeship',
  'per-diem': 'Per diem',
};

export const WORKPLACE_NAMES: Readonly<Record<(typeof WORKPLACES)[number], string>> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

export const SALARY_PERIOD_WORDS: Readonly<Record<(typeof SALARY_PERIODS)[number], string>> = { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year' };

export const KPI_PERIOD_NAMES: Readonly<Record<(typeof KPI_PERIODS)[number], string>> = { week: 'Weekly', month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' };

export const VARIABLE_PAY_NAMES: Readonly<Record<(typeof VARIABLE_PAY_TYPES)[number], string>> = {
  commission: 'commission',
  'on-target-earnings': 'on-target earnings',
  tips: 'tips',
  bonus: 'bonus',
  'shift-differential': 'shift differential',
  overtime: 'overtime',
  equity: 'equity',
  other: 'other pay',
};

export const QUALIFICATION_GROUPS: Readonly<Record<'education' | 'experience' | 'certifications', string>> = { education: 'Education', experience: 'Experience', certifications: 'Certifications' };

export const REPORTING_LABELS: Readonly<Record<'reports_to' | 'direct_reports' | 'approvals', string>> = { reports_to: 'Reports to', direct_reports: 'Direct reports', approvals: 'Approvals' };

/** `table[key]` when `key` is one of its own keys: never Object.prototype (`constructor`, `__proto__`). */
export function wordsFor(table: object, key: unknown): string | undefined {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? (table as Record<string, string>)[key] : undefined;
}

/** The heading of section `key`, or the key itself for one the schema does not know. */
export function sectionHeading(key: string): string {
  return Object.prototype.hasOwnProperty.call(SECTIONS, key) ? SECTIONS[key as JdKey].heading : key;
}

/** The sections of a careers page, in reading order: summary first, the legal statement last (the preview and the exports). */
export const CAREERS_PAGE_ORDER = [
  'summary',
  'responsibilities',
  'daily_tasks',
  'qualifications',
  'nice_to_have',
  'skills',
  'kpis',
  'reporting',
  'platforms',
  'tools',
  'brand_alignment',
  'crisis_communication',
  'budget',
  'benefits',
  'other',
  'shifts',
  'physical_requirements',
  'licenses',
  'right_to_work',
  'how_to_apply',
  'apply_url',
  'valid_through',
  'disclosures',
  'equal_opportunity',
] as const;

/** Sections written as paragraphs (a list there is shown as a list); every other section is a list or has its own layout. */
export const PROSE_SECTIONS: ReadonlySet<string> = new Set(['summary', 'brand_alignment', 'crisis_communication', 'budget', 'equal_opportunity', 'right_to_work', 'how_to_apply', 'apply_url', 'valid_through']);
