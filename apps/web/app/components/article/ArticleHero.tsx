import type { Article } from '@clinic/shared-types'

import { safeHref } from '../../lib/safeHref'

/** The article's image, when it has one the visitor may see, with the alt text the CMS requires. */
export function ArticleHero({ image }: { image: Article['heroImage'] }) {
  if (!image || typeof image === 'number') return null
  const hero = image.sizes?.hero
  const src = safeHref(hero?.url ?? image.url)
  if (!src) return null
  return (
    <figure className="article__hero">
      <img
        src={src}
        alt={image.alt}
        width={hero?.width ?? image.width ?? undefined}
        height={hero?.height ?? image.height ?? undefined}
        decoding="async"
      />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  )
}
