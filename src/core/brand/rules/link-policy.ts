import type { Fix, Rule } from '../../types';
import type { BrandContext, LinkRef } from '../context';

/** Link shorteners: they hide where a link goes, and the UTM parameters with it. */
export const SHORTENERS: readonly string[] = [
  'bit.ly', 'bitly.com', 'buff.ly', 'cutt.ly', 'goo.gl', 'is.gd', 'lnkd.in', 'ow.ly', 'rb.gy', 'rebrand.ly', 'shorturl.at',
  's.id', 't.co', 't.ly', 'tiny.cc', 'tinyurl.com', 'trib.al', 'v.gd', 'dlvr.it', 'fb.me', 'amzn.to', 'youtu.be', 'lnk.bio', 'linktr.ee',
];

/** brand/link-policy: links use https, posts' links carry UTM parameters, no link shorteners (`links:`). */
export const linkPolicy: Rule<BrandContext> = {
  id: 'brand/link-policy',
  description: 'Links follow `links:`: https only, UTM parameters on links in posts, no link shorteners.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const policy = context.config.links;
    if (!policy) return;
    for (const link of context.links) {
      const host = hostOf(link.url);
      const shortener = host !== undefined && SHORTENERS.includes(host);
      if (policy.https_only && /^http:\/\//i.test(link.url)) {
        report({
          message: `Use https: '${link.url}' is sent unencrypted and some browsers warn about it.`,
          range: { start: link.range.start, end: link.range.start + 'http://'.length },
          fixes: [{ title: 'Change to https://', edits: [{ start: link.range.start, end: link.range.start + 4, text: 'https' }], safe: false }],
        });
      }
      if (policy.block_shorteners && shortener) {
        report({ message: `${host} hides where the link goes and drops its UTM parameters: link the page itself.`, range: link.range });
      } else if (policy.require_utm && context.kind === 'post' && !/[?&]utm_[a-z]+=/i.test(link.url) && !utmExempt(host, policy.utm_exempt)) {
        const fix = utmFix(context, link);
        report({
          message: `Add UTM parameters (utm_source, utm_medium, utm_campaign) to '${link.url}' so visits from this post show up in analytics.`,
          range: link.range,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};

/** The host of a link, lower case, without `www.`. */
export function hostOf(url: string): string | undefined {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#\s]*@)?([^/?#:\s]+)/i.exec(url);
  return match ? match[1].toLowerCase().replace(/^www\./, '') : undefined;
}

/** True when `host` is one of the `links.utm_exempt` domains or a subdomain of one. */
export function utmExempt(host: string | undefined, exempt: readonly string[] | undefined): boolean {
  if (host === undefined || !exempt) return false;
  return exempt.some((written) => {
    const domain = written.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*?\./, '').replace(/^www\./, '').replace(/[/:].*$/, '');
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
  });
}

/** Appends utm_source (the platform), utm_medium=social and utm_campaign (the post's campaign). */
function utmFix(context: BrandContext, link: LinkRef): Fix | undefined {
  const post = context.post;
  if (!post) return undefined;
  // The platforms that publish the text the link is in: its block's, or those without a block.
  const platforms = [...new Set(post.targets.filter((t) => link.frontMatter || t.block?.id === link.block).map((t) => t.target.platform.id))];
  const source = platforms.length === 1 ? platforms[0] : 'social';
  const campaign = typeof post.frontMatter?.campaign === 'string' ? slug(post.frontMatter.campaign) : '';
  const params = `utm_source=${source}&utm_medium=social${campaign ? `&utm_campaign=${campaign}` : ''}`;
  const hash = link.url.indexOf('#');
  const at = hash < 0 ? link.url.length : hash;
  const head = link.url.slice(0, at);
  const joiner = !head.includes('?') ? '?' : /[?&]$/.test(head) ? '' : '&';
  const offset = link.range.start + at;
  return { title: `Add ${params}`, edits: [{ start: offset, end: offset, text: `${joiner}${params}` }], safe: false };
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
