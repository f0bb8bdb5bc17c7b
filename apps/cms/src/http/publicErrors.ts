import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload formats an error by its `name`; in the production build class names can be minified
 * away, and our own messages meant for the client (the stale-session 401, the API-key 403, every
 * 4xx APIError) came out as "An unknown error occurred.". A client error (4xx) is the caller's to
 * read, so its own message is restored; a 500 stays hidden as Payload hides it.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number' || status < 400 || status >= 500 || !error.message) return
  const messages = result?.errors?.map((entry) => entry.message) ?? []
  if (messages.length > 0 && !messages.every((message) => message === UNKNOWN || message === 'Something went wrong.')) return
  const data = (error as { data?: unknown }).data
  return { response: { errors: [{ message: error.message, ...(data ? { data } : {}) }] }, status } as ReturnType<AfterErrorHook>
}
