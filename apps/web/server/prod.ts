/**
 * The production server: the built client files (hashed, cached for a year, served pre-compressed)
 * and every page rendered by the built app, kept in memory until the CMS's content changes (pageCache.ts). `pnpm --filter @clinic/web start`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sirv from 'sirv'

import { render } from '../app/entry-server'
import { readConfig } from './config'
import { watchContentGeneration } from './contentGeneration'
import { modulePreloadTags, type Manifest } from './manifest'
import { createPageStore } from './pageCache'
import { createPageHandler, sendServerError } from './pageHandler'
import { securityHeaders } from './securityHeaders'
import { createRedirectLookup } from './redirects'
import { createSeoFileHandler } from './seoFiles'

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client')
const template = readFileSync(path.join(clientDir, 'index.html'), 'utf-8')
const manifest = JSON.parse(readFileSync(path.join(clientDir, '.vite/manifest.json'), 'utf-8')) as Manifest
// Only these are files; every other path is a page (index.html is the template, never served as is).
const publicFiles = new Set(readdirSync(clientDir).filter((name) => name !== 'index.html' && !name.startsWith('.')))

const config = readConfig()
const assets = sirv(clientDir, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders(response, pathname) {
    const hashed = pathname.startsWith('/assets/')
    response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
  },
})
const pages = config.pageCacheMaxBytes > 0 ? createPageStore(config.pageCacheMaxBytes) : undefined
const generation = pages
  ? watchContentGeneration({
      cmsServerUrl: config.cmsServerUrl,
      intervalMs: config.pageCachePollMs,
      requestTimeoutMs: 1000,
      // A page is served from memory only while the CMS vouched for its generation this recently,
      // so even with the CMS unreachable nothing stays visible longer than 2 s after a change.
      staleAfterMs: 1500,
      onChange: (current) => pages.keepOnly(current),
    })
  : undefined
const handlePage = createPageHandler({
  findRedirect: createRedirectLookup(config),
  config,
  render,
  template: async () => template,
  preloadTags: (pageModule) => modulePreloadTags(manifest, pageModule),
  production: true,
  cache: pages && generation ? { pages, generation } : undefined,
})

const handleSeoFile = createSeoFileHandler(config)

// Files, robots.txt, the sitemap and error answers carry the same headers as pages (which set them again).
const everyResponseHeaders = securityHeaders(new URL(config.cmsPublicUrl).origin, { strictScripts: true })

const server = createServer((request, response) => {
  // The warm path first: a stored page carries every header it needs (the same security headers).
  if (handlePage.answerFromCache(request, response)) return
  for (const [name, value] of Object.entries(everyResponseHeaders)) response.setHeader(name, value)
  const pathname = new URL(request.url ?? '/', 'http://site.invalid').pathname
  const firstSegment = pathname.split('/')[1] ?? ''
  if (publicFiles.has(firstSegment) && pathname !== '/') {
    assets(request, response, () => {
      response.writeHead(404).end()
    })
    return
  }
  handleSeoFile(request, response)
    .then((handled) => (handled ? undefined : handlePage(request, response)))
    .catch((error: unknown) => sendServerError(response, error))
})

server.listen(config.port, () => {
  console.log(`[web] http://localhost:${config.port} (CMS: ${config.cmsServerUrl}, browsers: ${config.cmsPublicUrl})`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    generation?.stop()
    server.close(() => process.exit(0))
  })
}
