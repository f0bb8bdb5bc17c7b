import { CONSENT_TEXT } from '@clinic/leads'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '@clinic/test-harness'

import { DESKTOP, openPage, saveScreenshot, waitForHydration } from './browser'
import { leadsFor, uniqueEmail } from './leadStore'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const admin = inject('cmsAdmin')

const NO_SCRIPT = { ...DESKTOP, javaScriptEnabled: false }
const SMALL_PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const PAYLOADS = ['<script>window.__xss=1</script>', '"><img src=x onerror=window.__xss=1>']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** The text a field's aria-describedby points at: its hint and the message beside it. */
const describedText = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  )

const statusText = (page: Page) => page.locator('.form-status').first().textContent()

/** Counts the posts to the CMS's lead endpoint this page makes (fetch or form). */
function countSubmissions(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${cmsUrl}/api/leads/submit`) count++
  })
  return () => count
}

async function fillPacket(page: Page, fields: { name: string; email: string; phone?: string; message?: string; byPhone?: boolean }) {
  await page.getByRole('textbox', { name: 'Your name' }).fill(fields.name)
  await page.getByRole('textbox', { name: 'E-mail address' }).fill(fields.email)
  if (fields.phone !== undefined) await page.getByRole('textbox', { name: 'Phone number' }).fill(fields.phone)
  await page.getByRole('combobox', { name: 'Condition you would like information about' }).selectOption({ label: 'Spinal cord injury' })
  if (fields.byPhone) await page.getByRole('radio', { name: /^Phone/ }).check()
  if (fields.message !== undefined) await page.getByRole('textbox', { name: 'Your message' }).fill(fields.message)
  await page.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] }).check()
}

/** Fetches a page's HTML as a browser without JavaScript gets it (before any script could run). */
async function serverHtml(pathAndQuery: string): Promise<string> {
  const response = await fetch(`${webUrl}${pathAndQuery}`)
  expect(response.status).toBe(200)
  return response.text()
}

describe('every page invites, calmly, to both forms', () => {
  it('links to the packet form and the newsletter from the footer of an article page', async () => {
    const html = await serverHtml('/research/a-phase-2-trial-of-nurown-cells-in-als')
    const footer = html.slice(html.indexOf('<footer'))
    expect(footer).toContain('href="/information-packet"')
    expect(footer).toContain('href="/newsletter"')
    expect(html).not.toContain('<form method="post"')
  })
})

describe('the information-packet form, with JavaScript', () => {
  it('shows messages beside the fields for an invalid request, and sends and stores nothing', async () => {
    const { page, problems, close } = await openPage(browser)
    const submissions = countSubmissions(page)
    await page.goto(`${webUrl}/information-packet`)
    await waitForHydration(page)
    const email = uniqueEmail('packet-invalid-js')
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email.replace('.org', ''))
    await page.getByRole('radio', { name: /^Phone/ }).check()
    await page.getByRole('button', { name: 'Send my request' }).click()

    const name = page.getByRole('textbox', { name: 'Your name' })
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await describedText(name)).toBe('Error: Enter your name.')
    expect(await describedText(page.getByRole('textbox', { name: 'E-mail address' }))).toBe(
      'Error: Enter a valid e-mail address, like name@example.com.',
    )
    expect(await describedText(page.getByRole('textbox', { name: 'Phone number' }))).toContain('Enter a phone number so we can call you.')
    expect(await page.getByRole('heading', { name: 'Please fix 5 fields' }).isVisible()).toBe(true)
    await saveScreenshot(page, 'packet-invalid-js-desktop')

    expect(submissions()).toBe(0)
    expect(await leadsFor(cmsUrl, admin, email.replace('.org', ''))).toEqual([])
    expect(problems).toEqual([])
    await close()
  })

  it('sends a valid request as JSON, says so in place, and the lead is stored', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/information-packet`)
    await waitForHydration(page)
    const email = uniqueEmail('packet-js')
    await fillPacket(page, { name: 'Ada  Lovelace', email, phone: '+44 20 7946 0958', message: 'Line one.\nLine two.', byPhone: true })
    await page.getByRole('button', { name: 'Send my request' }).click()

    await expect.poll(() => statusText(page)).toContain('your request has been sent')
    expect(page.url()).toBe(`${webUrl}/information-packet`)
    expect(
      await page
        .locator('.form-status')
        .first()
        .evaluate((element) => element === document.activeElement),
    ).toBe(true)
    expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('')
    await saveScreenshot(page, 'packet-sent-js-desktop')

    const [lead] = await leadsFor(cmsUrl, admin, email)
    expect(lead).toMatchObject({
      kind: 'information-packet',
      name: 'Ada Lovelace',
      email,
      phone: '+44 20 7946 0958',
      preferredContact: 'phone',
      message: 'Line one.\nLine two.',
      consent: true,
      consentText: CONSENT_TEXT['information-packet'],
      sourcePage: '/information-packet',
      condition: expect.objectContaining({ slug: 'spinal-cord-injury' }),
    })
    expect(problems).toEqual([])
    await close()
  })
})

