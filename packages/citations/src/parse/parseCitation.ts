import { splitAuthorList, type AuthorList } from '../authors'
import { toIsoDate } from '../dates'
import type { Citation, CitationIssue, ParseResult } from '../types'
import { validateCitation } from '../validate'
import { MAX_CITATION_LENGTH, prepareCitationText } from './cleanText'
import { splitSentences } from './sentences'
import { parseSourceSentence, type SourceSentence } from './source'
import { classifyTrailingSentence, type TrailingSentence } from './trailing'

const issue = (field: keyof Citation | null, code: string, message: string): CitationIssue => ({ field, code, message })

/** Quotes a piece of the input in a message without flooding the message. */
function quote(text: string): string {
  return text.length > 80 ? `"${text.slice(0, 77)}…"` : `"${text}"`
}

const EXAMPLE = 'Xia Y, Zhu J. Title of the paper. Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. PMID: 36911700.'

/**
 * For each position i, whether sentences i… can all be what follows the source sentence, starting
 * outside a note (`plain`) or inside one (`inNote`). A note ("Erratum in: Lancet. 2019 Jun
 * 22;393(10190):e44.") swallows every sentence up to the PMID line, whatever it contains.
 * Computed backwards in one pass, so choosing the source sentence stays linear.
 */
function trailingFits(classified: readonly TrailingSentence[]): { plain: boolean[]; inNote: boolean[] } {
  const count = classified.length
  const plain = new Array<boolean>(count + 1).fill(true)
  const inNote = new Array<boolean>(count + 1).fill(true)
  for (let i = count - 1; i >= 0; i -= 1) {
    const kind = classified[i]!.kind
    if (kind === 'identifiers') {
      plain[i] = plain[i + 1]!
      inNote[i] = plain[i + 1]!
    } else if (kind === 'note') {
      plain[i] = inNote[i + 1]!
      inNote[i] = inNote[i + 1]!
    } else {
      plain[i] = kind !== 'unknown' && plain[i + 1]!
      inNote[i] = inNote[i + 1]!
    }
  }
  return { plain, inNote }
}

type FoundSource = { index: number; source: SourceSentence }

/**
 * The "date;volume(issue):pages" sentence: the first one after which everything up to `end` is a
 * known trailing part (DOI, Epub, notes, PMID…), so a title sentence such as "2019" or an
 * erratum's own date is not mistaken for it. Failing that, the first one at all.
 */
function findSourceSentenceBefore(
  end: number,
  sentences: readonly string[],
  classified: readonly TrailingSentence[],
): { strict?: FoundSource; loose?: FoundSource } {
  const { plain } = trailingFits(classified.slice(0, end))
  let loose: FoundSource | undefined
  for (let index = 1; index < end; index += 1) {
    const source = parseSourceSentence(sentences[index]!)
    if (source === undefined) continue
    if (plain[index + 1]) return { strict: { index, source }, loose: loose ?? { index, source } }
    loose ??= { index, source }
  }
  return { loose }
}

/**
 * A citation ends with its PMID line, and no title contains one. So when text goes on after the
 * first PMID line (another citation pasted along, or page text), the source sentence is looked
 * for before it, and what follows is reported rather than mixed into this citation.
 */
function findSourceSentence(sentences: readonly string[], classified: readonly TrailingSentence[]): FoundSource | undefined {
  const firstIdentifiers = classified.findIndex((element) => element.kind === 'identifiers')
  if (firstIdentifiers !== -1) {
    const beforeIdentifiers = findSourceSentenceBefore(firstIdentifiers + 1, sentences, classified)
    if (beforeIdentifiers.strict) return beforeIdentifiers.strict
  }
  const anywhere = findSourceSentenceBefore(sentences.length, sentences, classified)
  return anywhere.strict ?? anywhere.loose
}

/**
 * A title ending in "?" or "!" is not followed by a full stop, so it shares a sentence with the
 * journal: "Hope or hype? Stem Cells Transl Med". Journal abbreviations never contain "? " or "! ".
 */
function splitTitleFromJournal(sentence: string): { titleEnd?: string; journal: string } {
  const cut = Math.max(sentence.lastIndexOf('? '), sentence.lastIndexOf('! '))
  if (cut === -1) return { journal: sentence }
  return { titleEnd: sentence.slice(0, cut + 1), journal: sentence.slice(cut + 2) }
}

