import type { ComponentType } from 'react'

import type { LoadPage } from '../data/pageData'

/** A route's types, apart from the route table, so pages and the router need not import the table. */
export type RouteParams = Record<string, string>

export interface PageProps {
  params: RouteParams
  search: URLSearchParams
}

export interface PageRoute {
  /** "/research/:slug": literal segments and `:name` parameters. */
  path: string
  /** What the page needs in the query cache before it renders (and its meta). */
  load(params: RouteParams, search: URLSearchParams): LoadPage
  /** The page's code, split per page so each page type ships only its own. */
  component(): Promise<{ default: ComponentType<PageProps> }>
  /** The same module as a path from the app root, to find its chunk in the build manifest. */
  module: string
}

export interface RouteMatch {
  route: PageRoute
  params: RouteParams
}
