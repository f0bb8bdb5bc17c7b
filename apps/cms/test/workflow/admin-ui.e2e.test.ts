import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, launchBrowser, startCmsServer } from '@clinic/test-harness'

import { startSmtpSink } from '../helpers/smtpSink'

const ARTIFACTS = path.resolve(import.meta.dirname, '../../../../artifacts/screenshots')

let cms: CmsServer
let browser: Browser
let sink: Awaited<ReturnType<typeof startSmtpSink>>

interface Account {
  email: string
  password: string
  name: string
}

const accounts: Record<'editor' | 'reviewer' | 'publisher', Account> = {
  editor: { email: 'e2e-editor@example.test', password: 'e2e-editor-password', name: 'Erin Editor' },
  reviewer: { email: 'e2e-reviewer@example.test', password: 'e2e-reviewer-password', name: 'Dr. Rui Reviewer' },
  publisher: { email: 'e2e-publisher@example.test', password: 'e2e-publisher-password', name: 'Pat Publisher' },
}

async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
  const { token, ...rest } = init
  const response = await fetch(`${cms.url}/api${pathname}`, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...rest.headers },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  sink = await startSmtpSink()
  ;[cms, browser] = await Promise.all([
    startCmsServer({ seed: true, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) } }),
    launchBrowser(),
  ])
  mkdirSync(ARTIFACTS, { recursive: true })
  const login = await api('/users/login', { method: 'POST', body: JSON.stringify(cms.admin) })
  const token = login.body.token as string
  const roles = { editor: ['editor'], reviewer: ['medical-reviewer'], publisher: ['publisher'] }
  for (const [role, account] of Object.entries(accounts) as [keyof typeof accounts, Account][]) {
    const created = await api('/users', { method: 'POST', token, body: JSON.stringify({ ...account, roles: roles[role] }) })
    if (created.status !== 201) throw new Error(`could not create ${role}: ${JSON.stringify(created.body)}`)
  }
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await sink?.stop()
})

async function signIn(account: Account, timezoneId?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...(timezoneId ? { timezoneId } : {}) })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  return page
}

async function stateShown(page: Page, label: string) {
  await page.locator('[data-testid="workflow-state"]', { hasText: label }).waitFor({ timeout: 30_000 })
}

/** What an anonymous visitor's REST read returns for this article: the doc, or null when it isn't published. */
async function anonymousRead(id: number, title: string) {
  const one = await api(`/articles/${id}`)
  const list = await api(`/articles?where[title][equals]=${encodeURIComponent(title)}`)
  return { one, listed: (list.body.docs as { id: number }[]).map((doc) => doc.id) }
}

