import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { ARTIFACTS_DIR, openPage } from './browser'
import { jsonLdNodes, validateJsonLd, type JsonLdNode } from './structuredData'

const webUrl = inject('webUrl')
const content = inject('content')
const ARTICLE = '/research/a-phase-2-trial-of-nurown-cells-in-als'

/** The page as a crawler or a link preview gets it: HTML only, no JavaScript run. */
async function fetchHtml(path: string) {
  const response = await fetch(`${webUrl}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The content of `<meta name|property="key">`, as React renders it (attribute order included). */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"/>`).exec(html)
  return match ? decode(match[1]!) : undefined
}

const titleOf = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)"\/>/.exec(html)?.[1]
const nodeOfType = (nodes: JsonLdNode[], type: string) => nodes.find((node) => node['@type'] === type)

const PAGE_TYPES = [
  ['home', '/', 'WebPage'],
  ['research library', '/research', 'CollectionPage'],
  ['article', ARTICLE, 'MedicalWebPage'],
  ['condition list', '/conditions', 'CollectionPage'],
  ['condition', '/conditions/spinal-cord-injury', 'MedicalWebPage'],
  ['reviewer', '/reviewers/dr-elena-marsh', 'ProfilePage'],
] as const

describe('every page type carries its own title, description, canonical, link-preview tags and valid JSON-LD', () => {
  const seen = { titles: new Set<string>(), descriptions: new Set<string>() }

  it.each(PAGE_TYPES)('the %s page (%s)', async (_name, path, pageType) => {
    const html = await fetchHtml(path)
    const title = titleOf(html)
    const description = metaContent(html, 'description')
    expect(description).toBeTruthy()
    expect(seen.titles.has(title), `title "${title}" used twice`).toBe(false)
    expect(seen.descriptions.has(description!), `description used twice`).toBe(false)
    seen.titles.add(title)
    seen.descriptions.add(description!)

    const url = `${webUrl}${path}`
    expect(canonicalOf(html)).toBe(url)
    expect(html).not.toContain('<meta name="robots"')
    expect(metaContent(html, 'og:title')).toBeTruthy()
    expect(title.startsWith(metaContent(html, 'og:title')!)).toBe(true)
    expect(metaContent(html, 'og:description')).toBe(description)
    expect(metaContent(html, 'og:url')).toBe(url)
    expect(metaContent(html, 'og:site_name')).toBe('Stemedix')
    expect(metaContent(html, 'og:locale')).toBe('en_US')
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image')
    // No seeded page has its own picture, so every preview shows the share card, described.
    expect(metaContent(html, 'og:image')).toBe(`${webUrl}/share-card.png`)
    expect(metaContent(html, 'twitter:image')).toBe(metaContent(html, 'og:image'))
    expect(metaContent(html, 'og:image:alt')).toBe('Stemedix')
    expect(metaContent(html, 'twitter:image:alt')).toBe('Stemedix')
    expect(metaContent(html, 'twitter:title')).toBe(metaContent(html, 'og:title'))
    expect(metaContent(html, 'twitter:description')).toBe(description)

    const nodes = jsonLdNodes(html)
    const page = nodeOfType(nodes, pageType)
    expect(page).toMatchObject({ '@id': url, url, description })
    const clinic = nodeOfType(nodes, 'MedicalOrganization')
    // The clinic as site settings describe it (the same phone the footer shows).
    expect(clinic).toMatchObject({ name: 'Stemedix', url: `${webUrl}/` })
    const phoneDigits = String(clinic!.telephone).replace(/\D/g, '')
    expect(phoneDigits.length).toBeGreaterThan(6)
    expect(html).toMatch(new RegExp(`href="tel:\\+?\\d*${phoneDigits}"`))
    expect(await validateJsonLd(nodes)).toEqual([])
  })
})

