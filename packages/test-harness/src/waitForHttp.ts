/** Polls a URL until it answers with a status below 500; throws with `describe()`'s text on time-out. */
export async function waitForHttp(url: string, options: { timeoutMs: number; describe: () => string }) {
  const deadline = Date.now() + options.timeoutMs
  let lastError = 'no answer'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not come up in ${options.timeoutMs} ms (${lastError}).\n${options.describe()}`)
}
