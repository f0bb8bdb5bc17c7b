import type { QueryClient } from '@tanstack/react-query'

import type { CmsClient } from '../../cms/client'
import { siteSettingsQuery, siteWideDisclaimerQuery } from '../../cms/queries'
import { ensure } from '../../data/pageData'

/** What every page's header and footer show: the clinic's details and the site-wide disclaimer. */
export async function loadSiteChrome(queryClient: QueryClient, cms: CmsClient) {
  const [settings] = await Promise.all([ensure(queryClient, siteSettingsQuery(cms)), ensure(queryClient, siteWideDisclaimerQuery(cms))])
  return { title: settings.clinicName, description: settings.tagline ?? undefined }
}
