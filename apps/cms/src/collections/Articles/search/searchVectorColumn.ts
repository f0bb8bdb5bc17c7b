import { sql } from '@payloadcms/db-postgres'
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** English stemming everywhere, so "injuries" finds "injury"; the search query must use the same. */
export const SEARCH_CONFIG = 'english'

/**
 * The columns and indexes the research library reads.
 *
 * `search_vector` is what the library searches: a generated, weighted tsvector (title A, excerpt B,
 * the rest of `search_text` D, so a word in the title ranks above the same word in the body), with
 * a GIN index so matching stays an index lookup at 100,000 articles. Declared here rather than in a
 * hand-written migration so `payload migrate:create` keeps it in the one schema it generates.
 */
export const addArticleSearchVector: SchemaHook = ({ schema, extendTable }) => {
  const articles = schema.tables.articles
  if (!articles) throw new Error('The articles table must exist before its search column is added.')
  extendTable({
    table: articles,
    columns: {
      searchVector: tsvector('search_vector').generatedAlwaysAs(
        sql.raw(
          `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("title", '')), 'A') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("excerpt", '')), 'B') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("search_text", '')), 'D')`,
        ),
      ),
      // Small enough to stay in the row: ranking thousands of matches must not fetch every full
      // vector from TOAST (storage set in migration 20261122_search_ranking). See rankPublishedArticles.
      searchRankVector: tsvector('search_rank_vector').generatedAlwaysAs(
        sql.raw(
          `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("title", '')), 'A') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce("excerpt", '')), 'B')`,
        ),
      ),
    },
    extraConfig: (table) => ({
      articles_search_vector_idx: index('articles_search_vector_idx').using('gin', table.searchVector),
      // A search matching more than LIBRARY_SEARCH_LIMITS.countedMatches takes its candidates from
      // title/excerpt matches first: for a word rare in titles but common in bodies, without this
      // index finding them meant testing every row (70 ms at 100,000 articles).
      articles_search_rank_vector_idx: index('articles_search_rank_vector_idx').using('gin', table.searchRankVector),
      // The library's newest-first listing, read in index order instead of sorting every published row.
      articles_published_order_idx: index('articles_published_order_idx')
        .on(table.publishedAt!.desc().nullsLast(), table.id!.desc())
        .where(sql`${table._status} = 'published'`),
    }),
  })
  return schema
}
