/**
 * ALL-CAPS words that are not shouting: acronyms and initialisms common in job descriptions and
 * social copy. Teams add their own in `tone.acronyms`; ISO currency codes are accepted too.
 */
export const ACRONYMS: readonly string[] = [
  // Roles and teams
  'CEO', 'CFO', 'CMO', 'COO', 'CTO', 'CIO', 'CPO', 'CRO', 'CXO', 'VP', 'SVP', 'EVP', 'HR', 'HRBP', 'PR', 'QA', 'IT', 'PMM',
  // Marketing and social
  'SEO', 'SEM', 'SMM', 'SMO', 'PPC', 'CPC', 'CPM', 'CPA', 'CPL', 'CTR', 'CTA', 'CRM', 'CMS', 'ROI', 'ROAS', 'KPI', 'OKR', 'UGC',
  'B2B', 'B2C', 'D2C', 'DTC', 'GTM', 'AOV', 'LTV', 'CAC', 'MQL', 'SQL', 'NPS', 'CSAT', 'SOV', 'UTM', 'DM', 'PPT', 'FAQ', 'AMA',
  'RSVP', 'ASAP', 'FYI', 'TBD', 'TBC', 'EOD', 'ETA', 'OOO', 'AI', 'ML', 'AR', 'VR', 'API', 'SDK', 'URL', 'HTML', 'CSS', 'PDF',
  'PNG', 'JPG', 'JPEG', 'GIF', 'SVG', 'MP4', 'UX', 'UI', 'IOS', 'GA4', 'GDPR', 'CCPA', 'ADA', 'WCAG', 'ISO', 'SOC', 'SLA',
  // Employment
  'EEO', 'EOE', 'DEI', 'DEIB', 'ERG', 'PTO', 'WFH', 'OTE', 'RSU', 'ESOP', 'MBA', 'BA', 'BSC', 'MSC', 'PHD', 'LGBT', 'LGBTQ',
  'LGBTQIA', 'BIPOC', 'ADHD', 'FTE', 'NDA', 'IPO', 'LLC', 'LTD', 'GMBH', 'INC', 'YOY', 'QOQ', 'YTD', 'FY', 'Q1', 'Q2', 'Q3', 'Q4',
  // Places and organisations
  'USA', 'UK', 'EU', 'UAE', 'NYC', 'LA', 'SF', 'EMEA', 'APAC', 'LATAM', 'DACH', 'NATO', 'NASA', 'UN', 'UNESCO', 'NGO', 'BBC', 'CNN',
  'TV', 'ID', 'OK', 'AM', 'PM', 'GMT', 'UTC', 'CET', 'EST', 'PST', 'CEST',
];

/**
 * Abbreviations of social media writing: in capitals they are conventions, not shouting
 * (TL;DR is two words here, TL and DR, as the tokenizer reads it).
 */
export const SOCIAL_ABBREVIATIONS: readonly string[] = [
  'POV', 'FYP', 'TBT', 'FBF', 'AMA', 'DM', 'DMS', 'PM', 'PSA', 'ICYMI', 'IRL', 'TL', 'DR', 'TLDR', 'OOTD', 'NSFW', 'SFW', 'FOMO',
  'GRWM', 'FYI', 'IMO', 'IMHO', 'TBH', 'LOL', 'OMG', 'BTS', 'DIY', 'QOTD', 'WIP', 'NGL', 'IYKYK', 'SMH', 'BRB', 'AFAIK', 'TIL',
  'ELI5', 'HMU', 'LMK', 'TGIF', 'YOLO', 'GOAT', 'RT', 'MT', 'HT', 'CC', 'PS', 'AKA', 'BTW', 'IDK', 'FTW', 'OTD', 'TW', 'CW',
  'WFH', 'OOO', 'ASAP', 'RSVP', 'LFG', 'IG', 'YT', 'FB', 'LI', 'TT', 'UGC', 'CTA', 'AMAA', 'WDYT', 'JK', 'NVM', 'OP', 'EOD',
];

