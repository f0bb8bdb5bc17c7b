import type { QueryClient } from '@tanstack/react-query'

import { createCmsClient, type CmsClient } from '../cms/client'
import { createQueryClient } from './queryClient'

/** The page names the CMS's public address in this meta tag (see PageHead), read at run time. */
export const CMS_URL_META = 'clinic:cms-url'

let queryClient: QueryClient | undefined
let cms: CmsClient | undefined

/** The one cache of this browser tab, shared by components, navigations and prefetching. */
export function browserQueryClient(): QueryClient {
  queryClient ??= createQueryClient({ onServer: false })
  return queryClient
}

export function browserCms(): CmsClient {
  if (!cms) {
    const url = document.querySelector<HTMLMetaElement>(`meta[name="${CMS_URL_META}"]`)?.content
    if (!url) throw new Error(`The page has no <meta name="${CMS_URL_META}">; the site cannot find its CMS.`)
    cms = createCmsClient(url)
  }
  return cms
}
