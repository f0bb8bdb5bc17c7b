import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'

import { createCmsClient } from '../../app/cms/client'
import { CmsProvider } from '../../app/data/CmsContext'
import { locate, type ResolvedPage } from '../../app/router/resolvePage'
import { RouterProvider } from '../../app/router/RouterContext'
import { createMemoryRouter } from '../../app/router/RouterStore'

/** A page at `href` that has loaded (what the router holds once a navigation has resolved). */
function loadedPage(href: string): ResolvedPage {
  return { ...locate(href), status: 200, meta: { title: '' } }
}

/**
 * Renders a component as it sits on the site at `href`: inside the router (links and forms navigate
 * it, in memory), a query cache and a CMS client (at `cmsUrl`, by default one that does not exist).
 */
export function renderWithRouter(ui: ReactElement, { href = '/', cmsUrl = 'http://cms.invalid' }: { href?: string; cmsUrl?: string } = {}) {
  // Navigation lands on a loaded page; prefetching loads nothing (no route table, no real loaders).
  const router = createMemoryRouter(loadedPage(href), { resolve: async (to) => loadedPage(to), prefetch: async () => {} })
  const result = render(
    <QueryClientProvider client={new QueryClient()}>
      <CmsProvider client={createCmsClient(cmsUrl)}>
        <RouterProvider router={router}>{ui}</RouterProvider>
      </CmsProvider>
    </QueryClientProvider>,
  )
  return { ...result, router, currentHref: () => router.getState().page.href }
}
