import type { SanitizedConfig } from 'payload'

/**
 * `/<collection>/versions…` on a collection that keeps no versions (users, leads, media…) made
 * Payload throw and answer 500 ("Cannot read properties of undefined"): it is a 404 with the reason.
 * Returns that reason, or null when the path is not such a request.
 */
export async function unversionedVersionsRequest(
  apiPath: string,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<string | null> {
  const match = /^\/(?:globals\/)?([^/]+)\/versions(?:\/|$)/.exec(apiPath)
  if (!match) return null
  const slug = match[1]!
  const { collections, globals } = await config
  const global = apiPath.startsWith('/globals/')
  const entity = global ? globals.find((candidate) => candidate.slug === slug) : collections.find((candidate) => candidate.slug === slug)
  if (!entity || entity.versions) return null
  return `${global ? 'The global' : 'The collection'} “${slug}” keeps no versions.`
}
