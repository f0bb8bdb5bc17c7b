/**
 * The trust audit (issue 14): one command and one admin view list every live item that breaks a
 * trust rule. The workflow stops these from arising today, so each is planted the way old data or a
 * direct database edit would leave it, once per rule, and the audit must name exactly those.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase, databaseUrl, dropDatabase } from '@clinic/dev-postgres'

import { citationData, liveFixture, richText } from '../helpers/fixtures'
import { bundleCmsFile, runNode } from '../helpers/nodeScripts'
import { createPublishedArticle, publishingBasics } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { actAll, type Cast, signInEveryone, writeSummary } from '../workflow/helpers'

let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  cast = await signInEveryone(t)
})
afterAll(() => t?.stop())

// The CMS's modules read DATABASE_URL when first imported, so after startTestPayload set it.
const runTrustAudit = async (payload: TestPayload['payload']) => (await import('../../src/trust/liveItems')).runTrustAudit(payload)
const findingsOf = async () =>
  (await runTrustAudit(t.payload)).findings.map((finding) => `${finding.rule} ${finding.item.kind} ${finding.item.id}`)

describe('the trust audit', () => {
  it('finds nothing on content that went through the workflow', async () => {
    await createPublishedArticle(t.payload)
    const reviewed = await writeSummary(t, cast.as.editor)
    await actAll(reviewed.id, [
      [cast.as.editor, 'submit'],
      [cast.as.reviewer, 'approve'],
      [cast.as.publisher, 'publish'],
    ])
    expect(await findingsOf()).toEqual([])
  })

  it('names each live item that breaks a rule, once per rule, with a link to fix it', async () => {
    const db = t.payload.db
    const selfApproved = await createPublishedArticle(t.payload)
    await db.updateOne({
      collection: 'articles',
      id: selfApproved.id,
      data: { author: cast.users.reviewer.id, reviewedBy: cast.users.reviewer.id },
    })

    const overridden = await writeSummary(t, cast.as.editor)
    await actAll(overridden.id, [
      [cast.as.editor, 'submit'],
      [cast.as.admin, 'override_approve', { comment: 'Reviewer away; text identical to the approved print leaflet.' }],
      [cast.as.publisher, 'publish'],
    ])

    const overdue = await createPublishedArticle(t.payload)
    await db.updateOne({ collection: 'articles', id: overdue.id, data: { nextReviewDue: '2024-01-01T00:00:00.000Z' } })

    const risky = await createPublishedArticle(t.payload)
    await db.updateOne({ collection: 'articles', id: risky.id, data: { excerpt: 'A guaranteed cure for knee pain.' } })

    const badCitation = await t.payload.create({ collection: 'citations', data: liveFixture(citationData()), overrideAccess: true })
    const uncited = await createPublishedArticle(t.payload, { citations: [badCitation.id] })
    await db.updateOne({ collection: 'citations', id: badCitation.id, data: { title: '' } })

    const retractedPaper = await t.payload.create({ collection: 'citations', data: liveFixture(citationData()), overrideAccess: true })
    const basedOnRetracted = await createPublishedArticle(t.payload, { citations: [retractedPaper.id] })
    await db.updateOne({ collection: 'citations', id: retractedPaper.id, data: { retractionStatus: 'retracted' } })

    const noCondition = await createPublishedArticle(t.payload)
    await db.updateOne({ collection: 'articles', id: noCondition.id, data: { conditions: [] } })

    const condition = await t.payload.create({
      collection: 'conditions',
      data: liveFixture({
        name: `Lung scarring ${randomBytes(3).toString('hex')}`,
        category: 'pulmonary',
        summary: 'Scarring of the lungs.',
        body: richText('What it is.'),
      }),
      overrideAccess: true,
    })
    await db.updateOne({ collection: 'conditions', id: condition.id, data: { summary: 'Stem cells can cure it.' } })

    const findings = await findingsOf()
    expect(findings).toEqual(
      expect.arrayContaining([
        `approved-by-author articles ${selfApproved.id}`,
        `approved-by-override articles ${overridden.id}`,
        `review-overdue articles ${overdue.id}`,
        `open-claim articles ${risky.id}`,
        `citation articles ${uncited.id}`,
        `retracted-paper articles ${basedOnRetracted.id}`,
        `condition articles ${noCondition.id}`,
        `open-claim conditions ${condition.id}`,
      ]),
    )
    expect(findings).toHaveLength(8)

    const report = await runTrustAudit(t.payload)
    expect(report.findings.find((finding) => finding.item.id === overdue.id)?.adminUrl).toMatch(
      new RegExp(`/admin/collections/articles/${overdue.id}$`),
    )

    // No disclaimer that visitors can read: every live article breaks the disclaimer rule.
    const { disclaimerId } = await publishingBasics(t.payload)
    await db.updateOne({ collection: 'disclaimers', id: disclaimerId, data: { active: false } })
    const withoutDisclaimer = (await findingsOf()).filter((finding) => finding.startsWith('disclaimer '))
    expect(withoutDisclaimer).toContain(`disclaimer articles ${overdue.id}`)
    await db.updateOne({ collection: 'disclaimers', id: disclaimerId, data: { active: true } })
  })
})

describe('pnpm --filter @clinic/cms audit:trust', () => {
  const serverUrl = inject('postgresServerUrl')
  const name = `clinic_test_audit_${randomBytes(6).toString('hex')}`

  beforeAll(async () => {
    await createDatabase(serverUrl, name, inject('templateDatabase'))
  })
  afterAll(async () => {
    await dropDatabase(serverUrl, name)
  })

  it('exits 0 on reviewed content and 1 with a table naming each finding', async () => {
    const audit = await bundleCmsFile('scripts/audit-trust.ts')
    const env = { ...process.env, DATABASE_URL: databaseUrl(serverUrl, name), LOG_LEVEL: 'fatal' }
    const clean = await runNode([audit], { env, timeoutMs: 120_000, allowFailure: true })
    expect(clean.code, clean.stderr).toBe(0)
    expect(clean.stdout).toMatch(/every trust rule holds/)

    // A condition that was live before conditions were reviewed, as the migration records it.
    const pg = await import('pg')
    const client = new pg.default.Client({ connectionString: databaseUrl(serverUrl, name) })
    await client.connect()
    try {
      await client.query(
        `insert into conditions (name, category, slug, _status, workflow_state, approved_by_override, updated_at, created_at) values ('Lupus', 'autoimmune', 'lupus', 'published', 'published', true, now(), now())`,
      )
    } finally {
      await client.end()
    }
    const broken = await runNode([audit], { env, timeoutMs: 120_000, allowFailure: true })
    expect(broken.code, broken.stderr).toBe(1)
    expect(broken.stdout).toMatch(/^Approved by an override\s+conditions \d+\s+Lupus\s+It is live on an admin override/m)
  })
})
