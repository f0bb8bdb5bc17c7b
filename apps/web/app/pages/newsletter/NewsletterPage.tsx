import { NewsletterForm } from '../../components/leads/NewsletterForm'
import { NewsletterLinkNotice } from '../../components/leads/NewsletterLinkNotice'
import type { PageProps } from '../../router/types'

export default function NewsletterPage({ search }: PageProps) {
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>Newsletter</h1>
        <p className="lede">
          New research summaries and clinic news by e-mail. We send you a link to confirm your address first, and every newsletter has a
          link to unsubscribe.
        </p>
      </header>
      {/* Where the links in our e-mails (confirm, unsubscribe) bring the reader back to. */}
      <NewsletterLinkNotice status={search.get('newsletter')} />
      <NewsletterForm search={search} />
    </>
  )
}
