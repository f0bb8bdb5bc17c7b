/**
 * Payload starts its job runners (`jobs.autoRun`: scheduled publishing, webhook deliveries) when it
 * initialises inside the Next.js server, which happens on the first request. Ask once as soon as
 * the server is up, so queued work runs after a restart even before anyone opens the admin.
 */
export function startJobRunners(port: string): void {
  const url = `http://127.0.0.1:${port}/api/users/me`
  const deadline = Date.now() + 5 * 60 * 1000
  const attempt = async (): Promise<void> => {
    try {
      await fetch(url, { signal: AbortSignal.timeout(120_000) })
    } catch {
      if (Date.now() < deadline) {
        setTimeout(() => void attempt(), 1000)
      }
    }
  }
  setTimeout(() => void attempt(), 1000)
}
