import type { JdKey } from './sections';

// Role profiles: which sections a JD must have (jd/missing-section) and should have
// (jd/missing-recommended). A nurse's or a warehouse operative's JD has no KPIs for engagement
// or brand alignment to write; a social media manager's has. Built-in profiles are here;
// `.copydesk.yaml` can add its own (`jd.profiles`) and choose the default (`jd.profile`).

/** One role profile, resolved (an `extends` already applied). */
export interface JdProfile {
  name: string;
  /** Sections a JD of this profile must have. */
  required: string[];
  /** Sections it should have (a hint). */
  recommended: string[];
  /** Words in a job title that pick this profile when neither the file nor the config says (custom profiles). */
  titles: string[];
  /** One line for hovers and completion. */
  description: string;
}

/** The JD policy the profile is chosen from: `Config['jd']` satisfies it. */
export interface JdPolicy {
  /** The configuration's default profile (`jd.profile`), if it names one. */
  profile?: string;
  /** Every profile known: the built-in ones and the configuration's. */
  profiles: Readonly<Record<string, JdProfile>>;
}

/** Where the profile in force came from: said in messages and hovers. */
export type ProfileSource = 'file' | 'config' | 'title' | 'default';

export interface ChosenProfile {
  profile: JdProfile;
  source: ProfileSource;
}

const SOCIAL_REQUIRED: JdKey[] = ['responsibilities', 'qualifications', 'skills', 'daily_tasks', 'kpis', 'reporting', 'brand_alignment'];
const SOCIAL_RECOMMENDED: JdKey[] = ['platforms', 'tools', 'crisis_communication', 'budget', 'equal_opportunity', 'salary'];

/** The profiles every configuration has. `social` is the seven sections of a social media JD (PRODUCT.md §1.1). */
export const BUILT_IN_PROFILES: Readonly<Record<'social' | 'general', JdProfile>> = {
  social: {
    name: 'social',
    required: SOCIAL_REQUIRED,
    recommended: SOCIAL_RECOMMENDED,
    titles: [],
    description: 'A social media, community, content or marketing role: the seven sections (responsibilities, qualifications, skills, daily tasks, KPIs, reporting, brand alignment).',
  },
  general: {
    name: 'general',
    required: ['responsibilities', 'qualifications', 'skills'],
    recommended: ['salary', 'benefits', 'location', 'employment_type', 'how_to_apply'],
    titles: [],
    description: 'Any role: responsibilities, qualifications and skills; pay, benefits, location, employment type and how to apply recommended.',
  },
};

/** The profile JDs get when nothing says otherwise and the title does not look like a social media role. */
export const FALLBACK_PROFILE = 'general';

// Titles of social media, community, content and marketing roles. Bare "social" and
// "community" are not enough: a Social Worker or a Community Nurse is not a social media role.
const SOCIAL_TITLE = new RegExp(
  [
    String.raw`\bsocial[\s-]*(?:media|content|strateg\w*|marketing|manager|management|lead|specialist|coordinator|editor|producer|executive|team|channels?|listening|creative|insights)\b`,
    String.raw`\bcommunity\s+(?:manager|management|lead|specialist|coordinator|builder|moderator|engagement|marketing|team|director|head|officer|executive|strateg\w*|relations)\b`,
    String.raw`\bhead\s+of\s+(?:social|community|content|marketing|communications?|brand)\b`,
    String.raw`\bcontent\s+(?:creator|creation|strateg\w*|marketing|marketer|manager|writer|producer|editor|lead|specialist|designer|director|coordinator|executive)\b`,
    String.raw`\bmarketing\b`,
    String.raw`\b(?:influencer|creator\s+partnerships?|copywriter|copywriting|brand\s+(?:manager|marketing|strateg\w*|communications?)|public\s+relations|pr\s+(?:manager|executive|officer|specialist)|communications?\s+(?:manager|officer|specialist|lead|director|coordinator|executive|associate|strateg\w*))\b`,
    String.raw`\b(?:community|social)\s*&\s*(?:social|community|content)\b`,
  ].join('|'),
  'i',
);

/** True when a job title reads as a social media, community, content or marketing role. */
export function isSocialTitle(title: string): boolean {
  return SOCIAL_TITLE.test(title);
}

function hasWord(title: string, word: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(title);
}

/**
 * The profile a JD is held to: its own `profile:`, else the configuration's `jd.profile`, else
 * the one its title suggests (a configured profile's `titles`, then social media roles), else
 * `general`. A `profile:` naming no known profile is ignored here (jd/schema reports it).
 */
export function chooseProfile(jd: unknown, policy: JdPolicy): ChosenProfile {
  const record = jd !== null && typeof jd === 'object' && !Array.isArray(jd) ? (jd as Record<string, unknown>) : {};
  const own = typeof record.profile === 'string' ? profileNamed(policy, record.profile.trim()) : undefined;
  if (own) return { profile: own, source: 'file' };
  const configured = policy.profile !== undefined ? profileNamed(policy, policy.profile) : undefined;
  if (configured) return { profile: configured, source: 'config' };
  const title = typeof record.title === 'string' ? record.title : '';
  if (title) {
    const custom = Object.values(policy.profiles).find((p) => p.titles.some((word) => hasWord(title, word)));
    if (custom) return { profile: custom, source: 'title' };
    const social = profileNamed(policy, 'social');
    if (isSocialTitle(title) && social) return { profile: social, source: 'title' };
  }
  return { profile: profileNamed(policy, FALLBACK_PROFILE) ?? BUILT_IN_PROFILES.general, source: 'default' };
}

/** The profile called `name`: an own entry only, so `constructor` or `__proto__` names none. */
export function profileNamed(policy: JdPolicy, name: string): JdProfile | undefined {
  return Object.prototype.hasOwnProperty.call(policy.profiles, name) ? policy.profiles[name] : undefined;
}

/**
 * The sentence messages end with: which profile applies, why, and (when it was only guessed
 * from the title) how to choose another.
 */
export function profileSentence(chosen: ChosenProfile): string {
  const note = profileNote(chosen);
  const sentence = `${note[0].toUpperCase()}${note.slice(1)}`;
  if (chosen.source === 'title' && chosen.profile.name === 'social') return `${sentence}; set \`profile: general\` if this is not a social media role.`;
  if (chosen.source === 'default') return `${sentence}; set \`profile:\` to choose another.`;
  return `${sentence}.`;
}

/** "profile `social`, from the title": how messages and hovers say which profile applies and why. */
export function profileNote(chosen: ChosenProfile): string {
  const why = { file: 'set in this file', config: 'the default in .copydesk.yaml', title: 'from the title', default: 'the default for any role' }[chosen.source];
  return `profile \`${chosen.profile.name}\`, ${why}`;
}
