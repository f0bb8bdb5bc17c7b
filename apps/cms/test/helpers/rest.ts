import type { SanitizedConfig } from 'payload'

import { createRestHandlers } from '../../src/http/restHandlers'

type Handler = ReturnType<typeof createRestHandlers>['GET']
type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Real REST requests through the handlers our Next.js route serves /api/* with (Payload's own,
 * wrapped by src/http), without a network hop.
 */
export class RestClient {
  private readonly handlers: Record<Method, Handler>

  constructor(
    private readonly config: SanitizedConfig,
    private readonly headers: Record<string, string> = {},
  ) {
    this.handlers = createRestHandlers(config, config.routes.api)
  }

  /** The same client, sending `Authorization: JWT <token>` from a real login. */
  async login(email: string, password: string): Promise<RestClient> {
    const response = await this.post('/users/login', { email, password })
    const body = (await response.json()) as { token?: string; errors?: unknown }
    if (!response.ok || !body.token) {
      throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(body)}`)
    }
    return this.withHeaders({ Authorization: `JWT ${body.token}` })
  }

  withHeaders(headers: Record<string, string>): RestClient {
    return new RestClient(this.config, { ...this.headers, ...headers })
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request('GET', path, undefined, headers)
  }

  head(path: string, headers: Record<string, string> = {}) {
    return this.request('HEAD', path, undefined, headers)
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request('POST', path, body, headers)
  }

  /** multipart/form-data, as the admin uploads files */
  postForm(path: string, form: FormData) {
    return this.request('POST', path, form, {})
  }

  patch(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request('PATCH', path, body, headers)
  }

  delete(path: string, headers: Record<string, string> = {}) {
    return this.request('DELETE', path, undefined, headers)
  }

  private request(method: Method, path: string, body: unknown, headers: Record<string, string>) {
    const url = new URL(`${this.config.serverURL}${this.config.routes.api}${path}`)
    // Next.js hands the route its path segments percent-decoded (`previe%77` arrives as `preview`).
    const slug = url.pathname
      .slice(this.config.routes.api.length + 1)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    const isJson = body !== undefined && !(body instanceof FormData)
    const request = new Request(url, {
      method,
      headers: {
        ...(isJson ? { 'Content-Type': 'application/json' } : {}),
        ...this.headers,
        ...headers,
      },
      body: isJson ? JSON.stringify(body) : (body as FormData | undefined),
    })
    return this.handlers[method](request, { params: Promise.resolve({ slug }) })
  }
}
