import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { findFreePort, startWebServer, type WebServer } from '@clinic/test-harness'

const webUrl = inject('webUrl')

/** The page as a crawler or a link preview gets it: HTML only, no JavaScript run. */
async function fetchPage(path: string) {
  const response = await fetch(`${webUrl}${path}`)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

describe('every page is real HTML before any JavaScript runs', () => {
  it('the home page carries the latest research, the conditions, the call to action and the footer', async () => {
    const { status, html } = await fetchPage('/')
    expect(status).toBe(200)
    expect(html).toContain('<title>Plain-language summaries of regenerative-medicine research · Stemedix</title>')
    expect(html).toContain('A phase 2 trial of NurOwn cells in ALS')
    expect(html).toContain('Knee osteoarthritis')
    expect(html).toContain('Questions about a treatment plan?')
    expect(html).toContain('They are not intended to treat, cure, diagnose, or prevent any disease')
    expect(html).toContain('href="tel:+17274568968"')
  })

  it('an article page carries the article’s own text, its title, description and link-preview tags', async () => {
    const { status, html, headers } = await fetchPage('/research/a-phase-2-trial-of-nurown-cells-in-als')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html).toContain('<title>A phase 2 trial of NurOwn cells in ALS · Stemedix</title>')
    expect(html).toMatch(/<meta name="description" content="Researchers tested cells grown from each patient’s own bone marrow/)
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain('In this randomized, placebo-controlled phase 2 trial, 48 participants received either')
    expect(html).toContain('Neurology. 2019 Dec 10;93(24):e2294-e2305. doi: 10.1212/wnl.0000000000008620.')
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/31740545/"')
  })

  it('the library’s search, filters and page are read from the URL on the server', async () => {
    const { status, html } = await fetchPage('/research?q=rehabilitation&condition=spinal-cord-injury&page=2')
    expect(status).toBe(200)
    expect(html).toContain('11 articles about Spinal cord injury match “rehabilitation” · page 2 of 2.')
    expect(html).toContain('value="rehabilitation"')
  })

  it('a condition page carries its overview and its research', async () => {
    const { status, html } = await fetchPage('/conditions/spinal-cord-injury')
    expect(status).toBe(200)
    expect(html).toContain('<h1 tabindex="-1">Spinal cord injury</h1>')
    expect(html).toContain('Week 11 of a home rehabilitation routine')
  })

  it('keeps CMS content from ever running as script: strict content security policy on every page', async () => {
    const { headers } = await fetchPage('/')
    expect(headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('pages that do not exist answer HTTP 404', () => {
  it.each([
    ['an unknown address', '/no-such-page'],
    ['an unknown article', '/research/no-such-article'],
    ['an unknown condition', '/conditions/no-such-condition'],
    ['a draft article (never published)', '/research/donor-mesenchymal-cells-after-chronic-stroke-an-early-safety-study'],
  ])('%s', async (_what, path) => {
    const { status, html } = await fetchPage(path)
    expect(status).toBe(404)
    expect(html).toContain('We can’t find that page')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})

describe('when the CMS cannot be reached', () => {
  let offline: WebServer

  beforeAll(async () => {
    // The same site, pointed at an address where no CMS answers.
    offline = await startWebServer({ port: await findFreePort(), cmsUrl: `http://127.0.0.1:${await findFreePort()}` })
  })
  afterAll(() => offline?.stop())

  it('says so plainly with a way to try again, as a 503 that nobody caches', async () => {
    const response = await fetch(`${offline.url}/research?q=knee`)
    const html = await response.text()
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('retry-after')).toBe('30')
    expect(html).toContain('Our research library is briefly unavailable')
    expect(html).toContain('<a class="button" href="/research?q=knee">Try again</a>')
  })
})