/**
 * Linked notices are not part of the citation, but two of them change whether the paper should
 * be cited at all, so they get warnings of their own.
 */
function noteWarning(label: string): CitationIssue {
  if (/^(?:partial )?retraction in$/i.test(label)) {
    return issue(
      null,
      'retraction-notice',
      `PubMed links a retraction notice to this paper ("${label}: …"): the paper has been retracted and should not be cited as evidence.`,
    )
  }
  if (/^expression of concern in$/i.test(label)) {
    return issue(
      null,
      'expression-of-concern',
      `PubMed links an expression of concern to this paper ("${label}: …"): the journal doubts its findings. Check before citing it.`,
    )
  }
  return issue(
    null,
    'note-ignored',
    `Ignored the "${label}:" note: it points to another notice (an erratum, a comment, an update), not to this paper.`,
  )
}

interface TrailingFields {
  doi?: string
  pmid?: string
  pmcid?: string
  epubDate?: string
  pii?: string
  aheadOfPrint: boolean
}

function readTrailingSentences(
  sentences: readonly string[],
  classified: readonly TrailingSentence[],
  warnings: CitationIssue[],
): TrailingFields {
  const fields: TrailingFields = { aheadOfPrint: false }
  let inNote = false
  sentences.forEach((sentence, index) => {
    const element = classified[index]!
    if (element.kind === 'identifiers') {
      inNote = false
      for (const pmid of element.pmid) {
        if (fields.pmid === undefined) fields.pmid = pmid
        else if (pmid !== fields.pmid)
          warnings.push(
            issue('pmid', 'second-pmid-ignored', `Found a second PMID (${quote(pmid)}) and kept the first one, ${fields.pmid}.`),
          )
      }
      for (const pmcid of element.pmcid) {
        if (fields.pmcid === undefined) fields.pmcid = pmcid
        else if (pmcid !== fields.pmcid)
          warnings.push(
            issue('pmcid', 'second-pmcid-ignored', `Found a second PMCID (${quote(pmcid)}) and kept the first one, ${fields.pmcid}.`),
          )
      }
      for (const text of element.unrecognised)
        warnings.push(issue(null, 'ignored-text', `Ignored ${quote(text)} next to the PMID: it is not part of a PubMed citation.`))
      return
    }
    if (element.kind === 'note') {
      inNote = true
      warnings.push(noteWarning(element.label))
      return
    }
    if (inNote) return
    switch (element.kind) {
      case 'doi':
        if (fields.doi === undefined) fields.doi = element.value
        else
          warnings.push(
            issue('doi', 'second-doi-ignored', `Found a second DOI (${quote(element.value)}) and kept the first one, ${fields.doi}.`),
          )
        return
      case 'epub':
        if (element.date !== undefined) fields.epubDate ??= toIsoDate(element.date)
        else
          warnings.push(
            issue('epubDate', 'unreadable-epub-date', `Could not read the Epub date ${quote(element.text)}, so it was left out.`),
          )
        return
      case 'ahead-of-print':
        fields.aheadOfPrint = true
        return
      case 'pii':
        fields.pii ??= element.value
        return
      case 'ignorable':
        return
      case 'unknown':
        warnings.push(issue(null, 'ignored-text', `Ignored ${quote(sentence)}: it is not part of a PubMed citation.`))
        return
    }
  })
  return fields
}

function dateWarnings(source: SourceSentence): CitationIssue[] {
  if (source.approximation === 'season') {
    return [
      issue(
        'month',
        'season-date',
        `PubMed gives the date as "${source.dateText}"; a season or quarter is not one month, so only the year ${source.date.year} is kept.`,
      ),
    ]
  }
  if (source.approximation === 'range') {
    return [
      issue(
        'month',
        'date-range',
        `PubMed gives the date as a range, "${source.dateText}"; its start (${toIsoDate(source.date)}) is kept.`,
      ),
    ]
  }
  return []
}

/**
 * Everything before the date: the author sentence, the title's sentences, the journal.
 * With only one sentence there are no authors or title (e.g. "Journal. 2023;1:2." alone).
 */
