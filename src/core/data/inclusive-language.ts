// The built-in word list behind `brand/inclusive-language`: words and phrases in job ads and
// social posts that put candidates off. Written for Copydesk (reasons and suggestions are our
// own wording). Pure data: no imports, so the core stays web-safe.
//
// Guidelines for editing:
// - A term is matched as whole words, case-insensitively; hyphen/space variants and simple
//   plurals are found by the matcher, so list singular forms and one hyphen/space spelling.
// - Only list words that are a problem wherever they appear in a job ad or post. A word with
//   ordinary, harmless uses ("man", "master", "native", "blind", "family") is listed only inside
//   a phrase that pins down the unwanted sense. "young" is listed alone because in a job ad it
//   nearly always describes the wanted hire; its harmless phrases are listed in `except`.
// - A suggestion must fit where the term stood and must not itself contain a listed term. It
//   may repeat a word of the text it replaces by position: `{2}` is the hit's second word
//   ("native German speaker" → 'fluent {2} speaker' → "fluent German speaker").
// - The id is the entry's first term; teams switch an entry off by listing its id in
//   `inclusive_language.allow`, so ids must never change once released. When terms move out
//   of an entry into a new one, the new entry names the old id in `partOf`, so that allowing
//   the old id still switches them off.
// - A term that is only a problem in one kind of file gets `appliesTo`: a lone "he" in a job
//   ad is the future hire, in a post it is usually a named person ("Meet Sam: he…").

/** One built-in inclusive-language entry. */
export interface InclusiveEntry {
  /** Stable id (lowercase, the entry's first term); a team switches the entry off by listing it in `inclusive_language.allow`. */
  id: string;
  category: 'gendered' | 'age' | 'ableist' | 'cliche' | 'exclusionary';
  /** Words or phrases matched: whole words, case-insensitive; hyphen/space variants and simple plurals (s, es, y→ies, man→men) are matched automatically, so list only singular forms and one spelling per hyphen/space variant. */
  terms: string[];
  /** One short sentence (≤ 110 characters, no trailing full stop needed but allowed) saying why it puts candidates off. */
  reason: string;
  /** Phrases containing a term that are fine ("young adult" fiction): never flagged. */
  except?: string[];
  /** The kinds of file the entry checks (default: every kind the configuration checks). */
  appliesTo?: ReadonlyArray<'jd' | 'post'>;
  /** The id of the entry these terms were split from: allowing that id switches this one off too. */
  partOf?: string;
  /**
   * Words around a hit that show it is fine here: `followedBy` phrases start right after the hit
   * ("aggressive patients": about other people), `precededBy` phrases end right before it
   * ("we welcome recent graduates": an invitation). Within one phrase (no punctuation between).
   */
  notWhen?: { followedBy?: readonly string[]; precededBy?: readonly string[] };
  /** Ready-to-insert replacements (lowercase unless a proper noun), best first; each must fit grammatically where the term stood. `{n}` stands for the hit's n-th word as written. Empty only when the sentence needs rewriting. */
  suggest: string[];
}

/**
 * Languages a job ad may ask for "native" command of: "native English" is listed for each, not
 * "native" alone (native plants, native apps).
 */
const LANGUAGES: readonly string[] = [
  'English', 'German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Dutch', 'Flemish', 'Polish', 'Czech', 'Slovak',
  'Hungarian', 'Romanian', 'Bulgarian', 'Greek', 'Turkish', 'Russian', 'Ukrainian', 'Swedish', 'Danish', 'Norwegian',
  'Finnish', 'Icelandic', 'Estonian', 'Latvian', 'Lithuanian', 'Croatian', 'Serbian', 'Slovenian', 'Arabic', 'Hebrew',
  'Persian', 'Farsi', 'Hindi', 'Urdu', 'Bengali', 'Punjabi', 'Tamil', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese',
  'Korean', 'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Tagalog', 'Filipino', 'Swahili', 'Catalan', 'Basque',
  'Welsh', 'Irish',
];

/**
 * Nouns for people other than the hire: an adjective right before one of them describes them
 * ("aggressive patients", "hungry regulars", "young guests"), not the candidate. Plurals are
 * listed because the words after a hit are compared as written.
 */
