import { SECTIONS } from './labels';
import type { JobDescription } from './schema';

export type JdKey = keyof JobDescription;

/** `kpis (performance metrics)`, or just the key when it reads well on its own. */
export function sectionName(key: string): string {
  const label = Object.prototype.hasOwnProperty.call(SECTIONS, key) ? SECTIONS[key as JdKey].label : undefined;
  return label ? `\`${key}\` (${label})` : `\`${key}\``;
}


/**
 * The lines a "add section" fix inserts, at indent `indent`. Values are left blank on purpose:
 * the fix never invents content, and jd/empty-section keeps asking until the user fills them.
 */
export function sectionSkeleton(key: JdKey, indent: string): string {
  const lines: Record<JdKey, string[]> = {
    title: ['title:'],
    profile: ['profile:'],
    department: ['department:'],
    location: ['location:', `${indent}city:`, `${indent}country:`, `${indent}workplace:`],
    employment_type: ['employment_type:'],
    salary: ['salary:', `${indent}min:`, `${indent}max:`, `${indent}currency:`, `${indent}period:`],
    summary: ['summary: >', `${indent}`],
    responsibilities: ['responsibilities:', `${indent}- `],
    qualifications: ['qualifications:', `${indent}- `],
    nice_to_have: ['nice_to_have:', `${indent}- `],
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
    shifts: ['shifts:', `${indent}- `],
    physical_requirements: ['physical_requirements:', `${indent}- `],
    licenses: ['licenses:', `${indent}- `],
    right_to_work: ['right_to_work: >', `${indent}`],
    how_to_apply: ['how_to_apply: >', `${indent}`],
    date_posted: ['date_posted:'],
    apply_url: ['apply_url:'],
    direct_apply: ['direct_apply:'],
    job_id: ['job_id:'],
    remote_from: ['remote_from: []'],
    valid_through: ['valid_through:'],
    disclosures: ['disclosures:', `${indent}- `],
    other: ['other:', `${indent}- heading:`, `${indent}  text: >`, `${indent}    `],
  };
  return lines[key].map((l) => l.replace(/\s+$/, '')).join('\n') + '\n';
}

