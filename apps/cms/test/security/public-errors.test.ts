import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { STALE_SESSION_MESSAGE } from '../../src/collections/Users/hooks/refuseStaleSessions'
import { keepClientErrorMessages } from '../../src/http/publicErrors'

/**
 * Issue 15 item 8: in the production build error class names are minified away and Payload's
 * formatter answered "An unknown error occurred." for our own 4xx messages. This reproduces what
 * the formatter sees there (an error with an empty name) and checks the message reaches the client.
 */
const hook = (error: Error, message: string) =>
  keepClientErrorMessages({ error, result: { errors: [{ message }] }, context: {}, req: {} as never } as Parameters<
    typeof keepClientErrorMessages
  >[0])

describe('client error messages in production', () => {
  it('a 401 or 403 with a minified (empty) class name keeps its message and status', () => {
    for (const [message, status] of [
      [STALE_SESSION_MESSAGE, 401],
      ['API keys are read-only.', 403],
    ] as const) {
      const error = new APIError(message, status, null, true)
      error.name = ''
      expect(hook(error, 'An unknown error occurred.')).toEqual({ response: { errors: [{ message }] }, status })
    }
  })

  it('leaves a 500 hidden and a correctly formatted message alone', () => {
    const fault = new Error('connection string with a password')
    expect(hook(fault, 'Something went wrong.')).toBeUndefined()
    expect(hook(new APIError('Already fine.', 400), 'Already fine.')).toBeUndefined()
  })
})
