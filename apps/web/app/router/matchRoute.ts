import type { PageRoute, RouteMatch, RouteParams } from './types'

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** The route for a pathname ("/research/some-slug"), or undefined: that address is a 404. */
export function matchRoute(pathname: string, routes: readonly PageRoute[]): RouteMatch | undefined {
  const actual = segments(pathname)
  for (const route of routes) {
    const wanted = segments(route.path)
    if (wanted.length !== actual.length) continue
    const params: RouteParams = {}
    const matches = wanted.every((part, index) => {
      const value = decode(actual[index]!)
      if (value === undefined) return false
      if (part.startsWith(':')) {
        params[part.slice(1)] = value
        return value !== ''
      }
      return part === value
    })
    if (matches) return { route, params }
  }
  return undefined
}
