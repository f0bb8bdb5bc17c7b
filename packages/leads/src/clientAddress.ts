/**
 * The address a request came from, for rate limiting, read from `X-Forwarded-For`.
 *
 * Proxies append the address they received the request from, so the entries a client cannot
 * forge are the last ones. With `trustedProxies` reverse proxies in front of the CMS, the client
 * is the entry that many places from the right (the first of them, counting from the right, is
 * the one added by the proxy nearest to the client). Entries further left are whatever the client
 * sent and are never used.
 *
 * With no proxy (`trustedProxies` 0), Next.js fills the header from the socket when the request
 * carries none, so the last entry is the peer address; a client talking to the CMS directly can
 * however send its own header. Deploy behind a proxy and set TRUST_PROXY.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (hops.length === 0) return null
  const fromRight = Math.max(1, Math.floor(trustedProxies))
  return hops[Math.max(0, hops.length - fromRight)] ?? null
}

/** TRUST_PROXY: unset/`false`/`0` → 0, `true` → 1, a whole number → that many proxies. */
export function parseTrustProxy(value: string | undefined): number {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false' || text === 'no' || text === '0') return 0
  if (text === 'true' || text === 'yes') return 1
  const n = Number(text)
  if (Number.isInteger(n) && n > 0 && n < 10) return n
  throw new Error(`TRUST_PROXY must be true, false or the number of proxies in front of the CMS (got "${value}")`)
}
