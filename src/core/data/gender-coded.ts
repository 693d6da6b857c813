// The word lists behind `jd/gender-coded`: words that research found subtly coded as masculine
// or feminine in job advertisements. Pure data: no imports, so the core stays web-safe.
//
// Research: Danielle Gaucher, Justin Friesen and Aaron C. Kay (2011), "Evidence That Gendered
// Wording in Job Advertisements Exists and Sustains Gender Inequality", Journal of Personality and
// Social Psychology 101(1), 109–128, doi:10.1037/a0022530. Their Appendix A lists the words, with
// `*` for "any letters, hyphens or numbers after this".
//
// The lists as Kat Matfield's Gender Decoder uses them (the paper's list plus a few additions such
// as "collab", "share", "champion", "driven"; every entry is matched as the START of a word):
//   https://github.com/lovedaybrooke/gender-decoder, file app/wordlists.py, read at commit
//   73724e6b428713f0df7d7e2e226aec4769eeb0db (2023-03-08).
//   Copyright (c) 2016 lovedaybrooke. MIT License: permission is granted to use, copy, modify,
//   merge, publish and distribute the Software, provided this copyright notice and permission
//   notice are included. The software is provided "as is", without warranty of any kind.
//
// Guidelines for editing:
// - The stems are Gender Decoder's, unchanged and in its order: do not add your own words to them.
// - A word that starts with a stem but means something else goes in NOT_CODED_WORDS (the whole
//   word) or NOT_CODED_PHRASES (the words around it), with the reason in a comment.

/** Word starts Gender Decoder counts as feminine-coded (app/wordlists.py `feminine_coded_words`). */
export const FEMININE_CODED_STEMS: readonly string[] = [
  'agree', 'affectionate', 'child', 'cheer', 'collab', 'commit', 'communal', 'compassion', 'connect',
  'considerate', 'cooperat', 'co-operat', 'depend', 'emotiona', 'empath', 'feel', 'flatterable',
  'gentle', 'honest', 'interpersonal', 'interdependen', 'interpersona', 'inter-personal',
  'inter-dependen', 'inter-persona', 'kind', 'kinship', 'loyal', 'modesty', 'nag', 'nurtur',
  'pleasant', 'polite', 'quiet', 'respon', 'sensitiv', 'submissive', 'support', 'sympath', 'tender',
  'together', 'trust', 'understand', 'warm', 'whin', 'enthusias', 'inclusive', 'yield', 'share',
  'sharin',
];

/** Word starts Gender Decoder counts as masculine-coded (app/wordlists.py `masculine_coded_words`). */
export const MASCULINE_CODED_STEMS: readonly string[] = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle',
  'boast', 'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision', 'decisive',
  'defend', 'determin', 'domina', 'dominant', 'driven', 'fearless', 'fight', 'force', 'greedy',
  'head-strong', 'headstrong', 'hierarch', 'hostil', 'impulsive', 'independen', 'individual',
  'intellect', 'lead', 'logic', 'objective', 'opinion', 'outspoken', 'persist', 'principle',
  'reckless', 'self-confiden', 'self-relian', 'self-sufficien', 'selfconfiden', 'selfrelian',
  'selfsufficien', 'stubborn', 'superior', 'unreasonab',
];

/**
 * Stems with a hyphen (app/wordlists.py `hyphenated_coded_words`): a hyphenated word that starts
 * with one stays whole ("co-operative"); any other is split at its hyphens ("team-leader" is
 * "team" and "leader").
 */
export const HYPHENATED_CODED_STEMS: readonly string[] = [
  'co-operat', 'inter-personal', 'inter-dependen', 'inter-persona', 'self-confiden', 'self-relian',
  'self-sufficien',
];

/**
 * Whole words (lowercase) that start with a stem but are not the coded word. The first is
 * Gender Decoder's own (`non_coded_exceptions`); the rest are Copydesk's.
 */
export const NOT_CODED_WORDS: readonly string[] = [
  'sharepoint', // Gender Decoder's exception: the Microsoft product, not "share"
  'committee', 'committees', // a body of people, not commitment
  'dependency', 'dependencies', // software and project dependencies, not dependability
  'objectives', // goals (a noun): the paper lists the adjective "objective", without an asterisk
  'competitor', 'competitors', // rival companies, not a competitive person
  'individuals', // people, as in "we welcome all individuals"; not individualism
  'kinds', // types ("all kinds of posts"); the adjective "kind" has no plural
  'kindergarten', 'kindergartens',
  'trustee', 'trustees', // a charity's board members
];

/**
 * Phrases (lowercase, words separated by single spaces; a hyphen counts as a space) in which a
 * coded word means something else. A coded word inside one of them is not counted.
 */
export const NOT_CODED_PHRASES: readonly string[] = [
  // Pay and benefits "in line with the market", not a competitive workplace or person.
  'competitive salary', 'competitive salaries', 'competitive pay', 'competitive compensation',
  'competitive benefits', 'competitive package', 'competitive wage', 'competitive wages',
  'competitive rates',
  // Marketing terms.
  'lead generation', 'lead gen', 'market share', 'share of voice', 'data driven',
  // Product names.
  'google analytics', 'adobe analytics',
  // Courtesy and "type of".
  'feel free', 'kind of',
];

/** Feminine-coded words suggested to balance a masculine-leaning JD, best first. */
export const BALANCING_WORDS: readonly string[] = ['collaborate', 'support', 'understand', 'share', 'connect', 'commit', 'trust', 'responsive'];
