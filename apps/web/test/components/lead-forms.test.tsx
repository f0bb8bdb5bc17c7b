import { CONSENT_TEXT } from '@clinic/leads'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import type { ConditionSummary } from '../../app/cms/types'
import { InformationPacketForm } from '../../app/components/leads/InformationPacketForm'
import { NewsletterForm } from '../../app/components/leads/NewsletterForm'
import { NewsletterLinkNotice } from '../../app/components/leads/NewsletterLinkNotice'
import { renderWithRouter } from './renderWithRouter'

const conditions: ConditionSummary[] = [
  { id: 1, name: 'Amyotrophic lateral sclerosis (ALS)', slug: 'als', category: 'neurological' },
  { id: 2, name: 'Knee osteoarthritis', slug: 'knee-osteoarthritis', category: 'orthopaedic' },
]

/** Port 9 (discard) on this machine refuses connections: a CMS that cannot be reached, for real. */
const UNREACHABLE_CMS = 'http://127.0.0.1:9'

function renderPacketForm(href = '/information-packet') {
  const search = new URLSearchParams(new URL(href, 'http://site.invalid').search)
  return renderWithRouter(<InformationPacketForm conditions={conditions} search={search} />, { href, cmsUrl: UNREACHABLE_CMS })
}

const form = (name: string) => screen.getByRole('form', { name })
const status = () => screen.getAllByRole('status')[0]!

/** The message a field's aria-describedby points at (its own error, beside it). */
function describedText(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('the information-packet form', () => {
  it('is a real POST form to the CMS that comes back to this page, with every field labelled', () => {
    renderPacketForm()
    const packet = form('Request an information packet') as HTMLFormElement
    expect(packet.method).toBe('post')
    expect(packet.getAttribute('action')).toBe(`${UNREACHABLE_CMS}/api/leads/submit`)
    const hidden = Object.fromEntries(
      [...packet.querySelectorAll<HTMLInputElement>('input[type=hidden]')].map((input) => [input.name, input.value]),
    )
    expect(hidden).toEqual({ kind: 'information-packet', returnTo: '/information-packet', sourcePage: '/information-packet' })

    for (const name of ['Your name', 'E-mail address', 'Phone number (optional)', 'Your message (optional)']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy()
    }
    expect(
      within(screen.getByRole('combobox', { name: 'Condition you would like information about' })).getAllByRole('option'),
    ).toHaveLength(3)
    expect(screen.getByRole('radio', { name: 'E-mail' })).toHaveProperty('checked', true)
    expect(screen.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] })).toBeTruthy()
  })

  it('keeps the honeypot away from people: off-screen, out of the tab order, hidden from assistive technology', () => {
    renderPacketForm()
    expect(screen.queryByRole('textbox', { name: 'Leave this field empty' })).toBeNull()
    const trap = form('Request an information packet').querySelector<HTMLInputElement>('input[name=website]')!
    expect(trap.type).toBe('text')
    expect(trap.tabIndex).toBe(-1)
    expect(trap.closest('[aria-hidden=true]')?.className).toBe('form-trap')
  })

  it('checks the form before sending: a message beside each field, a summary, focus on the first field to fix', async () => {
    const user = userEvent.setup()
    renderPacketForm()
    await user.click(screen.getByRole('button', { name: 'Send my request' }))

    const name = screen.getByRole('textbox', { name: 'Your name' })
    const email = screen.getByRole('textbox', { name: 'E-mail address' })
    const condition = screen.getByRole('combobox', { name: 'Condition you would like information about' })
    const consent = screen.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] })
    await waitFor(() => expect(document.activeElement).toBe(name))
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(describedText(name)).toBe('Error: Enter your name.')
    expect(describedText(email)).toBe('Error: Enter your e-mail address.')
    expect(describedText(condition)).toBe('Error: Choose the condition you would like information about.')
    expect(describedText(consent)).toBe('Error: Please tick the box to agree, so that we may contact you.')
    expect(screen.getByRole('textbox', { name: 'Phone number (optional)' }).getAttribute('aria-invalid')).toBeNull()

    const summary = screen.getByRole('heading', { name: 'Please fix 4 fields' }).parentElement!
    expect(within(summary).getByRole('link', { name: 'Enter your name.' }).getAttribute('href')).toBe('#information-packet-name')
    // Nothing was sent: the unreachable CMS would have answered with the network message.
    expect(status().textContent).toContain('Please fix the fields marked below')
  })

  it('asks for a phone number when the visitor wants a call, and a valid e-mail address', async () => {
    const user = userEvent.setup()
    renderPacketForm()
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ada Lovelace')
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'ada@example')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition you would like information about' }), 'Knee osteoarthritis')
    await user.click(screen.getByRole('radio', { name: /Phone/ }))
    await user.click(screen.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] }))
    await user.click(screen.getByRole('button', { name: 'Send my request' }))

    const email = screen.getByRole('textbox', { name: 'E-mail address' })
    await waitFor(() => expect(document.activeElement).toBe(email))
    expect(describedText(email)).toBe('Error: Enter a valid e-mail address, like name@example.com.')
    expect(describedText(screen.getByRole('textbox', { name: 'Phone number (optional)' }))).toBe(
      'Only needed if you would like us to call you. Error: Enter a phone number so we can call you.',
    )
    expect(screen.getByRole('heading', { name: 'Please fix 2 fields' })).toBeTruthy()
  })

  it('says so when the CMS cannot be reached, keeps what was typed and offers to try again', async () => {
    const user = userEvent.setup()
    renderPacketForm()
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ada Lovelace')
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'ada@example.org')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Condition you would like information about' }),
      'Amyotrophic lateral sclerosis (ALS)',
    )
    await user.click(screen.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] }))
    await user.click(screen.getByRole('button', { name: 'Send my request' }))

    await waitFor(() => expect(status().textContent).toContain('We could not reach our server'), { timeout: 10_000 })
    expect(document.activeElement).toBe(status())
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Your name' }).value).toBe('Ada Lovelace')
    expect(screen.queryByRole('heading', { name: /Please fix/ })).toBeNull()
    expect(within(status()).getByRole('button', { name: 'Try again' })).toBeTruthy()
  })

  it('shows the outcome of a plain form post that the CMS redirected back: fields to fix beside them', () => {
    renderPacketForm('/information-packet?lead=error&kind=information-packet&field=email&field=consent')
    expect(status().textContent).toContain('please fill in the form again, fixing the fields marked below')
    expect(describedText(screen.getByRole('textbox', { name: 'E-mail address' }))).toBe(
      'Error: Enter a valid e-mail address, like name@example.com.',
    )
    expect(describedText(screen.getByRole('checkbox', { name: CONSENT_TEXT['information-packet'] }))).toBe(
      'Error: Please tick the box to agree, so that we may contact you.',
    )
    expect(screen.getByRole('textbox', { name: 'Your name' }).getAttribute('aria-invalid')).toBeNull()
    expect(screen.getByRole('heading', { name: 'Please fix 2 fields' })).toBeTruthy()
  })

  it('shows success, and each failure, from the redirect; ignores outcomes meant for the other form', () => {
    const { unmount } = renderPacketForm('/information-packet?lead=sent&kind=information-packet')
    expect(status().textContent).toBe('Thank you — your request has been sent. We will contact you soon, the way you asked us to.')
    unmount()
    const second = renderPacketForm('/information-packet?lead=rate-limited&kind=information-packet')
    expect(status().textContent).toContain('Please wait a few minutes')
    second.unmount()
    renderPacketForm('/information-packet?lead=sent&kind=newsletter')
    expect(status().textContent).toBe('')
  })

  it('preselects a condition named in the address', () => {
    renderPacketForm('/information-packet?condition=knee-osteoarthritis')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Condition you would like information about' }).value).toBe(
      'knee-osteoarthritis',
    )
  })
})

