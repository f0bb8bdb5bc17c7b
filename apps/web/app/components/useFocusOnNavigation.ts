import { useEffect, useRef } from 'react'

import { useRouterState } from '../router/RouterContext'

/**
 * After a client-side navigation to another page, moves focus to its h1, as a full page load would
 * start a screen reader at the top: the new page is announced, and Tab continues from there.
 * (Filtering or paging the library keeps the pathname, so focus stays where the reader is.)
 */
export function useFocusOnNavigation() {
  const { pathname } = useRouterState().page
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
  }, [pathname])
}
