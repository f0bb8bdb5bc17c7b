/**
 * `pnpm dev`: Vite's dev server (hot reload) in middleware mode, with every page rendered on the
 * server exactly as in production, from the app's source.
 */
import { readFile } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createServer as createViteServer } from 'vite'

import type { RenderRequest, RenderResult } from '../app/entry-server'
import { readConfig } from './config'
import { createPageHandler, sendServerError } from './pageHandler'
import { createRedirectLookup } from './redirects'
import { createSeoFileHandler } from './seoFiles'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const config = readConfig()
const vite = await createViteServer({ root, server: { middlewareMode: true }, appType: 'custom' })

const handlePage = createPageHandler({
  findRedirect: createRedirectLookup(config),
  config,
  async render(request: RenderRequest) {
    const { render } = (await vite.ssrLoadModule('/app/entry-server.tsx')) as {
      render(request: RenderRequest): Promise<RenderResult>
    }
    return render(request)
  },
  template: async (url) => vite.transformIndexHtml(url, await readFile(path.join(root, 'index.html'), 'utf-8')),
  // The stylesheet as a link avoids a flash of unstyled text while the dev client injects it.
  preloadTags: () => '<link rel="stylesheet" href="/app/styles/app.css">',
  production: false,
})

const handleSeoFile = createSeoFileHandler(config)

const server = createHttpServer((request, response) => {
  vite.middlewares(request, response, () => {
    const handled = handleSeoFile(request, response).then((seoFile) => (seoFile ? undefined : handlePage(request, response)))
    handled.catch((error: unknown) => {
      if (error instanceof Error) vite.ssrFixStacktrace(error)
      sendServerError(response, error)
    })
  })
})
server.listen(config.port, () => console.log(`[web] dev server on http://localhost:${config.port} (CMS: ${config.cmsServerUrl})`))
