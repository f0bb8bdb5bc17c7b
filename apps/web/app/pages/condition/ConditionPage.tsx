import { useSuspenseQuery } from '@tanstack/react-query'

import { conditionQuery, librarySearchQuery } from '../../cms/queries'
import { ArticleList } from '../../components/ArticleList'
import { PreviewBanner, type PreviewReviewState } from '../../components/article/PreviewBanner'
import { RichTextContent } from '../../components/richText/RichTextContent'
import { useCms } from '../../data/CmsContext'
import { libraryHref } from '../../lib/libraryParams'
import { Link } from '../../router/Link'
import type { PageProps } from '../../router/types'
import { CONDITION_RESEARCH_COUNT, conditionResearchParams } from './loadConditionPage'

export default function ConditionPage({ params }: PageProps) {
  const slug = params.slug!
  const cms = useCms()
  // The loader answered 404 before rendering when there is no such condition.
  const condition = useSuspenseQuery(conditionQuery(cms, slug)).data!
  const hasBody = (condition.body?.root.children.length ?? 0) > 0
  const researchParams = conditionResearchParams(slug)
  const { data: research } = useSuspenseQuery(librarySearchQuery(cms, researchParams, CONDITION_RESEARCH_COUNT))
  // Only a draft read through a preview link carries this (the CMS's preview endpoint adds it).
  const preview = (condition as { preview?: PreviewReviewState }).preview

  return (
    <>
      {preview ? <PreviewBanner preview={preview} /> : null}
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/conditions">Conditions</Link>
        </p>
        <h1 tabIndex={-1}>{condition.name}</h1>
        {/* The summary is written for lists; the body, when there is one, is the overview itself. */}
        {condition.summary && !hasBody ? <p className="lede">{condition.summary}</p> : null}
      </header>
      {hasBody ? <RichTextContent data={condition.body} className="prose" /> : null}
      <section aria-labelledby="condition-research-heading" className="page-section">
        <h2 id="condition-research-heading">Research about {condition.name}</h2>
        <ArticleList
          articles={research.docs}
          headingLevel={3}
          emptyMessage={`We have not published research summaries about ${condition.name} yet.`}
        />
        {research.totalDocs > research.docs.length ? (
          <p>
            <Link to={libraryHref(researchParams)}>
              See all {research.totalDocs} articles about {condition.name}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  )
}