describe('the share card', () => {
  it('is served as a 1200×630 PNG, the size link previews ask for', async () => {
    const response = await fetch(`${webUrl}/share-card.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/png/)
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})

describe('an article page’s structured data', () => {
  it('is a MedicalWebPage with its medical review, its source paper (DOI, PMID) and its breadcrumb trail', async () => {
    const nodes = jsonLdNodes(await fetchHtml(ARTICLE))
    // For people to read (and for the release note): one article page's JSON-LD as served.
    mkdirSync(path.join(ARTIFACTS_DIR, 'seo'), { recursive: true })
    writeFileSync(path.join(ARTIFACTS_DIR, 'seo', 'article-json-ld.json'), `${JSON.stringify(nodes, null, 2)}\n`)
    const page = nodeOfType(nodes, 'MedicalWebPage')!
    // The reviewer as her reviewed public profile presents her, never her staff account's name.
    expect(page.reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Dr. Elena Marsh',
      honorificSuffix: 'MD',
      knowsAbout: 'Pulmonology (demo profile)',
      url: `${webUrl}/reviewers/dr-elena-marsh`,
    })
    expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(page.about).toEqual([
      {
        '@type': 'MedicalCondition',
        name: 'Amyotrophic lateral sclerosis (ALS)',
        url: `${webUrl}/conditions/amyotrophic-lateral-sclerosis-als`,
      },
    ])
    const [paper] = page.citation as JsonLdNode[]
    expect(paper).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'NurOwn, phase 2, randomized, clinical trial in patients with ALS: Safety, clinical, and biomarker results',
      url: 'https://doi.org/10.1212/wnl.0000000000008620',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1212/wnl.0000000000008620' },
        { '@type': 'PropertyValue', propertyID: 'PMID', value: '31740545' },
        { '@type': 'PropertyValue', propertyID: 'PMCID', value: 'PMC6937497' },
      ],
    })
    expect(nodeOfType(nodes, 'BreadcrumbList')!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${webUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Research', item: `${webUrl}/research` },
      { '@type': 'ListItem', position: 3, name: 'A phase 2 trial of NurOwn cells in ALS', item: `${webUrl}${ARTICLE}` },
    ])
  })

  it('takes the editor’s meta title and description when the article has them', async () => {
    const { slug, title, metaTitle, metaDescription } = content.customMeta
    const html = await fetchHtml(`/research/${slug}`)
    expect(titleOf(html)).toBe(`${metaTitle} · Stemedix`)
    expect(metaContent(html, 'description')).toBe(metaDescription)
    expect(metaContent(html, 'og:title')).toBe(metaTitle)
    // The page itself still shows the article's own title.
    expect(html).toContain(`<h1 tabindex="-1">${title}</h1>`)
  })

  it('the validator catches what schema.org does not define (so a passing page means something)', async () => {
    const issues = await validateJsonLd([
      { '@type': 'MedicalWebPage', name: 'x', reviewedByDoctor: 'Dr. No' },
      { '@type': 'MedicalPaper', name: 'y' },
    ])
    expect(issues.map((issue) => issue.issueMessage)).toEqual([
      'Property "reviewedByDoctor" for type "MedicalWebPage" is not supported by the schema.org specification',
      'Type "MedicalPaper" is not a valid schema.org type',
    ])
  })
})

describe('crawlers', () => {
  it('robots.txt allows the site but not previews, and names the sitemap', async () => {
    const response = await fetch(`${webUrl}/robots.txt`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const text = await response.text()
    expect(text).toContain('User-agent: *\nAllow: /\nDisallow: /preview/\n')
    expect(text).toContain(`Sitemap: ${webUrl}/sitemap.xml`)
  })

  it('sitemap.xml lists the published pages at the site’s own addresses, and no drafts', async () => {
    const response = await fetch(`${webUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
    expect(locs.length).toBeGreaterThan(10)
    for (const loc of locs) expect(loc.startsWith(`${webUrl}/`), loc).toBe(true)
    expect(locs).toContain(`${webUrl}${ARTICLE}`)
    expect(locs).toContain(`${webUrl}/conditions/spinal-cord-injury`)
    expect(locs.some((loc) => loc.includes('donor-mesenchymal-cells-after-chronic-stroke'))).toBe(false)
  })
})

describe('in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('the JSON-LD data block breaks no content security policy and survives hydration', async () => {
    const { page, problems, close } = await openPage(browser)
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    const response = await page.goto(`${webUrl}${ARTICLE}`)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.waitForLoadState('networkidle')
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks).toHaveLength(1)
    expect(JSON.parse(blocks[0]!)).toMatchObject({ '@context': 'https://schema.org' })
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    await close()
  })
})
