import { useCallback, useEffect, useRef } from 'react'

import { useRouter } from './RouterContext'

export type Prefetch = 'intent' | 'viewport' | 'none'

/**
 * Prefetches a link's page on hover, focus or touch ("intent": call `start` from those events), or
 * as soon as the link is on screen ("viewport", for the few links a reader is most likely to follow
 * next; give the link `ref`), at most once per link.
 */
export function usePrefetch(to: string, prefetch: Prefetch) {
  const router = useRouter()
  const ref = useRef<HTMLAnchorElement>(null)
  const started = useRef(false)

  const start = useCallback(() => {
    if (prefetch === 'none' || started.current) return
    started.current = true
    // The router loads the page's code and data (resolvePage.ts: sitePages).
    router.prefetch(to).catch(() => {
      // The navigation itself will load (and explain any failure); a later hover may try again.
      started.current = false
    })
  }, [to, prefetch, router])

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
