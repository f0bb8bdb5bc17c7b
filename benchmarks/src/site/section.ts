import type { ReportSection } from '../report'
import { measureJsWeight } from './jsWeight'
import { runLighthouse } from './lighthouse'
import { siteMarkdown } from './markdown'
import { sitePages } from './pages'
import { startSite } from './system'

/** Lighthouse pages (home, library, article): the performance-sensitive ones named by issue 10. */
const LIGHTHOUSE_PAGE_TYPES = ['home', 'library', 'article']

export interface SiteBenchmarkOptions {
  /** Lighthouse runs per page; the median performance run is reported. Default: BENCH_LIGHTHOUSE_RUNS or 3. */
  lighthouseRuns?: number
}

/**
 * The site's benchmark: the production builds of the CMS (demo content) and the site, the gzipped
 * JavaScript of each page type, and Lighthouse on the home, library and article pages, each held
 * to its target, with what costs points named from the audits themselves.
 */
export async function siteBenchmarkSection(options: SiteBenchmarkOptions = {}): Promise<ReportSection> {
  const runs = options.lighthouseRuns ?? (Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3)
  const site = await startSite()
  try {
    const pages = await sitePages(site.cmsUrl)
    const js = await measureJsWeight(site.webUrl, pages)
    const lighthouse = await runLighthouse(
      site.webUrl,
      pages.filter((page) => LIGHTHOUSE_PAGE_TYPES.includes(page.type)),
      runs,
    )
    return { title: 'Site: JavaScript weight and Lighthouse', markdown: siteMarkdown({ js, lighthouse, runs }) }
  } finally {
    await site.stop()
  }
}
