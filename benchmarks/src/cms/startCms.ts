import { randomBytes } from 'node:crypto'

import { type CmsServer, startCmsServer } from '@clinic/test-harness'

/**
 * The built CMS on a database the generator filled. `cache: false` sets RESPONSE_CACHE=off, the
 * cold path every request pays when the response cache is empty or just invalidated.
 */
export function startBenchCms(databaseUrl: string, options: { cache: boolean }): Promise<CmsServer> {
  return startCmsServer({
    databaseUrl,
    payloadSecret: randomBytes(24).toString('hex'),
    env: {
      RESPONSE_CACHE: options.cache ? 'on' : 'off',
      // Scheduled-publish and webhook runners would compete for the same two cores mid-measurement.
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'error',
    },
  })
}
