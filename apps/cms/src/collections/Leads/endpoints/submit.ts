import type { Endpoint, Payload, PayloadRequest } from 'payload'

import {
  CONSENT_TEXT,
  LEAD_KINDS,
  RETURN_TO_FIELD,
  clientAddressFrom,
  fieldError,
  isHoneypotFilled,
  resolveReturnUrl,
  validateLeadSubmission,
  withLeadStatus,
  type FieldError,
  type LeadKind,
  type LeadStatus,
  type LeadSubmission,
  type RawSubmission,
} from '@clinic/leads'

import { hit, keyedHash, release } from '../counters'
import { notifyClinic, sendNewsletterConfirmation } from '../emails'
import { leadSettings, type LeadSettings } from '../settings'
import { newConfirmToken } from '../tokens'
import { BodyTooLarge, json, mediaType, readBodyText, seeOther } from './http'

const FORM = 'application/x-www-form-urlencoded'
const JSON_TYPE = 'application/json'

type Outcome =
  | { status: 'sent'; kind: LeadKind }
  | { status: 'invalid'; kind?: LeadKind; errors: FieldError[] }
  | { status: 'duplicate'; kind: LeadKind }
  | { status: 'rate-limited'; kind?: LeadKind; retryAfterSeconds: number }
  | { status: 'error'; kind?: LeadKind; httpStatus: number; message: string }

const MESSAGES = {
  sent: {
    'information-packet': 'Thank you. We received your request and will be in touch.',
    newsletter: 'Thank you. Please check your inbox and confirm your subscription.',
  },
  duplicate: 'We already received this a few minutes ago; there is no need to send it again.',
  rateLimited: 'Too many submissions from your connection. Please try again later.',
} as const

/**
 * POST /api/leads/submit — the one way in for the site's forms. JSON in, JSON out; or a plain
 * form post in, a 303 back to the page out. The contract is in ../README.md.
 */
export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const type = mediaType(req)
    if (type !== FORM && type !== JSON_TYPE) {
      return json({ status: 'error', message: `Send ${JSON_TYPE} or ${FORM}.` }, 415)
    }
    const settings = leadSettings()
    const isForm = type === FORM

    let input: RawSubmission
    try {
      input = parseBody(await readBodyText(req), isForm)
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge
      const outcome: Outcome = tooLarge
        ? { status: 'error', httpStatus: 413, message: 'The submission is too large.' }
        : { status: 'error', httpStatus: 400, message: 'The request body is not a JSON object.' }
      return respond(outcome, isForm ? formReturnUrl(req, {}, settings) : null)
    }
    const returnUrl = isForm ? formReturnUrl(req, input, settings) : null
    const kindGuess = LEAD_KINDS.find((kind) => kind === input.kind)

    // Every attempt counts, valid or not, so the limit also bounds probing and garbage.
    const clientAddress = clientAddressFrom(req.headers.get('x-forwarded-for'), settings.trustedProxies) ?? 'unknown'
    const clientKey = keyedHash(req.payload, 'client', clientAddress)
    const attempt = await hit(req.payload, `submit:${clientKey}`, settings.rateLimitWindowSeconds)
    if (attempt.count > settings.rateLimitMax) {
      return respond({ status: 'rate-limited', kind: kindGuess, retryAfterSeconds: attempt.retryAfterSeconds }, returnUrl)
    }

    // Bots fill every input. Tell them it worked; keep nothing, send nothing.
    if (isHoneypotFilled(input)) return respond({ status: 'sent', kind: kindGuess ?? 'information-packet' }, returnUrl)

    const validation = validateLeadSubmission(input)
    const errors = validation.ok ? [] : [...validation.errors]
    let conditionId: number | null = null
    if (validation.ok && validation.value.kind === 'information-packet') {
      conditionId = await findConditionId(req.payload, validation.value.condition)
      if (conditionId === null) errors.push(fieldError('condition', 'not-found'))
    }
    if (!validation.ok || errors.length > 0) return respond({ status: 'invalid', kind: kindGuess, errors }, returnUrl)

    const submission = validation.value
    const duplicateKey = `duplicate:${submission.kind}:${keyedHash(req.payload, 'email', submission.email)}`
    const claim = await hit(req.payload, duplicateKey, settings.duplicateWindowSeconds)
    if (claim.count > 1) return respond({ status: 'duplicate', kind: submission.kind }, returnUrl)

    try {
      await store(req, submission, conditionId, clientKey, settings)
    } catch (error) {
      await release(req.payload, duplicateKey)
      req.payload.logger.error({ err: error, msg: 'A lead could not be stored.' })
      return respond(
        { status: 'error', kind: submission.kind, httpStatus: 500, message: 'Something went wrong. Please try again.' },
        returnUrl,
      )
    }
    return respond({ status: 'sent', kind: submission.kind }, returnUrl)
  },
}

