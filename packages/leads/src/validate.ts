import {
  HONEYPOT_FIELD,
  LEAD_KINDS,
  LEAD_LIMITS,
  PREFERRED_CONTACT,
  type LeadKind,
  type PreferredContact,
  type SubmissionField,
} from './contract'

export type FieldErrorCode = 'required' | 'invalid' | 'too-long' | 'not-accepted' | 'unknown-option' | 'not-found'

export interface FieldError {
  field: SubmissionField
  code: FieldErrorCode
  message: string
}

/** A condition as the site may send it: its id (`12`, `"12"`) or its slug (`"knee-osteoarthritis"`). */
export type ConditionRef = { id: number } | { slug: string }

export interface PacketSubmission {
  kind: 'information-packet'
  name: string
  email: string
  phone: string | null
  condition: ConditionRef
  preferredContact: PreferredContact
  message: string | null
  consent: true
  sourcePage: string | null
}

export interface NewsletterSubmission {
  kind: 'newsletter'
  email: string
  consent: true
  sourcePage: string | null
}

export type LeadSubmission = PacketSubmission | NewsletterSubmission

export type ValidationResult = { ok: true; value: LeadSubmission } | { ok: false; errors: FieldError[] }

/** Raw input: a parsed JSON object or the fields of a form post. Unknown keys are ignored. */
export type RawSubmission = Record<string, unknown>

// Bidirectional overrides and isolates (U+202E…) make a name read differently in the admin and in e-mails.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
// Messages may keep line breaks and tabs; nothing else invisible.
const MESSAGE_CONTROL_CHARS =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const PHONE_SHAPE = /^\+?[0-9 ().\-/]+$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CONSENT_YES = new Set(['true', 'on', '1', 'yes'])

export function isHoneypotFilled(input: RawSubmission): boolean {
  const value = input[HONEYPOT_FIELD]
  if (value === undefined || value === null || value === false) return false
  return String(value).trim() !== ''
}

/** E-mail syntax as the form accepts it: ASCII, one @, a dotted domain, the RFC 5321 lengths. */
export function isValidEmail(email: string): boolean {
  if (email.length > LEAD_LIMITS.emailMaxLength) return false
  const at = email.lastIndexOf('@')
  if (at <= 0 || at !== email.indexOf('@')) return false
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2 || domain.length > 253) return false
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return false
  // Top-level domains are letters (as the CMS's own e-mail fields also require).
  return /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!)
}

/** Digits, spaces, + at the start, and ( ) . - / between: 7 to 15 digits, as E.164 allows. */
export function isValidPhone(phone: string): boolean {
  if (phone.length > LEAD_LIMITS.phoneMaxLength || !PHONE_SHAPE.test(phone)) return false
  const digits = phone.replace(/\D/g, '').length
  return digits >= LEAD_LIMITS.phoneMinDigits && digits <= LEAD_LIMITS.phoneMaxDigits
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** Absent, empty and whitespace-only all mean "not given". */
function given(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  return true
}

function consentGiven(value: unknown): boolean {
  if (value === true) return true
  return typeof value === 'string' && CONSENT_YES.has(value.trim().toLowerCase())
}

function parseCondition(value: unknown): ConditionRef | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? { id: value } : undefined
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (/^[1-9][0-9]{0,15}$/.test(trimmed)) return { id: Number(trimmed) }
  if (trimmed.length <= 200 && SLUG.test(trimmed)) return { slug: trimmed }
  return undefined
}

