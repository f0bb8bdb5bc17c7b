import { dedupeKeys, parseCitation } from '@clinic/citations'
import { blocksToText, buildBody } from './body'
import { classifyContentPage } from './classify'
import { findConditions, type FoundConditions } from './conditions/find'
import { KNOWN_CONDITIONS } from './conditions/knownConditions'
import { deriveExcerpt } from './excerpt'
import { fingerprint } from './fingerprint'
import { lexicalDocument } from '@clinic/rich-text'
import { lifestyleSignal } from './lifestyle'
import type { RawPage } from './split'
import { DISCLAIMER_TITLE, guideTitle, lifestyleTitle, summaryTitle, type DerivedTitle } from './titles'
import type { ImportedPage, PageCondition } from './types'

type PageBase = Pick<ImportedPage, 'index' | 'fingerprint' | 'firstLine' | 'lastLine' | 'sourceText'>

function pageBase(page: RawPage, index: number): PageBase {
  const texts = page.lines.map((line) => line.text)
  return {
    index,
    fingerprint: fingerprint(texts),
    firstLine: page.lines[0]?.number ?? 0,
    lastLine: page.lines[page.lines.length - 1]?.number ?? 0,
    sourceText: texts.join('\n'),
  }
}

export function buildPage(page: RawPage, index: number): ImportedPage {
  const base = pageBase(page, index)
  switch (page.role) {
    case 'chrome':
      return {
        ...base,
        kind: 'chrome',
        titleDerived: false,
        flags: [],
        reason: `Page chrome (${page.chrome.label}), not content: skipped.`,
      }
    case 'disclaimer':
      return {
        ...base,
        kind: 'site-disclaimer',
        title: DISCLAIMER_TITLE.title,
        titleDerived: true,
        body: lexicalDocument(page.lines.map((line) => ({ kind: 'paragraph', text: line.text }))),
        flags: [DISCLAIMER_TITLE.note],
      }
    case 'content':
      return buildContentPage(page, base)
  }
}

const toPageCondition = ({ name, slug, category }: PageCondition): PageCondition => ({ name, slug, category })

function buildContentPage(page: Extract<RawPage, { role: 'content' }>, base: PageBase): ImportedPage {
  // A summary's trailing citation line(s) are data, not body text.
  const citationLines = page.ending === 'citation' ? trailingCitationLines(page) : []
  const bodyLines = page.lines.slice(0, page.lines.length - citationLines.length)
  const body = buildBody(bodyLines)
  const headings = body.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))
  const paragraphs = body.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))
  const textBlocks = body.blocks.filter((block) => block.kind !== 'heading').length
  const bodyText = blocksToText(body.blocks)

  const citationText = citationLines[0]
  const parsed = citationText === undefined ? undefined : parseCitation(citationText)
  const citation = parsed?.ok ? parsed.citation : undefined
  const emphasised = citation ? [citation.title, ...headings] : headings
  const conditions = findConditions(bodyText, { emphasised })
  const { kind, reason } = classifyContentPage({ ending: page.ending, textBlocks, conditions, lifestyle: lifestyleSignal(bodyText) })

  if (kind === 'unclassified') {
    return {
      ...base,
      kind,
      titleDerived: false,
      flags: ['The importer could not tell what this page is: read it and, if it is content, add it by hand.'],
      reason,
    }
  }

  const flags: string[] = []
  const callToAction = page.ending === 'call-to-action' ? paragraphs[paragraphs.length - 1] : undefined
  const leadParagraphs = callToAction === undefined ? paragraphs : paragraphs.slice(0, -1)
  const derived = deriveTitle(kind, { citation, conditions, bodyText, firstHeading: headings[0], firstParagraph: leadParagraphs[0] })
  if (derived) flags.push(derived.note)
  const excerpt = deriveExcerpt(leadParagraphs)
  if (excerpt !== undefined) flags.push('The excerpt was taken from the opening paragraph: check that it reads well on its own.')

  const result: ImportedPage = {
    ...base,
    kind,
    title: derived?.title,
    titleDerived: derived !== undefined,
    excerpt,
    excerptDerived: excerpt !== undefined,
    body: body.document,
    conditions: conditions.primary.map(toPageCondition),
    flags,
  }
  if (callToAction !== undefined) result.callToAction = callToAction

  if (kind === 'research-summary') addCitation(result, citationLines, parsed)
  addBodyFlags(flags, body, headings.length)
  addConditionFlags(flags, kind, conditions)
  return result
}

function trailingCitationLines(page: Extract<RawPage, { role: 'content' }>): string[] {
  let start = page.lines.length
  while (start > 0 && page.lines[start - 1]!.role === 'citation') start -= 1
  return page.lines.slice(start).map((line) => line.text)
}

interface TitleFacts {
  citation: ImportedPage['citation']
  conditions: FoundConditions
  bodyText: string
  firstHeading: string | undefined
  firstParagraph: string | undefined
}

function deriveTitle(kind: ImportedPage['kind'], facts: TitleFacts): DerivedTitle | undefined {
  switch (kind) {
    case 'research-summary':
      return summaryTitle(facts.citation, facts.firstHeading, facts.firstParagraph)
    case 'condition-guide': {
      const top = facts.conditions.primary[0]
      const known = KNOWN_CONDITIONS.find((condition) => condition.slug === top?.slug)
      return guideTitle(known, facts.bodyText, facts.firstHeading, facts.firstParagraph)
    }
    default:
      return lifestyleTitle(facts.firstHeading, facts.firstParagraph)
  }
}

function addCitation(result: ImportedPage, citationLines: readonly string[], parsed: ReturnType<typeof parseCitation> | undefined): void {
  result.citationText = citationLines[0]
  if (parsed?.ok) {
    result.citation = parsed.citation
    result.citationWarnings = parsed.warnings.map((warning) => warning.message)
    result.naturalKeys = dedupeKeys(parsed.citation)
    for (const warning of parsed.warnings) result.flags.push(`Citation: ${warning.message}`)
  } else if (parsed) {
    result.citationWarnings = parsed.errors.map((error) => error.message)
    result.flags.push(`The source citation could not be read (${parsed.errors.map((error) => error.message).join(' ')}): enter it by hand.`)
  }
  if (citationLines.length > 1) {
    result.flags.push(
      `The page ends with ${citationLines.length} citation lines; only the first was read. Add the others by hand: ${citationLines.slice(1).join(' | ')}`,
    )
  }
}

function addBodyFlags(flags: string[], body: ReturnType<typeof buildBody>, headingCount: number): void {
  if (headingCount > 0) flags.push('Heading levels (h2/h3) were inferred from the layout, which the scrape lost: check them.')
  const lists = body.blocks.filter((block) => block.kind === 'list').length
  if (lists > 0)
    flags.push(`${lists === 1 ? 'A list was' : `${lists} lists were`} rebuilt from short lines: check ${lists === 1 ? 'it' : 'them'}.`)
  for (const { line, heading } of body.mergedHeadings) {
    flags.push(`Line ${line} may start with a heading that lost its line break ("${heading}"): check it and split it off if so.`)
  }
}

function addConditionFlags(flags: string[], kind: ImportedPage['kind'], conditions: FoundConditions): void {
  if (conditions.primary.length === 0) {
    if (kind !== 'lifestyle-post')
      flags.push('No known condition was recognised: link the condition by hand (this kind of article needs one).')
  } else if (conditions.primary.length > 1) {
    flags.push(
      `Several conditions are named about equally often (${conditions.primary.map((condition) => condition.name).join(', ')}): check which ones the article should be linked to.`,
    )
  }
}
