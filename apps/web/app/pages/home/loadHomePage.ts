import type { LoadPage } from '../../data/pageData'
import { ensure } from '../../data/pageData'
import { conditionsQuery, latestResearchQuery, siteSettingsQuery } from '../../cms/queries'

export const HOME_LATEST_COUNT = 4

export const loadHomePage: LoadPage = async (queryClient, cms) => {
  const [settings] = await Promise.all([
    ensure(queryClient, siteSettingsQuery(cms)),
    ensure(queryClient, latestResearchQuery(cms, HOME_LATEST_COUNT)),
    ensure(queryClient, conditionsQuery(cms)),
  ])
  return {
    title: settings.tagline ?? 'Research summaries',
    description:
      'Plain-language summaries of peer-reviewed regenerative-medicine research, each with its source, for patients and families.',
    subject: { kind: 'home' },
  }
}
