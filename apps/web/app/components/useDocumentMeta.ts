import { useEffect, useRef } from 'react'

import { applyDocumentMeta } from '../lib/documentMeta'
import { useRouterState } from '../router/RouterContext'

/** Keeps <title> and the meta tags in step with client-side navigations (the server set the first). */
export function useDocumentMeta(siteName: string | undefined) {
  const { page } = useRouterState()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    applyDocumentMeta(page.meta, siteName, page.status === 200)
  }, [page, siteName])
}
