import type { ResolvedPage, SitePages } from './resolvePage'

export interface RouterState {
  page: ResolvedPage
  /** A navigation is loading its page; the current one stays until it is ready. */
  navigating: boolean
}

export interface NavigateOptions {
  replace?: boolean
}

export interface RouterStore {
  getState(): RouterState
  subscribe(listener: () => void): () => void
  navigate(href: string, options?: NavigateOptions): Promise<void>
  /** Loads a page's code and data ahead of a click (Link's prefetch). */
  prefetch(href: string): Promise<void>
}

/** A router that stays on one page: for the server's render, where nothing navigates. */
export function createStaticRouter(page: ResolvedPage): RouterStore {
  const state: RouterState = { page, navigating: false }
  return {
    getState: () => state,
    subscribe: () => () => {},
    navigate: async () => {},
    prefetch: async () => {},
  }
}

/**
 * A router that keeps its state in memory: it resolves each navigation exactly as the browser's
 * does, without the address bar (tests render pages and follow links with it).
 */
export function createMemoryRouter(initial: ResolvedPage, pages: SitePages): RouterStore {
  let state: RouterState = { page: initial, navigating: false }
  const listeners = new Set<() => void>()
  const emit = () => listeners.forEach((listener) => listener())
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async navigate(href) {
      state = { ...state, navigating: true }
      emit()
      state = { page: await pages.resolve(href), navigating: false }
      emit()
    },
    prefetch: (href) => pages.prefetch(href),
  }
}
