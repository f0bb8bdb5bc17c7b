import type { Citation } from '@clinic/citations'
import type { KnownCondition } from './conditions/knownConditions'
import { cutAtWord, splitSentences } from './sentences'

/**
 * The scrape lost every page title, so each title is made up here and flagged for the editor.
 * Every rule below uses what the page itself says; none invents a claim.
 */

/** The CMS's Articles.title holds at most 200 characters. */
export const MAX_TITLE_LENGTH = 200
/** A title made from a sentence is cut shorter than that: it is a stop-gap for the editor. */
const MAX_SENTENCE_TITLE_LENGTH = 100

export interface DerivedTitle {
  title: string
  /** Where the title came from, for the editor's flag. */
  note: string
}

export const DISCLAIMER_TITLE: DerivedTitle = {
  title: 'Medical disclaimer',
  note: 'The title "Medical disclaimer" was supplied by the importer: the disclaimer had no title of its own on the old site.',
}

const capitaliseFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** "Spinal cord injury" → "spinal cord injury" mid-sentence; eponyms ("Parkinson's disease") and acronyms stay. */
export function nameInSentence(name: string): string {
  const firstWord = name.split(' ')[0] ?? ''
  if (/['’]/.test(firstWord) || firstWord === firstWord.toUpperCase()) return name
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function titleFromSentence(paragraph: string | undefined): string | undefined {
  const first = paragraph === undefined ? undefined : splitSentences(paragraph)[0]
  if (first === undefined) return undefined
  return cutAtWord(first.replace(/[.!?]+$/, ''), MAX_SENTENCE_TITLE_LENGTH)
}

/**
 * A research summary is titled with the cited paper's title, unchanged (PubMed's capitalisation,
 * study design kept): it is accurate and searchable, and the site already labels the page a
 * research summary, so a "Study summary:" prefix would say it twice. The editor is asked to
 * write a plain-language title.
 */
export function summaryTitle(
  citation: Citation | undefined,
  firstHeading: string | undefined,
  firstParagraph: string | undefined,
): DerivedTitle | undefined {
  if (citation?.title) {
    return {
      title: cutAtWord(capitaliseFirst(citation.title), MAX_TITLE_LENGTH),
      note: "The title is the cited paper's title (the page's own title was lost in the scrape): write a plain-language title.",
    }
  }
  return fallbackTitle(firstHeading, firstParagraph)
}

/** "Stem cell therapy for spinal cord injury": how guides on the site name their subject. */
const TREATMENT_FOR = /\b(?:stem cell|stem-cell|regenerative|cell-based) (?:therapy|therapies|treatments?|medicine) for /gi
/** The treatment phrase must name the condition at least this often to be the page's subject. */
const MIN_TREATMENT_PHRASES = 2

/**
 * A condition guide is titled with its subject: the page's own "<treatment> for <condition>"
 * phrase when it uses it repeatedly, otherwise "<Condition>: a patient guide".
 */
export function guideTitle(
  condition: KnownCondition | undefined,
  text: string,
  firstHeading: string | undefined,
  firstParagraph: string | undefined,
): DerivedTitle | undefined {
  if (condition === undefined) return fallbackTitle(firstHeading, firstParagraph)
  const phrases: string[] = []
  for (const match of text.matchAll(TREATMENT_FOR)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80)
    const namesCondition = condition.patterns.some((pattern) =>
      new RegExp(`^(?:${pattern.source})`, pattern.flags.replace('g', '')).test(after),
    )
    if (namesCondition) phrases.push(match[0].trim())
  }
  const subject = nameInSentence(condition.name)
  if (phrases.length >= MIN_TREATMENT_PHRASES) {
    return {
      title: cutAtWord(`${capitaliseFirst(phrases[0]!.toLowerCase())} ${subject}`, MAX_TITLE_LENGTH),
      note: `The title was made from the page's repeated phrase "${phrases[0]} ${subject}" (the page's own title was lost in the scrape): check it.`,
    }
  }
  return {
    title: `${capitaliseFirst(subject)}: a patient guide`,
    note: `The title was made from the page's main condition, ${condition.name} (the page's own title was lost in the scrape): write a better one.`,
  }
}

/** A lifestyle post is titled with its first heading, or failing that its first sentence. */
export function lifestyleTitle(firstHeading: string | undefined, firstParagraph: string | undefined): DerivedTitle | undefined {
  return fallbackTitle(firstHeading, firstParagraph)
}

function fallbackTitle(firstHeading: string | undefined, firstParagraph: string | undefined): DerivedTitle | undefined {
  if (firstHeading !== undefined) {
    return {
      title: cutAtWord(firstHeading, MAX_TITLE_LENGTH),
      note: "The title is the page's first heading (the page's own title was lost in the scrape): check that it names the whole page.",
    }
  }
  const sentence = titleFromSentence(firstParagraph)
  if (sentence === undefined) return undefined
  return {
    title: sentence,
    note: "The title is the page's first sentence, shortened (the page's own title was lost in the scrape): write a real title.",
  }
}
