import type { AnchorHTMLAttributes, MouseEvent } from 'react'

import { useNavigate } from './RouterContext'
import { usePrefetch, type Prefetch } from './usePrefetch'

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path on this site: "/research?q=knee". */
  to: string
  /** When to fetch the page ahead: on intent (hover, focus, touch) unless told otherwise. */
  prefetch?: Prefetch
}

/** A plain click opens the page in place; a modifier-click or a middle click does what it always does. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

/**
 * A real <a href> to a page of this site (it works without JavaScript and in a new tab) that, with
 * JavaScript, prefetches its page and navigates in place.
 */
export function Link({ to, prefetch = 'intent', onClick, onMouseEnter, onFocus, onTouchStart, target, ...props }: LinkProps) {
  const navigate = useNavigate()
  const { ref, start: startPrefetch } = usePrefetch(to, prefetch)
  return (
    <a
      {...props}
      ref={ref}
      href={to}
      target={target}
      onMouseEnter={(event) => {
        startPrefetch()
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        startPrefetch()
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        startPrefetch()
        onTouchStart?.(event)
      }}
      onClick={(event) => {
        onClick?.(event)
        if (!isPlainClick(event) || (target && target !== '_self')) return
        event.preventDefault()
        void navigate(to)
      }}
    />
  )
}
