/** The CMS could not be asked (network, time-out) or could not answer (5xx): worth retrying later. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError'
}

/** The CMS answered 404: nothing there for this reader (a preview's token was refused, say). */
export class CmsNotFoundError extends Error {
  override name = 'CmsNotFoundError'
}

export type QueryParams = Record<string, string | number | boolean | undefined>

/** Reads the CMS's public REST API; the same client runs on the server and in the browser. */
export interface CmsClient {
  /** The CMS origin, e.g. https://cms.example.org (no trailing slash). */
  readonly baseUrl: string
  get<T>(path: string, params?: QueryParams): Promise<T>
}

const TIMEOUT_MS = 8_000

export function apiUrl(baseUrl: string, path: string, params: QueryParams = {}): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/api${path}`)
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
  return url.toString()
}

export function createCmsClient(baseUrl: string): CmsClient {
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    async get<T>(path: string, params?: QueryParams): Promise<T> {
      const url = apiUrl(baseUrl, path, params)
      let response: Response
      try {
        // Anonymous on purpose: the site shows only what any visitor may read, so drafts stay out.
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
      } catch (error) {
        throw new CmsUnavailableError(`The content service could not be reached (${url}).`, { cause: error })
      }
      if (response.status >= 500) throw new CmsUnavailableError(`The content service answered ${response.status} for ${url}.`)
      if (response.status === 404) throw new CmsNotFoundError(`The content service has nothing at ${url}.`)
      if (!response.ok) throw new Error(`The content service refused ${url}: ${response.status}.`)
      return (await response.json()) as T
    },
  }
}
