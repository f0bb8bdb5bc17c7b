import type { Article } from '@clinic/shared-types'

import { formatDate, isoDate } from '../../lib/dates'
import { medicalReviewOf, reviewerPath } from '../../lib/medicalReview'
import { Link } from '../../router/Link'

/** When the article was published and, when the workflow recorded it, who medically reviewed it (linked to their profile). */
export function ArticleByline({ article }: { article: Article }) {
  const published = formatDate(article.publishedAt)
  const review = medicalReviewOf(article)
  const reviewed = review ? formatDate(review.reviewedAt) : undefined
  return (
    <div className="byline">
      {published && article.publishedAt ? (
        <p>
          Published <time dateTime={isoDate(article.publishedAt)}>{published}</time>
        </p>
      ) : null}
      {review && reviewed ? (
        <p className="byline__review">
          Medically reviewed by {review.profile ? <Link to={reviewerPath(review.profile.slug)}>{review.reviewer}</Link> : review.reviewer}{' '}
          on <time dateTime={isoDate(review.reviewedAt)}>{reviewed}</time>
        </p>
      ) : null}
    </div>
  )
}
