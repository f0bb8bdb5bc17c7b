/**
 * `pnpm --filter @clinic/benchmarks bench:site`: the site's benchmark on its own, printed as markdown.
 * Exits non-zero when the benchmark could not run (a target missed is reported, not an error);
 * interrupted, it stops every server and browser it started first.
 */
import { stopEverything } from './running'
import { siteBenchmarkSection } from './section'

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and browsers this run started…`)
    void stopEverything().finally(() => process.exit(130))
  })
}

try {
  const section = await siteBenchmarkSection()
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`)
  process.exit(0)
} catch (error) {
  console.error(error)
  await stopEverything()
  process.exit(1)
}
