import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importLegacyExport } from '../../src/import'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { countEverything, currentSiteText } from './helpers'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.stop())

describe('all or nothing', () => {
  it('stores nothing of a file whose import fails half-way (after the guide and three summaries)', async () => {
    const before = await countEverything(t.payload)
    const failing = importLegacyExport(t.payload, {
      text: currentSiteText(),
      fileName: 'current-site-1.txt',
      onPage: (_outcome, done) => {
        if (done === 4) throw new Error('the server went away')
      },
    })
    await expect(failing).rejects.toThrow('the server went away')
    expect(await countEverything(t.payload)).toEqual(before)

    // The same file then imports in full.
    const report = await importLegacyExport(t.payload, { text: currentSiteText(), fileName: 'current-site-1.txt' })
    expect(report.ok && report.totals.articles).toBe(6)
  })
})
