/** The site benchmark (gzipped JS per page type, Lighthouse), for `pnpm bench` and `bench:site`. */
export { siteBenchmarkSection, type SiteBenchmarkOptions } from './section'
export { stopEverything } from './running'
