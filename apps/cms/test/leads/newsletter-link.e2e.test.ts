/**
 * Issue 18: the confirmation link of the newsletter mail, followed in Chromium against the
 * production build with the mail really sent over SMTP (to a local sink). One click can reach the
 * CMS twice (Chromium repeats a GET whose answer names client hints in Critical-CH; mail scanners
 * open links): every arrival says "confirmed", and the subscription is confirmed once.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, signInToAdmin, startCmsServer } from '@clinic/test-harness'

import { newsletter } from './support/leads'
import { startSmtpSink } from '../helpers/smtpSink'

/** Stands in for the site: its newsletter page answers with the address it was sent to. */
let site: Server
let SITE: string
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  sink = await startSmtpSink()
  site = createServer((request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end(request.url))
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  SITE = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  ;[cms, browser] = await Promise.all([
    startCmsServer({ seed: true, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), WEB_ORIGIN: SITE } }),
    launchBrowser(),
  ])
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await sink?.stop()
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)))
})

/** The mail's text with quoted-printable soft line breaks and escapes undone. */
const decoded = (data: string) =>
  data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

async function leadOf(email: string): Promise<{ newsletterStatus: string; confirmedAt: string | null }> {
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(cms.admin),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${cms.url}/api/leads?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const answer = (await response.json()) as { docs?: { newsletterStatus: string; confirmedAt: string | null }[] }
  expect(response.status, JSON.stringify(answer)).toBe(200)
  const docs = answer.docs!
  expect(docs).toHaveLength(1)
  return docs[0]!
}

describe('the newsletter confirmation link, followed in Chromium', () => {
  it('confirms once and says so, however many times the click arrives', async () => {
    const body = newsletter()
    const submitted = await fetch(`${cms.url}/api/leads/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(submitted.status).toBe(201)
    await expect.poll(() => sink.received.filter((mail) => mail.to.includes(body.email)).length, { timeout: 20_000, interval: 100 }).toBe(1)
    const mail = decoded(sink.received.find((mail) => mail.to.includes(body.email))!.data)
    const link = /https?:\/\/\S+\/api\/leads\/confirm\?token=[A-Za-z0-9_-]{43}/.exec(mail)?.[0]
    expect(link, mail).toBeDefined()

    const context = await browser.newContext()
    const page = await context.newPage()
    const confirmRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/leads/confirm')) confirmRequests.push(request.url())
    })

    await page.goto(link!)
    expect(page.url()).toBe(`${SITE}/newsletter?newsletter=confirmed`)
    const first = await leadOf(body.email)
    expect(first.newsletterStatus).toBe('confirmed')

    // The same click arriving again (or the reader clicking twice).
    await page.goto(link!)
    expect(page.url()).toBe(`${SITE}/newsletter?newsletter=confirmed`)
    expect(confirmRequests.length).toBeGreaterThanOrEqual(2)
    expect(await leadOf(body.email)).toEqual(first)
    await context.close()

    // Marketing sees the confirmation in the Leads list itself (issue 18).
    const admin = await browser.newPage()
    await signInToAdmin(admin, cms.url, cms.admin)
    await admin.goto(`${cms.url}/admin/collections/leads`)
    const row = admin.locator('.collection-list table tbody tr', { hasText: body.email })
    await row.waitFor()
    expect(await row.textContent()).toContain('Confirmed')
    await admin.close()
  })
})
