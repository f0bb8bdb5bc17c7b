import type { ClaimField } from './types'

/**
 * Key for a finding: rule + field + the sentence's words (not offsets, so text added
 * elsewhere doesn't change it) + which identical occurrence it is. Readable prefix for
 * debugging, hashed tail to keep stored keys short.
 */
export function findingKey(ruleId: string, field: ClaimField, sentence: string, match: string, occurrence: number): string {
  return `${ruleId}:${field}:${stableHash([normaliseForKey(sentence), normaliseForKey(match), occurrence].join('\u0000'))}`
}

/** Case, spacing and quote style don't change meaning, so they don't change the key. */
export function normaliseForKey(text: string): string {
  return text.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** cyrb53: a small, fast, well-spread 53-bit string hash; no crypto import needed in any runtime. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