export const OTHER_PEOPLE: readonly string[] = [
  'patient', 'visitor', 'customer', 'client', 'guest', 'regular', 'resident', 'user', 'member', 'passenger', 'student', 'pupil',
  'learner', 'child', 'children', 'kid', 'baby', 'babies', 'toddler', 'teen', 'teenager', 'parent', 'family', 'families', 'shopper',
  'diner', 'caller', 'tenant', 'traveller', 'traveler', 'tourist', 'audience', 'fan', 'follower', 'reader', 'viewer', 'subscriber',
  'player', 'attendee', 'participant', 'consumer', 'buyer', 'donor', 'volunteer', 'athlete', 'audience', 'crowd', 'driver', 'rider',
  'people', 'person', 'adult', 'senior', 'elder', 'dog', 'animal', 'pet',
].flatMap((word) => (/(?:children|people|families|babies|crowd|audience)$/.test(word) ? [word] : [word, `${word}s`]));

/** Verbs for looking after other people: what follows them is who the hire mentors, not the hire. */
const MENTORING = ['precept', 'precepting', 'mentor', 'mentoring', 'mentors', 'coach', 'coaching', 'train', 'training', 'trains', 'supervise', 'supervising', 'onboard', 'onboarding', 'support', 'supporting', 'teach', 'teaching', 'guide', 'guiding'];

/** An age-coded phrase said in welcome ("new grads are welcome", "we welcome recent graduates") invites; it does not exclude. */
const INVITED = {
  followedBy: ['welcome', 'welcomed', 'are welcome', 'are welcomed', 'is welcome', 'are also welcome', 'are very welcome', 'are warmly welcome', 'also welcome', 'too are welcome', 'are encouraged', 'encouraged', 'are also encouraged', 'are strongly encouraged', 'are considered', 'considered', 'will be considered', 'are invited', 'invited', 'may apply', 'can apply', 'are eligible', 'are also considered'],
  precededBy: ['welcome', 'welcomes', 'welcoming', 'we welcome', 'encourage', 'invite', 'including', 'open to', 'also consider', 'consider'],
} as const;

/** `pattern` with each language in place of `*`, in lower case (terms match any capitalisation). */
function perLanguage(pattern: string): string[] {
  return LANGUAGES.map((language) => pattern.replace('*', language.toLowerCase()));
}

