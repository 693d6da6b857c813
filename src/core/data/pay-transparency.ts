// Pay-transparency laws for job postings: what a posting must contain (pay, benefits, deadline,
// other statements) or must not contain, where each law applies, and from when. Pure data: no
// imports, so the core stays web-safe.
//
// How to edit:
// - One entry per law. When what a posting must contain changed on a date, the old wording is a
//   second entry with `until` (the last day it applied) and the new one starts the next day
//   (`inForce`). The current entry keeps the plain id; a superseded one adds `~` and the year it
//   started ('us-co~2021'). Ids never change once released.
// - Every field must be backed by the sources listed in the entry, statute or regulator first.
//   Where a fact comes only from a secondary source (a law-firm or press summary), the entry's
//   notes in docs/rules/jd/pay-transparency-sources.md say so.
// - `checked` is the day the entry was last checked against its sources. Each entry below was
//   checked against its sources on the date given; re-check and bump the date when you edit.
// - Laws looked at but not verified (and EU states without a posting requirement) are listed in
//   docs/rules/jd/pay-transparency-sources.md under "Not yet covered"; add them here only once a
//   primary source confirms them.
// - Amounts in `maxWidth` are yearly, in `currency`.

/** What a job posting must contain (or must not contain) under one law. */
export interface PayLawRequirements {
  /** The posting must give pay: 'range' = a minimum and a maximum (a single figure also allowed where the law says "pay or range" -> use 'pay-or-range'). */
  pay: 'range' | 'pay-or-range';
  /** The law says the range must be the good-faith / reasonably expected one (its wording, for the hover). */
  goodFaith?: boolean;
  /** A general description of benefits must be in the posting. */
  benefits?: boolean;
  /** Other compensation (bonuses, commissions, tips...) must be described. */
  otherPay?: boolean;
  /** Widest allowed range: max - min <= width, when the upper bound is <= upTo (Ontario). Amounts in `currency`, yearly. */
  maxWidth?: { width: number; upTo?: number; currency: string };
  /** The posting must state its application deadline / closing date (Colorado). */
  deadline?: boolean;
  /** Other statements the posting must contain: stable id + one sentence saying what. Ids used so far: 'ai-screening' (whether AI is used to screen, assess or select applicants), 'existing-vacancy' (whether the posting is for an existing vacancy). */
  statements?: { id: string; text: string }[];
}

/** Something a posting must not say under the law (Ontario: a Canadian-experience requirement). */
export interface PayLawProhibition {
  id: string; // e.g. 'canadian-experience'
  /** One sentence for the message. */
  text: string;
  /** Lowercase phrases that reveal it in a posting ("canadian experience", "canadian work experience"). */
  phrases: string[];
}

export interface PayLaw {
  /** Stable id, lowercase: country code, then region, then city: 'us-co', 'us-ny-nyc', 'ca-on', 'eu-pl'. */
  id: string;
  /** The law's short name as a recruiter would know it ("Colorado Equal Pay for Equal Work Act"). */
  name: string;
  /** The place as people write it: "Colorado", "New York City", "Ontario", "Poland". */
  jurisdiction: string;
  /** Where it applies. country: ISO 3166-1 alpha-2 (US, CA, PL). region: the ISO 3166-2 subdivision code WITHOUT the country prefix ("CO", "NY", "ON", "BC") plus regionNames (full names, e.g. ["Colorado"]). city: names of the city as people write them (["New York", "New York City", "NYC", "Manhattan", "Brooklyn", "Queens", "The Bronx", "Staten Island"]). A country-wide law has only `country`. */
  match: { country: string; region?: string; regionNames?: string[]; cities?: string[] };
  /** First day it applies to postings, YYYY-MM-DD. */
  inForce: string;
  /** Last day, if repealed or replaced (YYYY-MM-DD). */
  until?: string;
  /** Applies to employers with at least this many employees (omit when every employer is covered). The exact counting rule (where employees count) is in docs/rules/jd/pay-transparency-sources.md, with what each source says about remote work: that text is for people, and stays out of the editor's bundle. */
  minEmployees?: number;
  /** Does it cover remote roles that could be performed in (or report into) the jurisdiction? With a one-sentence note of what the source says. */
  remote: boolean;
  requires: PayLawRequirements;
  mustNot?: PayLawProhibition[];
  /** Primary sources, statute or regulator first. At least one. */
  sources: { title: string; url: string }[];
  /** Date you verified it: '2026-12-07'. */
  checked: string;
}

