import * as z from 'zod/mini'

import { HONEYPOT_FIELD, LEAD_KINDS, LEAD_LIMITS, PREFERRED_CONTACT, type PreferredContact, type SubmissionField } from './contract'

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
const CONDITION_ID = /^[1-9][0-9]{0,15}$/
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

// The schemas below say, field by field, what a submission may carry; zod collects every problem at
// once, and each issue's message is one of our FieldErrorCodes, turned into the site's sentence below.

/** Strings trimmed and numbers as their digits, as a form post would send them; blanks mean "not given". */
function tidy(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : tidyText(value)
}

/** Text fields: anything that is not text counts as not given. */
function asText(value: unknown): string | undefined {
  const tidied = tidy(value)
  return typeof tidied === 'string' ? tidied : undefined
}

/** For free text, where a JSON number is not what the form sends. */
function tidyText(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  return value === null ? undefined : value
}

/** "required" when the field was not given, else the code for what is wrong with it. */
const requiredOr = (code: FieldErrorCode) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code) })

/**
 * A field reports one problem, the first its checks find. (Not zod's `abort`: an aborted field
 * would also stop the packet's own check below from running.)
 */
const firstProblem = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0

const given = <T extends z.ZodMiniType>(schema: T, tidyValue: (value: unknown) => unknown = asText) =>
  z.pipe(z.transform(tidyValue), schema)
const optional = <T extends z.ZodMiniType>(schema: T, tidyValue = tidy) =>
  z.pipe(
    z.transform(tidyValue),
    z.pipe(
      z.optional(schema),
      z.transform((value: z.output<T> | undefined) => value ?? null),
    ),
  )

const kindSchema = given(z.enum(LEAD_KINDS, requiredOr('unknown-option')))

const emailSchema = given(
  z.pipe(
    z
      .string(requiredOr('invalid'))
      .check(z.maxLength(LEAD_LIMITS.emailMaxLength, 'too-long'), z.refine(isValidEmail, { error: 'invalid', when: firstProblem })),
    z.transform((email) => email.toLowerCase()),
  ),
)

const consentSchema = z.pipe(
  z.transform((value: unknown) => value === true || (typeof value === 'string' && CONSENT_YES.has(value.trim().toLowerCase()))),
  z.literal(true, 'not-accepted'),
)

const sourcePageSchema = optional(
  z.pipe(
    z.string('invalid'),
    z.transform((value, context) => {
      const path = parseSourcePage(value)
      if (path === undefined) context.issues.push({ code: 'custom', message: 'invalid', input: value })
      return path ?? ''
    }),
  ),
)

const nameSchema = given(
  z.pipe(
    z.string(requiredOr('invalid')).check(
      z.maxLength(LEAD_LIMITS.nameMaxLength, 'too-long'),
      z.refine((name) => !CONTROL_CHARS.test(name), { error: 'invalid', when: firstProblem }),
    ),
    z.transform((name) => name.replace(/\s+/g, ' ')),
  ),
)

const preferredContactSchema = given(z.enum(PREFERRED_CONTACT, requiredOr('unknown-option')))

const phoneSchema = optional(z.string('invalid').check(z.refine(isValidPhone, 'invalid')))

/** A condition by its id (a number, or its digits as a form posts them) or by its slug. */
const conditionSchema = given(
  z.union(
    [
      z.pipe(
        z.number().check(z.int(), z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)),
        z.transform((id): ConditionRef => ({ id })),
      ),
      z.pipe(
        z.string().check(z.refine((ref) => CONDITION_ID.test(ref) || (ref.length <= 200 && SLUG.test(ref)))),
        z.transform((ref): ConditionRef => (CONDITION_ID.test(ref) ? { id: Number(ref) } : { slug: ref })),
      ),
    ],
    requiredOr('invalid'),
  ),
  tidyText,
)

const messageSchema = optional(
  z.pipe(
    z.pipe(
      z.string('invalid'),
      z.transform((message) => message.replace(/\r\n?/g, '\n')),
    ),
    z.string().check(
      z.refine((message) => !MESSAGE_CONTROL_CHARS.test(message), 'invalid'),
      z.refine((message) => message.length <= LEAD_LIMITS.messageMaxLength, { error: 'too-long', when: firstProblem }),
    ),
  ),
  tidyText,
)

/** What every form sends. */
const commonSchema = z.object({ kind: kindSchema, email: emailSchema, consent: consentSchema, sourcePage: sourcePageSchema })

/** What the information-packet form adds; a phone number is required when we are to call. */
const packetSchema = z
  .object({
    name: nameSchema,
    preferredContact: preferredContactSchema,
    phone: phoneSchema,
    condition: conditionSchema,
    message: messageSchema,
  })
  .check(
    z.refine((packet) => !phoneMissing(packet), {
      path: ['phone'],
      error: 'required',
      // Checked even when other fields are wrong (the value is then still the raw input), so the
      // visitor learns everything at once.
      when: (payload) => phoneMissing(payload.value),
    }),
  )

/** We are asked to call, but no number was given: read from the raw input or the parsed packet alike. */
function phoneMissing(value: unknown): boolean {
  const { preferredContact, phone } = value as { preferredContact?: unknown; phone?: unknown }
  return asText(preferredContact) === 'phone' && tidy(phone) === undefined
}

function errorsOf(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => fieldError(issue.path[0] as SubmissionField, issue.message as FieldErrorCode))
}

/**
 * Checks a submission field by field and returns the tidy value, or every problem found, each
 * naming its field. Pure: whether the condition exists is for the caller to check.
 */
export function validateLeadSubmission(input: RawSubmission): ValidationResult {
  const common = commonSchema.safeParse(input)
  if (common.success && common.data.kind === 'newsletter') {
    const { email, consent, sourcePage } = common.data
    return { ok: true, value: { kind: 'newsletter', email, consent, sourcePage } }
  }
  const errors = common.success ? [] : errorsOf(common.error)
  if (!common.success && tidy(input.kind) === 'newsletter') return { ok: false, errors }

  // Without a valid kind we still check the packet fields, so a broken form learns everything at once.
  const packet = packetSchema.safeParse(input)
  if (!packet.success) errors.push(...errorsOf(packet.error))
  if (!common.success || !packet.success) return { ok: false, errors }
  return { ok: true, value: { ...common.data, kind: 'information-packet', ...packet.data } }
}
