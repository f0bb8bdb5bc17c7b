import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef } from 'react'

import type { CmsClient } from '../cms/client'
import { useCms } from '../data/CmsContext'
import { matchRoute } from './matchRoute'

export type Prefetch = 'intent' | 'viewport' | 'none'

/** Loads a site page ahead of the click: its code, and its data into the query cache. */
export async function prefetchPage(to: string, queryClient: QueryClient, cms: CmsClient): Promise<void> {
  const url = new URL(to, 'http://site.invalid')
  const match = matchRoute(url.pathname)
  if (!match) return
  await Promise.all([match.route.component(), match.route.load(match.params, url.searchParams)(queryClient, cms)])
}

/**
 * Prefetches a link's page on hover, focus or touch ("intent": call `start` from those events), or
 * as soon as the link is on screen ("viewport", for the few links a reader is most likely to follow
 * next; give the link `ref`), at most once per link.
 */
export function usePrefetch(to: string, prefetch: Prefetch) {
  const queryClient = useQueryClient()
  const cms = useCms()
  const ref = useRef<HTMLAnchorElement>(null)
  const started = useRef(false)

  const start = useCallback(() => {
    if (prefetch === 'none' || started.current) return
    started.current = true
    prefetchPage(to, queryClient, cms).catch(() => {
      // The navigation itself will load (and explain any failure); a later hover may try again.
      started.current = false
    })
  }, [to, prefetch, queryClient, cms])

  useEffect(() => {
    const element = ref.current
    if (prefetch !== 'viewport' || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      start()
      observer.disconnect()
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [prefetch, start])

  return { ref, start }
}
