import type { Payload } from 'payload'

import { takeWorkflowAction } from '../collections/Articles/workflow/takeAction'
import { lexicalDocument } from '@clinic/rich-text'
import { seedAdmin } from './admin'
import { DEMO_ARTICLES } from './articles'
import { DEMO_CITATIONS } from './citations'
import { seedClinicProfile } from './clinicProfile'
import { seedConditions } from './conditions'
import { seedSiteWideDisclaimer } from './disclaimer'
import { DEMO_REVIEWERS, seedDemoReviewer, seedReviewerProfile } from './reviewer'

/**
 * Demo content for a fresh database, so the admin and the site are not empty. Does nothing once
 * anyone has an account: it never touches a database that is in use.
 */
export async function seedDemoContent(payload: Payload): Promise<boolean> {
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users > 0) return false

  const admin = await seedAdmin(payload)
  const [reviewerOne, reviewerTwo] = DEMO_REVIEWERS
  const reviewer = await seedDemoReviewer(payload, reviewerOne)
  const colleague = await seedDemoReviewer(payload, reviewerTwo)
  // The clinic profile, conditions and the disclaimer go through the workflow like articles:
  // submitted, approved by the medical reviewer, published.
  const as = (user: typeof admin) => ({ user: { ...user, collection: 'users' as const } })
  const review = async (
    collection: 'clinic-profile' | 'conditions' | 'disclaimers' | 'reviewer-profiles',
    documentId: number,
    approver = reviewer,
  ) => {
    for (const [action, user] of [
      ['submit', admin],
      ['approve', approver],
      ['publish', admin],
    ] as const) {
      await takeWorkflowAction(payload, { collection, documentId, kind: 'transition', action }, as(user))
    }
  }
  // Each reviewer's public profile, approved by the other, before anything they approve links to it.
  await review('reviewer-profiles', (await seedReviewerProfile(payload, reviewerOne, reviewer.id)).id, colleague)
  await review('reviewer-profiles', (await seedReviewerProfile(payload, reviewerTwo, colleague.id)).id, reviewer)
  await review('clinic-profile', (await seedClinicProfile(payload)).id)
  await review('disclaimers', (await seedSiteWideDisclaimer(payload)).id)
  const conditionIds = await seedConditions(payload)
  for (const id of Object.values(conditionIds)) await review('conditions', id)

  for (const article of DEMO_ARTICLES) {
    const { authors, ...citation } = DEMO_CITATIONS[article.citation]
    const cited = await payload.create({
      collection: 'citations',
      data: { ...citation, authors: authors.map((name) => ({ name })) },
      overrideAccess: true,
    })
    const created = await payload.create({
      collection: 'articles',
      data: {
        title: article.title,
        type: 'research-summary',
        excerpt: article.excerpt,
        body: lexicalDocument(article.body),
        citations: [cited.id],
        conditions: article.conditions.map((name) => conditionIds[name]!),
        author: admin.id,
      },
      overrideAccess: true,
    })
    // Through the editorial workflow like real content: submitted, approved by the medical
    // reviewer (which records her and the review dates), published past every publish gate.
    const step = (action: 'submit' | 'approve' | 'publish', user: typeof admin) =>
      takeWorkflowAction(payload, { documentId: created.id, kind: 'transition', action }, as(user))
    await step('submit', admin)
    if (article.status === 'published') {
      await step('approve', reviewer)
      await step('publish', admin)
    }
  }
  payload.logger.info(`Seeded demo content: ${DEMO_ARTICLES.length} research summaries`)
  return true
}