/** The built-in list (our own wording). */
export const INCLUSIVE_LANGUAGE: readonly InclusiveEntry[] = [
  // -------------------------------------------------------------------------------------------
  // Gendered

  {
    id: 'chairman',
    category: 'gendered',
    terms: ['chairman', 'chairwoman'],
    reason: 'A gendered title hints the seat is meant for one gender; a neutral title covers everyone',
    suggest: ['chair', 'chairperson'],
  },
  {
    id: 'salesman',
    category: 'gendered',
    terms: ['salesman', 'saleswoman'],
    reason: 'A gendered job title tells half the applicant pool the role was written with someone else in mind',
    suggest: ['salesperson', 'sales representative'],
  },
  {
    id: 'spokesman',
    category: 'gendered',
    terms: ['spokesman', 'spokeswoman'],
    reason: 'A gendered title signals who the company pictures in the role; a neutral one invites everyone',
    suggest: ['spokesperson', 'representative'],
  },
  {
    id: 'businessman',
    category: 'gendered',
    terms: ['businessman'],
    reason: 'Assumes that people in business are men, which women and nonbinary readers notice',
    suggest: ['businessperson', 'business leader', 'entrepreneur'],
  },
  {
    id: 'foreman',
    category: 'gendered',
    terms: ['foreman', 'forewoman'],
    reason: 'A gendered site title suggests crews are led by men, which puts other applicants off',
    suggest: ['supervisor', 'site supervisor', 'crew lead'],
  },
  {
    id: 'craftsman',
    category: 'gendered',
    terms: ['craftsman', 'craftswoman', 'tradesman'],
    reason: 'Gendered trade titles reinforce the idea that skilled trades are work for men',
    suggest: ['craftsperson', 'tradesperson', 'skilled worker'],
  },
  {
    id: 'handyman',
    category: 'gendered',
    terms: ['handyman', 'repairman'],
    reason: 'A gendered title makes maintenance and repair work sound reserved for men',
    suggest: ['maintenance technician', 'repair technician', 'handyperson'],
  },
  {
    id: 'cameraman',
    category: 'gendered',
    terms: ['cameraman', 'camerawoman'],
    reason: 'A gendered crew title suggests camera work is for one gender; the neutral title names the skill',
    suggest: ['camera operator', 'videographer'],
  },
  {
    id: 'middleman',
    category: 'gendered',
    terms: ['middleman'],
    reason: 'Casts the go-between as a man when a neutral word says the same thing to every reader',
    suggest: ['intermediary', 'go-between', 'broker'],
  },
  {
    id: 'layman',
    category: 'gendered',
    terms: ['layman'],
    reason: 'Pictures the typical non-expert as a man when a neutral word is just as clear',
    suggest: ['layperson', 'non-specialist', 'newcomer'],
  },
  {
    id: 'headmaster',
    category: 'gendered',
    terms: ['headmaster', 'headmistress'],
    reason: 'A gendered school title implies the leadership post suits one gender',
    suggest: ['head teacher', 'principal'],
  },
  {
    id: 'waitress',
    category: 'gendered',
    terms: ['waitress'],
    reason: 'A female-coded title implies the job is meant for women and deters other applicants',
    suggest: ['server', 'waiter'],
  },
  {
    id: 'stewardess',
    category: 'gendered',
    terms: ['stewardess', 'air hostess'],
    reason: 'A dated, female-coded title for a role airlines now hire for under a neutral name',
    suggest: ['flight attendant', 'cabin crew member'],
  },
  {
    id: 'manpower',
    category: 'gendered',
    terms: ['manpower'],
    reason: 'Counts the workforce in men, so staff of other genders read it as not including them',
    suggest: ['workforce', 'staffing', 'headcount'],
  },
  {
    id: 'man-hour',
    category: 'gendered',
    terms: ['man-hour'],
    reason: 'Measures effort in men; a neutral unit means exactly the same and includes everyone',
    suggest: ['person-hour', 'work hour', 'staff hour'],
  },
  {
    id: 'mankind',
    category: 'gendered',
    terms: ['mankind'],
    reason: 'Lets men stand for all people when a neutral word is equally clear',
    suggest: ['humankind', 'humanity'],
  },
  {
    id: 'manning',
    category: 'gendered',
    terms: ['manning'],
    reason: 'Describes staffing as a job for men when a neutral verb says the same thing',
    suggest: ['staffing', 'running', 'covering'],
  },
  {
    id: 'man the',
    category: 'gendered',
    terms: ['man the'],
    reason: 'Describes covering a booth, desk or phone line as a job for men; a neutral verb works as well',
    suggest: ['staff the', 'run the', 'cover the'],
  },
  {
    id: 'workmanship',
    category: 'gendered',
    terms: ['workmanship', 'craftsmanship'],
    reason: 'Ties good work to men; a neutral word praises the same care and skill',
    suggest: ['craft', 'quality of work', 'skill'],
  },
  {
    id: 'right-hand man',
    category: 'gendered',
    terms: ['right-hand man'],
    reason: 'Assumes the trusted deputy is a man; a neutral phrase fits any assistant or partner',
    suggest: ['right hand', 'trusted deputy', 'key partner'],
  },
  {
    id: 'you guys',
    category: 'gendered',
    terms: ['you guys'],
    reason: 'Often read as male-only when speaking to a mixed audience of candidates or followers',
    suggest: ['you all', 'everyone', 'all of you'],
  },
  {
    id: 'hey guys',
    category: 'gendered',
    terms: ['hey guys', 'hi guys'],
    reason: 'A male-coded greeting can leave women and nonbinary readers feeling they are not being addressed',
    suggest: ['hi everyone', 'hi all', 'hi team'],
  },
  // Pronouns for the future hire. The "or" forms and lone pronouns are checked in job ads only:
  // in a post "he or she who comes first" or "Meet Sam: he…" is not about a hire. The slash
  // forms are written only for an unknown person, so posts are checked for them too.
  {
    id: 'he or she',
    category: 'gendered',
    terms: ['he or she', 'she or he'],
    appliesTo: ['jd'],
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular they fits all',
    suggest: ['they'],
  },
  {
    id: 'he/she',
    category: 'gendered',
    terms: ['he/she', 'she/he', 's/he', 'he / she', 'he(she)'],
    partOf: 'he or she',
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular they fits all',
    suggest: ['they', 'you'],
  },
  {
    id: 'his or her',
    category: 'gendered',
    terms: ['his or her', 'her or his'],
    appliesTo: ['jd'],
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular their fits all',
    suggest: ['their'],
  },
  {
    id: 'his/her',
    category: 'gendered',
    terms: ['his/her', 'her/his'],
    partOf: 'his or her',
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular their fits all',
    suggest: ['their', 'your'],
  },
  {
    id: 'him or her',
    category: 'gendered',
    terms: ['him or her', 'her or him'],
    appliesTo: ['jd'],
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular them fits all',
    suggest: ['them'],
  },
  {
    id: 'him/her',
    category: 'gendered',
    terms: ['him/her', 'her/him'],
    partOf: 'him or her',
    reason: 'Naming only two genders for the future hire leaves out nonbinary candidates; singular them fits all',
    suggest: ['them', 'you'],
  },
  {
    id: 'he',
    category: 'gendered',
    terms: ['he', 'she'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use they',
    suggest: ['you', 'they'],
  },
  {
    id: 'his',
    category: 'gendered',
    terms: ['his'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use their',
    suggest: ['your', 'their'],
  },
  {
    id: 'him',
    category: 'gendered',
    terms: ['him'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use them',
    suggest: ['you', 'them'],
  },
  {
    // "her" is both "his" and "him": the suggestions cover both.
    id: 'her',
    category: 'gendered',
    terms: ['her'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use they',
    suggest: ['your', 'their', 'you', 'them'],
  },
  {
    id: 'hers',
    category: 'gendered',
    terms: ['hers'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use they',
    suggest: ['yours', 'theirs'],
  },
  {
    id: 'himself',
    category: 'gendered',
    terms: ['himself', 'herself'],
    appliesTo: ['jd'],
    reason: 'A pronoun for the future hire pictures one gender in the role; address the reader or use they',
    suggest: ['yourself', 'themselves'],
  },

  // -------------------------------------------------------------------------------------------
  // Age

  {
    id: 'young and dynamic',
    category: 'age',
    terms: ['young and dynamic', 'young and energetic', 'young and ambitious', 'young and vibrant'],
    reason: 'Links drive to youth, telling older candidates not to apply; it can also breach age-discrimination law',
    suggest: ['dynamic', 'ambitious', 'motivated'],
  },
  {
    id: 'young team',
    category: 'age',
    terms: ['young team'],
    reason: 'Describing the team by age tells older applicants they would not fit in',
    suggest: ['friendly team', 'growing team', 'close-knit team'],
  },
  {
    id: 'young professional',
    category: 'age',
    terms: ['young professional'],
    reason: 'Targets an age group rather than a career stage, which can count as age discrimination',
    suggest: ['early-career professional', 'professional'],
  },
  {
    id: 'young blood',
    category: 'age',
    terms: ['young blood', 'fresh blood', 'young talent'],
    reason: 'Frames new hires as young people and sidelines experienced, older candidates',
    suggest: ['new talent', 'fresh thinking'],
  },
  {
    id: 'young',
    category: 'age',
    terms: ['young'],
    except: ['young adult', 'young people', 'young person', 'young carer', 'young offender', "young's modulus"],
    notWhen: { followedBy: OTHER_PEOPLE },
    reason: 'Asks for an age, not a skill: older candidates read it as "do not apply", and it can breach age-discrimination law',
    suggest: ['motivated', 'energetic'],
  },
  {
    id: 'youthful',
    category: 'age',
    terms: ['youthful'],
    notWhen: { followedBy: OTHER_PEOPLE },
    reason: 'Ties the role or culture to an age group; describe the energy without referring to age',
    suggest: ['lively', 'vibrant', 'spirited'],
  },
  {
    id: 'digital native',
    category: 'age',
    terms: ['digital native'],
    reason: 'Implies people who grew up before the internet need not apply; ask for the digital skills instead',
    suggest: ['confident digital user', 'digitally fluent professional'],
  },
  {
    id: 'recent graduate',
    category: 'age',
    terms: ['recent graduate', 'recent grad', 'fresh graduate', 'fresh grad', 'new graduate', 'new grad', 'young graduate'],
    // "Precept new graduate nurses", "mentor recent grads": the hire looks after them.
    notWhen: { followedBy: INVITED.followedBy, precededBy: [...INVITED.precededBy, ...MENTORING] },
    reason: 'Puts a time limit on education that filters out career changers and older graduates',
    suggest: ['early-career candidate', 'entry-level candidate'],
  },
  {
    id: 'overqualified',
    category: 'age',
    terms: ['overqualified'],
    reason: 'Often heard as code for too old or too expensive; say what the role needs instead',
    suggest: [],
  },

  // -------------------------------------------------------------------------------------------
  // Ableist

  {
    id: 'crazy',
    category: 'ableist',
    terms: ['crazy', 'insane'],
    reason: 'Uses mental illness as slang for extreme; a plain intensifier is clearer and excludes no one',
    suggest: ['incredible', 'remarkable', 'wild'],
  },
  {
    id: 'lame',
    category: 'ableist',
    terms: ['lame'],
    reason: 'Turns a word for a physical disability into a put-down; a plain word is clearer',
    suggest: ['weak', 'dull', 'unconvincing'],
  },
  {
    id: 'dumb',
    category: 'ableist',
    terms: ['dumb'],
    reason: 'Once used to mock people who cannot speak; a plain word makes the point without the sting',
    suggest: ['silly', 'pointless', 'unwise'],
  },
  {
    id: 'tone-deaf',
    category: 'ableist',
    terms: ['tone-deaf'],
    reason: 'Turns a hearing difference into shorthand for insensitivity',
    suggest: ['insensitive', 'out-of-touch', 'misjudged'],
  },
  {
    id: 'turn a blind eye to',
    category: 'ableist',
    terms: ['turn a blind eye to'],
    reason: 'Uses blindness as a metaphor for choosing to ignore something; a plain verb is more direct',
    suggest: ['ignore', 'overlook', 'look past'],
  },
  {
    id: 'fall on deaf ears',
    category: 'ableist',
    terms: ['fall on deaf ears'],
    reason: 'Uses deafness as a metaphor for being ignored; a plain phrase says it directly',
    suggest: ['go unheard', 'be ignored'],
  },
  {
    id: 'crippling',
    category: 'ableist',
    terms: ['crippling'],
    reason: 'Uses a slur for disabled people as an intensifier',
    suggest: ['severe', 'overwhelming', 'heavy'],
  },
  {
    id: 'crippled',
    category: 'ableist',
    terms: ['crippled'],
    reason: 'Uses a slur for disabled people to mean broken or held back',
    suggest: ['hampered', 'held back', 'broken'],
  },
  {
    // Phrases only: "OCD" alone is also the condition itself, named in clinical job ads.
    id: 'a bit ocd',
    category: 'ableist',
    terms: ['a bit ocd', 'a little ocd', 'slightly ocd', 'so ocd', 'super ocd', 'totally ocd', 'borderline ocd', 'ocd-level'],
    reason: 'Trivializes a serious mental health condition as a quirk about tidiness or detail',
    suggest: ['meticulous', 'detail-oriented', 'particular'],
  },
  {
    id: 'sanity check',
    category: 'ableist',
    terms: ['sanity check', 'sanity test'],
    reason: 'Implies people with mental illness cannot reason soundly; name the check you actually mean',
    suggest: ['quick check', 'smoke test', 'confidence check'],
  },
  {
    id: 'able-bodied',
    category: 'ableist',
    terms: ['able-bodied'],
    reason: 'Screens out disabled applicants; list the physical tasks and mention accommodations instead',
    suggest: [],
  },
  {
    id: 'retarded',
    category: 'ableist',
    terms: ['retarded'],
    reason: 'A slur against people with intellectual disabilities that has no place in hiring content',
    suggest: ['absurd', 'pointless', 'foolish'],
  },
  {
    id: 'wheelchair-bound',
    category: 'ableist',
    terms: ['wheelchair-bound', 'confined to a wheelchair'],
    reason: 'Frames a wheelchair as a prison rather than a tool; describe the person, not a limit',
    suggest: ['a wheelchair user'],
  },
  {
    id: 'handicapped',
    category: 'ableist',
    terms: ['handicapped'],
    reason: 'A dated word many disabled people reject; say disabled for people and accessible for places',
    suggest: ['disabled', 'accessible'],
  },

  // -------------------------------------------------------------------------------------------
  // Clichés that exclude

  {
    id: 'rockstar',
    category: 'cliche',
    terms: ['rockstar', 'rock star', 'superstar'],
    reason: 'Buzzword titles say little about the skill and read as aimed at a narrow in-group',
    suggest: ['expert', 'standout'],
  },
  {
    id: 'ninja',
    category: 'cliche',
    terms: ['ninja', 'jedi', 'samurai'],
    reason: 'Pop-culture job titles hide what the work is and appeal mostly to a narrow in-group',
    suggest: ['expert', 'specialist'],
  },
  {
    id: 'guru',
    category: 'cliche',
    terms: ['guru'],
    reason: 'Borrows a religious title as a buzzword and tells readers little about the skill needed',
    suggest: ['expert', 'specialist', 'authority'],
  },
  {
    id: 'unicorn',
    category: 'cliche',
    terms: ['unicorn'],
    reason: 'Signals an impossible wish list, so capable people who match most of it will not apply',
    suggest: ['all-rounder', 'versatile generalist'],
  },
  {
    id: 'work hard play hard',
    category: 'cliche',
    terms: ['work hard play hard', 'work hard party hard', 'work hard, play hard', 'work hard, party hard'],
    reason: 'Hints at long hours and a drinking culture that deter caregivers and many others',
    suggest: [],
  },
  {
    id: 'crush it',
    category: 'cliche',
    terms: ['crush it'],
    reason: 'Macho slang that signals a high-pressure culture and says little about what success looks like',
    suggest: ['excel', 'succeed', 'do great work'],
  },
  {
    id: 'crushing it',
    category: 'cliche',
    terms: ['crushing it'],
    reason: 'Macho slang that signals a high-pressure, win-at-all-costs culture',
    suggest: ['excelling', 'thriving', 'doing great work'],
  },

  // -------------------------------------------------------------------------------------------
  // Exclusionary

  {
    id: 'culture fit',
    category: 'exclusionary',
    terms: ['culture fit', 'cultural fit'],
    reason: 'Invites hiring people who resemble the current team; look for what candidates would add',
    suggest: ['culture add', 'values match'],
  },
  {
    id: 'native english',
    category: 'exclusionary',
    terms: perLanguage('native *'),
    reason: 'Shuts out fluent speakers who learned the language later and can read as national-origin bias',
    suggest: ['fluent {2}', 'full professional proficiency in {2}'],
  },
  {
    id: 'native english speaker',
    category: 'exclusionary',
    terms: perLanguage('native * speaker'),
    reason: 'Judges language by birthplace rather than skill; ask for the fluency the job needs',
    suggest: ['fluent {2} speaker'],
  },
  {
    id: 'english native speaker',
    category: 'exclusionary',
    terms: perLanguage('* native speaker'),
    reason: 'Judges language by birthplace rather than skill; ask for the fluency the job needs',
    suggest: ['fluent {1} speaker'],
  },
  {
    id: 'native english-speaking',
    category: 'exclusionary',
    terms: perLanguage('native *-speaking'),
    reason: 'Judges language by birthplace rather than skill; ask for the fluency the job needs',
    suggest: ['fluent {2}-speaking'],
  },
  {
    id: 'native speaker',
    category: 'exclusionary',
    terms: ['native speaker'],
    reason: 'Judges language by birthplace rather than skill; ask for the fluency the job needs',
    suggest: ['fluent speaker', 'proficient speaker'],
  },
  {
    id: 'mother tongue',
    category: 'exclusionary',
    terms: ['mother tongue', 'native tongue', 'native language', 'mother language'],
    reason: 'Asks for a language learned from birth; ask for fluency instead (fluent in German, full professional proficiency in English)',
    suggest: [],
  },
  {
    id: 'no accent',
    category: 'exclusionary',
    terms: ['no accent', 'neutral accent', 'accent-free', 'accent free', 'without an accent', 'without accent', 'unaccented', 'accentless', 'no foreign accent', 'without a foreign accent', 'native accent', 'native-like accent'],
    reason: 'An accent tells where someone grew up, not how well they communicate; ask for clear communication instead',
    suggest: [],
  },
  {
    id: 'native-level',
    category: 'exclusionary',
    terms: ['native-level', 'near-native', 'native-like'],
    reason: 'Measures language against where people grew up; state the proficiency level needed instead',
    suggest: ['fluent', 'proficient', 'advanced'],
  },
  {
    id: 'clean-shaven',
    category: 'exclusionary',
    terms: ['clean-shaven'],
    reason: 'Excludes people who wear a beard for religious or medical reasons; state any safety need instead',
    suggest: [],
  },
  {
    id: "we're a family",
    category: 'exclusionary',
    terms: ["we're a family", 'we are a family'],
    reason: 'Blurs work-life boundaries and hints at loyalty beyond the job; say how the team supports people',
    suggest: ["we're a close-knit team", "we're a supportive team"],
  },
  {
    id: 'our tribe',
    category: 'exclusionary',
    terms: ['our tribe'],
    reason: 'Borrows a word with real meaning for Indigenous peoples as company branding',
    suggest: ['our team', 'our community'],
  },
  {
    id: 'tribal knowledge',
    category: 'exclusionary',
    terms: ['tribal knowledge'],
    reason: 'Uses Indigenous culture as a metaphor; say plainly that the knowledge is undocumented',
    suggest: ['institutional knowledge', 'undocumented know-how'],
  },
  {
    id: 'grandfathered',
    category: 'exclusionary',
    terms: ['grandfathered'],
    reason: 'Comes from laws written to keep Black Americans from voting; a neutral word is clearer',
    suggest: ['exempted', 'legacy'],
  },
  {
    id: 'blacklist',
    category: 'exclusionary',
    terms: ['blacklist'],
    reason: 'Pairs black with bad; a descriptive word explains what the list does',
    suggest: ['blocklist', 'denylist'],
  },
  {
    id: 'whitelist',
    category: 'exclusionary',
    terms: ['whitelist'],
    reason: 'Pairs white with good; a descriptive word explains what the list does',
    suggest: ['allowlist'],
  },
  {
    id: 'master/slave',
    category: 'exclusionary',
    terms: ['master/slave', 'master-slave'],
    reason: 'Uses slavery as a technical metaphor; name the actual relationship between the parts',
    suggest: ['primary/replica', 'leader/follower'],
  },
  {
    id: 'aggressive',
    category: 'exclusionary',
    terms: ['aggressive'],
    notWhen: { followedBy: OTHER_PEOPLE },
    reason: 'Strongly masculine-coded; wording like this measurably lowers the number of women who apply',
    suggest: ['ambitious', 'bold', 'determined'],
  },
  {
    id: 'dominate',
    category: 'exclusionary',
    terms: ['dominate'],
    reason: 'Combative, masculine-coded wording that deters many applicants, women especially',
    suggest: ['lead', 'win', 'outperform'],
  },
  {
    id: 'hungry',
    category: 'exclusionary',
    terms: ['hungry'],
    notWhen: { followedBy: OTHER_PEOPLE },
    reason: 'Masculine-coded and vague; describe the motivation you are actually looking for',
    suggest: ['driven', 'eager', 'motivated'],
  },
  {
    id: 'beer friday',
    category: 'exclusionary',
    terms: ['beer friday', 'friday drinks'],
    reason: "Centers culture on alcohol, leaving out people who don't drink for religious, health or other reasons",
    suggest: ['Friday social', 'team social'],
  },
];
