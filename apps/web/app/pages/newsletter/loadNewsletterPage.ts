import type { LoadPage } from '../../data/pageData'

// The sign-up form needs nothing from the CMS beyond the site's frame, which every page loads.
export const loadNewsletterPage: LoadPage = async () => ({
  title: 'Newsletter',
  description: 'New research summaries and clinic news by e-mail, about once a month. Unsubscribe at any time.',
})
