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
