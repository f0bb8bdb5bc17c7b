import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { allowedEdits } from './editDistance'
import type { SynonymGroup, VocabularyFacts } from './expandQuery'
import { MEDICAL_ABBREVIATIONS } from './medicalAbbreviations'
import { wordsOf } from './queryUnits'

/** How many nearest spellings (by trigrams, from the GiST index) are weighed for one unknown word. */
const CLOSE_WORDS_PER_WORD = 12

export interface PublishedCondition {
  id: number
  name: string
  slug: string
  summary: string | null
  aliases: string[]
}

/**
 * Published conditions with their aliases (main tables hold the published version of a condition;
 * `_status = 'published'` leaves out one never published). Few rows: read for every search.
 */
export async function publishedConditions(db: PostgresAdapter): Promise<PublishedCondition[]> {
  const result = await db.drizzle.execute<{ id: number; name: string; slug: string; summary: string | null; aliases: string[] | null }>(sql`
    select c."id", c."name", c."slug", c."summary",
      (select array_agg(a."alias" order by a."_order") from "conditions_aliases" a where a."_parent_id" = c."id" and a."alias" is not null) as aliases
    from "conditions" c where c."_status" = 'published'`)
  return result.rows.map((row) => ({ ...row, id: Number(row.id), aliases: row.aliases ?? [] }))
}

export function synonymGroupsOf(conditions: readonly PublishedCondition[]): SynonymGroup[] {
  return [
    ...conditions.map((condition) => ({ forms: [condition.name, ...condition.aliases], conditionId: condition.id })),
    ...MEDICAL_ABBREVIATIONS.map((forms) => ({ forms })),
  ]
}

/**
 * What `search_words` (published articles only) and the published conditions' names and aliases say
 * about these words: which are known in some form, and the close spellings of those that are not.
 */
export async function vocabularyFacts(
  db: PostgresAdapter,
  words: readonly string[],
  typed: ReadonlySet<string>,
  conditions: readonly PublishedCondition[],
): Promise<VocabularyFacts> {
  const conditionWords = new Set(conditions.flatMap((condition) => [condition.name, ...condition.aliases].flatMap(wordsOf)))
  const asked = words.map((word) => ({ word, fuzzy: typed.has(word) && allowedEdits(word) > 0 && !conditionWords.has(word) }))
  // Every word an abbreviation could expand to is asked about too, so an expansion the library never uses is dropped.
  const abbreviationWords = MEDICAL_ABBREVIATIONS.flat()
    .flatMap(wordsOf)
    .filter((word) => !words.includes(word))
  asked.push(...[...new Set(abbreviationWords)].map((word) => ({ word, fuzzy: false })))
  // Each word's stem is worked out once, and the two look-ups are separate index probes: an OR of
  // both columns re-ran ts_lexize for every vocabulary row (18 ms for the 67 words of "MS" at 100k).
  // Close spellings are fetched only for a word the vocabulary does not know, the only one corrected.
  const result = await db.drizzle.execute<{ word: string; known: boolean; close: { word: string; documents: number }[] | null }>(sql`
    select q.word, k.known,
      case when q.fuzzy and not k.known then (
        select json_agg(json_build_object('word', c."word", 'documents', c."documents"))
        from (select s."word", s."documents" from "search_words" s order by s."word" <-> q.word limit ${CLOSE_WORDS_PER_WORD}) c
      ) end as close
    from jsonb_to_recordset(${JSON.stringify(asked)}::jsonb) as q(word text, fuzzy boolean),
      lateral (select ts_lexize('english_stem', q.word) as lexemes) l,
      lateral (select l.lexemes = '{}'
        or exists (select 1 from "search_words" s where s."word" = q.word)
        or exists (select 1 from "search_words" s where s."lexeme" = l.lexemes[1]) as known) k`)
  const known = new Set<string>(conditionWords)
  const close = new Map<string, { word: string; documents: number }[]>()
  for (const row of result.rows) {
    if (row.known) known.add(row.word)
    close.set(row.word, row.close ?? [])
    // Close spellings come from search_words: published words themselves.
    for (const candidate of row.close ?? []) known.add(candidate.word)
  }
  return {
    isKnown: (word) => known.has(word),
    closeWords: (word) => [...(close.get(word) ?? []), ...[...conditionWords].map((candidate) => ({ word: candidate, documents: 1 }))],
  }
}