function readHead(head: readonly string[]): { authorList: AuthorList; title: string; journal: string } {
  const { titleEnd, journal } = splitTitleFromJournal(head[head.length - 1] ?? '')
  if (head.length < 2) return { authorList: { authors: [], truncated: false }, title: '', journal }
  const authorSentence = head[0]!
  const authorList = /^\[?no authors listed\]?$/i.test(authorSentence) ? { authors: [], truncated: false } : splitAuthorList(authorSentence)
  const titleParts = head.slice(1, -1)
  if (titleEnd !== undefined) titleParts.push(titleEnd)
  return { authorList, title: titleParts.join('. '), journal }
}

function parsePreparedText(text: string): ParseResult {
  const sentences = splitSentences(text)
  const classified = sentences.map(classifyTrailingSentence)
  const found = findSourceSentence(sentences, classified)
  if (found === undefined) {
    return {
      ok: false,
      errors: [
        issue(
          null,
          'not-a-pubmed-citation',
          `Could not find the journal and publication date, so this is not read as a PubMed citation. It should look like: ${EXAMPLE}`,
        ),
      ],
    }
  }

  const warnings: CitationIssue[] = []
  const { index: sourceIndex, source } = found
  const { authorList, title, journal } = readHead(sentences.slice(0, sourceIndex))

  if (authorList.truncated) {
    warnings.push(
      issue(
        'authors',
        'authors-truncated',
        'The author list ends in "et al.": only the authors shown were kept. PubMed lists them all; copy the citation from PubMed to get them.',
      ),
    )
  }
  if (/^\[.*\]\W?$/.test(title)) {
    warnings.push(
      issue(
        'title',
        'translated-title',
        "The title is in square brackets: PubMed's English translation of a title published in another language.",
      ),
    )
  }
  warnings.push(...dateWarnings(source))

  const trailing = readTrailingSentences(sentences.slice(sourceIndex + 1), classified.slice(sourceIndex + 1), warnings)
  let epubDate = trailing.epubDate
  if (trailing.aheadOfPrint) {
    // While a paper is ahead of print, the date PubMed shows is its Epub date.
    epubDate ??= toIsoDate(source.date)
    warnings.push(
      issue(
        'volume',
        'ahead-of-print',
        'PubMed lists this paper as "Epub ahead of print": volume, issue and pages were not final when this citation was copied. Check PubMed for the final citation.',
      ),
    )
  }

  const candidate: Partial<Citation> = {
    authors: authorList.authors,
    title,
    journal,
    year: source.date.year,
    month: source.date.month,
    day: source.date.day,
    volume: source.volume,
    issue: source.issue,
    // PubMed now prints the publisher's item identifier where the pages go ("11(490):eaat8462",
    // "2024 Mar 5:S0140-6736(24)00345-6"); its older "pii:" sentence is read the same way.
    pages: source.pages ?? trailing.pii,
    doi: trailing.doi,
    pmid: trailing.pmid,
    pmcid: trailing.pmcid,
    epubDate,
  }
  const validated = validateCitation(candidate)
  if (!validated.ok) return validated
  return { ok: true, citation: validated.citation, warnings: [...warnings, ...validated.warnings] }
}

/**
 * Reads one citation in PubMed's text (NLM) format, with or without a leading "Source:".
 * Never throws: whatever the input, the answer is a citation with warnings or a list of errors.
 */
export function parseCitation(text: string): ParseResult {
  if (typeof text !== 'string') {
    return { ok: false, errors: [issue(null, 'not-text', 'The citation must be text.')] }
  }
  if (text.length > MAX_CITATION_LENGTH) {
    return {
      ok: false,
      errors: [
        issue(
          null,
          'too-long',
          `The pasted text is ${text.length.toLocaleString('en')} characters long; one citation is at most ${MAX_CITATION_LENGTH.toLocaleString('en')}. Paste a single citation.`,
        ),
      ],
    }
  }
  const prepared = prepareCitationText(text)
  if (prepared === '') {
    return { ok: false, errors: [issue(null, 'empty', 'The citation is empty: paste the citation from PubMed (Cite → NLM format).')] }
  }
  try {
    return parsePreparedText(prepared)
  } catch {
    // A safety net: a bug here must cost the editor one citation, never the whole save.
    return {
      ok: false,
      errors: [
        issue(
          null,
          'internal-error',
          'This citation could not be read because of a fault in the citation reader. Enter it field by field and report the problem.',
        ),
      ],
    }
  }
}
