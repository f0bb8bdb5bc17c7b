/** The site benchmark (gzipped JS per page type, Lighthouse), for `pnpm bench` and `bench:site`. */
export { siteBenchmarkSection } from './section'