export const PAY_LAWS: readonly PayLaw[] = [
  // -------------------------------------------------------------------------------------------
  // United States: states and the District of Columbia

  {
    id: 'us-co~2021',
    name: 'Colorado Equal Pay for Equal Work Act',
    jurisdiction: 'Colorado',
    match: { country: 'US', region: 'CO', regionNames: ['Colorado'] },
    inForce: '2021-01-01',
    until: '2023-12-31',
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true, benefits: true, otherPay: true },
    sources: [
      { title: 'CDLE INFO #9A: Transparency in Pay and Job Opportunities (text mirror)', url: 'https://ezel.ai/labor-guidance/co/info-9a' },
      { title: 'Employers Council: CDLE guidance on posting a pay range (2023)', url: 'https://members.employerscouncil.org/blogs/lorrie-ray/2023/01/27/looking-for-employees-in-colorado-dont-forget-to-p?hlmlt=BL' },
      { title: 'The Compliant Employer: Colorado changes effective January 1, 2024', url: 'https://thecompliantemployer.com/colorado-eases-some-job-posting-requirements-for-remote-employers' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-co',
    name: 'Colorado Equal Pay for Equal Work Act (as amended by SB23-105)',
    jurisdiction: 'Colorado',
    match: { country: 'US', region: 'CO', regionNames: ['Colorado'] },
    inForce: '2024-01-01',
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true, benefits: true, otherPay: true, deadline: true },
    sources: [
      { title: 'Colorado General Assembly: SB23-105 Ensure Equal Pay for Equal Work (effective January 1, 2024)', url: 'https://leg.colorado.gov/bills/sb23-105' },
      { title: '7 CCR 1103-18 (POST Rules), Rule 11: contents of job postings (text)', url: 'https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11' },
      { title: 'Colorado Secretary of State eDocket: 7 CCR 1103-18 POST Rules', url: 'https://coloradosos.gov/CCR/eDocketDetails.do?trackingNum=2024-00129' },
      { title: 'CDLE INFO #9A: Transparency in Pay and Job Opportunities (text mirror)', url: 'https://ezel.ai/labor-guidance/co/info-9a' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-ca',
    name: 'California Labor Code § 432.3 (SB 1162; pay scale as redefined by SB 642)',
    jurisdiction: 'California',
    match: { country: 'US', region: 'CA', regionNames: ['California'] },
    inForce: '2023-01-01',
    minEmployees: 15,
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true },
    sources: [
      { title: 'California Labor Commissioner (DLSE): California Equal Pay Act FAQ, incl. Labor Code 432.3', url: 'https://www.dir.ca.gov/dlse/California_Equal_Pay_Act.htm' },
      { title: 'LCW: SB 642, pay scale as a good-faith estimate from January 1, 2026', url: 'https://www.lcwlegal.com/news/sb-642-pay-scale-and-wage-ranges' },
      { title: 'Ogletree: Labor Commissioner FAQ on SB 1162 (employee count, remote jobs)', url: 'https://ogletree.com/insights-resources/blog-posts/california-labor-agency-posts-faqs-relating-to-new-pay-scale-posting-requirements' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-wa~2023',
    name: 'Washington Equal Pay and Opportunities Act (RCW 49.58.110)',
    jurisdiction: 'Washington',
    match: { country: 'US', region: 'WA', regionNames: ['Washington', 'Washington State'] },
    inForce: '2023-01-01',
    until: '2025-07-26',
    minEmployees: 15,
    remote: true,
    requires: { pay: 'range', benefits: true, otherPay: true },
    sources: [
      { title: 'Washington L&I: Equal Pay and Opportunities Act', url: 'https://www.lni.wa.gov/workers-rights/wages/equal-pay-opportunities-act' },
      { title: 'Washington L&I bulletin: administrative policy ES.E.1 and the January 1, 2023 posting rule', url: 'https://content.govdelivery.com/accounts/WADLI/bulletins/33b2819' },
      { title: 'Pay Equity Advisor: summary of L&I policy ES.E.1 (remote jobs, employee count)', url: 'https://www.payequityadvisor.com/2023/01/washington-state-finalizes-2023-pay-transparency-requirements/' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-wa',
    name: 'Washington Equal Pay and Opportunities Act (RCW 49.58.110, as amended by SSB 5408)',
    jurisdiction: 'Washington',
    match: { country: 'US', region: 'WA', regionNames: ['Washington', 'Washington State'] },
    inForce: '2025-07-27',
    minEmployees: 15,
    remote: true,
    requires: { pay: 'pay-or-range', benefits: true, otherPay: true },
    sources: [
      { title: 'Washington Legislature: SSB 5408 House amendment text (RCW 49.58.110 "wage amount or scale or salary range")', url: 'https://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/Amendments/House/5408-S%20AMH%20LAWS%20H2092.1.htm' },
      { title: 'Washington Legislature: House Bill Report SSB 5408 as passed House', url: 'https://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/Bill%20Reports/House/5408-S%20HBR%20APH%2025.htm' },
      { title: 'Washington L&I: Equal Pay and Opportunities Act', url: 'https://www.lni.wa.gov/workers-rights/wages/equal-pay-opportunities-act' },
      { title: 'Ogletree: SSB 5408 signed, effective July 27, 2025', url: 'https://ogletree.com/insights-resources/blog-posts/washington-governor-signs-bill-making-key-changes-to-equal-pay-and-opportunities-act' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-ny',
    name: 'New York Pay Transparency Act (Labor Law § 194-b)',
    jurisdiction: 'New York State',
    match: { country: 'US', region: 'NY', regionNames: ['New York', 'New York State'] },
    inForce: '2023-09-17',
    minEmployees: 4,
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true },
    sources: [
      { title: 'NY Senate Open Legislation: Labor Law § 194-b', url: 'https://nysenate.gov/legislation/laws/LAB/194-B' },
      { title: 'NY Department of Labor: Pay Transparency Act FAQ', url: 'https://dol.ny.gov/pay-transparency-act-frequently-asked-questions' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-ny-nyc',
    name: 'NYC Salary Transparency Law (Admin. Code § 8-107(32))',
    jurisdiction: 'New York City',
    match: {
      country: 'US',
      region: 'NY',
      regionNames: ['New York', 'New York State'],
      cities: ['New York', 'New York City', 'NYC', 'Manhattan', 'Brooklyn', 'Queens', 'The Bronx', 'Bronx', 'Staten Island'],
    },
    inForce: '2022-11-01',
    minEmployees: 4,
    remote: true,
    requires: { pay: 'range', goodFaith: true },
    sources: [
      { title: 'NYC Commission on Human Rights: Salary Transparency in Job Advertisements fact sheet (text mirror)', url: 'https://info.5y1.org/advertising-jobs-salary_1_4b6e4e.html' },
      { title: 'Littler: NYC fact sheet on salary transparency', url: 'https://www.littler.com/es/node/594491' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-il',
    name: 'Illinois Equal Pay Act of 2003, pay transparency (820 ILCS 112/10(b-25))',
    jurisdiction: 'Illinois',
    match: { country: 'US', region: 'IL', regionNames: ['Illinois'] },
    inForce: '2025-01-01',
    minEmployees: 15,
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true, benefits: true, otherPay: true },
    sources: [
      { title: 'Illinois Department of Labor: Pay Transparency under the Illinois Equal Pay Act', url: 'https://labor.illinois.gov/pay' },
      { title: 'Illinois General Assembly: 820 ILCS 112/5 ("pay scale and benefits")', url: 'https://www.ilga.gov/legislation/ilcs/documents/082001120K5.htm' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-nj',
    name: 'New Jersey Pay and Benefit Transparency Act (P.L.2024, c.91)',
    jurisdiction: 'New Jersey',
    match: { country: 'US', region: 'NJ', regionNames: ['New Jersey'] },
    inForce: '2025-06-01',
    minEmployees: 10,
    remote: true,
    requires: { pay: 'pay-or-range', benefits: true, otherPay: true },
    sources: [
      { title: 'NJ Department of Labor: New Jersey pay and benefits transparency law', url: 'https://www.nj.gov/labor/myworkrights/wages/pay-transparency' },
      { title: 'New Jersey Legislature: S2310 (2024)', url: 'https://www.njleg.state.nj.us/bill-search/2024/S2310' },
      { title: 'Greenberg Traurig: NJDOL FAQ on nationwide postings', url: 'https://www.gtlaw.com/nl/insights/2025/6/new-jersey-pay-transparency-law-nj-dol-releases-guidance' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-vt',
    name: 'Vermont disclosure of compensation in job advertisements (21 V.S.A. § 495p, Act 155 of 2024)',
    jurisdiction: 'Vermont',
    match: { country: 'US', region: 'VT', regionNames: ['Vermont'] },
    inForce: '2025-07-01',
    minEmployees: 5,
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true },
    sources: [
      { title: 'Vermont Legislature: 21 V.S.A. § 495p', url: 'https://legislature.vermont.gov/statutes/section/21/005/00495p' },
      { title: 'Sheehey Furlong & Behm: Act 155 in effect July 1, 2025', url: 'https://sheeheyvt.com/state-law-changes-for-vermont-employers' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-ma',
    name: 'Massachusetts Salary Range Transparency Act (M.G.L. c. 149 § 105F; Chapter 141 of the Acts of 2024)',
    jurisdiction: 'Massachusetts',
    match: { country: 'US', region: 'MA', regionNames: ['Massachusetts'] },
    inForce: '2025-10-29',
    minEmployees: 25,
    remote: true,
    requires: { pay: 'range', goodFaith: true },
    sources: [
      { title: 'Massachusetts Legislature: Acts of 2024, Chapter 141', url: 'https://malegislature.gov/Laws/SessionLaws/Acts/2024/Chapter141' },
      { title: 'Cooley: Attorney General guidance on coverage and remote positions', url: 'https://www.cooley.com/news/insight/2025/2025-10-22-six-compliance-steps-for-massachusetts-upcoming-salary-transparency-law' },
      { title: 'Greenberg Traurig: law takes effect October 29, 2025', url: 'https://www.gtlaw.com/pl/insights/2025/10/massachusetts-pay-transparency-law-takes-effect-on-oct-29-2025' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-md',
    name: 'Maryland Wage Range Transparency Act (Lab. & Empl. § 3-304.2, SB 525 of 2024)',
    jurisdiction: 'Maryland',
    match: { country: 'US', region: 'MD', regionNames: ['Maryland'] },
    inForce: '2024-10-01',
    remote: true,
    requires: { pay: 'range', goodFaith: true, benefits: true, otherPay: true },
    sources: [
      { title: 'Maryland Department of Labor: Wage Range Transparency FAQ', url: 'https://dllr.state.md.us/LABOR/wages/esswagerangefaq.shtml' },
      { title: 'Venable: Maryland 2024 legislative session (wage range set in good faith)', url: 'https://www.venable.com/insights/publications/2024/06/marylands-2024-legislative-session' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-hi',
    name: 'Hawaii job listing disclosures (HRS § 378-2.8, Act 203 of 2023)',
    jurisdiction: 'Hawaii',
    match: { country: 'US', region: 'HI', regionNames: ['Hawaii', "Hawai'i", 'Hawaiʻi'] },
    inForce: '2024-01-01',
    minEmployees: 50,
    remote: false,
    requires: { pay: 'pay-or-range', goodFaith: true },
    sources: [
      { title: 'HRS § 378-2.8 (statute text)', url: 'https://courtgpt.ai/laws/hawaii/title-21/chapter-378/section-378-2-8' },
      { title: "Hawaiʻi Public Radio: pay transparency law in effect January 1, 2024", url: 'https://www.hawaiipublicradio.org/the-conversation/2024-01-10/what-you-should-know-about-hawaii-pay-transparency-law' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-dc',
    name: 'DC Wage Transparency Omnibus Amendment Act of 2023 (D.C. Code § 32-1453.01)',
    jurisdiction: 'District of Columbia',
    match: { country: 'US', region: 'DC', regionNames: ['District of Columbia', 'Washington, D.C.', 'Washington DC'], cities: ['Washington', 'Washington, D.C.', 'Washington DC', 'D.C.', 'DC'] },
    inForce: '2024-06-30',
    remote: false,
    requires: { pay: 'range', goodFaith: true },
    sources: [
      { title: 'Code of the District of Columbia § 32-1453.01 Employer disclosures', url: 'https://code.dccouncil.gov/us/dc/council/code/sections/32-1453.01' },
      { title: 'DC Attorney General: business advisory on listing pay ranges in job postings', url: 'https://oag.dc.gov/release/attorney-general-schwalb-issues-business-advisory' },
      { title: 'Epstein Becker Green: congressional review ended, effective June 30, 2024', url: 'http://ebglaw.com/workforce-bulletin/pay-transparency-comes-to-washington-dc' },
    ],
    checked: '2026-12-07',
  },

  // -------------------------------------------------------------------------------------------
  // United States: cities

  {
    id: 'us-nj-jersey-city',
    name: 'Jersey City Pay Transparency Ordinance (Municipal Code § 148-4.1)',
    jurisdiction: 'Jersey City',
    match: { country: 'US', region: 'NJ', regionNames: ['New Jersey'], cities: ['Jersey City'] },
    inForce: '2022-04-13',
    minEmployees: 5,
    remote: false,
    requires: { pay: 'range', goodFaith: true, benefits: true },
    sources: [
      { title: 'City of Jersey City: Pay Transparency, the law in Jersey City', url: 'https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744' },
      { title: 'Vensure: Ordinances 22-026 (effective April 13, 2022) and 22-045', url: 'https://www.vensure.com/employment-law-updates/new-jersey/july-2022-jersey-city-amends-pay-disclosure-requirements/' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-oh-cleveland',
    name: 'Cleveland pay transparency ordinance (Codified Ordinances ch. 669, Ordinance No. 104-2025)',
    jurisdiction: 'Cleveland',
    match: { country: 'US', region: 'OH', regionNames: ['Ohio'], cities: ['Cleveland'] },
    inForce: '2025-10-27',
    minEmployees: 15,
    remote: false,
    requires: { pay: 'range' },
    sources: [
      { title: 'City of Cleveland: Fair Employment Wage Board, pay transparency (Ordinance No. 104-2025, Chapter 669) and FAQ', url: 'https://www.clevelandohio.gov/city-hall/boards-commissions/fair-employment-wage-board' },
      { title: 'SHRM: Cleveland to prohibit salary inquiries, require salary ranges (scope of covered positions)', url: 'https://www.shrm.org/in/topics-tools/employment-law-compliance/cleveland-to-prohibit-salary-inquiries-require-salary-ranges' },
      { title: 'Benesch: Ordinance No. 104-2025, covered employers', url: 'https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'us-oh-columbus',
    name: 'Columbus salary transparency ordinance (City Code ch. 2335, Ordinance No. 2898-2025)',
    jurisdiction: 'Columbus',
    match: { country: 'US', region: 'OH', regionNames: ['Ohio'], cities: ['Columbus'] },
    inForce: '2027-01-01',
    minEmployees: 15,
    remote: false,
    requires: { pay: 'range' },
    sources: [
      { title: 'Columbus City Council (Legistar): ordinance 2898-2025 adopted November 3, 2025, enforced from January 1, 2027', url: 'https://columbus.legistar.com/LegislationDetail.aspx?FullText=1&GUID=777663C2-9A2F-4964-B349-F65508E3A3E3&ID=7781881' },
      { title: 'Bailey Cavalieri: "reasonable salary range or scale", 15 employees, effective January 1, 2027', url: 'https://baileycav.com/insight/columbus-passes-pay-transparency-ordinance' },
      { title: 'Employer Law Report: chapter 2335 (salary history ban), covered employers', url: 'https://www.employerlawreport.com/2024/02/articles/trending/columbus-implements-salary-history-ban/' },
    ],
    checked: '2026-12-07',
  },

  // -------------------------------------------------------------------------------------------
  // Canada

  {
    id: 'ca-bc',
    name: 'British Columbia Pay Transparency Act',
    jurisdiction: 'British Columbia',
    match: { country: 'CA', region: 'BC', regionNames: ['British Columbia'] },
    inForce: '2023-11-01',
    remote: true,
    requires: { pay: 'pay-or-range', goodFaith: true },
    sources: [
      { title: 'Government of B.C.: Guidance on wage or salary information on job postings', url: 'https://www2.gov.bc.ca/gov/content/gender-equity/wage-or-salary-information-on-job-postings' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'ca-on',
    name: 'Ontario Employment Standards Act, 2000, Part III.1 (job postings)',
    jurisdiction: 'Ontario',
    match: { country: 'CA', region: 'ON', regionNames: ['Ontario'] },
    inForce: '2026-01-01',
    minEmployees: 25,
    remote: false,
    requires: {
      pay: 'pay-or-range',
      maxWidth: { width: 50000, upTo: 200000, currency: 'CAD' },
      statements: [
        { id: 'ai-screening', text: 'A statement disclosing whether artificial intelligence is used to screen, assess or select applicants for the position.' },
        { id: 'existing-vacancy', text: 'A statement disclosing whether the posting is for an existing vacancy.' },
      ],
    },
    mustNot: [
      {
        id: 'canadian-experience',
        text: 'A publicly advertised job posting, or its application form, must not require Canadian experience.',
        phrases: ['canadian experience', 'canadian work experience', 'canadian workplace experience', 'work experience in canada', 'experience in canada'],
      },
    ],
    sources: [
      { title: "Ontario: Your guide to the ESA, requirements related to publicly advertised job postings", url: 'https://www.ontario.ca/document/your-guide-employment-standards-act-0/requirements-related-publicly-advertised-job' },
      { title: 'O. Reg. 476/24: Rules and exemptions re job postings', url: 'https://www.ontario.ca/laws/regulation/240476' },
      { title: 'Ministry of Labour update as reproduced by North Grenville Chamber ($50,000 range limit)', url: 'https://www.northgrenvillechamber.com/business-support/ministry-labour-immigration-training-and-skills-development' },
      { title: 'Sherrard Kuzz: $50,000 range limit and $200,000 exception', url: 'https://sherrardkuzz.com/newsblast/job-posting-rules-for-ontario-employers-in-force-january-1-2026' },
    ],
    checked: '2026-12-07',
  },

  // -------------------------------------------------------------------------------------------
  // European Union member states

  {
    id: 'eu-at',
    name: 'Austrian Equal Treatment Act (GlBG § 9(2)): minimum pay in job advertisements',
    jurisdiction: 'Austria',
    match: { country: 'AT' },
    inForce: '2013-08-01',
    remote: false,
    requires: { pay: 'pay-or-range' },
    sources: [
      { title: 'RIS: Gleichbehandlungsgesetz § 9 (version in force from 1 August 2013)', url: 'https://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20003395&FassungVom=2021-02-23&Artikel=&Paragraf=9&Anlage=&Uebergangsrecht=' },
      { title: 'LexisNexis Austria: duty since 1 March 2011 (BGBl I Nr. 7/2011)', url: 'https://360.lexisnexis.at/d/z_bbi_2011_3_BBInfo_2011_03_6_89bd51b7f8?origin=lk' },
    ],
    checked: '2026-12-07',
  },
  {
    id: 'eu-lt',
    name: 'Lithuanian Labour Code, art. 25(6): base pay in job advertisements',
    jurisdiction: 'Lithuania',
    match: { country: 'LT' },
    inForce: '2019-07-27',
    remote: false,
    requires: { pay: 'pay-or-range' },
    sources: [
      { title: 'TAR (e-tar.lt): Law No XIII-2327 of 11 July 2019 adding art. 25(6) to the Labour Code', url: 'https://www.e-tar.lt/rs/legalact/f54f9a90af9a11e98451fa7b5933515d/' },
      { title: 'State Labour Inspectorate (VDI): base pay must be in every job advertisement, in force since 27 July 2019', url: 'https://www.vdi.lt/Forms/Tekstas1.aspx?Tekstai_ID=2540' },
      { title: 'Verslo idėjos: VDI on art. 25(6), no open-ended amounts', url: 'https://versloidejos.lt/verslo-naujienos-is-lietuvos-ir-pasaulio/vdi-primena-darbo-skelbimuose-darbo-uzmokestis-privalo-buti-nurodytas' },
    ],
    checked: '2026-12-07',
  },
];
