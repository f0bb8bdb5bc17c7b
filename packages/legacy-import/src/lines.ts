/** One non-blank line of the export, with its 1-based number in the file. */
export interface SourceLine {
  number: number
  text: string
}

/** Spaces that word processors and browsers put in copied text; all of them read as one space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+/g
/** Invisible characters that would make two equal lines compare unequal. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

/**
 * The export's lines, trimmed, with blank lines dropped (the scrape puts one paragraph or heading
 * per line, so blank lines carry no meaning) but counted, so line numbers match the file.
 */
export function readLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cleaned = raw.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
    if (cleaned !== '') lines.push({ number: index + 1, text: cleaned })
  })
  return lines
}
