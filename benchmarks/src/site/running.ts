/**
 * What the site benchmark has started and not yet stopped (servers, browsers), so an interrupted
 * run (Ctrl-C, SIGTERM) can stop all of it: they run in process groups of their own, which a
 * terminal's Ctrl-C does not reach.
 */
const running = new Set<() => Promise<void>>()

/** Registers `stop` until it has run; returns the same stop, to call as usual. */
export function tracked(stop: () => Promise<void>): () => Promise<void> {
  const once = async () => {
    if (!running.delete(once)) return
    await stop()
  }
  running.add(once)
  return once
}

/** Stops everything still running, newest first. */
export async function stopEverything(): Promise<void> {
  for (const stop of [...running].reverse()) await stop().catch((error: unknown) => console.error(error))
}
