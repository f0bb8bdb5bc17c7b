import pg from 'pg'

import { ARTICLE_TYPES, type ArticleType } from '@clinic/workflow'

import { searchTextOf } from '../../../apps/cms/src/collections/Articles/search/searchTextOf'
import { articleContent, drawTopics, slugFor } from './articleContent'
import { type Column, insertRows } from './bulkInsert'
import { type GeneratedCitation, generateCitation } from './citations'
import { dropIndexesUntilLoaded } from './indexes'
import { applyCmsMigrations } from './migrate'
import { progressLine } from './progress'
import { Random } from './random'
import { CONDITIONS } from './vocabulary'

const BATCH = 1000
/** Share of articles never published (drafts in the editorial workflow); the rest are live. */
const DRAFT_SHARE = 0.08
const TYPE_WEIGHTS: [ArticleType, number][] = [
  ['research-summary', 0.6],
  ['condition-guide', 0.15],
  ['lifestyle-post', 0.25],
]
const FIRST_PUBLISHED = Date.UTC(2014, 0, 1)
const LAST_PUBLISHED = Date.UTC(2026, 9, 31)
const DAY = 86_400_000

const ARTICLE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['title', 'varchar'],
  ['type', 'enum_articles_type'],
  ['excerpt', 'varchar'],
  ['body', 'jsonb'],
  ['published_at', 'timestamptz'],
  ['slug', 'varchar'],
  ['search_text', 'varchar'],
  ['workflow_state', 'enum_articles_workflow_state'],
  ['reviewer_name', 'varchar'],
  ['reviewed_at', 'timestamptz'],
  ['next_review_due', 'timestamptz'],
  ['claim_findings', 'jsonb'],
  ['updated_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['_status', 'enum_articles_status'],
]
/** Payload's versions table mirrors the document under `version_*`, plus its own bookkeeping. */
const VERSION_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['parent_id', 'int4'],
  ['version_title', 'varchar'],
  ['version_type', 'enum__articles_v_version_type'],
  ['version_excerpt', 'varchar'],
  ['version_body', 'jsonb'],
  ['version_published_at', 'timestamptz'],
  ['version_slug', 'varchar'],
  ['version_search_text', 'varchar'],
  ['version_workflow_state', 'enum__articles_v_version_workflow_state'],
  ['version_reviewer_name', 'varchar'],
  ['version_reviewed_at', 'timestamptz'],
  ['version_next_review_due', 'timestamptz'],
  ['version_claim_findings', 'jsonb'],
  ['version_updated_at', 'timestamptz'],
  ['version_created_at', 'timestamptz'],
  ['version__status', 'enum__articles_v_version_status'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['latest', 'bool'],
]
const RELS_COLUMNS: Column[] = [
  ['order', 'int4'],
  ['parent_id', 'int4'],
  ['path', 'varchar'],
  ['citations_id', 'int4'],
  ['conditions_id', 'int4'],
]
const BULK_TABLES = ['articles', 'articles_rels', '_articles_v', '_articles_v_rels', 'citations', 'citations_authors']

export interface GeneratedContent {
  articles: number
  published: number
  citations: number
  seconds: number
}

function weightedType(random: Random): ArticleType {
  let roll = random.next()
  for (const [type, weight] of TYPE_WEIGHTS) {
    if ((roll -= weight) < 0) return type
  }
  return ARTICLE_TYPES[0]
}

