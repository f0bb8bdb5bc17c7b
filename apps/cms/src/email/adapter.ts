import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { outbox } from './outbox'

/**
 * Outgoing e-mail for the whole CMS. With SMTP_HOST set, mail goes out over SMTP (nodemailer);
 * without it nothing is sent: in development and tests each message is printed to the console
 * (links and all, so sign-up confirmations can be followed) and kept in `outbox` for tests to read;
 * in production only a warning that mail is not configured is logged — message bodies may hold
 * personal data and belong neither in logs nor in memory.
 *
 * SMTP_HOST, SMTP_PORT (587; 465 means TLS from the start), SMTP_USER + SMTP_PASS (both or
 * neither), EMAIL_FROM ("Clinic <no-reply@clinic.example>" or a bare address).
 */
export function emailAdapter(environment: Record<string, string | undefined> = process.env): EmailAdapter | Promise<EmailAdapter> {
  const from = parseFrom(environment.EMAIL_FROM)
  const host = environment.SMTP_HOST?.trim()
  if (!host) return consoleEmailAdapter(from, environment.NODE_ENV !== 'production')

  const port = Number(environment.SMTP_PORT ?? 587)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT is not a port: ${environment.SMTP_PORT}`)
  const user = environment.SMTP_USER
  const pass = environment.SMTP_PASS
  if (Boolean(user) !== Boolean(pass)) throw new Error('Set both SMTP_USER and SMTP_PASS, or neither.')
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transportOptions: {
      host,
      port,
      secure: port === 465,
      ...(user && pass ? { auth: { user, pass } } : {}),
    },
    // Checking the server at start-up is worth a log line in production; elsewhere it only slows boots.
    skipVerify: environment.NODE_ENV !== 'production',
  })
}

export function parseFrom(value: string | undefined): { name: string; address: string } {
  const text = value?.trim()
  if (!text) return { name: 'Clinic CMS', address: 'no-reply@localhost' }
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (match) return { name: match[1]!.replace(/^"|"$/g, '').trim() || 'Clinic CMS', address: match[2]! }
  return { name: 'Clinic CMS', address: text }
}

function addresses(to: SendEmailOptions['to']): string[] {
  const list = Array.isArray(to) ? to : to ? [to] : []
  return list.map((item) => (typeof item === 'string' ? item : item.address))
}

const OUTBOX_LIMIT = 1000

function consoleEmailAdapter(from: { name: string; address: string }, printBodies: boolean): EmailAdapter {
  return ({ payload }) => ({
    name: 'console',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    async sendEmail(message) {
      if (!printBodies) {
        payload.logger.warn(`E-mail not sent, SMTP_HOST is not set: "${String(message.subject ?? '')}"`)
        return
      }
      const body = typeof message.text === 'string' ? message.text : '(no plain-text part)'
      outbox.push({
        from: addresses(message.from as SendEmailOptions['to'])[0] ?? `${from.name} <${from.address}>`,
        to: addresses(message.to),
        subject: String(message.subject ?? ''),
        text: body,
      })
      // A long-running dev server should not grow without bound.
      if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT)
      payload.logger.info(
        `E-mail (printed, not sent: SMTP_HOST is not set)\nTo: ${addresses(message.to).join(', ')}\nSubject: ${String(message.subject ?? '')}\n\n${body}`,
      )
    },
  })
}
