import { describe, expect, it } from 'vitest'

import { CONSENT_TEXT, LEAD_LIMITS, isHoneypotFilled, isValidEmail, isValidPhone, validateLeadSubmission, type RawSubmission } from '../src'

const packet: RawSubmission = {
  kind: 'information-packet',
  name: '  Ada   Lovelace ',
  email: ' Ada@Example.COM ',
  phone: '+1 (555) 010-0199',
  condition: '3',
  preferredContact: 'phone',
  message: 'Line one\r\nLine two',
  consent: 'on',
  sourcePage: 'https://clinic.example/conditions/knee?utm=x#form',
}

function errorsOf(input: RawSubmission) {
  const result = validateLeadSubmission(input)
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`)
  return result.errors.map(({ field, code }) => `${field}:${code}`)
}

describe('validateLeadSubmission', () => {
  it('accepts a packet request, tidying what was typed', () => {
    expect(validateLeadSubmission(packet)).toEqual({
      ok: true,
      value: {
        kind: 'information-packet',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        phone: '+1 (555) 010-0199',
        condition: { id: 3 },
        preferredContact: 'phone',
        message: 'Line one\nLine two',
        consent: true,
        sourcePage: '/conditions/knee',
      },
    })
  })

  it('accepts JSON types and a condition slug; phone and message are optional', () => {
    const result = validateLeadSubmission({
      kind: 'information-packet',
      name: 'Ada',
      email: 'ada@example.com',
      condition: 'knee-osteoarthritis',
      preferredContact: 'email',
      consent: true,
      phone: '',
      message: '   ',
    })
    expect(result).toMatchObject({ ok: true, value: { condition: { slug: 'knee-osteoarthritis' }, phone: null, message: null } })
    expect(validateLeadSubmission({ ...packet, condition: 7 })).toMatchObject({ ok: true, value: { condition: { id: 7 } } })
  })

  it('accepts a newsletter sign-up with only e-mail and consent, ignoring packet fields', () => {
    expect(
      validateLeadSubmission({ kind: 'newsletter', email: 'reader@example.org', consent: 'true', name: 'x'.repeat(999), phone: 'nope' }),
    ).toEqual({ ok: true, value: { kind: 'newsletter', email: 'reader@example.org', consent: true, sourcePage: null } })
  })

  it('ignores unknown fields', () => {
    expect(validateLeadSubmission({ ...packet, isAdmin: true, status: 'handled', clientKey: 'x' })).toMatchObject({ ok: true })
  })

  it('names every field that is missing', () => {
    expect(errorsOf({})).toEqual([
      'kind:required',
      'email:required',
      'consent:not-accepted',
      'name:required',
      'preferredContact:required',
      'condition:required',
    ])
  })

  it('names each invalid field with its reason', () => {
    expect(errorsOf({ ...packet, kind: 'brochure' })).toEqual(['kind:unknown-option'])
    expect(errorsOf({ ...packet, email: 'ada@' })).toEqual(['email:invalid'])
    expect(errorsOf({ ...packet, email: `${'a'.repeat(250)}@example.com` })).toEqual(['email:too-long'])
    expect(errorsOf({ ...packet, phone: '12345' })).toEqual(['phone:invalid'])
    expect(errorsOf({ ...packet, phone: 'call me maybe' })).toEqual(['phone:invalid'])
    expect(errorsOf({ ...packet, phone: '' })).toEqual(['phone:required'])
    expect(errorsOf({ ...packet, name: 'x'.repeat(LEAD_LIMITS.nameMaxLength + 1) })).toEqual(['name:too-long'])
    expect(errorsOf({ ...packet, name: 'Ada\u0000' })).toEqual(['name:invalid'])
    expect(errorsOf({ ...packet, condition: 'Knee pain!' })).toEqual(['condition:invalid'])
    expect(errorsOf({ ...packet, condition: -1 })).toEqual(['condition:invalid'])
    expect(errorsOf({ ...packet, preferredContact: 'fax' })).toEqual(['preferredContact:unknown-option'])
    expect(errorsOf({ ...packet, message: 'x'.repeat(LEAD_LIMITS.messageMaxLength + 1) })).toEqual(['message:too-long'])
    expect(errorsOf({ ...packet, message: 'bell \u0007' })).toEqual(['message:invalid'])
    expect(errorsOf({ ...packet, message: { html: '<b>' } })).toEqual(['message:invalid'])
    expect(errorsOf({ ...packet, sourcePage: 'javascript:alert(1)' })).toEqual(['sourcePage:invalid'])
    expect(errorsOf({ ...packet, sourcePage: '//evil.example/x' })).toEqual(['sourcePage:invalid'])
  })

  it('requires consent to be given, not just present', () => {
    for (const consent of [false, 'false', 'off', '', undefined, 0, 'no']) {
      expect(errorsOf({ ...packet, consent })).toEqual(['consent:not-accepted'])
    }
  })

  it('gives each error a sentence that the site can show', () => {
    const result = validateLeadSubmission({ kind: 'newsletter' })
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'email', code: 'required', message: 'Enter your e-mail address.' },
        { field: 'consent', code: 'not-accepted', message: expect.stringContaining('tick the box') },
      ],
    })
  })

  it('keeps script payloads in free-text fields as text, unchanged', () => {
    const script = '<script>alert(1)</script>'
    expect(validateLeadSubmission({ ...packet, name: script, message: `${script}\n<img src=x onerror=alert(1)>` })).toMatchObject({
      ok: true,
      value: { name: script, message: `${script}\n<img src=x onerror=alert(1)>` },
    })
  })
})

describe('isValidEmail', () => {
  it.each(['a@b.co', 'first.last+tag@sub.example.org', "o'brien@example.ie", '=1+1@example.com', 'x@xn--bcher-kva.example'])(
    'accepts %s',
    (email) => expect(isValidEmail(email)).toBe(true),
  )
  it.each([
    '',
    'plain',
    '@example.com',
    'a@b',
    'a@@b.com',
    'a b@example.com',
    'a@-b.com',
    '.a@b.com',
    'a..b@c.com',
    'a@b.c',
    'a@b.xn--p1ai',
    '<script>@x.com',
    'a@b.com<script>',
  ])('refuses %s', (email) => expect(isValidEmail(email)).toBe(false))
})

describe('isValidPhone', () => {
  it.each(['+44 20 7946 0958', '(555) 010-0199', '555.010.0199', '0049/30/1234567'])('accepts %s', (phone) =>
    expect(isValidPhone(phone)).toBe(true),
  )
  it.each(['123456', '+1 555 0100 0000 0000 00', '555-CALL-NOW', '=1+555 0100 00', '1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6'])(
    'refuses %s',
    (phone) => expect(isValidPhone(phone)).toBe(false),
  )
})

describe('honeypot', () => {
  it('is filled by any non-blank value', () => {
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true)
    expect(isHoneypotFilled({ website: 0 })).toBe(true)
    expect(isHoneypotFilled({ website: '' })).toBe(false)
    expect(isHoneypotFilled({ website: '   ' })).toBe(false)
    expect(isHoneypotFilled({})).toBe(false)
  })
})

describe('consent text', () => {
  it('exists for both forms', () => {
    expect(CONSENT_TEXT['information-packet']).toMatch(/contact me/)
    expect(CONSENT_TEXT.newsletter).toMatch(/unsubscribe/)
  })
})

describe('bidirectional control characters (issue 15 item 9)', () => {
  it.each(['\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c'])('refuse U+%s in names and messages', (char) => {
    expect(errorsOf({ ...packet, name: `Ada ${char}ecalevoL` })[0]).toMatch(/^name:/)
    expect(errorsOf({ ...packet, message: `hello ${char}dlrow` })[0]).toMatch(/^message:/)
  })
})
