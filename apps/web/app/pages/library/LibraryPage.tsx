import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

import { conditionsQuery, librarySearchQuery } from '../../cms/queries'
import { ArticleList } from '../../components/ArticleList'
import { LibraryFilters } from '../../components/library/LibraryFilters'
import { Pagination } from '../../components/library/Pagination'
import { DidYouMean, NamedConditions, NoResultsHelp } from '../../components/library/SearchHelp'
import { ResultsSummary } from '../../components/library/ResultsSummary'
import { useCms } from '../../data/CmsContext'
import type { PageProps } from '../../router/types'
import { libraryHref, readLibraryParams } from '../../lib/libraryParams'

export default function LibraryPage({ search }: PageProps) {
  const cms = useCms()
  const params = readLibraryParams(search)
  const { data: conditions } = useSuspenseQuery(conditionsQuery(cms))
  const { data: results } = useSuspenseQuery(librarySearchQuery(cms, params))
  const condition = conditions.find((candidate) => candidate.slug === params.condition)

  // Turning a page moves keyboard and screen-reader focus to the new results, not the old link.
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const shownPage = useRef(params.page)
  useEffect(() => {
    if (shownPage.current === params.page) return
    shownPage.current = params.page
    resultsHeading.current?.focus()
  }, [params.page])

  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>Research library</h1>
        <p className="lede">Plain-language summaries of published research. Search by words, or narrow by condition and type.</p>
      </header>
      <LibraryFilters params={params} conditions={conditions} />
      <section aria-labelledby="results-heading" className="page-section">
        <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="visually-hidden">
          Results
        </h2>
        <ResultsSummary
          params={params}
          totalDocs={results.totalDocs}
          totalDocsIsLowerBound={results.totalDocsIsLowerBound}
          totalPages={results.totalPages}
          condition={condition}
        />
        <DidYouMean params={params} suggestion={results.didYouMean ?? null} />
        {params.page === 1 ? <NamedConditions conditions={results.conditions ?? []} /> : null}
        <ArticleList
          articles={results.docs}
          highlights={results.highlights}
          headingLevel={3}
          emptyMessage={
            params.page > results.totalPages && results.totalDocs > 0
              ? results.totalDocsIsLowerBound
                ? `Only the best ${results.totalDocs.toLocaleString('en')} matches are listed. Add words or choose a condition or type to narrow the search.`
                : 'This page is past the last page of results.'
              : 'Try fewer or different words, or clear the filters.'
          }
        />
        {results.totalDocs === 0 ? <NoResultsHelp conditions={conditions} /> : null}
        <Pagination page={params.page} totalPages={results.totalPages} hrefFor={(page) => libraryHref({ ...params, page })} />
      </section>
    </>
  )
}
