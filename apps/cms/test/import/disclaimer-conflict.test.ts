import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importLegacyExport } from '../../src/import'
import { liveFixture, richText } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { currentSiteText } from './helpers'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.stop())

describe('the site disclaimer when another one is active', () => {
  it('keeps the active one and stores the imported text inactive, flagged; once', async () => {
    const current = await t.payload.create({
      collection: 'disclaimers',
      data: liveFixture({ title: 'Our disclaimer', scope: 'site-wide', active: true, body: richText('For general information only.') }),
      overrideAccess: true,
    })
    const report = await importLegacyExport(t.payload, { text: currentSiteText(), fileName: 'current-site-1.txt' })
    if (!report.ok) throw new Error(report.error)
    const page = report.pages.find((outcome) => outcome.kind === 'site-disclaimer')!
    expect(page.action).toBe('flagged')
    expect(page.flags.at(-1)).toMatch(/different site-wide disclaimer is active/)
    const { docs } = await t.payload.find({ collection: 'disclaimers', where: { active: { equals: true } }, overrideAccess: true })
    expect(docs.map((doc) => doc.id)).toEqual([current.id])

    // Imported again: the inactive copy is found, not stored twice.
    const again = await importLegacyExport(t.payload, { text: currentSiteText(), fileName: 'current-site-1.txt' })
    if (!again.ok) throw new Error(again.error)
    expect(again.pages.find((outcome) => outcome.kind === 'site-disclaimer')!.action).toBe('skipped')
    expect((await t.payload.count({ collection: 'disclaimers', overrideAccess: true })).totalDocs).toBe(2)
  })
})
