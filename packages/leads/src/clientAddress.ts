/**
 * The address a request came from, for rate limiting, read from `X-Forwarded-For`.
 *
 * Proxies append the address they received the request from, so the entries a client cannot
 * forge are the last ones. With `trustedProxies` reverse proxies in front of the CMS, the client
 * is the entry that many places from the right (the first of them, counting from the right, is
 * the one added by the proxy nearest to the client). Entries further left are whatever the client
 * sent and are never used.
 *
 * In the CMS's server the header has already been reduced to one address the connection proves
 * (clientAddressBehindProxies, preloaded by apps/cms/scripts/client-address.ts), so this reads
 * that one entry; the counting from the right matters for callers that see the raw header.
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

/**
 * The client's address as the CMS's own HTTP server sees it: the hops in `X-Forwarded-For` followed
 * by the peer that opened the connection. With no trusted proxy that peer is the client, whatever
 * header it sent; behind `trustedProxies` proxies, the client is the hop the outermost of them
 * recorded (that many places left of the peer). Used by the server's preload
 * (apps/cms/scripts/client-address.ts) to replace the header with this one address, so every
 * feature reading it downstream sees an address the client cannot choose.
 */
export function clientAddressBehindProxies(
  forwardedFor: string | string[] | null | undefined,
  peer: string | null | undefined,
  trustedProxies: number,
): string | null {
  const sent = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const hops = peer ? [...sent, peer] : sent
  if (hops.length === 0) return null
  return hops[Math.max(0, hops.length - 1 - Math.max(0, Math.floor(trustedProxies)))] ?? null
}
