import type { PageMeta } from '../data/pageData'
import { CMS_URL_META } from '../data/browser'
import { pageTitle } from '../lib/pageTitle'

interface PageHeadProps {
  meta: PageMeta
  siteName: string | undefined
  cmsUrl: string
  /** Error pages and previews ask search engines not to index them. */
  indexable: boolean
  /** The page's one public address (absent on error pages). */
  canonicalUrl: string | undefined
  /** The site's public address, for the default share card. */
  siteUrl: string
}

/** The picture of a link preview: the page's own (relative to the CMS) or the site's share card. */
export function shareImage(meta: PageMeta, siteName: string | undefined, cmsUrl: string, siteUrl: string) {
  if (meta.image) return { url: new URL(meta.image.url, `${cmsUrl}/`).href, alt: meta.image.alt }
  return { url: `${siteUrl}/share-card.png`, alt: siteName ?? 'The clinic' }
}

/**
 * The <head> tags of a server-rendered page: title, description, canonical address and the Open
 * Graph and Twitter tags that link previews read, plus where the browser finds the CMS. Rendered by
 * React, so CMS text is escaped.
 */
export function PageHead({ meta, siteName, cmsUrl, indexable, canonicalUrl, siteUrl }: PageHeadProps) {
  const image = shareImage(meta, siteName, cmsUrl, siteUrl)
  return (
    <>
      <title>{pageTitle(meta, siteName)}</title>
      {meta.description ? <meta name="description" content={meta.description} /> : null}
      {indexable ? null : <meta name="robots" content="noindex" />}
      {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
      <meta property="og:title" content={meta.title} />
      {meta.description ? <meta property="og:description" content={meta.description} /> : null}
      <meta property="og:type" content={meta.kind ?? 'website'} />
      {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
      {siteName ? <meta property="og:site_name" content={siteName} /> : null}
      <meta property="og:locale" content="en_US" />
      <meta property="og:image" content={image.url} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image.url} />
      <meta name="twitter:image:alt" content={image.alt} />
      <meta name="twitter:title" content={meta.title} />
      {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
      <meta name={CMS_URL_META} content={cmsUrl} />
      <link rel="preconnect" href={cmsUrl} crossOrigin="anonymous" />
    </>
  )
}
