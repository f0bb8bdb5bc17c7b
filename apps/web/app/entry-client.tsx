import { hydrate } from '@tanstack/react-query'
import { hydrateRoot } from 'react-dom/client'

import './styles/app.css'
import { App } from './App'
import { CLIENT_STATE_ID, type ClientState } from './clientState'
import { browserCms, browserQueryClient } from './data/browser'
import { createBrowserRouter } from './router/browserRouter'
import { errorPage, sitePages } from './router/resolvePage'
import { ROUTES } from './router/routes'

/**
 * Takes over the server's HTML: the cache starts from the server's data, the page's code is
 * loaded, and React hydrates. Nothing is fetched again unless it has gone stale.
 */
async function main() {
  const stateText = document.getElementById(CLIENT_STATE_ID)?.textContent
  if (!stateText) throw new Error(`The page has no #${CLIENT_STATE_ID} element to hydrate from.`)
  const state = JSON.parse(stateText) as ClientState
  const queryClient = browserQueryClient()
  hydrate(queryClient, state.dehydratedState)
  const cms = browserCms()

  const href = `${location.pathname}${location.search}${location.hash}`
  const pages = sitePages(ROUTES, queryClient, cms)
  const initial = state.status === 200 ? await pages.resolve(href) : errorPage(href, state.status)
  const router = createBrowserRouter(initial, pages)
  hydrateRoot(document.getElementById('root')!, <App router={router} queryClient={queryClient} cms={cms} />)
}

void main()
