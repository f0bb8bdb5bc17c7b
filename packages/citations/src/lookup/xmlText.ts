const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes XML's five named entities and numeric character references ("&#x3b2;" → "β"). */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity
  })
}

/**
 * The text of an element kept raw (a parser stop node): PubMed titles carry inline markup
 * (<i>, <sup>, <sub>, MathML), which a citation prints as plain text.
 */
export function plainText(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  return decodeXmlEntities(raw.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}
