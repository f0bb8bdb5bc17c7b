export type LookupErrorCode = 'invalid-input' | 'not-found' | 'unavailable' | 'throttled' | 'timeout' | 'invalid-response'

export type LookupService = 'pubmed' | 'idconv' | 'crossref'

/** How each service is named to an editor. */
export const SERVICE_NAMES: Readonly<Record<LookupService, string>> = {
  pubmed: 'PubMed',
  idconv: 'the PMC ID converter',
  crossref: 'Crossref',
}

/** Appended to every failure that is not the editor's input: a lookup never stands in the way of typing. */
const TYPE_BY_HAND = 'You can fill in the fields by hand.'

/** A lookup failure; `message` is meant for the editor, `code` for the program. */
export class LookupError extends Error {
  readonly code: LookupErrorCode
  readonly service: LookupService | null

  constructor(code: LookupErrorCode, message: string, service: LookupService | null = null) {
    super(message)
    this.name = 'LookupError'
    this.code = code
    this.service = service
  }
}

export const lookupErrors = {
  invalidInput: (message: string) => new LookupError('invalid-input', message),
  notFound: (service: LookupService, what: string) =>
    new LookupError(
      'not-found',
      `${SERVICE_NAMES[service]} has no record for ${what}. Check it, or ${TYPE_BY_HAND.toLowerCase()}`,
      service,
    ),
  unavailable: (service: LookupService, detail: string) =>
    new LookupError(
      'unavailable',
      `${SERVICE_NAMES[service]} is not answering right now (${detail}). Try again later. ${TYPE_BY_HAND}`,
      service,
    ),
  throttled: (service: LookupService) =>
    new LookupError(
      'throttled',
      `${SERVICE_NAMES[service]} is turning requests away because too many were sent. Try again in a minute. ${TYPE_BY_HAND}`,
      service,
    ),
  timeout: (service: LookupService, milliseconds: number) =>
    new LookupError(
      'timeout',
      `${SERVICE_NAMES[service]} did not answer within ${formatSeconds(milliseconds)}. Try again later. ${TYPE_BY_HAND}`,
      service,
    ),
  invalidResponse: (service: LookupService, detail: string) =>
    new LookupError(
      'invalid-response',
      `${SERVICE_NAMES[service]} sent an answer that could not be read (${detail}). ${TYPE_BY_HAND}`,
      service,
    ),
}

function formatSeconds(milliseconds: number): string {
  return `${Math.round(milliseconds / 100) / 10} s`
}
