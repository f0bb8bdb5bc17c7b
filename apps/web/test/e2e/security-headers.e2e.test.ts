import { describe, expect, inject, it } from 'vitest'

import { uniqueEmail } from './leadStore'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')

/**
 * What every answer of the built site must carry: no framing by any site (clickjacking), no MIME
 * sniffing, no full URLs leaked to other sites, https only once seen over https.
 */
function expectSecurityHeaders(response: Response, what: string) {
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'")
  expect(response.headers.get('x-frame-options'), `${what}: X-Frame-Options`).toBe('DENY')
  expect(response.headers.get('x-content-type-options'), `${what}: X-Content-Type-Options`).toBe('nosniff')
  expect(response.headers.get('referrer-policy'), `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('permissions-policy'), `${what}: Permissions-Policy`).toMatch(/(^|, )camera=\(\)(, |$)/)
  expect(response.headers.get('permissions-policy'), `${what}: Permissions-Policy`).toMatch(/(^|, )geolocation=\(\)(, |$)/)
  expect(response.headers.get('strict-transport-security'), `${what}: HSTS`).toMatch(/^max-age=\d{7,}/)
}

describe('the site sends its security headers on every answer', () => {
  it.each([
    ['the home page', '/', 200],
    ['the research library', '/research?q=knee', 200],
    ['an article', '/research/a-phase-2-trial-of-nurown-cells-in-als', 200],
    ['the conditions', '/conditions', 200],
    ['a condition', '/conditions/spinal-cord-injury', 200],
    ['the information-packet form', '/information-packet', 200],
    ['the newsletter form', '/newsletter', 200],
    ['a page that does not exist', '/no-such-page', 404],
    ['an article that does not exist', '/research/no-such-article', 404],
    ['robots.txt', '/robots.txt', 200],
    ['a missing file', '/assets/no-such-file.js', 404],
  ])('%s (%s)', async (what, path, status) => {
    const response = await fetch(`${webUrl}${path}`)
    expect(response.status).toBe(status)
    expectSecurityHeaders(response, what)
  })

  it('a strict content security policy: scripts from the site only, no plug-ins', async () => {
    const csp = (await fetch(`${webUrl}/`)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
  })

  it('a method pages do not take (405)', async () => {
    const response = await fetch(`${webUrl}/information-packet`, { method: 'POST', body: 'x=1' })
    expect(response.status).toBe(405)
    expectSecurityHeaders(response, 'POST to a page')
  })

  it('a lead form post: the CMS’s 303 answer and the page it sends the visitor back to', async () => {
    const body = new URLSearchParams({
      kind: 'newsletter',
      email: uniqueEmail('headers'),
      consent: 'on',
      sourcePage: '/newsletter',
      returnTo: '/newsletter',
    })
    const answer = await fetch(`${cmsUrl}/api/leads/submit`, { method: 'POST', body, redirect: 'manual' })
    expect(answer.status).toBe(303)
    // The CMS's own policy (it serves no pages a site may frame either).
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')

    const location = answer.headers.get('location')!
    expect(location).toMatch(new RegExp(`^${webUrl}/newsletter\\?`))
    const landing = await fetch(location)
    expect(landing.status).toBe(200)
    expectSecurityHeaders(landing, 'the page after the form post')
  })
})
