/**
 * Preloaded into the CMS's server process (`node --import`, set by scripts/start.ts, scripts/dev.ts
 * and the test harness): before Next.js sees a request, `X-Forwarded-For` is replaced by the one
 * client address the connection proves (@clinic/leads clientAddressBehindProxies: the socket's
 * peer, or the hop the trusted proxies recorded when TRUST_PROXY says there are any). Next.js only
 * fills the header when a request carries none and exposes no socket address to route handlers, so
 * without this a client talking to the CMS directly could name any address and dodge every limit
 * keyed on it (the leads rate limit, logs).
 */
import http from 'node:http'

import { clientAddressBehindProxies, parseTrustProxy } from '@clinic/leads'

const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY)
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithClientAddress(this: http.Server, event: string, ...args: unknown[]): boolean {
  if (event === 'request') {
    const request = args[0] as http.IncomingMessage
    const address = clientAddressBehindProxies(request.headers['x-forwarded-for'], request.socket?.remoteAddress, trustedProxies)
    if (address) request.headers['x-forwarded-for'] = address
    else delete request.headers['x-forwarded-for']
  }
  return Reflect.apply(emit, this, [event, ...args]) as boolean
} as typeof emit
