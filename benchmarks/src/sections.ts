import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cmsLoadSection } from './load/section'
import { Cleanups, runSweep } from './load/sweep'
import type { BenchOptions } from './options'
import { startBenchPostgres } from './postgres'
import type { ReportSection } from './report'

/** Something that measures and returns its part of the report; run.ts calls each in turn. */
export interface SectionProducer {
  name: string
  produce(options: BenchOptions): Promise<ReportSection>
}

const cmsLoad: SectionProducer = {
  name: 'cms',
  async produce(options) {
    const cleanups = new Cleanups()
    try {
      const postgres = await startBenchPostgres()
      cleanups.add(() => postgres.stop())
      const results = await runSweep(postgres, options, cleanups)
      return cmsLoadSection(results, options)
    } finally {
      await cleanups.runAll()
    }
  },
}

const SITE_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site', 'index.ts')

/** The site benchmarks (gzipped JS, Lighthouse) live in src/site/ and join the run once they exist. */
const site: SectionProducer = {
  name: 'site',
  async produce() {
    const { siteBenchmarkSection } = (await import(SITE_MODULE)) as { siteBenchmarkSection(): Promise<ReportSection> }
    return siteBenchmarkSection()
  },
}

export function sectionProducers(options: BenchOptions): SectionProducer[] {
  const all = [cmsLoad, ...(existsSync(SITE_MODULE) ? [site] : [])]
  return all.filter((producer) => options.only === 'all' || producer.name === options.only)
}
