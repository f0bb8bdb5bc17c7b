/**
 * `pnpm --filter @clinic/benchmarks bench:site-cache`: the site's page cache under load and
 * publish-to-visible latency, printed as markdown. Interrupted, it stops every server it started.
 */
import { measurePageCache, pageCacheMarkdown } from './pageCache'
import { stopEverything } from './running'

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers this run started…`)
    void stopEverything().finally(() => process.exit(130))
  })
}

try {
  const figures = await measurePageCache()
  process.stdout.write(`## Site: page cache throughput and publish latency\n\n${pageCacheMarkdown(figures)}\n`)
  process.exit(0)
} catch (error) {
  console.error(error)
  await stopEverything()
  process.exit(1)
}
