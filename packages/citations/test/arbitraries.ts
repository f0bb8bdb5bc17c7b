import fc from 'fast-check'
import { validateCitation, type Citation } from '../src/index'

/**
 * Generators of valid citations, for the round-trip property. They stay inside what PubMed's
 * format can carry: no field contains the ". " that separates the format's sentences except the
 * title (which is rebuilt from its sentences), and no author or journal contains "," or "?".
 */

const capital = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''))
const lowerWord = fc.stringMatching(/^[a-z]{1,10}$/)
const capitalisedWord = fc.tuple(capital, fc.stringMatching(/^[a-z]{0,9}$/)).map(([first, rest]) => first + rest)

const surname = fc.oneof(
  capitalisedWord,
  fc.constantFrom('Le Blanc', 'van der Kooy', "O'Brien", 'Müller-Schmidt', 'Ringdén', 'De Luca', 'Musiał-Wysocka'),
)
const initials = fc.stringMatching(/^[A-Z]{1,3}$/)
const personalAuthor = fc
  .tuple(surname, initials, fc.constantFrom('', '', '', ' Jr'))
  .map(([name, letters, suffix]) => `${name} ${letters}${suffix}`)
const groupAuthor = fc.oneof(
  fc.constantFrom(
    'GBD 2017 Disease and Injury Incidence and Prevalence Collaborators',
    'RECOVERY Collaborative Group',
    'World Medical Association',
  ),
  fc.tuple(capitalisedWord, fc.constantFrom('Study Group', 'Consortium', 'Investigators')).map(([name, kind]) => `${name} ${kind}`),
)
const authors = fc.array(fc.oneof({ arbitrary: personalAuthor, weight: 5 }, { arbitrary: groupAuthor, weight: 1 }), {
  minLength: 1,
  maxLength: 8,
})

const titleWord = fc.oneof(lowerWord, capitalisedWord, fc.stringMatching(/^[A-Z]{2,5}s?$/), fc.stringMatching(/^[a-z]{1,6}-[a-z0-9]{1,6}$/))
const titleSeparator = fc.constantFrom(' ', ' ', ' ', ' ', ': ', ', ', '. ', '? ', ' - ', '; ', ' (', ') ')
const title = fc
  .tuple(titleWord, fc.array(fc.tuple(titleSeparator, titleWord), { maxLength: 14 }), fc.constantFrom('', '', '', '?', '!'), fc.boolean())
  .map(([first, rest, ending, translated]) => {
    const text = first + rest.map(([separator, word]) => separator + word).join('') + ending
    return translated ? `[${text}]` : text
  })

const journal = fc
  .tuple(fc.array(capitalisedWord, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '', ' (Basel)', ' (Kaunas)'))
  .map(([words, place]) => words.join(' ') + place)

const latestYear = new Date().getFullYear() + 1
const date = fc
  .tuple(
    fc.integer({ min: 1800, max: latestYear }),
    fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    fc.integer({ min: 1, max: 31 }),
    fc.boolean(),
  )
  .map(([year, month, day, withDay]) => {
    // Days beyond the end of the month are clamped so the generated date is real.
    const lastDay = month === undefined ? 0 : new Date(Date.UTC(year, month, 0)).getUTCDate()
    return { year, month, day: month !== undefined && withDay ? Math.min(day, lastDay) : undefined }
  })

const volume = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 20 })).map(([number, supplement]) => `${number} Suppl ${supplement}`),
)
const issue = fc.oneof(
  fc.integer({ min: 1, max: 52 }).map(String),
  fc.integer({ min: 1, max: 4 }).map((number) => `Suppl ${number}`),
  fc.integer({ min: 1, max: 4 }).map((number) => `Pt ${number}`),
  fc.constant('1-2'),
)
const pages = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 99 })).map(([first, length]) => `${first}-${first + length}`),
  fc.constantFrom('315-7', 'e00191', 'eaba6884', 'S1-S10', '100.e1-100.e9', 'S0140-6736(24)00345-6', 'CD003323', '315-7, 320'),
  fc.integer({ min: 1, max: 9_999_999 }).map(String),
)

const doi = fc
  .tuple(fc.integer({ min: 1000, max: 99999 }), fc.stringMatching(/^[a-z0-9][a-z0-9.\-_;()/:<>]{0,30}[a-z0-9]$/))
  .map(([registrant, suffix]) => `10.${registrant}/${suffix}`)
const pmid = fc.integer({ min: 1, max: 99_999_999 }).map(String)
const pmcid = fc.integer({ min: 1, max: 99_999_999 }).map((number) => `PMC${number}`)

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined })

const toIso = ({ year, month, day }: { year: number; month?: number; day?: number }): string =>
  [String(year), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-')

const anyValidCitation: fc.Arbitrary<Citation> = fc
  .record({
    authors,
    title,
    journal,
    date,
    volume: optional(volume),
    issue: optional(issue),
    pages: optional(pages),
    doi: optional(doi),
    pmid: optional(pmid),
    pmcid: optional(pmcid),
    epubDate: optional(date.map(toIso)),
  })
  .map(({ date: { year, month, day }, ...rest }) => validateCitation({ ...rest, year, month, day }))
  .filter((result): result is Extract<typeof result, { ok: true }> => result.ok)
  .map((result) => result.citation)

/** A paper PubMed shows as "Epub ahead of print": no volume or issue, Epub date = publication date. */
const aheadOfPrintCitation: fc.Arbitrary<Citation> = anyValidCitation.map(({ volume: _volume, issue: _issue, ...citation }) => ({
  ...citation,
  epubDate: toIso(citation),
}))

/** Citations that pass validateCitation, in the tidied form it returns. */
export const validCitation: fc.Arbitrary<Citation> = fc.oneof(
  { arbitrary: anyValidCitation, weight: 5 },
  { arbitrary: aheadOfPrintCitation, weight: 1 },
)
