import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailAdapter, parseFrom } from '../../src/email/adapter'
import { outbox } from '../../src/email/outbox'
import { startSmtpSink } from '../helpers/smtpSink'

let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(() => sink?.stop())

const logged: string[] = []
const payload = {
  logger: { info: (msg: string) => logged.push(`info ${msg}`), warn: (msg: string) => logged.push(`warn ${msg}`) },
} as unknown as Payload

describe('the CMS e-mail adapter', () => {
  it('sends over SMTP to SMTP_HOST:SMTP_PORT from EMAIL_FROM', async () => {
    const adapter = await emailAdapter({
      NODE_ENV: 'test',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      EMAIL_FROM: 'Example Clinic <no-reply@clinic.example>',
    })
    const instance = adapter({ payload })
    expect(instance.name).toBe('nodemailer')
    await instance.sendEmail({ to: 'care@clinic.example', subject: 'New information packet request (#1)', text: 'Open the CMS.' })
    expect(sink.received).toHaveLength(1)
    const [mail] = sink.received
    expect(mail!.from).toBe('no-reply@clinic.example')
    expect(mail!.to).toEqual(['care@clinic.example'])
    expect(mail!.data).toMatch(/^From: Example Clinic <no-reply@clinic\.example>$/m)
    expect(mail!.data).toMatch(/^Subject: New information packet request \(#1\)$/m)
    expect(mail!.data).toContain('Open the CMS.')
  })

  it('without SMTP_HOST prints the message and keeps it in the outbox (development, tests)', async () => {
    const instance = (await emailAdapter({ NODE_ENV: 'development' }))({ payload })
    expect(instance.name).toBe('console')
    const before = outbox.length
    await instance.sendEmail({ to: ['a@example.org'], subject: 'Confirm', text: 'http://localhost:3000/api/leads/confirm?token=x' })
    expect(outbox.slice(before)).toEqual([
      {
        from: 'Clinic CMS <no-reply@localhost>',
        to: ['a@example.org'],
        subject: 'Confirm',
        text: 'http://localhost:3000/api/leads/confirm?token=x',
      },
    ])
    expect(logged.at(-1)).toContain('/api/leads/confirm?token=x')
  })

  it('in production without SMTP_HOST neither logs nor keeps the body', async () => {
    const instance = (await emailAdapter({ NODE_ENV: 'production' }))({ payload })
    const before = outbox.length
    await instance.sendEmail({ to: 'a@example.org', subject: 'Confirm', text: 'secret body' })
    expect(outbox.length).toBe(before)
    expect(logged.at(-1)).toMatch(/^warn E-mail not sent/)
    expect(logged.join('\n')).not.toContain('secret body')
  })

  it('refuses half a configuration', () => {
    expect(() => emailAdapter({ SMTP_HOST: 'smtp.example', SMTP_USER: 'u' })).toThrow(/SMTP_PASS/)
    expect(() => emailAdapter({ SMTP_HOST: 'smtp.example', SMTP_PORT: 'x' })).toThrow(/SMTP_PORT/)
  })

  it('reads EMAIL_FROM with or without a name', () => {
    expect(parseFrom('"The Clinic" <hello@clinic.example>')).toEqual({ name: 'The Clinic', address: 'hello@clinic.example' })
    expect(parseFrom('hello@clinic.example')).toEqual({ name: 'Clinic CMS', address: 'hello@clinic.example' })
  })
})
