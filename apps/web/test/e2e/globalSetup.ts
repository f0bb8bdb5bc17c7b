/**
 * One real system for the whole e2e run: the built CMS on a fresh PostgreSQL with the demo content
 * seeded (plus what cmsContent.ts adds), and the built site's production server reading it.
 */
import type { TestProject } from 'vitest/node'

import { findFreePort, startCmsServer, startWebServer } from '@clinic/test-harness'

import { addE2eContent, type E2eContent } from './cmsContent'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    cmsUrl: string
    content: E2eContent
    /** The seeded admin, who may read leads. */
    cmsAdmin: { email: string; password: string }
  }
}

export default async function setup(project: TestProject) {
  // The site's address must be known first: the CMS allows only its own site's origin (CORS).
  const webPort = await findFreePort()
  const cms = await startCmsServer({
    seed: true,
    env: {
      WEB_ORIGIN: `http://127.0.0.1:${webPort}`,
      // Every form the run sends comes from 127.0.0.1: the default 5 per 10 minutes would refuse most.
      LEADS_RATE_LIMIT_MAX: '1000',
    },
  })
  try {
    const content = await addE2eContent(cms.url, cms.admin)
    const web = await startWebServer({ port: webPort, cmsUrl: cms.url })
    project.provide('webUrl', web.url)
    project.provide('cmsUrl', cms.url)
    project.provide('content', content)
    project.provide('cmsAdmin', cms.admin)
    return async () => {
      await web.stop()
      await cms.stop()
    }
  } catch (error) {
    await cms.stop()
    throw error
  }
}