function parseBody(text: string, isForm: boolean): RawSubmission {
  if (isForm) {
    const fields: RawSubmission = {}
    for (const [key, value] of new URLSearchParams(text)) if (!(key in fields)) fields[key] = value
    return fields
  }
  const parsed: unknown = JSON.parse(text)
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError('not an object')
  return parsed as RawSubmission
}

/** `returnTo` from the form, else the page that posted it (Referer); on the allow-list or the site's home. */
function formReturnUrl(req: PayloadRequest, input: RawSubmission, settings: LeadSettings): URL {
  return resolveReturnUrl(input[RETURN_TO_FIELD] ?? req.headers.get('referer'), settings.allowedReturnOrigins)
}

async function findConditionId(payload: Payload, ref: { id: number } | { slug: string }): Promise<number | null> {
  const found = await payload.find({
    collection: 'conditions',
    where: 'id' in ref ? { id: { equals: ref.id } } : { slug: { equals: ref.slug } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
  })
  return found.docs[0]?.id ?? null
}

async function store(
  req: PayloadRequest,
  submission: LeadSubmission,
  conditionId: number | null,
  clientKey: string,
  settings: LeadSettings,
): Promise<void> {
  const { payload } = req
  const common = {
    kind: submission.kind,
    email: submission.email,
    consent: true,
    consentText: CONSENT_TEXT[submission.kind],
    consentedAt: new Date().toISOString(),
    sourcePage: submission.sourcePage,
    clientKey,
    status: 'new' as const,
  }

  if (submission.kind === 'information-packet') {
    const lead = await payload.create({
      collection: 'leads',
      data: {
        ...common,
        name: submission.name,
        phone: submission.phone,
        condition: conditionId,
        preferredContact: submission.preferredContact,
        message: submission.message,
      },
      overrideAccess: true,
    })
    // The request is safely stored; a mail server hiccup must not make the visitor send it again.
    try {
      await notifyClinic(payload, lead, settings)
    } catch (error) {
      payload.logger.error({ err: error, msg: `Lead ${lead.id}: the clinic could not be notified by e-mail.` })
    }
    return
  }

  // Someone already subscribed gets the same answer as anyone else (no way to probe who is on
  // the list), and no second row or mail.
  const subscribed = await payload.count({
    collection: 'leads',
    where: { kind: { equals: 'newsletter' }, email: { equals: submission.email }, newsletterStatus: { equals: 'confirmed' } },
    overrideAccess: true,
  })
  if (subscribed.totalDocs > 0) return

  const { token, hash } = newConfirmToken()
  const lead = await payload.create({
    collection: 'leads',
    data: { ...common, newsletterStatus: 'pending', confirmTokenHash: hash },
    overrideAccess: true,
  })
  // Without the confirmation mail the sign-up cannot complete, so it did not happen.
  try {
    await sendNewsletterConfirmation(payload, lead, token, settings)
  } catch (error) {
    await payload.delete({ collection: 'leads', id: lead.id, overrideAccess: true })
    throw error
  }
}

function respond(outcome: Outcome, returnUrl: URL | null): Response {
  const retryAfter: Record<string, string> = outcome.status === 'rate-limited' ? { 'Retry-After': String(outcome.retryAfterSeconds) } : {}
  if (returnUrl) {
    const status: LeadStatus = outcome.status === 'invalid' ? 'error' : outcome.status === 'error' ? 'error' : outcome.status
    return seeOther(withLeadStatus(returnUrl, status, outcome.kind, outcome.status === 'invalid' ? outcome.errors : []), retryAfter)
  }
  switch (outcome.status) {
    case 'sent':
      return json({ status: 'sent', kind: outcome.kind, message: MESSAGES.sent[outcome.kind] }, 201)
    case 'invalid':
      return json({ status: 'invalid', errors: outcome.errors }, 400)
    case 'duplicate':
      return json({ status: 'duplicate', kind: outcome.kind, message: MESSAGES.duplicate }, 409)
    case 'rate-limited':
      return json({ status: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds, message: MESSAGES.rateLimited }, 429, retryAfter)
    case 'error':
      return json({ status: 'error', message: outcome.message }, outcome.httpStatus)
  }
}
