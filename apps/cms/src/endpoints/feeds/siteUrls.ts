import { env } from '../../env'

/** The site's public routes, in one place for feeds, the sitemap and e-mails. */
export const siteUrls = {
  home: () => `${env.siteUrl}/`,
  research: () => `${env.siteUrl}/research`,
  article: (slug: string) => `${env.siteUrl}/research/${encodeURIComponent(slug)}`,
  conditions: () => `${env.siteUrl}/conditions`,
  condition: (slug: string) => `${env.siteUrl}/conditions/${encodeURIComponent(slug)}`,
  reviewer: (slug: string) => `${env.siteUrl}/reviewers/${encodeURIComponent(slug)}`,
  /** An article's latest draft on the site, opened with a signed preview token. */
  articlePreview: (slug: string, token: string) =>
    `${env.siteUrl}/preview/research/${encodeURIComponent(slug)}?token=${encodeURIComponent(token)}`,
  /** A condition's latest draft on the site, opened with a signed preview token. */
  conditionPreview: (slug: string, token: string) =>
    `${env.siteUrl}/preview/conditions/${encodeURIComponent(slug)}?token=${encodeURIComponent(token)}`,
}
