import { SECTION_HEADINGS, type ImportKey } from '../data/section-headings';

/** A heading as SECTION_HEADINGS lists it: lower case, plain apostrophes, "&" as "and", no emoji or punctuation at the ends. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'-]+|[\s'-]+$/g, '');
}

/**
 * The JD key a section heading names, or undefined for a heading of its own. Exact names first
 * ("What you'll do"), then a few words that name a section wherever they stand in a longer
 * heading ("Your key responsibilities at Acme").
 */
export function sectionForHeading(text: string): ImportKey | undefined {
  const key = normalizeHeading(text);
  if (key === '') return undefined;
  const exact = Object.prototype.hasOwnProperty.call(SECTION_HEADINGS, key) ? SECTION_HEADINGS[key] : undefined;
  if (exact) return exact;
  if (key.split(' ').length > 8) return undefined;
  if (/\bresponsibilit/.test(key) || /\bduties\b/.test(key)) return 'responsibilities';
  if (/\bnice to have|\bpreferred\b|\bdesirable\b|\bbonus\b/.test(key)) return 'nice_to_have';
  if (/\brequirement|\bqualification|\bessential\b|\bmust have/.test(key)) return 'qualifications';
  if (/\bbenefits?\b|\bperks?\b/.test(key)) return /\b(?:salary|compensation|pay)\b/.test(key) ? 'salary_text' : 'benefits';
  if (/\b(?:salary|compensation)\b/.test(key)) return 'salary_text';
  if (/\bskills?\b/.test(key)) return 'skills';
  if (/\bhow to apply\b|\bto apply\b/.test(key)) return 'how_to_apply';
  if (/\bequal (?:employment )?opportunit|\bdiversity\b/.test(key)) return 'equal_opportunity';
  if (/^about\b/.test(key)) return 'summary';
  return undefined;
}
