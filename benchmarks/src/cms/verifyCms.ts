import type pg from 'pg'

import { CMS_LIST_PATH, cmsArticlePath, cmsSearchPath, SEARCH_QUERIES } from '../load/scenarios'

interface Doc {
  id: number
  slug?: string
  title?: string
  citations?: ({ id: number; title?: string } | number)[]
  conditions?: ({ id: number; name?: string } | number)[]
}
interface Page {
  docs: Doc[]
  totalDocs: number
  totalDocsIsLowerBound?: boolean
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`)
  return (await response.json()) as T
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`The CMS does not serve the generated content correctly: ${message}`)
}

/**
 * Before any figure counts: the CMS must serve the generated rows as the site needs them (one
 * article by slug with its citations in order and its conditions, the newest-first list, the
 * search's match count), and agree with the floor, so both measure the same answers.
 */
export async function verifyCms(cmsUrl: string, floorUrl: string, db: pg.ClientBase, slug: string): Promise<void> {
  const expected = await db.query<{ id: number; title: string; citation_ids: number[]; condition_ids: number[] }>(
    `select a.id, a.title,
            coalesce(array_agg(r.citations_id order by r."order") filter (where r.path = 'citations'), '{}') as citation_ids,
            coalesce(array_agg(r.conditions_id order by r."order") filter (where r.path = 'conditions'), '{}') as condition_ids
       from articles a left join articles_rels r on r.parent_id = a.id
      where a.slug = $1 group by a.id`,
    [slug],
  )
  const row = expected.rows[0]!
  const article = (await getJson<Page>(`${cmsUrl}${cmsArticlePath(slug)}`)).docs[0]
  check(article !== undefined && article.id === row.id && article.title === row.title, `article ${slug} is missing or has another title`)
  const citations = article.citations ?? []
  check(
    JSON.stringify(citations.map((c) => (typeof c === 'number' ? c : c.id))) === JSON.stringify(row.citation_ids),
    `article ${slug}'s citations are not ${row.citation_ids.join(', ')} in that order`,
  )
  check(
    citations.every((c) => typeof c === 'object' && typeof c.title === 'string'),
    'citations are not populated at depth 1',
  )
  const conditions = article.conditions ?? []
  check(
    JSON.stringify(conditions.map((c) => (typeof c === 'number' ? c : c.id))) === JSON.stringify(row.condition_ids) &&
      conditions.every((c) => typeof c === 'object' && typeof c.name === 'string'),
    `article ${slug}'s conditions are not ${row.condition_ids.join(', ')}, populated`,
  )

  const [cmsList, floorList] = await Promise.all([getJson<Page>(`${cmsUrl}${CMS_LIST_PATH}`), getJson<Page>(`${floorUrl}/articles?page=1`)])
  const published = await db.query<{ count: string }>(`select count(*) from articles where _status = 'published'`)
  check(
    cmsList.totalDocs === Number(published.rows[0]!.count),
    `the list counts ${cmsList.totalDocs} published articles, not ${published.rows[0]!.count}`,
  )
  check(
    JSON.stringify(cmsList.docs.map((d) => d.id)) === JSON.stringify(floorList.docs.map((d) => d.id)),
    'the list is not the newest 12 published articles (CMS and floor disagree)',
  )
  check(
    cmsList.docs.every((d) => (d.conditions ?? []).every((c) => typeof c === 'object')),
    'list conditions are not populated',
  )

  for (const q of [SEARCH_QUERIES[0]!, SEARCH_QUERIES[6]!]) {
    const [cmsSearch, floorSearch] = await Promise.all([
      getJson<Page>(`${cmsUrl}${cmsSearchPath(q)}`),
      getJson<Page>(`${floorUrl}/articles/search?q=${encodeURIComponent(q)}`),
    ])
    check(
      cmsSearch.totalDocs === floorSearch.totalDocs && cmsSearch.totalDocsIsLowerBound === floorSearch.totalDocsIsLowerBound,
      `search "${q}" finds ${cmsSearch.totalDocs}${cmsSearch.totalDocsIsLowerBound ? '+' : ''}, the floor ${floorSearch.totalDocs}${floorSearch.totalDocsIsLowerBound ? '+' : ''}`,
    )
    check(cmsSearch.docs.length === Math.min(10, floorSearch.totalDocs), `search "${q}" returns ${cmsSearch.docs.length} results`)
  }
}
