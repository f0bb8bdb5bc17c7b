/** A schema.org node as JSON-LD: plain data, typed loosely on purpose (the tests validate it against schema.org). */
export type JsonLdNode = { '@type': string; '@id'?: string } & Record<string, unknown>

/**
 * The JSON for a `<script type="application/ld+json">` element. Every "<" is escaped, so no CMS
 * text ("</script>" in a title, say) can end the element; the JSON means the same to a parser.
 */
export function serializeJsonLd(graph: JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c')
}

/** The element itself. A data block, never executed, so the strict script-src policy allows it. */
export function jsonLdScript(graph: JsonLdNode[]): string {
  return `<script type="application/ld+json">${serializeJsonLd(graph)}</script>`
}

/** Leaves out empty values, so no node claims a property it has no value for. */
export function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T
}
