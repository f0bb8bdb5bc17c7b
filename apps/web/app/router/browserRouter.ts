import type { ResolvedPage, SitePages } from './resolvePage'
import type { NavigateOptions, RouterState, RouterStore } from './RouterStore'

interface HistoryState {
  /** Where the reader had scrolled on this entry, restored when they come back to it. */
  scrollY?: number
}

/**
 * The browser's router: a link or form resolves its page first (data in the cache, code loaded),
 * then updates the address bar and renders, so the reader never sees a half-loaded page. Back and
 * forward resolve the same way (usually from the cache) and restore the scroll position.
 */
export function createBrowserRouter(initial: ResolvedPage, pages: SitePages): RouterStore {
  let state: RouterState = { page: initial, navigating: false }
  let latest = 0
  const listeners = new Set<() => void>()
  const emit = () => listeners.forEach((listener) => listener())
  history.scrollRestoration = 'manual'

  async function go(href: string, apply: (page: ResolvedPage) => void) {
    const id = ++latest
    state = { ...state, navigating: true }
    emit()
    const page = await pages.resolve(href)
    if (id !== latest) return // a newer navigation won
    apply(page)
    state = { page, navigating: false }
    emit()
  }

  window.addEventListener('popstate', (event) => {
    const scrollY = (event.state as HistoryState | null)?.scrollY ?? 0
    void go(`${location.pathname}${location.search}${location.hash}`, () => {
      requestAnimationFrame(() => window.scrollTo(0, scrollY))
    })
  })

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    prefetch: (href) => pages.prefetch(href),
    async navigate(href: string, options: NavigateOptions = {}) {
      const url = new URL(href, location.href)
      if (url.origin !== location.origin) {
        location.assign(url)
        return
      }
      const target = `${url.pathname}${url.search}${url.hash}`
      await go(target, () => {
        history.replaceState({ ...(history.state as HistoryState | null), scrollY: window.scrollY } satisfies HistoryState, '')
        if (options.replace) history.replaceState({}, '', target)
        else history.pushState({}, '', target)
        requestAnimationFrame(() => {
          const anchor = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null
          if (anchor) anchor.scrollIntoView()
          else window.scrollTo(0, 0)
        })
      })
    },
  }
}
