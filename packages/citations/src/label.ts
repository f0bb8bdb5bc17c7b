import type { Citation } from './types'

/**
 * A short label for lists and link text: "Xia Y et al., Front Immunol 2023".
 * One author: "Xia Y, Front Immunol 2023". Two authors are both named, because "et al." would
 * hide exactly one name: "Xia Y, Li Z, Front Immunol 2023". Three or more: first author + "et al.".
 * No author: "Front Immunol 2023".
 */
export function formatShortLabel(c: Pick<Citation, 'authors' | 'journal' | 'year'>): string {
  const authors = (Array.isArray(c.authors) ? c.authors : [])
    .filter((author): author is string => typeof author === 'string')
    .map((author) => author.trim())
    .filter((author) => author !== '')
  const source = [String(c.journal ?? '').trim(), String(c.year ?? '').trim()].filter((part) => part !== '').join(' ')
  const [first, second] = authors
  if (first === undefined) return source
  if (authors.length === 1) return `${first}, ${source}`
  if (authors.length === 2) return `${first}, ${second}, ${source}`
  return `${first} et al., ${source}`
}
