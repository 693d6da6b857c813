import * as z from 'zod';
import { COUNTRY_CODES } from '../data/iso';

// The single source of truth for `*.jd.yaml`: the TypeScript types, validation (jd/schema) and
// the generated schemas/jd.schema.json all come from here. Every section is optional at this
// level because which sections are required is policy (`.copydesk.yaml` `jd:`), checked by
// jd/missing-section; only `title` is always required.

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'seasonal', 'apprenticeship', 'per-diem'] as const;
export const VARIABLE_PAY_TYPES = ['commission', 'on-target-earnings', 'tips', 'bonus', 'shift-differential', 'overtime', 'equity', 'other'] as const;
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const KPI_PERIODS = ['week', 'month', 'quarter', 'year'] as const;

function buildJdSchema() {
  const text = z.string().trim().min(1);
  const textList = z.array(z.string()).meta({ description: 'A list: one `- item` per line.' });
  const textOrList = z.union([z.string(), z.array(z.string())]);

  const location = z.union([
    text.meta({ description: 'Where the role is based, as free text ("Berlin or remote (EU)").' }),
    z.strictObject({
      city: z.string().optional().meta({ description: 'City.' }),
      region: z.string().optional().meta({ description: 'State, province or region.' }),
      country: z.enum(COUNTRY_CODES).optional().meta({ description: 'A two-letter country code, e.g. DE for Germany or GB for the United Kingdom.' }),
      workplace: z.enum(WORKPLACES).optional().meta({ description: 'onsite | hybrid | remote' }),
    }),
  ]);

  const variablePay = z.strictObject({
    type: z.enum(VARIABLE_PAY_TYPES).meta({ description: 'commission | on-target-earnings | tips | bonus | shift-differential | overtime | equity | other' }),
    description: z.string().optional().meta({ description: 'How it works, in a sentence ("10% of new annual contract value, uncapped").' }),
    min: z.number().optional().meta({ description: 'Lowest expected amount, a plain number.' }),
    max: z.number().optional().meta({ description: 'Highest expected amount, a plain number.' }),
    period: z.enum(SALARY_PERIODS).optional().meta({ description: 'hour | day | week | month | year' }),
  });

  const salary = z
    .strictObject({
      min: z.number().optional().meta({ description: 'Lowest pay in the range, a plain number (55000).' }),
      max: z.number().optional().meta({ description: 'Highest pay in the range, a plain number (70000).' }),
      currency: z.string().optional().meta({ description: 'ISO 4217 currency code, e.g. EUR.' }),
      period: z.enum(SALARY_PERIODS).optional().meta({ description: 'hour | day | week | month | year' }),
      variable: z.array(variablePay).optional().meta({ description: 'Pay beside the base range: commission, on-target earnings, tips, bonus, shift differentials, overtime, equity. Each: type, description, min, max, period.' }),
    })
    .meta({ description: 'The pay range: min, max, currency (e.g. EUR) and period; variable pay beside it.' });

  const kpi = z.strictObject({
    metric: z.string().optional().meta({ description: 'What is measured, e.g. "Engagement rate".' }),
    target: z
      .union([z.string(), z.number()])
      .optional()
      .meta({ description: 'The goal; must contain a number to be measurable ("+15%", "2 hours").' }),
    period: z.enum(KPI_PERIODS).optional().meta({ description: 'week | month | quarter | year' }),
    platforms: z.array(z.string()).optional().meta({ description: 'Platforms the metric is measured on.' }),
  });

  const qualifications = z.union([
    textList,
    z.strictObject({
      education: textOrList.optional().meta({ description: 'Degrees or equivalent experience.' }),
      experience: textOrList.optional().meta({ description: 'Years and kinds of experience.' }),
      certifications: textOrList.optional().meta({ description: 'Certifications.' }),
    }),
  ]);

  const reporting = z.strictObject({
    reports_to: z.string().optional().meta({ description: 'The role this one reports to.' }),
    direct_reports: z.array(z.string()).optional().meta({ description: 'Roles reporting to this one ([] for none).' }),
    approvals: z.array(z.string()).optional().meta({ description: 'Who approves this role\'s public copy.' }),
  });

  const review = z.strictObject({
    last_reviewed: z.iso
      .date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-01-15.' })
      .optional()
      .meta({ description: 'When the JD was last reviewed (YYYY-MM-DD). Checked by jd/review-overdue.' }),
    owner: z.string().optional().meta({ description: 'Who keeps this JD current.' }),
  });

  // The job description file, `*.jd.yaml`.
  return z
    .strictObject({
      title: text.meta({ description: 'The job title candidates search for. Required.' }),
      profile: z.string().optional().meta({ description: 'Which sections this JD needs: social (a social media role: the seven sections), general (any role), or a profile defined in .copydesk.yaml. Without it: jd.profile, else inferred from the title.' }),
      department: z.string().optional().meta({ description: 'Team or department.' }),
      location: z
        .union([location, z.array(location).min(1)])
        .optional()
        .meta({ description: 'Text, or { city, region, country, workplace }, or a list of them for a role open in several places.' }),
      employment_type: z.enum(EMPLOYMENT_TYPES).optional().meta({ description: 'full-time | part-time | contract | temporary | internship | volunteer | seasonal | apprenticeship | per-diem' }),
      salary: salary.optional(),
      summary: z.string().optional().meta({ description: 'One paragraph a candidate reads first.' }),
      responsibilities: textList.optional().meta({ description: 'What the person will own and deliver.' }),
      qualifications: qualifications.optional().meta({ description: 'What a candidate brings: a list, or { education, experience, certifications }.' }),
      nice_to_have: textList.optional().meta({ description: 'What would help but is not required ("Nice to have", "Preferred").' }),
      skills: textList.optional().meta({ description: 'Hard and soft skills the role needs.' }),
      daily_tasks: textList.optional().meta({ description: 'What a typical day involves.' }),
      kpis: z.array(kpi).optional().meta({ description: 'How performance is measured: metric, a target with a number, period.' }),
      reporting: reporting.optional().meta({ description: 'Who the role reports to (reports_to), who reports to it (direct_reports) and who approves its copy (approvals).' }),
      brand_alignment: z.string().optional().meta({ description: 'How the role guards brand voice and values.' }),
      platforms: z.array(z.string()).optional().meta({ description: 'Platforms the role works on, with their specific requirements.' }),
      tools: z.array(z.string()).optional().meta({ description: 'Analytics and social media management tools.' }),
      crisis_communication: z.string().optional().meta({ description: 'How the role handles a crisis or backlash.' }),
      budget: z.string().optional().meta({ description: 'Ad spend or budget the role manages.' }),
      benefits: z.array(z.string()).optional().meta({ description: 'What the employer offers.' }),
      shifts: textOrList.optional().meta({ description: 'Working hours and shifts ("Nights, three 12-hour shifts a week").' }),
      physical_requirements: textOrList.optional().meta({ description: 'What the work asks of the body (lifting, standing), so candidates can ask for adjustments.' }),
      licenses: textOrList.optional().meta({ description: 'Licences, registrations or certificates required by law (RN licence, forklift certificate, driving licence).' }),
      right_to_work: z.string().optional().meta({ description: 'Work authorisation or visa sponsorship ("We sponsor visas").' }),
      how_to_apply: z.string().optional().meta({ description: 'How and where to apply, and what to send.' }),
      date_posted: z.iso
        .date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-01-15.' })
        .optional()
        .meta({ description: 'When the job was first posted (YYYY-MM-DD): datePosted in the JobPosting JSON-LD.' }),
      apply_url: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'Where candidates apply (https://…).' }),
      direct_apply: z.boolean().optional().meta({ description: 'true when apply_url (or the page the JD is published on) lets candidates apply there directly, without signing up elsewhere.' }),
      job_id: z.string().trim().min(1).optional().meta({ description: 'Your own reference for the job ("CN-2027-14"): identifier in the JSON-LD.' }),
      remote_from: z
        .array(z.string().trim().min(1))
        .optional()
        .meta({ description: 'For a remote role: the countries (two-letter codes, e.g. US) or states where the person may live and work.' }),
      valid_through: z.iso
        .date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-01-15.' })
        .optional()
        .meta({ description: 'The closing date for applications (YYYY-MM-DD).' }),
      disclosures: textList.optional().meta({ description: 'Statements a law asks postings to make, e.g. whether AI screens applications and whether the vacancy exists (Ontario).' }),
      other: z
        .array(
          z.strictObject({
            heading: text.meta({ description: 'The section\'s heading, as a candidate reads it.' }),
            text: z.string().optional().meta({ description: 'Its paragraphs.' }),
            items: z.array(z.string()).optional().meta({ description: 'Its list, one `- item` per line.' }),
          }),
        )
        .optional()
        .meta({ description: 'Sections of their own that fit no other key (copydesk import keeps an unknown heading here): heading, then text or items.' }),
      equal_opportunity: z.string().optional().meta({ description: 'Equal opportunity statement.' }),
      review: review.optional().meta({ description: 'When the JD was last reviewed (last_reviewed) and who keeps it current (owner).' }),
    })
    .meta({ title: 'Copydesk job description', description: 'A job description (*.jd.yaml) checked by Copydesk.' });
}

let built: ReturnType<typeof buildJdSchema> | undefined;

/**
 * The schema of a job description file, `*.jd.yaml`, built on first use: building the three
 * zod schemas at load time was a third of the extension's start-up work (bench: activation).
 */
export function jdSchema(): ReturnType<typeof buildJdSchema> {
  return (built ??= buildJdSchema());
}

export type JobDescription = z.infer<ReturnType<typeof buildJdSchema>>;

let keys: readonly (keyof JobDescription)[] | undefined;

/** Every top-level key a JD may have, in the order the schema lists them. */
export function jdKeys(): readonly (keyof JobDescription)[] {
  return (keys ??= Object.keys(jdSchema().shape) as (keyof JobDescription)[]);
}
