import { useSuspenseQuery } from '@tanstack/react-query'

import { conditionsQuery, latestResearchQuery, siteSettingsQuery } from '../../cms/queries'
import { ArticleList } from '../../components/ArticleList'
import { CallToAction } from '../../components/CallToAction'
import { ConditionList } from '../../components/ConditionList'
import { QuickSearch } from '../../components/library/QuickSearch'
import { useCms } from '../../data/CmsContext'
import { Link } from '../../router/Link'
import { HOME_LATEST_COUNT } from './loadHomePage'

export default function HomePage() {
  const cms = useCms()
  const { data: settings } = useSuspenseQuery(siteSettingsQuery(cms))
  const { data: latest } = useSuspenseQuery(latestResearchQuery(cms, HOME_LATEST_COUNT))
  const { data: conditions } = useSuspenseQuery(conditionsQuery(cms))
  return (
    <>
      <section className="intro" aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {settings.tagline ?? settings.clinicName}
        </h1>
        <p className="lede">
          Each summary explains, in plain words, what researchers did, what they found and what it does and does not mean, and ends with the
          original paper so you can read it yourself.
        </p>
        <QuickSearch />
      </section>

      <section aria-labelledby="latest-heading" className="page-section">
        <h2 id="latest-heading">Latest research summaries</h2>
        <ArticleList articles={latest} headingLevel={3} prefetch="viewport" emptyMessage="No research summaries have been published yet." />
        <p>
          <Link to="/research">Browse the whole research library</Link>
        </p>
      </section>

      <section aria-labelledby="conditions-heading" className="page-section">
        <h2 id="conditions-heading">Conditions we write about</h2>
        <ConditionList conditions={conditions} headingLevel={3} />
        <p>
          <Link to="/conditions">All conditions</Link>
        </p>
      </section>

      <CallToAction settings={settings} />
    </>
  )
}
