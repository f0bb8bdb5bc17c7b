import { findFreePort, startCmsServer, startWebServer } from '@clinic/test-harness'

import { tracked } from './running'

export interface RunningSite {
  cmsUrl: string
  webUrl: string
  stop(): Promise<void>
}

/**
 * The production builds, as visitors get them: the built CMS on a fresh PostgreSQL with the demo
 * content, and the built site's production server reading it (built first if its sources changed).
 */
export async function startSite(): Promise<RunningSite> {
  // The CMS allows only its own site's origin (CORS), so the site's address is chosen first.
  const webPort = await findFreePort()
  const cms = await startCmsServer({ seed: true, env: { WEB_ORIGIN: `http://127.0.0.1:${webPort}` } })
  const stopCms = tracked(cms.stop)
  try {
    const web = await startWebServer({ port: webPort, cmsUrl: cms.url })
    const stopWeb = tracked(web.stop)
    return {
      cmsUrl: cms.url,
      webUrl: web.url,
      async stop() {
        await stopWeb()
        await stopCms()
      },
    }
  } catch (error) {
    await stopCms()
    throw error
  }
}
