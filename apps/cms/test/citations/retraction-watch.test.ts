import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Citation } from '@clinic/shared-types'

import { outbox } from '../../src/email/outbox'
import { citationData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { act, actAll, type Cast, signInEveryone, writeSummary } from '../workflow/helpers'
import { startLookupReplay, xml, type ReplayServer } from './lookupReplay'

let server: ReplayServer
let t: TestPayload
let cast: Cast

beforeAll(async () => {
  server = await startLookupReplay()
  // The queue is run by the tests, never by the cron.
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(async () => {
  await t?.stop()
  await server?.close()
})
beforeEach(() => {
  server.requests.length = 0
})

/** Queues the weekly task and runs the citations queue, as the cron-driven runner does. */
async function runWeeklyCheck() {
  const job = await t.payload.jobs.queue({ task: 'checkRetractions', input: {}, queue: 'citations' })
  const result = await t.payload.jobs.run({ queue: 'citations' })
  // A completed job is deleted (Payload's default), so its outcome is read from the run.
  return result.jobStatus?.[String(job.id)]?.status
}

/** Genuine records for the papers the tests cite by real PMIDs; any other PMID gets PubMed's 503. */
function replayEveryPaper() {
  server.reply('/efetch.fcgi', { status: 503, body: '' })
  server.reply('/efetch.fcgi?id=9500320', xml('efetch-pubmed-9500320-retracted-trimmed.xml'))
  server.reply('/efetch.fcgi?id=38147649', xml('efetch-pubmed-38147649-erratum.xml'))
}

async function pmidsOfAllCitations(): Promise<string[]> {
  const { docs } = await t.payload.find({
    collection: 'citations',
    where: { pmid: { exists: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.pmid!).sort()
}

const citation = (id: number) => t.payload.findByID({ collection: 'citations', id, depth: 0, overrideAccess: true }) as Promise<Citation>
const retractionMails = () => outbox.filter((mail) => mail.subject.startsWith('Retracted paper behind a live article'))

describe('lookup and save', () => {
  it('stores the looked-up correction with the citation; the API can neither set nor hide it', async () => {
    server.reply('/efetch.fcgi', xml('efetch-pubmed-38147649-erratum.xml'))
    const looked = await (await cast.as.editor.post('/citations/lookup', { identifier: '38147649' })).json()
    expect(looked.retraction.status).toBe('corrected')
    const { authors, ...fields } = looked.fields as { authors: string[] } & Record<string, unknown>
    const created = await cast.as.editor.post('/citations', {
      ...fields,
      authors: authors.map((name) => ({ name })),
      // Written by the CMS only: ignored when a request sends it.
      retractionStatus: 'none',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Citation }
    expect(server.requests).toHaveLength(1)

    const publicRead = (await (await cast.as.editor.get(`/citations/${doc.id}`)).json()) as Citation
    expect(publicRead.retractionStatus).toBe('corrected')
    expect(publicRead.retractionNotices?.[0]).toMatchObject({ kind: 'erratum', url: expect.stringMatching(/^https:\/\//) })
    expect(publicRead.retractionCheckedAt).toBeTruthy()

    const patched = await cast.as.editor.patch(`/citations/${doc.id}`, { retractionStatus: 'retracted', retractionNotices: [] })
    expect(patched.status).toBe(200)
    expect((await citation(doc.id)).retractionStatus).toBe('corrected')
  })

  it("lists a corrected paper in the article's workflow status for the editor", async () => {
    const { docs } = await t.payload.find({ collection: 'citations', where: { pmid: { equals: '38147649' } }, overrideAccess: true })
    const article = await writeSummary(t, cast.as.editor, { citations: [docs[0]!.id] })
    const status = await (await cast.as.editor.get(`/articles/${article.id}/workflow`)).json()
    expect(status.paperNotices).toEqual([
      expect.objectContaining({ citationId: docs[0]!.id, status: 'corrected', notices: [expect.objectContaining({ kind: 'erratum' })] }),
    ])
  })
})

describe('the weekly retraction check', () => {
  let retractedPaper: Citation
  let liveArticleId: number

  it("flags a live article's paper as retracted and e-mails its reviewer and the publishers once", async () => {
    retractedPaper = await t.payload.create({
      collection: 'citations',
      data: citationData({
        pmid: '9500320',
        title: 'Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children',
      }),
      overrideAccess: true,
    })
    expect(retractedPaper.retractionStatus).toBe('none')
    const article = await writeSummary(t, cast.as.editor, { citations: [retractedPaper.id] })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    liveArticleId = article.id

    replayEveryPaper()
    const before = retractionMails().length
    expect(await runWeeklyCheck()).toBe('success')

    const checked = await citation(retractedPaper.id)
    expect(checked.retractionStatus).toBe('retracted')
    expect(checked.retractionNotices?.find((notice) => notice.kind === 'retraction')).toMatchObject({
      date: '2010-02-06',
      url: 'https://pubmed.ncbi.nlm.nih.gov/20137807/',
    })
    // Every citation with a PMID was asked about, through PubMed, never from the cache; the one with
    // no genuine record to replay failed and kept its status.
    expect(server.requests.map((url) => url.searchParams.get('id')).sort()).toEqual(await pmidsOfAllCitations())

    const mails = retractionMails().slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to.sort()).toEqual([cast.users.reviewer.email, cast.users.publisher.email].sort())
    expect(mails[0]!.subject).toContain(article.title)
    expect(mails[0]!.text).toContain('was retracted on 2010-02-06')
    expect(mails[0]!.text).toContain('https://pubmed.ncbi.nlm.nih.gov/20137807/')
  })

  it('sends nothing the second time: the paper was already retracted', async () => {
    replayEveryPaper()
    const before = retractionMails().length
    expect(await runWeeklyCheck()).toBe('success')
    expect(server.requests).toHaveLength((await pmidsOfAllCitations()).length)
    expect(retractionMails().length).toBe(before)
    expect((await citation(retractedPaper.id)).retractionStatus).toBe('retracted')
  })

  it("shows visitors the retraction with the live article's citation", async () => {
    const response = await t.rest.get(`/articles/${liveArticleId}?depth=1`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { citations: Citation[] }
    expect(body.citations[0]).toMatchObject({ retractionStatus: 'retracted' })
    expect(body.citations[0]!.retractionNotices?.[0]).toMatchObject({ kind: 'retraction', date: '2010-02-06' })
  })

  it('keeps the last status when the service fails, and says so in the log rather than clearing it', async () => {
    server.reply('/efetch.fcgi', { status: 503, body: '' })
    expect(await runWeeklyCheck()).toBe('success')
    expect((await citation(retractedPaper.id)).retractionStatus).toBe('retracted')
  })

  it('refuses to publish an article whose primary citation is retracted, naming the paper and the date', async () => {
    const article = await writeSummary(t, cast.as.editor, { citations: [retractedPaper.id] })
    await actAll(article.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
    ])
    const refused = await act(cast.as.publisher, article.id, 'publish')
    expect(refused.status).not.toBe(200)
    expect(JSON.stringify(refused.body)).toContain(
      `The paper it is based on, “${retractedPaper.label}”, was retracted on 2010-02-06 (notice: https://pubmed.ncbi.nlm.nih.gov/20137807/)`,
    )
    const patch = await cast.as.publisher.patch(`/articles/${article.id}`, { _status: 'published' })
    expect(patch.status).not.toBe(200)
  })
})
