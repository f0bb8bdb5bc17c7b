import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'

import type { Article, Citation } from '@clinic/shared-types'

import { readSetting } from '../../../envTable'
import { articleAdminUrl, emailOfUser, emailsOfRole, sendNotice } from '../../Articles/workflow/notifications'
import { retractionData, retractionNoticeOf } from '../fields/retraction'
import { lookupCitation } from '../lookup/service'

export const CITATIONS_QUEUE = 'citations'
const PAGE_SIZE = 100

export interface RetractionCheckSummary {
  checked: number
  changed: number
  newlyRetracted: number
  failed: number
}

/**
 * Re-checks every citation with a PMID or DOI against its source of record (always asking the
 * service: a cached answer could be a week old) and stores the status it finds. The package's client
 * spaces the requests within NCBI's and Crossref's limits, so a long list simply takes longer. A
 * paper that failed to look up keeps its last status and is counted, never treated as "no notice".
 * When a paper becomes retracted, everyone responsible for the live articles based on it is told —
 * once: the next run finds it already retracted and sends nothing.
 */
export async function checkRetractions(req: PayloadRequest): Promise<RetractionCheckSummary> {
  const { payload } = req
  const summary: RetractionCheckSummary = { checked: 0, changed: 0, newlyRetracted: 0, failed: 0 }
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'citations',
      where: { or: [{ pmid: { exists: true } }, { doi: { exists: true } }] },
      sort: 'id',
      depth: 0,
      limit: PAGE_SIZE,
      page,
      overrideAccess: true,
    })
    for (const citation of docs) {
      const identifier = citation.pmid || citation.doi
      if (!identifier) continue
      const outcome = await lookupCitation(payload, identifier, { fresh: true })
      if (!outcome.ok) {
        summary.failed += 1
        const why = 'disabled' in outcome ? outcome.disabled : outcome.error.message
        payload.logger.warn(`Retraction check: citation ${citation.id} (${identifier}) was not checked: ${why}`)
        if ('disabled' in outcome) return summary
        continue
      }
      summary.checked += 1
      const data = retractionData(outcome.retraction, new Date().toISOString())
      const before = citation.retractionStatus ?? 'none'
      if (before !== data.retractionStatus || JSON.stringify(noticesOf(citation)) !== JSON.stringify(data.retractionNotices))
        summary.changed += 1
      // The status is stored before anyone is told, so a run that fails half-way never e-mails twice.
      let updated: Citation
      try {
        // A live paper's status is written to the live row (it is not reviewed text: visitors and
        // the publish gate need it at once); an unpublished one's to its working copy.
        const live = citation._status === 'published'
        updated = await payload.update({
          collection: 'citations',
          id: citation.id,
          data: live ? { ...data, _status: 'published' } : data,
          overrideAccess: true,
          depth: 0,
        })
      } catch (error) {
        // A live citation whose correction waits for review cannot take a save that bypasses it;
        // its status is stored when the correction is published or withdrawn, and the next run retries.
        summary.failed += 1
        payload.logger.warn(`Retraction check: citation ${citation.id} (${identifier}) could not be updated: ${(error as Error).message}`)
        continue
      }
      if (before !== 'retracted' && data.retractionStatus === 'retracted') {
        summary.newlyRetracted += 1
        await notifyLiveArticles(req, updated)
      }
    }
    if (!hasNextPage) return summary
  }
}

function noticesOf(citation: Citation) {
  return (citation.retractionNotices ?? []).map(({ kind, date, url, label }) => ({ kind, date: date ?? null, url, label }))
}

/** Live articles whose primary (first) citation is this paper. */
async function liveArticlesBasedOn(req: PayloadRequest, citationId: number): Promise<Article[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ citations: { contains: citationId } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.filter((article) => {
    const first = article.citations?.[0]
    return (typeof first === 'object' && first !== null ? first.id : first) === citationId
  })
}

async function notifyLiveArticles(req: PayloadRequest, citation: Citation): Promise<void> {
  const articles = await liveArticlesBasedOn(req, citation.id)
  if (articles.length === 0) return
  const publishers = await emailsOfRole(req, 'publisher')
  const notice = retractionNoticeOf(citation.retractionNotices)
  const paper = `“${citation.title}” (${citation.label ?? `citation ${citation.id}`})`
  const when = notice?.date ? ` on ${notice.date}` : ''
  for (const article of articles) {
    const reviewer = await emailOfUser(req, article.reviewedBy)
    const to = [...new Set([...(reviewer ? [reviewer] : []), ...publishers])]
    await sendNotice(req, {
      to,
      subject: `Retracted paper behind a live article: “${article.title}”`,
      text: [
        `The paper the live article “${article.title}” is based on was retracted${when}:`,
        paper,
        notice ? `Notice: ${notice.label} ${notice.url}` : 'PubMed lists it as a retracted publication.',
        '',
        'The site now shows visitors a retraction notice on the article, and the article cannot be published again while this is its primary citation.',
        'Review it: unpublish or archive it, or base it on another paper.',
        articleAdminUrl(article.id),
      ].join('\n'),
    })
  }
}

export const checkRetractionsTask: TaskConfig<{ input: object; output: RetractionCheckSummary }> = {
  slug: 'checkRetractions',
  label: 'Re-check every cited paper for retractions and corrections',
  retries: 1,
  // Weekly, Mondays 04:00 server time (RETRACTION_CHECK_CRON to change it); queued by the autoRun below.
  schedule: [{ cron: readSetting('retractionCheckCron'), queue: CITATIONS_QUEUE }],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'changed', type: 'number', required: true },
    { name: 'newlyRetracted', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await checkRetractions(req) }),
}

/**
 * Every instance looks at the citations queue every 15 minutes: that queues the weekly task when
 * it is due (Payload's default beforeSchedule skips it while one is queued or running) and runs it;
 * the atomic claim (scaleOut/atomicJobClaims) lets exactly one instance take it.
 */
export const citationsJobs = {
  tasks: [checkRetractionsTask],
  autoRun: [{ cron: '*/15 * * * *', queue: CITATIONS_QUEUE, limit: 1 }],
} satisfies Pick<JobsConfig, 'tasks' | 'autoRun'>
