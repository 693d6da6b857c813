import { JD_KEYS, type JobDescription } from './schema';

export type JdKey = keyof JobDescription;

/** What a section is called in messages, where the key alone is not plain English. */
const LABELS: Partial<Record<JdKey, string>> = {
  kpis: 'performance metrics',
  reporting: 'reporting structure',
  daily_tasks: 'daily tasks',
  brand_alignment: 'brand alignment',
  crisis_communication: 'crisis communication',
  equal_opportunity: 'equal opportunity statement',
  employment_type: 'employment type',
};

/** `kpis (performance metrics)`, or just the key when it reads well on its own. */
export function sectionName(key: string): string {
  const label = LABELS[key as JdKey];
  return label ? `\`${key}\` (${label})` : `\`${key}\``;
}

/** The seven sections every social media JD needs (PRODUCT.md §1.1). */
export const DEFAULT_REQUIRED_SECTIONS: JdKey[] = ['responsibilities', 'qualifications', 'skills', 'daily_tasks', 'kpis', 'reporting', 'brand_alignment'];

/** Sections a good JD has; missing ones are pointed out as info. */
export const DEFAULT_RECOMMENDED_SECTIONS: JdKey[] = ['platforms', 'tools', 'crisis_communication', 'budget', 'equal_opportunity', 'salary'];

/**
 * The lines a "add section" fix inserts, at indent `indent`. Values are left blank on purpose:
 * the fix never invents content, and jd/empty-section keeps asking until the user fills them.
 */
export function sectionSkeleton(key: JdKey, indent: string): string {
  const lines: Record<JdKey, string[]> = {
    title: ['title:'],
    department: ['department:'],
    location: ['location:', `${indent}city:`, `${indent}country:`, `${indent}workplace:`],
    employment_type: ['employment_type:'],
    salary: ['salary:', `${indent}min:`, `${indent}max:`, `${indent}currency:`, `${indent}period:`],
    summary: ['summary: >', `${indent}`],
    responsibilities: ['responsibilities:', `${indent}- `],
    qualifications: ['qualifications:', `${indent}- `],
    skills: ['skills:', `${indent}- `],
    daily_tasks: ['daily_tasks:', `${indent}- `],
    kpis: ['kpis:', `${indent}- metric:`, `${indent}  target:`, `${indent}  period:`],
    reporting: ['reporting:', `${indent}reports_to:`, `${indent}direct_reports: []`, `${indent}approvals: []`],
    brand_alignment: ['brand_alignment: >', `${indent}`],
    platforms: ['platforms: []'],
    tools: ['tools: []'],
    crisis_communication: ['crisis_communication: >', `${indent}`],
    budget: ['budget: >', `${indent}`],
    benefits: ['benefits:', `${indent}- `],
    equal_opportunity: ['equal_opportunity: >', `${indent}`],
    review: ['review:', `${indent}last_reviewed:`, `${indent}owner:`],
  };
  return lines[key].map((l) => l.replace(/\s+$/, '')).join('\n') + '\n';
}

export { JD_KEYS };
