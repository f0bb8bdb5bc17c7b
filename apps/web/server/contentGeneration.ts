/**
 * Follows the CMS's content generation (GET /api/content-generation), the counter every change to
 * public content bumps in its own transaction. Polling it is how every site instance learns of a
 * change within `intervalMs` with no shared state, no webhook delivery to retry and no listener
 * connection to keep alive (README "How the site caches").
 */
export interface GenerationWatcher {
  /**
   * The generation last confirmed by the CMS, or undefined when none was confirmed within
   * `staleAfterMs`: then nobody can vouch that a stored page is still current, so none is served.
   */
  current(): number | undefined
  stop(): void
}

export interface GenerationWatcherOptions {
  cmsServerUrl: string
  intervalMs: number
  /** How long one poll may take before it counts as failed. */
  requestTimeoutMs: number
  staleAfterMs: number
  /** Called when the generation changes, to drop what was rendered under another one. */
  onChange(generation: number): void
}

export function watchContentGeneration(options: GenerationWatcherOptions): GenerationWatcher {
  const endpoint = `${options.cmsServerUrl}/api/content-generation`
  let generation: number | undefined
  let confirmedAt = 0
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  async function poll() {
    try {
      const response = await fetch(endpoint, { signal: AbortSignal.timeout(options.requestTimeoutMs) })
      if (!response.ok) throw new Error(`GET ${endpoint}: ${response.status}`)
      const body = (await response.json()) as { generation?: unknown }
      if (typeof body.generation !== 'number') throw new Error(`GET ${endpoint}: no generation in the answer`)
      // Any difference counts, not only a rise: a restored database may count from lower again.
      if (body.generation !== generation) {
        const moved = generation !== undefined
        generation = body.generation
        if (moved) options.onChange(body.generation)
      }
      confirmedAt = Date.now()
    } catch {
      // Unreachable or odd: stored pages stop being served once `staleAfterMs` passes (current()).
    } finally {
      if (!stopped) timer = setTimeout(() => void poll(), options.intervalMs)
    }
  }
  void poll()

  return {
    current: () => (generation !== undefined && Date.now() - confirmedAt <= options.staleAfterMs ? generation : undefined),
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}
