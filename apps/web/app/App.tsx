import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'

import type { CmsClient } from './cms/client'
import { siteSettingsQuery, siteWideDisclaimerQuery } from './cms/queries'
import { RouteErrorMessage } from './components/RouteErrorMessage'
import { SiteFooter } from './components/SiteFooter'
import { SiteHeader } from './components/SiteHeader'
import { SkipLink } from './components/SkipLink'
import { useDocumentMeta } from './components/useDocumentMeta'
import { useFocusOnNavigation } from './components/useFocusOnNavigation'
import { CmsProvider, useCms } from './data/CmsContext'
import { RouterProvider, useRouterState } from './router/RouterContext'
import type { RouterStore } from './router/RouterStore'

interface AppProps {
  router: RouterStore
  queryClient: QueryClient
  cms: CmsClient
}

/** The whole site: its data cache, its CMS, its router, and the page inside the site's frame. */
export function App({ router, queryClient, cms }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <CmsProvider client={cms}>
        <RouterProvider router={router}>
          <Site />
        </RouterProvider>
      </CmsProvider>
    </QueryClientProvider>
  )
}

function Site() {
  const cms = useCms()
  const { page, navigating } = useRouterState()
  // In the cache from the page load; when the CMS was down they are absent and the frame shows less.
  const settings = useQuery(siteSettingsQuery(cms)).data
  const disclaimer = useQuery(siteWideDisclaimerQuery(cms)).data
  useDocumentMeta(settings?.clinicName)
  useFocusOnNavigation()
  const { Component } = page
  return (
    <>
      <SkipLink />
      <SiteHeader clinicName={settings?.clinicName} />
      <main id="main" tabIndex={-1} className="site-main" aria-busy={navigating}>
        {page.status === 200 && Component ? (
          <Component params={page.match?.params ?? {}} search={new URLSearchParams(page.search)} />
        ) : (
          <RouteErrorMessage status={page.status === 200 ? 500 : page.status} href={page.href} />
        )}
      </main>
      <SiteFooter settings={settings} disclaimer={disclaimer} />
    </>
  )
}
