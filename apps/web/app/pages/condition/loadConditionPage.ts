import { conditionQuery, librarySearchQuery } from '../../cms/queries'
import { ensure, notFound, type LoadPage } from '../../data/pageData'

/** How many of a condition's articles its page lists before pointing to the library. */
export const CONDITION_RESEARCH_COUNT = 6

export const conditionResearchParams = (slug: string) => ({ q: '', condition: slug, page: 1 })

export function loadConditionPage(slug: string): LoadPage {
  return async (queryClient, cms) => {
    const [condition] = await Promise.all([
      ensure(queryClient, conditionQuery(cms, slug)),
      ensure(queryClient, librarySearchQuery(cms, conditionResearchParams(slug), CONDITION_RESEARCH_COUNT)),
    ])
    if (!condition) notFound()
    return {
      // An editor's meta title and description when given, else the condition's name and summary.
      title: condition.meta?.title || condition.name,
      description: condition.meta?.description || condition.summary || undefined,
      subject: { kind: 'condition', condition },
    }
  }
}
