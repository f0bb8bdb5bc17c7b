import { conditionsQuery, latestResearchQuery, librarySearchQuery } from '../../cms/queries'
import { NEWEST_ON_NO_RESULTS } from '../../components/library/SearchHelp'
import { ensure, type LoadPage } from '../../data/pageData'
import { ARTICLE_TYPE_NAMES } from '../../lib/articleTypes'
import { isFiltered, libraryHref, type LibraryParams } from '../../lib/libraryParams'

export function loadLibraryPage(params: LibraryParams): LoadPage {
  return async (queryClient, cms) => {
    const [conditions, results] = await Promise.all([
      ensure(queryClient, conditionsQuery(cms)),
      ensure(queryClient, librarySearchQuery(cms, params)),
    ])
    // A search that finds nothing offers the newest research instead (components/library/SearchHelp).
    if (results.totalDocs === 0) await ensure(queryClient, latestResearchQuery(cms, NEWEST_ON_NO_RESULTS))
    const condition = conditions.find((candidate) => candidate.slug === params.condition)
    const about = [
      params.type ? ARTICLE_TYPE_NAMES[params.type].many : 'Research library',
      condition ? `on ${condition.name}` : undefined,
      params.q ? `matching “${params.q}”` : undefined,
      params.page > 1 ? `page ${params.page} of ${Math.max(results.totalPages, 1)}` : undefined,
    ]
    const title = about.filter(Boolean).join(' ')
    const canonicalPath = libraryHref(params)
    return {
      title,
      // A filtered or later page says which it is, so no two library pages share a description.
      description: `${isFiltered(params) || params.page > 1 ? `${title}. ` : ''}Search plain-language summaries of regenerative-medicine research by condition, article type or words, each with its source.`,
      canonicalPath,
      subject: {
        kind: 'collection',
        trail: [{ name: 'Research', path: '/research' }, ...(canonicalPath === '/research' ? [] : [{ name: title, path: canonicalPath }])],
      },
    }
  }
}
