import { dehydrate } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'

import { App } from './App'
import { serializeClientState } from './clientState'
import { CmsUnavailableError, createCmsClient } from './cms/client'
import { siteSettingsQuery } from './cms/queries'
import { PageHead } from './components/PageHead'
import { createQueryClient } from './data/queryClient'
import { loadSiteChrome } from './pages/site/loadSiteChrome'
import { isPreviewPath } from './router/previewPaths'
import { sitePages, type PageStatus } from './router/resolvePage'
import { ROUTES } from './router/routes'
import { createStaticRouter } from './router/RouterStore'
import { jsonLdScript } from './seo/jsonLd'
import { pageGraph } from './seo/pageGraph'

export interface RenderRequest {
  /** pathname + search, as requested. */
  href: string
  /** Where this server reads the CMS. */
  cmsServerUrl: string
  /** Where browsers read the CMS. */
  cmsPublicUrl: string
  /** This site's public address (no trailing slash), for canonical URLs and structured data. */
  siteUrl: string
}

export interface RenderResult {
  status: PageStatus
  /** Tags for <head>: title, description, canonical, Open Graph, Twitter, JSON-LD. */
  head: string
  /** The page, inside #root. */
  body: string
  /** JSON for the client-state script element. */
  state: string
  /** The page's source module, whose chunk the HTML preloads. */
  pageModule: string | undefined
  /** A draft preview: never cached, never indexed, served without the client script. */
  preview: boolean
}

/**
 * Renders one request completely: a fresh query cache (no reader ever sees another's data), the
 * page's data loaded before rendering, then HTML carrying all of the page's text and the cache
 * for the browser to hydrate from.
 */
export async function render({ href, cmsServerUrl, cmsPublicUrl, siteUrl }: RenderRequest): Promise<RenderResult> {
  const queryClient = createQueryClient({ onServer: true })
  const cms = createCmsClient(cmsServerUrl)
  const [page] = await Promise.all([
    sitePages(ROUTES, queryClient, cms).resolve(href),
    loadSiteChrome(queryClient, cms).catch((error: unknown) => {
      // The page's own load reports the outage (503); the frame just shows less.
      if (!(error instanceof CmsUnavailableError)) throw error
    }),
  ])
  try {
    const settings = queryClient.getQueryData(siteSettingsQuery(cms).queryKey)
    const siteName = settings?.clinicName
    const preview = isPreviewPath(page.pathname)
    const found = page.status === 200
    const canonicalPath = page.meta.canonicalPath ?? page.pathname
    const canonicalUrl = found ? `${siteUrl}${canonicalPath}` : undefined
    const body = renderToString(<App router={createStaticRouter(page)} queryClient={queryClient} cms={createCmsClient(cmsPublicUrl)} />)
    const head = renderToString(
      <PageHead
        meta={page.meta}
        siteName={siteName}
        cmsUrl={cmsPublicUrl}
        indexable={found && !preview && !page.meta.noindex}
        canonicalUrl={canonicalUrl}
        siteUrl={siteUrl}
      />,
    )
    const subject = page.meta.subject
    const structuredData =
      found && subject
        ? jsonLdScript(
            pageGraph({ subject, siteUrl, path: canonicalPath, title: page.meta.title, description: page.meta.description, settings }),
          )
        : ''
    const state = serializeClientState({ status: page.status, dehydratedState: dehydrate(queryClient) })
    return { status: page.status, head: head + structuredData, body, state, pageModule: page.match?.route.module, preview }
  } finally {
    queryClient.clear()
  }
}
