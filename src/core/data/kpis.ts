/** A social media KPI Copydesk knows: completion in `kpis:`, hover text and snippets. */
export interface KpiDefinition {
  /** The metric as written in `metric:`. */
  metric: string;
  /** Other names writers use for it (matched case-insensitively for hover). */
  aliases: string[];
  definition: string;
  formula: string;
  /** A realistic target, with a number (jd/kpi-not-measurable). */
  exampleTarget: string;
  period: 'week' | 'month' | 'quarter' | 'year';
}

/** The metrics of social media work, in our own words. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    metric: 'Engagement rate',
    aliases: ['engagement', 'er'],
    definition: 'How many of the people who saw a post interacted with it (reactions, comments, shares, saves, clicks).',
    formula: 'engagements ÷ impressions × 100 (or ÷ reach, or ÷ followers: say which)',
    exampleTarget: '4% average across organic posts',
    period: 'month',
  },
  {
    metric: 'Reach',
    aliases: ['unique reach', 'audience reach'],
    definition: 'The number of distinct accounts that saw at least one post.',
    formula: 'count of unique accounts shown the content',
    exampleTarget: '+20% quarter on quarter',
    period: 'quarter',
  },
  {
    metric: 'Impressions',
    aliases: ['views', 'post views'],
    definition: 'How many times posts were shown, counting repeat views by the same account.',
    formula: 'sum of times the content was displayed',
    exampleTarget: '500,000 per month',
    period: 'month',
  },
  {
    metric: 'Website traffic from social',
    aliases: ['social traffic', 'referral traffic', 'website traffic', 'traffic from social'],
    definition: 'Visits to the website that arrive from social platforms, as web analytics attributes them (UTM parameters).',
    formula: 'sessions with a social source or utm_medium=social',
    exampleTarget: '12,000 sessions per month',
    period: 'month',
  },
  {
    metric: 'Conversion rate',
    aliases: ['conversions', 'cvr', 'social conversion rate'],
    definition: 'The share of visits from social that complete a goal: a purchase, sign-up or application.',
    formula: 'conversions ÷ sessions from social × 100',
    exampleTarget: '2.5% of social sessions',
    period: 'quarter',
  },
  {
    metric: 'Follower growth',
    aliases: ['follower growth rate', 'audience growth', 'followers'],
    definition: 'How fast the audience grows, net of unfollows.',
    formula: '(followers at end − followers at start) ÷ followers at start × 100',
    exampleTarget: '+3% per month',
    period: 'month',
  },
  {
    metric: 'Response time',
    aliases: ['average response time', 'first response time', 'reply time'],
    definition: 'How long people wait for a first reply to a comment or direct message.',
    formula: 'median time from message received to first reply',
    exampleTarget: 'under 2 hours during business hours',
    period: 'month',
  },
  {
    metric: 'Share of voice',
    aliases: ['sov', 'social share of voice'],
    definition: 'The brand\'s share of all conversation about the category, against named competitors.',
    formula: 'brand mentions ÷ (brand + competitor mentions) × 100',
    exampleTarget: '25% among the five named competitors',
    period: 'quarter',
  },
  {
    metric: 'Click-through rate',
    aliases: ['ctr', 'link clicks'],
    definition: 'How many of the people shown a post clicked its link.',
    formula: 'link clicks ÷ impressions × 100',
    exampleTarget: '1.5% on link posts',
    period: 'month',
  },
  {
    metric: 'Sentiment',
    aliases: ['community sentiment', 'net sentiment', 'brand sentiment'],
    definition: 'How positive the conversation about the brand is, from social listening.',
    formula: '(positive − negative mentions) ÷ all mentions × 100',
    exampleTarget: 'net sentiment of +40 or better',
    period: 'quarter',
  },
];

/** The known KPI whose metric or alias is `name` (any case), if any. */
export function kpiDefinition(name: string): KpiDefinition | undefined {
  const key = name.trim().toLowerCase();
  return KPI_DEFINITIONS.find((k) => k.metric.toLowerCase() === key || k.aliases.includes(key));
}