describe('the editorial workflow in the admin, in Chromium', () => {
  it('takes a summary from an editor through review to publication, and visitors see it only then', { timeout: 300_000 }, async () => {
    const title = `Bone-marrow cells for knee osteoarthritis: a small trial (${Date.now()})`
    const condition = (await api('/conditions?where[name][equals]=Knee%20osteoarthritis')).body.docs as { id: number; name: string }[]
    const citation = (await api('/citations?limit=1&sort=label')).body.docs as { label: string }[]
    expect(condition).toHaveLength(1)
    expect(citation).toHaveLength(1)

    // The editor writes the summary and saves a draft.
    const editor = await signIn(accounts.editor)
    await editor.goto(`${cms.url}/admin/collections/articles/create`)
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-excerpt').fill('Thirty people with knee osteoarthritis received donor cells or hyaluronic acid.')
    const body = editor.locator('.ContentEditable__root[contenteditable="true"]').first()
    await body.click()
    await editor.keyboard.type('The cell group reported less pain after a year. The trial was small.')
    await editor.locator('#field-conditions .rs__control').click()
    await editor.locator('.rs__option', { hasText: 'Knee osteoarthritis' }).first().click()
    await editor.locator('#field-citations .rs__control').click()
    await editor.locator('.list-drawer').getByText(citation[0]!.label, { exact: true }).first().click()
    await editor
      .locator('.list-drawer')
      .waitFor({ state: 'detached' })
      .catch(() => undefined)
    // No Publish control for someone who may not publish.
    expect(await editor.getByRole('button', { name: /publish/i }).count()).toBe(0)
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    const id = Number(new URL(editor.url()).pathname.split('/').pop())
    await stateShown(editor, 'Draft')
    expect(await editor.getByRole('button', { name: /publish/i }).count()).toBe(0)

    let visitor = await anonymousRead(id, title)
    expect(visitor.one.status).toBe(404)
    expect(visitor.listed).toEqual([])

    // … and submits it.
    await editor.locator('#workflow-action-submit').click()
    await stateShown(editor, 'In review')
    await editor.screenshot({ path: path.join(ARTIFACTS, 'workflow-submitted.png'), fullPage: true })

    // The reviewer asks for changes.
    const reviewer = await signIn(accounts.reviewer)
    await reviewer.goto(`${cms.url}/admin/collections/articles/${id}`)
    await stateShown(reviewer, 'In review')
    await reviewer.locator('#workflow-action-request_changes').click()
    const request = 'Please say how many people were in each group.'
    await reviewer.getByLabel('What should the editor change?').fill(request)
    await reviewer.locator('#workflow-confirm-request_changes').click()
    await stateShown(reviewer, 'Changes requested')

    // The editor sees the request in the history, revises and resubmits.
    await editor.goto(`${cms.url}/admin/collections/articles/${id}`)
    await stateShown(editor, 'Changes requested')
    // The request is beside the state, not only at the foot of the page (issue 18).
    expect(await editor.getByTestId('workflow-latest-request').textContent()).toContain(`“${request}”`)
    await editor
      .locator('#field-excerpt')
      .fill('Fifteen people received donor cells and fifteen hyaluronic acid; all had knee osteoarthritis.')
    await editor.getByRole('button', { name: 'Save Draft' }).click()
    await editor.locator('#workflow-action-resubmit:not([disabled])').waitFor()
    await editor.locator('#workflow-action-resubmit').click()
    await stateShown(editor, 'In review')

    // The reviewer approves.
    await reviewer.goto(`${cms.url}/admin/collections/articles/${id}`)
    await stateShown(reviewer, 'In review')
    // One click shows what the editor changed since the request, word by word.
    await reviewer.getByRole('button', { name: 'What changed since the last review' }).click()
    await reviewer.getByTestId('workflow-changes').locator('ins', { hasText: 'Fifteen' }).first().waitFor()
    expect(await reviewer.getByTestId('workflow-changes').textContent()).toContain(
      `Compared with the version ${accounts.reviewer.name} reviewed on`,
    )
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'workflow-changes-since-review.png'), fullPage: true })
    // The author by name, not "Untitled - ID" (issue 18).
    await reviewer.locator('#field-author', { hasText: accounts.editor.name }).waitFor({ timeout: 15_000 })
    // Actions do not reload the page: this mark survives them (issue 18).
    await reviewer.evaluate(() => Object.assign(window, { clinicSamePage: true }))
    // Approving asks first: the reviewer's name goes on record for this exact text (issue 18).
    await reviewer.locator('#workflow-action-approve').click()
    expect(await reviewer.getByTestId('workflow-confirm-question').textContent()).toMatch(/^Approve this version as its medical reviewer\?/)
    await stateShown(reviewer, 'In review')
    await reviewer.locator('#workflow-confirm-approve').click()
    await stateShown(reviewer, 'Approved')
    expect(await reviewer.getByRole('button', { name: /publish/i }).count()).toBe(0)
    // The form shows what the approval saved, on the same page.
    const saved = await api(`/articles/${id}?draft=true&depth=0`, {
      token: (
        await api('/users/login', {
          method: 'POST',
          body: JSON.stringify({ email: accounts.reviewer.email, password: accounts.reviewer.password }),
        })
      ).body.token as string,
    })
    await expect.poll(() => reviewer.locator('#field-updatedAt').inputValue(), { timeout: 15_000 }).toBe(saved.body.updatedAt)
    expect(await reviewer.evaluate(() => (window as { clinicSamePage?: boolean }).clinicSamePage)).toBe(true)

    visitor = await anonymousRead(id, title)
    expect(visitor.one.status).toBe(404)
    expect(visitor.listed).toEqual([])

    // The publisher publishes. How long the edit view takes until its publish button works, on
    // the production build (a figure for the note, not a timed assertion).
    const publisher = await signIn(accounts.publisher)
    const opened = performance.now()
    await publisher.goto(`${cms.url}/admin/collections/articles/${id}`)
    await publisher.locator('#workflow-action-publish:not([disabled])').waitFor()
    console.info(
      `edit view usable after ${Math.round(performance.now() - opened)} ms (navigation to an enabled workflow button, production build)`,
    )
    await stateShown(publisher, 'Approved')
    // One state and one publish control: the panel's (issue 18), not Payload's too.
    expect(await publisher.getByRole('button', { name: 'Publish changes' }).count()).toBe(0)
    expect(await publisher.locator('.status').count()).toBe(0)
    expect((await publisher.locator('.doc-controls').textContent()) ?? '').not.toMatch(/Status:/)
    await publisher.locator('#workflow-action-publish').click()
    expect(await publisher.getByTestId('workflow-confirm-question').textContent()).toBe(
      'Publish this version now? Visitors will see it at once.',
    )
    await publisher.locator('#workflow-confirm-publish').click()
    await stateShown(publisher, 'Published')
    await publisher.screenshot({ path: path.join(ARTIFACTS, 'workflow-published.png'), fullPage: true })

    visitor = await anonymousRead(id, title)
    expect(visitor.one.status).toBe(200)
    expect(visitor.one.body).toMatchObject({
      title,
      workflowState: 'published',
      reviewerName: accounts.reviewer.name,
      excerpt: 'Fifteen people received donor cells and fifteen hyaluronic acid; all had knee osteoarthritis.',
    })
    expect(visitor.listed).toEqual([id])

    // The list shows the state and filters by it (and by overdue review).
    await publisher.goto(`${cms.url}/admin/collections/articles`)
    await publisher.getByRole('link', { name: 'Review overdue' }).waitFor()
    const row = publisher.locator(`tr[data-id="${id}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain('Published')
    await publisher.screenshot({ path: path.join(ARTIFACTS, 'workflow-list.png'), fullPage: true })
    await publisher.getByRole('link', { name: 'In review', exact: true }).click()
    await publisher.locator('tr', { hasText: 'Donor mesenchymal cells after chronic stroke' }).waitFor()
    expect(await publisher.locator(`tr[data-id="${id}"]`).count()).toBe(0)
  })

  it(
    'tells the reviewer why approval waits on an open claim, asks before approving, and warns before a save sends approved text back',
    { timeout: 300_000 },
    async () => {
      const token = async (account: Account) =>
        (await api('/users/login', { method: 'POST', body: JSON.stringify({ email: account.email, password: account.password }) })).body
          .token as string
      const [condition] = (await api('/conditions?where[name][equals]=Knee%20osteoarthritis')).body.docs as { id: number }[]
      const [citation] = (await api('/citations?limit=1&sort=label')).body.docs as { id: number }[]
      const paragraph = (text: string) => ({
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
      })
      const created = await api('/articles', {
        method: 'POST',
        token: await token(accounts.editor),
        body: JSON.stringify({
          title: `Knee injections, a claim to check (${Date.now()})`,
          type: 'research-summary',
          excerpt: 'Our stem cell therapy is a proven cure for knee osteoarthritis.',
          body: {
            root: {
              type: 'root',
              version: 1,
              format: '',
              indent: 0,
              direction: 'ltr',
              children: [paragraph('Thirty people took part; pain scores fell in both groups.')],
            },
          },
          conditions: [condition!.id],
          citations: [citation!.id],
        }),
      })
      expect(created.status).toBe(201)
      const id = (created.body.doc as { id: number }).id
      expect(
        (
          await api(`/articles/${id}/workflow`, {
            method: 'POST',
            token: await token(accounts.editor),
            body: JSON.stringify({ action: 'submit' }),
          })
        ).status,
      ).toBe(200)

      const reviewer = await signIn(accounts.reviewer)
      await reviewer.goto(`${cms.url}/admin/collections/articles/${id}`)
      await stateShown(reviewer, 'In review')
      expect(await reviewer.locator('#workflow-action-approve').isDisabled()).toBe(true)
      expect(await reviewer.getByTestId('workflow-blocked-approve').textContent()).toMatch(/1 claims-check finding is still open/)
      await reviewer.screenshot({ path: path.join(ARTIFACTS, 'workflow-approve-blocked.png'), fullPage: true })

      await reviewer.getByRole('button', { name: 'Accept with justification' }).first().click()
      await reviewer
        .getByLabel('Why is this acceptable?')
        .fill('Quoted from the trial’s own conclusion; the editor will soften it in the next revision.')
      await reviewer.getByRole('button', { name: 'Accept finding' }).click()
      await reviewer.locator('#workflow-action-approve:not([disabled])').click()
      await reviewer.getByTestId('workflow-confirm-question').waitFor()
      await reviewer.getByRole('group', { name: 'Confirm: Approve' }).getByRole('button', { name: 'Cancel' }).click()
      await stateShown(reviewer, 'In review')
      await reviewer.locator('#workflow-action-approve').click()
      await reviewer.locator('#workflow-confirm-approve').click()
      await stateShown(reviewer, 'Approved')

      const editor = await signIn(accounts.editor)
      await editor.goto(`${cms.url}/admin/collections/articles/${id}`)
      await stateShown(editor, 'Approved')
      expect(await editor.getByTestId('workflow-save-warning').count()).toBe(0)
      await editor.locator('#field-excerpt').fill('Pain scores fell in both groups of a small knee trial.')
      expect(await editor.getByTestId('workflow-save-warning').textContent()).toBe(
        'Saving sends this approved text back to medical review: a medical reviewer must approve it again, and any scheduled publishing is cancelled.',
      )
      await editor.screenshot({ path: path.join(ARTIFACTS, 'workflow-save-warning.png'), fullPage: true })
      for (const page of [reviewer, editor]) await page.context().close()
    },
  )

  it(
    'takes a schedule in the clinic’s time zone whatever the browser’s, and e-mails the colleague a comment mentions',
    { timeout: 300_000 },
    async () => {
      const token = async (account: Account) =>
        (await api('/users/login', { method: 'POST', body: JSON.stringify({ email: account.email, password: account.password }) })).body
          .token as string
      const adminToken = (await api('/users/login', { method: 'POST', body: JSON.stringify(cms.admin) })).body.token as string
      // The clinic is in Auckland (UTC+13 in January); the publisher's browser is in Los Angeles (UTC−8).
      const settings = await api('/globals/site-settings', {
        method: 'POST',
        token: adminToken,
        body: JSON.stringify({ timeZone: 'Pacific/Auckland' }),
      })
      expect(settings.status).toBe(200)
      // A fresh approved summary nobody has open (an open edit view would lock it).
      const [condition] = (await api('/conditions?where[name][equals]=Knee%20osteoarthritis')).body.docs as { id: number }[]
      const [citation] = (await api('/citations?limit=1&sort=label')).body.docs as { id: number }[]
      const text = {
        type: 'text',
        version: 1,
        text: 'Twenty people took part; pain scores fell in both groups.',
        format: 0,
        mode: 'normal',
        style: '',
        detail: 0,
      }
      const created = await api('/articles', {
        method: 'POST',
        token: await token(accounts.editor),
        body: JSON.stringify({
          title: `Knee injections on a schedule (${Date.now()})`,
          type: 'research-summary',
          excerpt: 'Pain scores fell in both groups of a small knee trial.',
          body: {
            root: {
              type: 'root',
              version: 1,
              format: '',
              indent: 0,
              direction: 'ltr',
              children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [text] }],
            },
          },
          conditions: [condition!.id],
          citations: [citation!.id],
        }),
      })
      expect(created.status).toBe(201)
      const article = created.body.doc as { id: number }
      expect(
        (
          await api(`/articles/${article.id}/workflow`, {
            method: 'POST',
            token: await token(accounts.editor),
            body: JSON.stringify({ action: 'submit' }),
          })
        ).status,
      ).toBe(200)
      expect(
        (
          await api(`/articles/${article.id}/workflow`, {
            method: 'POST',
            token: await token(accounts.reviewer),
            body: JSON.stringify({ action: 'approve' }),
          })
        ).status,
      ).toBe(200)

      const publisher = await signIn(accounts.publisher, 'America/Los_Angeles')
      await publisher.goto(`${cms.url}/admin/collections/articles/${article.id}`)
      await stateShown(publisher, 'Approved')
      await publisher.locator('#workflow-action-schedule').click()
      const when = publisher.getByLabel('Publish at (clinic time, Pacific/Auckland)')
      await when.fill('2027-01-15T09:30')
      expect(await publisher.getByTestId('workflow-publish-at-preview').textContent()).toBe('Publishes Jan 15, 2027, 9:30 AM GMT+13.')
      await publisher.locator('#workflow-confirm-schedule').click()
      await publisher.getByText('Scheduled to publish Jan 15, 2027, 9:30 AM GMT+13.').waitFor()
      const stored = await api(`/articles/${article.id}?draft=true&depth=0`, { token: await token(accounts.publisher) })
      expect(stored.body.scheduledPublishAt).toBe('2027-01-14T20:30:00.000Z')
      await publisher.screenshot({ path: path.join(ARTIFACTS, 'workflow-scheduled-clinic-time.png'), fullPage: true })

      // A reviewer's comment names the publisher: the publisher gets it by e-mail, with a link to it.
      const reviewer = await signIn(accounts.reviewer)
      await reviewer.goto(`${cms.url}/admin/collections/articles/${article.id}`)
      await stateShown(reviewer, 'Approved')
      const comment = `@${accounts.publisher.name} please hold this until the correction notice is out.`
      await reviewer.getByLabel('Add a comment').fill(comment)
      await reviewer.getByRole('button', { name: 'Post comment' }).click()
      await reviewer.getByText(comment).first().waitFor()
      await expect
        .poll(() => sink.received.filter((mail) => mail.to.includes(accounts.publisher.email)).length, { timeout: 20_000, interval: 100 })
        .toBeGreaterThan(0)
      const mail = sink.received.find((mail) => mail.to.includes(accounts.publisher.email))!.data.replace(/=\r\n/g, '')
      expect(mail).toContain(`${accounts.reviewer.name} mentioned you in a comment`)
      expect(mail).toMatch(new RegExp(`/admin/collections/articles/${article.id}#comment-\\d+`))
      for (const page of [publisher, reviewer]) await page.context().close()
      await api('/globals/site-settings', { method: 'POST', token: adminToken, body: JSON.stringify({ timeZone: 'America/New_York' }) })
    },
  )

  it('gives each role a desk: counts that match the lists they link to', { timeout: 300_000 }, async () => {
    const token = async (account: Account) =>
      (await api('/users/login', { method: 'POST', body: JSON.stringify({ email: account.email, password: account.password }) })).body
        .token as string
    const countAs = async (account: Account, query: string) =>
      (await api(`/articles?${query}&limit=0`, { token: await token(account) })).body.totalDocs as number

    for (const [account, task, query] of [
      [accounts.reviewer, 'awaiting-review', 'where[workflowState][equals]=in_review'],
      [accounts.publisher, 'ready-to-publish', 'where[workflowState][equals]=approved'],
    ] as const) {
      const expected = await countAs(account, query)
      expect(expected).toBeGreaterThan(0)
      const page = await signIn(account)
      const card = page.locator(`[data-desk-task="${task}"][data-desk-collection="articles"]`)
      expect(Number(await card.locator('[data-desk-count]').textContent())).toBe(expected)
      await page.screenshot({ path: path.join(ARTIFACTS, `desk-${task}.png`), fullPage: true })
      await card.getByRole('link').click()
      await page.waitForURL(/\/admin\/collections\/articles\?/)
      await page.locator('.collection-list table tbody tr').first().waitFor()
      expect(await page.locator('.collection-list table tbody tr').count()).toBe(Math.min(expected, 10))
      await page.context().close()
    }
    // An editor is not offered the reviewer's or the publisher's tasks.
    const editor = await signIn(accounts.editor)
    await editor.getByRole('heading', { name: 'Your desk' }).waitFor()
    expect(await editor.locator('[data-desk-task="awaiting-review"], [data-desk-task="ready-to-publish"]').count()).toBe(0)
    await editor.locator('[data-desk-task="changes-requested"]').waitFor()
    await editor.context().close()
  })
})
