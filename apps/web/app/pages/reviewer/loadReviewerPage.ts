import { articlesReviewedByQuery, reviewerProfileQuery } from '../../cms/queries'
import { ensure, notFound, type LoadPage } from '../../data/pageData'
import { reviewerTitle } from '../../lib/medicalReview'

export function loadReviewerPage(slug: string): LoadPage {
  return async (queryClient, cms) => {
    const profile = await ensure(queryClient, reviewerProfileQuery(cms, slug))
    if (!profile) notFound()
    await ensure(queryClient, articlesReviewedByQuery(cms, profile.id))
    const specialty = profile.specialty?.trim()
    return {
      title: `${reviewerTitle(profile)}, medical reviewer`,
      description: `${reviewerTitle(profile)}${specialty ? ` (${specialty})` : ''} medically reviews the clinic's plain-language research summaries before they are published.`,
      subject: { kind: 'reviewer', profile },
    }
  }
}
