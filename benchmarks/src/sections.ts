import { boundedLoadSection } from './bounded/section'
import { faultsSection } from './faults'
import { cmsLoadSection } from './load/section'
import { Cleanups, runSweep } from './load/sweep'
import type { BenchOptions } from './options'
import { startBenchPostgres } from './postgres'
import type { ReportSection } from './report'
import { siteBenchmarkSection } from './site'
import { measurePageCache, pageCacheMarkdown } from './site/pageCache'

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

/** The site's gzipped JS per page type and Lighthouse scores (src/site/). */
const site: SectionProducer = { name: 'site', produce: () => siteBenchmarkSection() }

/** The site's page cache: each page type cold and warm against a node:http floor, and publish-to-visible latency (src/site/pageCache.ts). */
const siteCache: SectionProducer = {
  name: 'site-cache',
  produce: async () => ({
    title: 'Site: page cache throughput and publish latency',
    markdown: pageCacheMarkdown(await measurePageCache()),
  }),
}

/** PostgreSQL restarted under 60 s of reads and writes (src/faults/). */
const faults: SectionProducer = { name: 'faults', produce: () => faultsSection() }

/** 50 worst-case anonymous queries within the limits beside normal reads (src/bounded/). */
const bounded: SectionProducer = { name: 'bounded', produce: (options) => boundedLoadSection(options) }

export function sectionProducers(options: BenchOptions): SectionProducer[] {
  return [cmsLoad, bounded, site, siteCache, faults].filter((producer) => options.only === 'all' || producer.name === options.only)
}
