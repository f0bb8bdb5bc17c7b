/** One e-mail as the console transport received it. */
export interface OutboxMessage {
  from: string
  to: string[]
  subject: string
  text: string
}

/**
 * Every message the console transport (no SMTP_HOST) has "sent" in this process, newest last.
 * Tests read it to check who was told what; dev prints each message as well.
 */
export const outbox: OutboxMessage[] = []
