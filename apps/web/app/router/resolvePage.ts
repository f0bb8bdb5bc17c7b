import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'

import { CmsUnavailableError, type CmsClient } from '../cms/client'
import { NotFoundError, type PageMeta } from '../data/pageData'
import { matchRoute } from './matchRoute'
import type { PageProps, PageRoute, RouteMatch } from './types'

/** 200 a page; 404 nothing there; 503 the CMS out of reach (retry); 500 a bug. */
export type PageStatus = 200 | 404 | 503 | 500

export interface ResolvedPage {
  /** pathname + search + hash, as in the address bar. */
  href: string
  pathname: string
  search: string
  status: PageStatus
  meta: PageMeta
  match?: RouteMatch
  /** The page's component, loaded; absent for an error page. */
  Component?: ComponentType<PageProps>
}

export const ERROR_META: Record<Exclude<PageStatus, 200>, PageMeta> = {
  404: { title: 'Page not found' },
  503: { title: 'Temporarily unavailable' },
  500: { title: 'Something went wrong' },
}

export function locate(href: string): Pick<ResolvedPage, 'href' | 'pathname' | 'search'> {
  const url = new URL(href, 'http://site.invalid')
  return { href: `${url.pathname}${url.search}${url.hash}`, pathname: url.pathname, search: url.search }
}

export function errorPage(href: string, status: Exclude<PageStatus, 200>): ResolvedPage {
  return { ...locate(href), status, meta: ERROR_META[status] }
}

/** How a router turns an address into a page, and loads one ahead of a click. */
export interface SitePages {
  resolve(href: string): Promise<ResolvedPage>
  prefetch(href: string): Promise<void>
}

/**
 * The site's pages over `routes`, reading through `queryClient` and `cms`. The entry points build
 * this from the route table and hand it to the router, so prefetching goes through the router
 * (a memory router in tests is given its own) and nothing below the entry imports the table.
 */
export function sitePages(routes: readonly PageRoute[], queryClient: QueryClient, cms: CmsClient): SitePages {
  return {
    resolve: (href) => resolvePage(href, routes, queryClient, cms),
    async prefetch(href) {
      const url = new URL(href, 'http://site.invalid')
      const match = matchRoute(url.pathname, routes)
      if (!match) return
      await Promise.all([match.route.component(), match.route.load(match.params, url.searchParams)(queryClient, cms)])
    },
  }
}

/**
 * Everything needed to render the page at `href`: its route, its data in the query cache, its code.
 * Runs on the server for every request and in the browser before every client-side navigation, so
 * a page never renders half-loaded and a missing one is a 404 both ways.
 */
export async function resolvePage(
  href: string,
  routes: readonly PageRoute[],
  queryClient: QueryClient,
  cms: CmsClient,
): Promise<ResolvedPage> {
  const location = locate(href)
  const match = matchRoute(location.pathname, routes)
  if (!match) return errorPage(href, 404)
  try {
    const search = new URLSearchParams(location.search)
    const [module, meta] = await Promise.all([match.route.component(), match.route.load(match.params, search)(queryClient, cms)])
    return { ...location, status: 200, meta, match, Component: module.default }
  } catch (error) {
    if (error instanceof NotFoundError) return errorPage(href, 404)
    console.error(error)
    return errorPage(href, error instanceof CmsUnavailableError ? 503 : 500)
  }
}
