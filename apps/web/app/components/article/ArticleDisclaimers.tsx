import type { Disclaimer } from '@clinic/shared-types'

import type { ArticleType } from '../../cms/types'
import { ARTICLE_TYPE_NAMES } from '../../lib/articleTypes'
import { RichTextContent } from '../richText/RichTextContent'
import { SITE_DISCLAIMER_ID } from '../SiteFooter'

/**
 * The disclaimers that apply to this article, where the reader finishes it. The site-wide one is
 * already at the foot of every page, so it is pointed to rather than repeated.
 */
export function ArticleDisclaimers({
  disclaimers,
  articleType = 'research-summary',
}: {
  disclaimers: Disclaimer[]
  articleType?: ArticleType
}) {
  const siteWide = disclaimers.find((disclaimer) => disclaimer.scope === 'site-wide')
  const specific = disclaimers.filter((disclaimer) => disclaimer.scope !== 'site-wide')
  if (!siteWide && specific.length === 0) return null
  return (
    <section aria-labelledby="disclaimers-heading" className="article-section disclaimers">
      <h2 id="disclaimers-heading">Before you act on this</h2>
      {specific.map((disclaimer) => (
        <div key={disclaimer.id} className="disclaimer">
          <h3>{disclaimer.title}</h3>
          <RichTextContent data={disclaimer.body} />
        </div>
      ))}
      {siteWide ? (
        <p>
          Please read our <a href={`#${SITE_DISCLAIMER_ID}`}>{siteWide.title.toLowerCase()}</a>: {ARTICLE_TYPE_NAMES[articleType].this} is
          information, not medical advice for you.
        </p>
      ) : null}
    </section>
  )
}