describe('the information-packet form, without JavaScript', () => {
  it('posts to the CMS, which sends the reader back to a server-rendered success message', async () => {
    const { page, close } = await openPage(browser, NO_SCRIPT)
    await page.goto(`${webUrl}/information-packet`)
    const email = uniqueEmail('packet-plain')
    await fillPacket(page, { name: 'Grace Hopper', email, message: 'Please send the packet by post too.' })
    await Promise.all([page.waitForURL(/[?&]lead=/), page.getByRole('button', { name: 'Send my request' }).click()])

    expect(page.url()).toBe(`${webUrl}/information-packet?lead=sent&kind=information-packet`)
    expect(await statusText(page)).toContain('your request has been sent')
    await saveScreenshot(page, 'packet-sent-plain-desktop')
    expect(await serverHtml('/information-packet?lead=sent&kind=information-packet')).toContain('your request has been sent')

    const [lead] = await leadsFor(cmsUrl, admin, email)
    expect(lead).toMatchObject({
      kind: 'information-packet',
      name: 'Grace Hopper',
      preferredContact: 'email',
      sourcePage: '/information-packet',
    })
    await close()
  })

  it('names the fields to fix beside them, server-rendered, and stores nothing', async () => {
    const { page, close } = await openPage(browser, NO_SCRIPT)
    await page.goto(`${webUrl}/information-packet`)
    // The browser's own checks accept these (an e-mail domain without a dot; phone chosen, no number), the CMS does not.
    const email = 'grace@example'
    await fillPacket(page, { name: 'Grace Hopper', email, byPhone: true })
    await Promise.all([page.waitForURL(/[?&]lead=/), page.getByRole('button', { name: 'Send my request' }).click()])

    expect(page.url()).toBe(`${webUrl}/information-packet?lead=error&kind=information-packet&field=email&field=phone`)
    const emailField = page.getByRole('textbox', { name: 'E-mail address' })
    expect(await emailField.getAttribute('aria-invalid')).toBe('true')
    expect(await describedText(emailField)).toBe('Error: Enter a valid e-mail address, like name@example.com.')
    expect(await describedText(page.getByRole('textbox', { name: 'Phone number' }))).toContain('It is needed when you ask us to call you.')
    expect(await page.getByRole('textbox', { name: 'Your name' }).getAttribute('aria-invalid')).toBeNull()
    expect(await statusText(page)).toContain('please fill in the form again, fixing the fields marked below')
    await saveScreenshot(page, 'packet-invalid-plain-desktop')
    expect(await leadsFor(cmsUrl, admin, email)).toEqual([])
    await close()
  })
})

describe('the newsletter', () => {
  it('signs up with JavaScript, in place; the sign-up waits for its confirmation', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(`${webUrl}/newsletter`)
    await waitForHydration(page)
    const email = uniqueEmail('newsletter-js')
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Please fix 2 fields' }).isVisible()).toBe(true)

    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email)
    await page.getByRole('checkbox', { name: CONSENT_TEXT.newsletter }).check()
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await expect.poll(() => statusText(page)).toContain('confirm your subscription')
    expect(await page.getByRole('heading', { name: /Please fix/ }).count()).toBe(0)
    await saveScreenshot(page, 'newsletter-sent-js-desktop')

    const [lead] = await leadsFor(cmsUrl, admin, email)
    expect(lead).toMatchObject({ kind: 'newsletter', newsletterStatus: 'pending', consentText: CONSENT_TEXT.newsletter })
    expect(problems).toEqual([])
    await close()
  })

  it('signs up without JavaScript through the redirect, and names a missing consent', async () => {
    const { page, close } = await openPage(browser, NO_SCRIPT)
    await page.goto(`${webUrl}/newsletter`)
    const email = uniqueEmail('newsletter-plain')
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email)
    await page.getByRole('checkbox', { name: CONSENT_TEXT.newsletter }).check()
    await Promise.all([page.waitForURL(/[?&]lead=/), page.getByRole('button', { name: 'Subscribe' }).click()])
    expect(page.url()).toBe(`${webUrl}/newsletter?lead=sent&kind=newsletter`)
    expect(await statusText(page)).toContain('confirm your subscription')
    expect(await leadsFor(cmsUrl, admin, email)).toHaveLength(1)

    const html = await serverHtml('/newsletter?lead=error&kind=newsletter&field=consent')
    expect(html).toContain('Please tick the box to agree, so that we may contact you.')
    expect(html).toMatch(/aria-invalid="true"[^>]*aria-describedby="newsletter-consent-error"/)
    await close()
  })

  it('shows what the links in our e-mails report: confirmed, and a link the CMS does not know', async () => {
    const { page, close } = await openPage(browser, NO_SCRIPT)
    await page.goto(`${webUrl}/newsletter?newsletter=confirmed`)
    expect(await page.getByRole('status').first().textContent()).toContain('Your subscription is confirmed.')
    await saveScreenshot(page, 'newsletter-confirmed-plain-desktop')

    // The CMS's real confirm link, with a token it never issued, sends the reader back here.
    await page.goto(`${cmsUrl}/api/leads/confirm?token=not-a-real-token`)
    expect(page.url()).toBe(`${webUrl}/newsletter?newsletter=invalid`)
    expect(await page.getByRole('status').first().textContent()).toContain('That link is not valid')
    await close()
  })
})

