/** A short JD with every required section: lints clean under the defaults (but for recommended hints). */
export const MINIMAL_COMPLETE_JD = `title: Social Media Manager
responsibilities: [Plan the content calendar]
qualifications: [Two years running brand channels]
skills: [Copywriting]
daily_tasks: [Answer comments]
kpis:
  - metric: Engagement rate
    target: "+10%"
reporting: { reports_to: Head of Marketing }
brand_alignment: Keeps the tone friendly.
`;
