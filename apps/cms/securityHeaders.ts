/**
 * Headers on every CMS response (admin pages, REST, the lead endpoint's redirects). No script-src
 * policy: Payload's admin needs inline scripts and styles; what it must never be is framed (the
 * admin frames nothing of its own, so no site may frame it, this one included), sniffed, or leak
 * full URLs.
 *
 * `next build` bakes these in (next.config `headers()`), so the build decides about HSTS: a
 * production build tells browsers to use https only for a year. Browsers ignore the header on
 * plain http, so `next start` on http://localhost still works.
 */
const production = process.env.NODE_ENV === 'production'

export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'" },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]