/** Sector acronym packs, switched on with `tone.acronym_packs` (ALL-CAPS words that are fine in that trade). */
export const ACRONYM_PACKS = {
  healthcare: [
    'ICU', 'PACU', 'NICU', 'PICU', 'CCU', 'ED', 'ER', 'OR', 'CPR', 'BLS', 'ACLS', 'PALS', 'NRP', 'TNCC', 'EMR', 'EHR', 'HIPAA', 'LPN',
    'LVN', 'RN', 'BSN', 'MSN', 'DNP', 'APRN', 'NP', 'PA', 'CNA', 'HCA', 'MD', 'DO', 'OT', 'PT', 'SLP', 'RT', 'EMT', 'NHS', 'CQC', 'GP',
    'ICD', 'CPT', 'MRI', 'CT', 'ECG', 'EKG', 'IV', 'PPE', 'OSCE', 'NMC', 'HCPC', 'CCRN', 'CEN', 'ONC', 'OB', 'GYN', 'OBGYN', 'PRN',
  ],
  logistics: [
    'HGV', 'LGV', 'FLT', 'WMS', 'TMS', 'ERP', 'OSHA', 'DOT', 'CDL', 'FIFO', 'LIFO', 'FEFO', 'SKU', 'KPI', 'POD', 'BOL', 'LTL', 'FTL',
    'ETA', 'ETD', 'RF', 'MHE', 'CPC', 'ADR', 'DG', 'MPE', 'OTIF', 'SOP', 'EDI', 'RFID', 'UPS', 'DHL', 'FMCG', 'HAZMAT', 'TWIC', 'OTR',
  ],
  finance: [
    'CFA', 'CPA', 'ACCA', 'CIMA', 'ACA', 'AML', 'KYC', 'CDD', 'EDD', 'GAAP', 'IFRS', 'FINRA', 'SEC', 'FCA', 'PRA', 'SOX', 'FP&A',
    'FPA', 'P&L', 'EBITDA', 'CFP', 'FRM', 'CAIA', 'AUM', 'ESG', 'IPO', 'M&A', 'NAV', 'VAT', 'HMRC', 'IRS', 'AP', 'AR', 'GL', 'SAP',
    'CFO', 'ROE', 'ROA', 'CAPEX', 'OPEX', 'PCI', 'DSS', 'MIFID', 'BASEL', 'ICAAP',
  ],
  games: [
    'AAA', 'MMO', 'RPG', 'JRPG', 'ARPG', 'FPS', 'TPS', 'RTS', 'MOBA', 'DLC', 'NPC', 'PVP', 'PVE', 'MMORPG', 'UGC', 'QA', 'UI', 'UX',
    'HUD', 'VFX', 'SFX', 'LOD', 'GDD', 'XP', 'HP', 'AI', 'VR', 'AR', 'XR', 'PC', 'PS5', 'NPCS', 'LIVEOPS', 'F2P', 'P2W', 'ESRB', 'PEGI',
  ],
  tech: [
    'AWS', 'GCP', 'SAAS', 'PAAS', 'IAAS', 'API', 'SDK', 'CI', 'CD', 'SRE', 'SQL', 'NOSQL', 'JSON', 'YAML', 'REST', 'HTTP', 'HTTPS',
    'TCP', 'DNS', 'VPN', 'SSO', 'SAML', 'OAUTH', 'LDAP', 'IAM', 'K8S', 'CPU', 'GPU', 'RAM', 'SSD', 'OS', 'IDE', 'CLI', 'GUI', 'LLM',
    'NLP', 'ETL', 'BI', 'DBA', 'QA', 'TDD', 'OOP', 'MVP', 'PR', 'HPC', 'IOT', 'SOC', 'SIEM', 'CISSP', 'CCNA', 'OWASP', 'GDPR',
  ],
} as const satisfies Record<string, readonly string[]>;

/** The names of the sector acronym packs. */
export type AcronymPack = keyof typeof ACRONYM_PACKS;
export const ACRONYM_PACK_NAMES = Object.keys(ACRONYM_PACKS) as AcronymPack[];
