/**
 * Headers every page carries. The content security policy allows scripts, styles and fonts from
 * this site only, and data and images from the CMS: no third-party script, font or tracker can run
 * even if one were ever added by mistake. Forms may post to this site and to the CMS (the lead
 * forms). (Inline styles stay allowed: rich text uses them for underline and strike-through.)
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ')

export function securityHeaders(cmsOrigin: string, { strictScripts }: { strictScripts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    // The site reads articles and takes two forms: it needs no camera, microphone, location,
    // payment or sensor, and no embedded page gets them either. Also opts out of FLoC/Topics.
    'Permissions-Policy': PERMISSIONS_POLICY,
  }
  // In development Vite injects inline scripts for hot reloading, so the policy applies to builds only.
  if (strictScripts) {
    headers['Content-Security-Policy'] = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: ${cmsOrigin}`,
      `connect-src 'self' ${cmsOrigin}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      // The lead forms post to the CMS (POST /api/leads/submit), which redirects back here.
      `form-action 'self' ${cmsOrigin}`,
      "frame-ancestors 'none'",
    ].join('; ')
    // The built site is served over https in production: browsers keep to https for a year (they
    // ignore this header on plain http, so a local `pnpm start` on http://localhost still works).
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
  }
  return headers
}