function citationCount(random: Random, type: ArticleType): number {
  if (type === 'research-summary') return random.int(1, 3)
  if (type === 'condition-guide') return random.int(2, 5)
  return random.int(0, 2)
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Migrates a fresh database with the CMS's migrations and fills it with `scale` articles as the
 * CMS would have stored them: rows, relationship rows in order, `search_text` built by the CMS's
 * own function, and the versions Payload keeps. Deterministic for a given seed.
 */
export async function generateContent(databaseUrl: string, scale: number, seed = 1): Promise<GeneratedContent> {
  const started = Date.now()
  console.log(`  applying the CMS migrations…`)
  await applyCmsMigrations(databaseUrl)

  const random = new Random(seed * 7919 + scale)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    // A benchmark database can always be regenerated; waiting for each commit to reach disk buys nothing.
    await client.query('set synchronous_commit = off')
    const rebuildIndexes = await dropIndexesUntilLoaded(client, BULK_TABLES)
    // The published-words trigger serializes publishes; a bulk load fills search_words once at the end.
    await client.query('alter table "articles" disable trigger "articles_search_words"')

    const now = new Date(LAST_PUBLISHED).toISOString()
    await insertRows(
      client,
      'conditions',
      // Live conditions, as reviewed and published ones are (issue 14).
      [
        ['id', 'int4'],
        ['name', 'varchar'],
        ['category', 'enum_conditions_category'],
        ['summary', 'varchar'],
        ['slug', 'varchar'],
        ['_status', 'enum_conditions_status'],
        ['workflow_state', 'enum_conditions_workflow_state'],
        ['updated_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
      ],
      CONDITIONS.map((c, i) => [
        i + 1,
        c.name,
        c.category,
        `What regenerative medicine research says about ${c.name}.`,
        slugOf(c.name),
        'published',
        'published',
        now,
        now,
      ]),
    )

    await insertRows(
      client,
      'conditions_aliases',
      [
        ['_order', 'int4'],
        ['_parent_id', 'int4'],
        ['id', 'varchar'],
        ['alias', 'varchar'],
      ],
      CONDITIONS.flatMap((c, i) => (c.aliases ?? []).map((alias, order) => [order + 1, i + 1, `alias-${i + 1}-${order + 1}`, alias])),
    )

    const citations = await insertCitations(client, random, Math.max(60, Math.round(scale * 0.6)), now)
    const published = await insertArticles(databaseUrl, random, scale, citations)

    const rebuilding = Date.now()
    console.log('  rebuilding indexes…')
    await rebuildIndexes()
    for (const table of ['articles', '_articles_v', 'citations', 'conditions']) {
      await client.query(`select setval(pg_get_serial_sequence('"${table}"', 'id'), (select coalesce(max(id), 1) from "${table}"))`)
    }
    await client.query('alter table "articles" enable trigger "articles_search_words"')
    await client.query('select "rebuild_search_words"()')
    // Fresh statistics and visibility map, as a database that has been live for a while would have.
    await client.query('vacuum analyze')
    console.log(`  indexes and statistics in ${((Date.now() - rebuilding) / 1000).toFixed(1)} s`)
    return { articles: scale, published, citations: citations.length, seconds: (Date.now() - started) / 1000 }
  } finally {
    await client.end()
  }
}

async function insertCitations(client: pg.Client, random: Random, count: number, now: string): Promise<GeneratedCitation[]> {
  const citations = Array.from({ length: count }, (_, i) => generateCitation(random, i + 1))
  const progress = progressLine('  citations', count)
  for (let start = 0; start < count; start += BATCH * 5) {
    const batch = citations.slice(start, start + BATCH * 5)
    await client.query('begin')
    await insertRows(
      client,
      'citations',
      // Live, as citations of published articles are (their printed text is reviewed with the article).
      [
        ['id', 'int4'],
        ['label', 'varchar'],
        ['title', 'varchar'],
        ['journal', 'varchar'],
        ['year', 'numeric'],
        ['volume', 'varchar'],
        ['issue', 'varchar'],
        ['pages', 'varchar'],
        ['doi', 'varchar'],
        ['pmid', 'varchar'],
        ['pmcid', 'varchar'],
        ['_status', 'enum_citations_status'],
        ['workflow_state', 'enum_citations_workflow_state'],
        ['updated_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
      ],
      batch.map((c) => [
        c.id,
        c.label,
        c.title,
        c.journal,
        c.year,
        c.volume,
        c.issue,
        c.pages,
        c.doi,
        c.pmid,
        c.pmcid,
        'published',
        'published',
        now,
        now,
      ]),
    )
    await insertRows(
      client,
      'citations_authors',
      [
        ['_order', 'int4'],
        ['_parent_id', 'int4'],
        ['id', 'varchar'],
        ['name', 'varchar'],
      ],
      // Payload keys array rows with 24-hex ids; the citation id and position keep them unique.
      batch.flatMap((c) =>
        c.authors.map((name, i) => [i + 1, c.id, `${c.id.toString(16).padStart(20, '0')}${i.toString(16).padStart(4, '0')}`, name]),
      ),
    )
    await client.query('commit')
    progress.update(Math.min(count, start + batch.length))
  }
  progress.done()
  return citations
}

async function insertArticles(databaseUrl: string, random: Random, scale: number, citations: GeneratedCitation[]): Promise<number> {
  const progress = progressLine('  articles', scale)
  // Two connections: PostgreSQL spends most of the load computing search vectors and compressing
  // bodies, so a second backend uses the second core while this process builds the next batch.
  const writers = await Promise.all([connectWriter(databaseUrl), connectWriter(databaseUrl)])
  const idle = [...writers]
  const inFlight = new Set<Promise<void>>()
  let published = 0
  let done = 0
  try {
    for (let start = 1; start <= scale; start += BATCH) {
      const batch = buildBatch(random, start, Math.min(start + BATCH, scale + 1), citations)
      published += batch.published
      while (idle.length === 0) await Promise.race(inFlight)
      const writer = idle.pop()!
      const writing = writeBatch(writer, batch).then(() => {
        idle.push(writer)
        inFlight.delete(writing)
        done += batch.articles.length
        progress.update(done)
      })
      inFlight.add(writing)
    }
    await Promise.all(inFlight)
  } finally {
    await Promise.all(writers.map((writer) => writer.end()))
  }
  progress.done()
  return published
}

async function connectWriter(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('set synchronous_commit = off')
  return client
}

interface Batch {
  articles: unknown[][]
  versions: unknown[][]
  rels: unknown[][]
  versionRels: unknown[][]
  published: number
}

async function writeBatch(client: pg.Client, batch: Batch): Promise<void> {
  await client.query('begin')
  try {
    await insertRows(client, 'articles', ARTICLE_COLUMNS, batch.articles)
    await insertRows(client, 'articles_rels', RELS_COLUMNS, batch.rels)
    await insertRows(client, '_articles_v', VERSION_COLUMNS, batch.versions)
    await insertRows(client, '_articles_v_rels', RELS_COLUMNS, batch.versionRels)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  }
}

/** Articles `from` to `to` (exclusive) as rows of the four tables; random draws stay in id order, so the data is deterministic. */
function buildBatch(random: Random, from: number, to: number, citations: GeneratedCitation[]): Batch {
  const batch: Batch = { articles: [], versions: [], rels: [], versionRels: [], published: 0 }
  for (let id = from; id < to; id++) {
    const type = weightedType(random)
    const conditionIds = random.sample(
      CONDITIONS.map((_, i) => i + 1),
      random.int(1, 3),
    )
    const topics = drawTopics(random)
    const content = articleContent(
      random,
      type,
      topics,
      conditionIds.map((c) => CONDITIONS[c - 1]!.name),
    )
    const cited = random.sample(citations, citationCount(random, type))
    const searchText = searchTextOf(
      content,
      cited.map((c) => ({ title: c.title, authors: c.authors.map((name) => ({ name })) })),
    )

    const isDraft = random.chance(DRAFT_SHARE)
    if (!isDraft) batch.published++
    const publishedAt = isDraft ? null : FIRST_PUBLISHED + Math.floor(random.next() * (LAST_PUBLISHED - FIRST_PUBLISHED))
    const createdAt = (publishedAt ?? LAST_PUBLISHED) - random.int(2, 30) * DAY
    const updatedAt = publishedAt ?? createdAt + random.int(0, 20) * DAY
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
    const status = isDraft ? 'draft' : 'published'
    const workflowState = isDraft ? random.pick(['draft', 'in_review', 'changes_requested', 'approved']) : 'published'
    const reviewedAt = isDraft ? null : iso(publishedAt! - DAY)
    const nextReviewDue = isDraft ? null : iso(publishedAt! + 365 * DAY)
    const reviewer = isDraft ? null : 'Dr. Medical Reviewer'
    const body = JSON.stringify(content.body)
    const slug = slugFor(content.title, id)

    batch.articles.push([
      id,
      content.title,
      type,
      content.excerpt,
      body,
      iso(publishedAt),
      slug,
      searchText,
      workflowState,
      reviewer,
      reviewedAt,
      nextReviewDue,
      '[]',
      iso(updatedAt),
      iso(createdAt),
      status,
    ])
    // The version Payload wrote when the article was last saved: published ones as published, drafts as drafts.
    batch.versions.push([
      id,
      id,
      content.title,
      type,
      content.excerpt,
      body,
      iso(publishedAt),
      slug,
      searchText,
      workflowState,
      reviewer,
      reviewedAt,
      nextReviewDue,
      '[]',
      iso(updatedAt),
      iso(createdAt),
      status,
      iso(updatedAt),
      iso(updatedAt),
      true,
    ])
    // Payload numbers hasMany relationships from 1 in the order the editor set.
    cited.forEach((c, i) => {
      batch.rels.push([i + 1, id, 'citations', c.id, null])
      batch.versionRels.push([i + 1, id, 'citations', c.id, null])
    })
    conditionIds.forEach((c, i) => {
      batch.rels.push([i + 1, id, 'conditions', null, c])
      batch.versionRels.push([i + 1, id, 'conditions', null, c])
    })
  }
  return batch
}
