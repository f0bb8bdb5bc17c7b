import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'

import type { RouterState, RouterStore } from './RouterStore'

const RouterContext = createContext<RouterStore | null>(null)

export function RouterProvider({ router, children }: { router: RouterStore; children: ReactNode }) {
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>
}

export function useRouter(): RouterStore {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter needs a <RouterProvider> above it (see App.tsx).')
  return router
}

export function useRouterState(): RouterState {
  const router = useRouter()
  return useSyncExternalStore(router.subscribe, router.getState, router.getState)
}

/** Navigates within the site as a link would: `navigate('/research?q=knee')`. */
export function useNavigate(): RouterStore['navigate'] {
  return useRouter().navigate
}

export function usePathname(): string {
  return useRouterState().page.pathname
}

export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(useRouterState().page.search)
}
