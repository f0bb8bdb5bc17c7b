import { createHash } from 'node:crypto'

/**
 * The page's text reduced to what does not change between two scrapes of the same page: Unicode
 * form, curly versus straight quotes, kinds of dash, spacing, letter case and line breaks (a
 * heading that lost its line break in one export still matches).
 */
export function normaliseForFingerprint(lines: readonly string[]): string {
  return lines
    .join(' ')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** sha256 (hex) of the normalised text: equal pages give equal fingerprints in any export. */
export function fingerprint(lines: readonly string[]): string {
  return createHash('sha256').update(normaliseForFingerprint(lines), 'utf8').digest('hex')
}
