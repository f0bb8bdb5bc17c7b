import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseLegacyExport, parseWordPressExport } from '../src'
import { buildClinicWxr } from './fixtures/clinicWxr'
import { legacySiteText } from './fixtures/legacySite'
import { blocksOf, pagesOf } from './helpers'

const FIXTURE = path.join(import.meta.dirname, 'fixtures/wxr/clinic-site.xml')
const textPages = pagesOf(parseLegacyExport(legacySiteText))
const built = buildClinicWxr(textPages)
if (process.env.UPDATE_WXR_FIXTURE === '1') writeFileSync(FIXTURE, built)

describe('the clinic’s site as a WordPress export (fixtures/wxr/clinic-site.xml)', () => {
  it('is what the builder makes of the text export', () => {
    expect(readFileSync(FIXTURE, 'utf-8')).toBe(built)
  })

  it('reads back as the same articles: kinds, titles, bodies, citations and conditions, the cookie notice dropped', () => {
    const wordpress = pagesOf(parseWordPressExport(readFileSync(FIXTURE, 'utf-8')))
    const articles = textPages.filter((page) => ['research-summary', 'condition-guide', 'lifestyle-post'].includes(page.kind))
    expect(wordpress).toHaveLength(articles.length)
    wordpress.forEach((page, index) => {
      const text = articles[index]!
      expect([page.title, page.kind]).toEqual([text.title, text.kind])
      expect(blocksOf(page.body)).toEqual(blocksOf(text.body))
      expect(page.naturalKeys).toEqual(text.naturalKeys)
      expect(page.conditions?.map((condition) => condition.slug)).toEqual(
        expect.arrayContaining((text.conditions ?? []).map((condition) => condition.slug)),
      )
      expect(page.flags.join('\n')).toMatch(/boilerplate/)
      expect(page.wordpress?.oldUrl).toMatch(/^https:\/\/old-clinic-site\.example\/2022\/03\/[a-z0-9-]+\/$/)
    })
  })
})
