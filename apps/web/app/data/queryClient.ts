import { QueryClient } from '@tanstack/react-query'

/** How long fetched content counts as fresh: a publish shows on the site within a minute. */
export const FRESH_FOR_MS = 60_000

export function createQueryClient({ onServer }: { onServer: boolean }): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_FOR_MS,
        // On the server a failed read becomes a "try again" page at once instead of a slow one.
        retry: onServer ? false : 1,
      },
    },
  })
}
