import * as z from 'zod';
import { BUILT_IN_PROFILES, type JdPolicy } from '../jd/profiles';
import { jdKeys } from '../jd/schema';
import { PLATFORM_IDS } from '../platforms/ids';
import { ACRONYM_PACK_NAMES } from '../data/acronyms';
import { isTimeZone } from '../text/time';

// The single source of truth for `.copydesk.yaml`: validation (config/invalid), defaults and
// schemas/copydesk.schema.json.

/** The severities a rule may be set to in `rules:`. */
const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

function buildConfigSchema() {
  const severitySetting = z.enum(SEVERITY_SETTINGS);
  const jdKey = z.enum(jdKeys() as [string, ...string[]]);
  const words = z.array(z.string().min(1));
  /** A vocabulary word or phrase: blank text would match nothing (or everything). */
  const term = z.string().regex(/\S/, { message: 'A term cannot be empty or only spaces' });
  const terms = z.array(term);
  const fileKinds = z.array(z.enum(['jd', 'post'])).min(1);
  const profileName = z.string().regex(/^[a-z][a-z0-9_-]*$/, { message: 'A profile name is lowercase letters, digits, - and _, starting with a letter (nursing, retail-store)' });
  const jdProfile = z.strictObject({
    extends: profileName.optional().meta({ description: 'A profile whose lists this one starts from (social, general, or another of yours).' }),
    required: z.array(jdKey).optional().meta({ description: 'Sections a JD of this profile must have (jd/missing-section).' }),
    recommended: z.array(jdKey).optional().meta({ description: 'Sections it should have (jd/missing-recommended).' }),
    titles: words.optional().meta({ description: 'Words in a job title that pick this profile when the JD and jd.profile do not say (nurse, midwife).' }),
    description: z.string().optional().meta({ description: 'What kind of role it is, shown in hovers.' }),
  });
  const findingSeverity = z.enum(['info', 'warning', 'error']);

  // Options every vocabulary entry may carry.
  const termOptions = {
    case_sensitive: z.boolean().optional().meta({ description: 'Match only this exact capitalisation (default: any capitalisation).' }),
    severity: findingSeverity.optional().meta({ description: 'Severity of this entry\'s findings: info | warning | error.' }),
    applies_to: fileKinds.optional().meta({ description: 'Which files the entry checks: jd, post (default both).' }),
  };
  const positiveInt = z.int().min(0);

  const platformSettings = z
    .strictObject({
      max_length: z.int().min(1).optional().meta({ description: 'Text limit, in the platform\'s own counting.' }),
      max_bytes: z.int().min(1).optional().meta({ description: 'Byte limit (Bluesky).' }),
      max_hashtags: z.int().min(0).optional().meta({ description: 'Most hashtags allowed.' }),
      max_links: z.int().min(0).optional().meta({ description: 'Most links allowed.' }),
      see_more: z.int().min(1).optional().meta({ description: 'Where the feed cuts the copy with "see more".' }),
    })
    .meta({ description: 'Overrides of the platform\'s defaults.' });

  const platformOverrides = z.strictObject(
    Object.fromEntries(PLATFORM_IDS.map((id) => [id, platformSettings.optional()])) as Record<(typeof PLATFORM_IDS)[number], z.ZodOptional<typeof platformSettings>>,
  );

  const banTerm = z.strictObject({
    ban: terms.min(1).meta({ description: 'Words or phrases never to use (whole words; hyphen/space variants and plurals match too).' }),
    message: z.string().optional().meta({ description: 'Why, and what to write instead.' }),
    suggest: terms.optional().meta({ description: 'Replacements offered as quick fixes, one per suggestion.' }),
    ...termOptions,
  });

  const preferTerm = z.strictObject({
    prefer: term.meta({ description: 'The brand\'s spelling; also enforces its capitalisation.' }),
    instead_of: terms.min(1).meta({ description: 'Spellings to replace with `prefer`.' }),
    message: z.string().optional().meta({ description: 'Why.' }),
    ...termOptions,
  });

  const inclusiveLanguage = z
    .strictObject({
      applies_to: fileKinds.optional().meta({ description: 'Which files are checked: jd, post (default both once this section is written).' }),
      allow: words.optional().meta({ description: 'Built-in entries switched off, by id or by any of their words (e.g. young).' }),
    })
    .meta({ description: 'Inclusive-language settings.' });

  // `.copydesk.yaml`, the project configuration.
  return z
    .strictObject({
      brand: z.string().optional().meta({ description: 'The brand name, shown in messages.' }),
      organization: z
        .strictObject({
          name: z.string().trim().min(1).optional().meta({ description: 'The employer\'s name as candidates know it ("Northwind Outdoor GmbH"): hiringOrganization in the JobPosting JSON-LD.' }),
          url: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'The employer\'s website (https://…): sameAs in the JSON-LD.' }),
          logo: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'The address of the employer\'s logo image (https://…): logo in the JSON-LD.' }),
          employees: z.int().min(0).optional().meta({ description: 'How many people the employer employs, for laws with a size threshold (jd/pay-transparency). Unknown: every law applies.' }),
        })
        .optional()
        .meta({ description: 'The employer: its name, website and logo (for the JobPosting JSON-LD), and facts that laws depend on.' }),
      extends: z.union([z.string(), z.array(z.string())]).optional().meta({ description: 'Configuration files merged before this one, relative to it.' }),
      export: z
        .array(z.enum(['html', 'markdown', 'text', 'jsonld']))
        .optional()
        .meta({ description: 'Where your JDs go (copydesk export formats). With jsonld, jd/job-posting checks each JD has what Google\'s job search requires of a JobPosting.' }),
      jd: z
        .strictObject({
          profile: profileName.optional().meta({ description: 'The profile of JDs that do not set `profile:`: social, general, or one of `profiles`. Without it, each JD\'s profile is inferred from its title.' }),
          profiles: z
            .record(profileName, jdProfile)
            .optional()
            .meta({ description: 'Your own role profiles (nursing, warehouse, …): the sections each requires and recommends, and title words that pick it.' }),
          required_sections: z.array(jdKey).optional().meta({ description: 'Older setting: replaces the required sections of the default profile (jd.profile, else social) and makes it the default for every JD. Prefer profiles.' }),
          recommended_sections: z.array(jdKey).optional().meta({ description: 'Older setting: replaces the recommended sections of the default profile (jd.profile, else social). Prefer profiles.' }),
          review_every_months: z.int().min(1).max(120).optional().meta({ description: 'How often a JD is reviewed (jd/review-overdue). Default 12.' }),
          as_of: z.iso
            .date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-01-15.' })
            .optional()
            .meta({ description: 'The day laws are judged on (jd/pay-transparency), for reproducible CI. Default: today.' }),
          length: z
            .strictObject({
              min: z.int().min(0).optional().meta({ description: 'Fewest words of candidate-facing text (jd/length). Default 300.' }),
              max: z.int().min(1).optional().meta({ description: 'Most words of candidate-facing text (jd/length). Default 700.' }),
            })
            .optional()
            .meta({ description: 'The word count a JD should have (jd/length). Default 300–700, after Textio.' }),
          max_sentence_words: z.int().min(5).max(200).optional().meta({ description: 'Longest sentence, in words, before jd/long-sentence flags it. Default 35.' }),
        })
        .optional()
        .meta({ description: 'Job description policy.' }),
      terms: z.array(z.union([banTerm, preferTerm])).optional().meta({ description: 'The brand vocabulary: banned terms and preferred spellings.' }),
      hashtags: z
        .strictObject({
          required: words.optional().meta({ description: 'Hashtags every post must carry (without #).' }),
          banned: words.optional().meta({ description: 'Hashtags never to use (without #).' }),
          allowed: words.optional().meta({ description: 'Hashtags the brand uses, written as they should be (their words teach brand/hashtag-style).' }),
          max: z.strictObject(Object.fromEntries(PLATFORM_IDS.map((id) => [id, positiveInt.optional()])) as Record<string, z.ZodOptional<typeof positiveInt>>).optional().meta({ description: 'Most hashtags per platform.' }),
          style: z.enum(['camel', 'pascal', 'lower', 'any']).optional().meta({ description: 'How multi-word hashtags are written; camel (#CamelCase) helps screen readers.' }),
        })
        .optional()
        .meta({ description: 'Hashtag policy.' }),
      emoji: z.strictObject({ max: positiveInt.optional().meta({ description: 'Most emoji in one platform\'s copy (or one JD).' }) }).optional().meta({ description: 'Emoji policy.' }),
      tone: z
        .strictObject({
          max_exclamations: positiveInt.optional().meta({ description: 'Most exclamation marks in one platform\'s copy (or one JD).' }),
          shouting: z.boolean().optional().meta({ description: 'Flag ALL-CAPS words that are not acronyms.' }),
          acronyms: words.optional().meta({ description: 'ALL-CAPS words that are fine (NASA, CEO).' }),
          acronym_packs: z
            .array(z.enum(ACRONYM_PACK_NAMES))
            .optional()
            .meta({ description: 'Sector acronym lists that are fine in capitals: healthcare (ICU, ACLS), logistics (HGV, FIFO), finance (CFA, GAAP), games (MMORPG, DLC), tech (AWS, GCP).' }),
        })
        .optional()
        .meta({ description: 'Tone of voice.' }),
      links: z
        .strictObject({
          https_only: z.boolean().optional().meta({ description: 'Links must use https.' }),
          require_utm: z.boolean().optional().meta({ description: 'Links in posts must carry utm_ parameters.' }),
          utm_exempt: words
            .optional()
            .meta({ description: 'Domains whose links need no utm_ parameters with require_utm (status pages, docs); their subdomains too.' }),
          block_shorteners: z.boolean().optional().meta({ description: 'Flag link shorteners (bit.ly, t.co, …): they hide the destination and drop the UTM.' }),
        })
        .optional()
        .meta({ description: 'Link policy.' }),
      sponsored: z.strictObject({ disclosure: words.optional().meta({ description: 'Accepted disclosures, e.g. #ad.' }) }).optional().meta({ description: 'Sponsored post policy.' }),
      inclusive_language: z
        .union([z.boolean(), inclusiveLanguage])
        .optional()
        .meta({ description: 'Check for gendered, age-coded, ableist and exclusionary terms: true (JDs and posts), false, or settings. Default: JDs only.' }),
      calendar: z
        .strictObject({
          timezone: z
            .string()
            .refine((zone) => isTimeZone(zone), { message: 'must be an IANA time zone such as Europe/Berlin, America/New_York or UTC' })
            .optional()
            .meta({ description: 'The IANA time zone posts\' local schedules are read in (2026-12-01T09:00), e.g. Europe/Berlin.' }),
          min_gap: z.int().min(0).max(10_080).optional().meta({ description: 'Fewest minutes between two posts to one account (post/schedule-conflict). Default 60; 0 switches the check off.' }),
          approval_lead: z.int().min(0).max(720).optional().meta({ description: 'Hours before its schedule a post should be out of draft and review (post/status-flow). Default 24.' }),
        })
        .optional()
        .meta({ description: 'The editorial calendar of posts.' }),
      accounts: z
        .record(
          z.string().min(1),
          platformSettings.extend({ platform: z.enum(PLATFORM_IDS).meta({ description: 'The platform the account is on.' }) }),
        )
        .optional()
        .meta({ description: 'Named accounts usable in a post\'s `platforms:`.' }),
      platforms: platformOverrides.optional().meta({ description: 'Per-platform overrides of the defaults.' }),
      rules: z.record(z.string(), severitySetting).optional().meta({ description: 'Severity per rule id: off | info | warning | error.' }),
    })
    .meta({ title: 'Copydesk configuration', description: 'Project configuration for Copydesk (.copydesk.yaml).' });
}

let built: ReturnType<typeof buildConfigSchema> | undefined;

/** The schema of `.copydesk.yaml`, built on first use (see jdSchema). */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  return (built ??= buildConfigSchema());
}

/** A configuration file as written. */
export type ConfigFileContent = z.infer<ReturnType<typeof buildConfigSchema>>;

/** The configuration in force for one file: the merged files plus defaults. */
export interface Config extends Omit<ConfigFileContent, 'extends' | 'jd' | 'rules'> {
  jd: JdPolicy & { review_every_months: number; as_of?: string; length: { min: number; max: number }; max_sentence_words: number };
  rules: Record<string, (typeof SEVERITY_SETTINGS)[number]>;
}

/** Configuration when there is no `.copydesk.yaml`. */
export function defaultConfig(): Config {
  return {
    jd: {
      profiles: { ...BUILT_IN_PROFILES },
      review_every_months: 12,
      length: { min: 300, max: 700 },
      max_sentence_words: 35,
    },
    rules: {},
  };
}
