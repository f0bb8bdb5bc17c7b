import type { MatchRange } from '../cms/types'
import { highlightSegments } from '../lib/highlightSegments'

/** A text with the search's matched words in <mark>, as text nodes only (lib/highlightSegments). */
export function Highlighted({ text, ranges }: { text: string; ranges?: readonly MatchRange[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>
  return (
    <>{highlightSegments(text, ranges).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
  )
}