describe('the newsletter form', () => {
  const renderNewsletter = (href = '/newsletter') =>
    renderWithRouter(<NewsletterForm search={new URL(href, 'http://site.invalid').searchParams} />, { href, cmsUrl: UNREACHABLE_CMS })

  it('asks for an e-mail address and consent only, with messages beside both', async () => {
    const user = userEvent.setup()
    renderNewsletter()
    const signUp = form('Sign up for the newsletter')
    expect(within(signUp).getAllByRole('textbox')).toHaveLength(1)
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'not an address')
    await user.click(screen.getByRole('button', { name: 'Subscribe' }))

    const email = screen.getByRole('textbox', { name: 'E-mail address' })
    await waitFor(() => expect(document.activeElement).toBe(email))
    expect(describedText(email)).toBe('Error: Enter a valid e-mail address, like name@example.com.')
    expect(describedText(screen.getByRole('checkbox', { name: CONSENT_TEXT.newsletter }))).toBe(
      'Error: Please tick the box to agree, so that we may contact you.',
    )
  })

  it('tells a new subscriber to confirm by e-mail after a plain form post', () => {
    renderNewsletter('/newsletter?lead=sent&kind=newsletter')
    expect(status().textContent).toContain('Please open the link in it to confirm your subscription.')
  })
})

describe('the newsletter page’s notice for the links in our e-mails', () => {
  it.each([
    ['confirmed', 'Your subscription is confirmed.'],
    ['unsubscribed', 'You have been unsubscribed.'],
    ['expired', 'That confirmation link has expired.'],
    ['invalid', 'That link is not valid'],
  ])('?newsletter=%s', (value, text) => {
    renderWithRouter(<NewsletterLinkNotice status={value} />)
    expect(screen.getByRole('status').textContent).toContain(text)
  })

  it('says nothing for anything else', () => {
    const { container } = renderWithRouter(
      <>
        <NewsletterLinkNotice status="toString" />
        <NewsletterLinkNotice status={null} />
      </>,
    )
    expect(container.textContent).toBe('')
  })
})
