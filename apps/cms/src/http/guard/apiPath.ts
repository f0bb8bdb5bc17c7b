/**
 * The path below the API route as Next.js hands it to Payload: percent-decoded segment by segment
 * (`/api/articles/previe%77` reaches the `/preview` endpoint). Every rule about paths — what may be
 * cached, which limits apply — must look at this decoded form, never at the raw URL. Null when the
 * encoding is malformed.
 */
export function apiPathOf(url: URL | string, apiRoute: string): string | null {
  const { pathname } = typeof url === 'string' ? new URL(url) : url
  if (!pathname.startsWith(apiRoute)) return null
  try {
    return pathname
      .slice(apiRoute.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/')
  } catch {
    return null
  }
}
