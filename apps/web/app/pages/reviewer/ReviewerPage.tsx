import { useSuspenseQuery } from '@tanstack/react-query'

import type { Media } from '@clinic/shared-types'

import { articlesReviewedByQuery, REVIEWED_ARTICLES_COUNT, reviewerProfileQuery } from '../../cms/queries'
import { ArticleList } from '../../components/ArticleList'
import { useCms } from '../../data/CmsContext'
import { reviewerTitle } from '../../lib/medicalReview'
import type { PageProps } from '../../router/types'

/** A medical reviewer as visitors meet them: who they are, and the summaries they approved. */
export default function ReviewerPage({ params }: PageProps) {
  const cms = useCms()
  // The loader answered 404 before rendering when there is no such published profile.
  const profile = useSuspenseQuery(reviewerProfileQuery(cms, params.slug!)).data!
  const { data: reviewed } = useSuspenseQuery(articlesReviewedByQuery(cms, profile.id))
  const photo = typeof profile.photo === 'object' && profile.photo?.url ? (profile.photo as Media) : undefined
  const name = reviewerTitle(profile)

  return (
    <>
      <header className="page-header reviewer">
        <p className="eyebrow">Medical reviewer</p>
        {photo ? <img className="reviewer__photo" src={photo.url!} alt={photo.alt || name} width={160} height={160} /> : null}
        <h1 tabIndex={-1}>{name}</h1>
        {profile.specialty ? <p className="lede">{profile.specialty}</p> : null}
      </header>
      {profile.bio ? <p className="prose">{profile.bio}</p> : null}
      <section aria-labelledby="reviewed-heading" className="page-section">
        <h2 id="reviewed-heading">Summaries {profile.displayName} reviewed</h2>
        <ArticleList
          articles={reviewed.docs}
          headingLevel={3}
          emptyMessage={`No published summary names ${profile.displayName} as its reviewer yet.`}
        />
        {reviewed.totalDocs > REVIEWED_ARTICLES_COUNT ? (
          <p>
            The {REVIEWED_ARTICLES_COUNT} newest of {reviewed.totalDocs} summaries are listed.
          </p>
        ) : null}
      </section>
    </>
  )
}
