import { continuesPreviousParagraph } from './callToAction'
import { isHeadingLike } from './headings'
import type { ChromeMatch, RoledLine } from './lineRoles'

/**
 * Nothing in the export marks where a page ends, so the ends are read from what pages end with:
 *
 * - a research summary ends with its source citation (one line, or several in a row);
 * - a condition guide or lifestyle post ends with its call to action, unless the page clearly goes
 *   on: a heading follows (a page's first line is never a heading, titles were lost), or the next
 *   paragraph continues the argument ("However, …");
 * - the disclaimer and each piece of chrome (cookie notice, newsletter box, each repetition of the
 *   information-packet prompt) are pages of their own, and end whatever page came before.
 *
 * A page that ends otherwise (the file ends, or chrome follows) is still a page: the classifier
 * reports it if it cannot tell what it is.
 */
export type PageEnding = 'citation' | 'call-to-action' | 'none'

export type RawPage =
  | { role: 'content'; lines: RoledLine[]; ending: PageEnding }
  | { role: 'chrome'; lines: RoledLine[]; chrome: ChromeMatch }
  | { role: 'disclaimer'; lines: RoledLine[] }

function endsAtCallToAction(lines: readonly RoledLine[], index: number): boolean {
  const next = lines[index + 1]
  if (next === undefined || next.role === 'chrome' || next.role === 'disclaimer') return true
  // A summary may invite readers to call before its citation; the citation ends that page.
  if (next.role === 'citation') return false
  // "Call us at …" then "Or e-mail us at …": the call to action goes on.
  if (next.role === 'call-to-action') return false
  return !isHeadingLike(next.text) && !continuesPreviousParagraph(next.text)
}

export function splitIntoPages(lines: readonly RoledLine[]): RawPage[] {
  const pages: RawPage[] = []
  let current: RawPage | undefined
  let currentClosed = false

  const start = (page: RawPage): void => {
    pages.push(page)
    current = page
    currentClosed = false
  }

  lines.forEach((line, index) => {
    if (line.role === 'chrome') {
      const continuesWidget = current?.role === 'chrome' && current.chrome.kind === line.chrome.kind && !line.chrome.opener
      if (continuesWidget) current!.lines.push(line)
      else start({ role: 'chrome', lines: [line], chrome: line.chrome })
      return
    }
    if (line.role === 'disclaimer') {
      if (current?.role === 'disclaimer') current.lines.push(line)
      else start({ role: 'disclaimer', lines: [line] })
      return
    }

    if (current?.role !== 'content' || currentClosed) start({ role: 'content', lines: [], ending: 'none' })
    const page = current as Extract<RawPage, { role: 'content' }>
    page.lines.push(line)
    if (line.role === 'citation' && lines[index + 1]?.role !== 'citation') {
      page.ending = 'citation'
      currentClosed = true
    } else if (line.role === 'call-to-action' && endsAtCallToAction(lines, index)) {
      page.ending = 'call-to-action'
      currentClosed = true
    }
  })
  return pages
}