/** A path on the site (`/conditions/knee`), from a path or an absolute http(s) URL; query and hash dropped. */
export function parseSourcePage(value: string): string | undefined {
  let pathname: string
  if (value.startsWith('/') && !value.startsWith('//')) {
    pathname = value.split(/[?#]/, 1)[0]!
  } else {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return undefined
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    pathname = url.pathname
  }
  if (pathname.length > LEAD_LIMITS.sourcePageMaxLength || CONTROL_CHARS.test(pathname)) return undefined
  return pathname
}

const MESSAGES: Record<SubmissionField, Partial<Record<FieldErrorCode, string>>> = {
  kind: { required: 'Say which form this is.', 'unknown-option': 'Unknown form.' },
  name: {
    required: 'Enter your name.',
    'too-long': `Your name can be at most ${LEAD_LIMITS.nameMaxLength} characters.`,
    invalid: 'Your name contains characters we cannot accept.',
  },
  email: {
    required: 'Enter your e-mail address.',
    invalid: 'Enter a valid e-mail address, like name@example.com.',
    'too-long': `An e-mail address can be at most ${LEAD_LIMITS.emailMaxLength} characters.`,
  },
  phone: {
    required: 'Enter a phone number so we can call you.',
    invalid: `Enter a phone number with ${LEAD_LIMITS.phoneMinDigits} to ${LEAD_LIMITS.phoneMaxDigits} digits.`,
  },
  condition: {
    required: 'Choose the condition you would like information about.',
    invalid: 'Choose a condition from the list.',
    'not-found': 'Choose a condition from the list.',
  },
  preferredContact: {
    required: 'Choose how we should contact you.',
    'unknown-option': 'Choose e-mail or phone.',
  },
  message: {
    'too-long': `Your message can be at most ${LEAD_LIMITS.messageMaxLength} characters.`,
    invalid: 'Your message contains characters we cannot accept.',
  },
  consent: { 'not-accepted': 'Please tick the box to agree, so that we may contact you.' },
  sourcePage: { invalid: 'The page address is not valid.' },
}

export function fieldError(field: SubmissionField, code: FieldErrorCode): FieldError {
  return { field, code, message: MESSAGES[field][code] ?? `${field} is not valid.` }
}

/**
 * Checks a submission field by field and returns the tidy value, or every problem found, each
 * naming its field. Pure: whether the condition exists is for the caller to check.
 */
export function validateLeadSubmission(input: RawSubmission): ValidationResult {
  const errors: FieldError[] = []
  const fail = (field: SubmissionField, code: FieldErrorCode) => {
    errors.push(fieldError(field, code))
    return undefined
  }

  const kindText = text(input.kind)
  const kind: LeadKind | undefined = !kindText
    ? fail('kind', 'required')
    : (LEAD_KINDS as readonly string[]).includes(kindText)
      ? (kindText as LeadKind)
      : fail('kind', 'unknown-option')

  const emailText = text(input.email)
  const email = !emailText
    ? fail('email', 'required')
    : emailText.length > LEAD_LIMITS.emailMaxLength
      ? fail('email', 'too-long')
      : isValidEmail(emailText)
        ? emailText.toLowerCase()
        : fail('email', 'invalid')

  const consent = consentGiven(input.consent) ? (true as const) : fail('consent', 'not-accepted')

  let sourcePage: string | null = null
  if (given(input.sourcePage)) {
    const parsed = typeof input.sourcePage === 'string' ? parseSourcePage(input.sourcePage.trim()) : undefined
    if (parsed === undefined) fail('sourcePage', 'invalid')
    else sourcePage = parsed
  }

  if (kind === 'newsletter') {
    if (errors.length > 0 || !email || !consent) return { ok: false, errors }
    return { ok: true, value: { kind, email, consent, sourcePage } }
  }

  // Without a valid kind we still check the packet fields, so a broken form learns everything at once.
  const nameText = text(input.name)
  const name = !nameText
    ? fail('name', 'required')
    : nameText.length > LEAD_LIMITS.nameMaxLength
      ? fail('name', 'too-long')
      : CONTROL_CHARS.test(nameText)
        ? fail('name', 'invalid')
        : nameText.replace(/\s+/g, ' ')

  const contactText = text(input.preferredContact)
  const preferredContact: PreferredContact | undefined = !contactText
    ? fail('preferredContact', 'required')
    : (PREFERRED_CONTACT as readonly string[]).includes(contactText)
      ? (contactText as PreferredContact)
      : fail('preferredContact', 'unknown-option')

  let phone: string | null = null
  if (given(input.phone)) {
    const phoneText = text(input.phone)
    if (phoneText !== undefined && isValidPhone(phoneText)) phone = phoneText
    else fail('phone', 'invalid')
  } else if (preferredContact === 'phone') {
    fail('phone', 'required')
  }

  const condition = !given(input.condition)
    ? fail('condition', 'required')
    : (parseCondition(input.condition) ?? fail('condition', 'invalid'))

  let message: string | null = null
  if (given(input.message)) {
    const raw = typeof input.message === 'string' ? input.message.replace(/\r\n?/g, '\n').trim() : undefined
    if (raw === undefined || MESSAGE_CONTROL_CHARS.test(raw)) fail('message', 'invalid')
    else if (raw.length > LEAD_LIMITS.messageMaxLength) fail('message', 'too-long')
    else message = raw
  }

  if (errors.length > 0 || !kind || !email || !consent || !name || !preferredContact || !condition) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    value: { kind: 'information-packet', name, email, phone, condition, preferredContact, message, consent, sourcePage },
  }
}