describe('script in what visitors send is only ever text', () => {
  const noScriptRan = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)

  it('keeps payloads typed into every field inert, with JavaScript, and stores them as plain text', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(`${webUrl}/information-packet`)
    await waitForHydration(page)
    const email = uniqueEmail('xss')
    await fillPacket(page, { name: PAYLOADS[0]!, email, message: PAYLOADS.join('\n'), phone: PAYLOADS[1]! })
    await page.getByRole('button', { name: 'Send my request' }).click()
    // The phone number is refused beside its field; the payload is never echoed back.
    await expect.poll(() => describedText(page.getByRole('textbox', { name: 'Phone number' }))).toContain('Enter a phone number')
    expect(await noScriptRan(page)).toBeUndefined()

    await page.getByRole('textbox', { name: 'Phone number' }).fill('')
    await page.getByRole('button', { name: 'Send my request' }).click()
    await expect.poll(() => statusText(page)).toContain('your request has been sent')
    await page.reload()
    await waitForHydration(page)
    expect(await noScriptRan(page)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)

    const [lead] = await leadsFor(cmsUrl, admin, email)
    expect(lead?.name).toBe(PAYLOADS[0])
    expect(lead?.message).toBe(PAYLOADS.join('\n'))
    await close()
  })

  it('keeps payloads inert when a plain post carries them in every field, and in the addresses it returns to', async () => {
    // What a bot or an attacker's page can send: every field, hidden ones included, without the form's checks.
    const body = new URLSearchParams({
      kind: 'information-packet',
      name: PAYLOADS[1]!,
      email: PAYLOADS[0]!,
      phone: PAYLOADS[1]!,
      condition: PAYLOADS[0]!,
      preferredContact: PAYLOADS[1]!,
      message: PAYLOADS[0]!,
      consent: PAYLOADS[1]!,
      sourcePage: PAYLOADS[0]!,
      returnTo: `/information-packet?x=${PAYLOADS[1]!}`,
    })
    const answer = await fetch(`${cmsUrl}/api/leads/submit`, { method: 'POST', body, redirect: 'manual' })
    expect(answer.status).toBe(303)
    const location = answer.headers.get('location')!
    expect(new URL(location).origin).toBe(webUrl)

    const { page, close } = await openPage(browser)
    for (const address of [
      location,
      `${webUrl}/information-packet?lead=error&kind=information-packet&field=${encodeURIComponent(PAYLOADS[0]!)}&field=name`,
      `${webUrl}/newsletter?newsletter=${encodeURIComponent(PAYLOADS[1]!)}&lead=${encodeURIComponent(PAYLOADS[0]!)}&kind=newsletter`,
    ]) {
      await page.goto(address)
      await waitForHydration(page)
      expect(await noScriptRan(page)).toBeUndefined()
      expect(await page.locator('img[src="x"]').count()).toBe(0)
    }
    await saveScreenshot(page, 'payload-redirect-desktop')
    await close()
  })
})

describe('on a 320 px phone', () => {
  it('lays out both forms without sideways scrolling, and the packet form sends', async () => {
    const { page, problems, close } = await openPage(browser, SMALL_PHONE)
    for (const [pathname, name] of [
      ['/newsletter', 'newsletter-phone-320'],
      ['/information-packet', 'packet-phone-320'],
    ] as const) {
      await page.goto(`${webUrl}${pathname}`)
      await waitForHydration(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      await saveScreenshot(page, name)
    }
    const email = uniqueEmail('packet-phone')
    await fillPacket(page, { name: 'Katherine Johnson', email })
    const send = page.getByRole('button', { name: 'Send my request' })
    const box = await send.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(320)
    expect(box!.height).toBeGreaterThanOrEqual(44)
    await send.tap()
    await expect.poll(() => statusText(page)).toContain('your request has been sent')
    await saveScreenshot(page, 'packet-sent-phone-320')
    expect(await leadsFor(cmsUrl, admin, email)).toHaveLength(1)
    expect(problems).toEqual([])
    await close()
  })
})
