/**
 * Runs autocannon in its own process (forked by runLoad.ts), so the load generator never shares an
 * event loop with what it measures. Gets its job over IPC, answers with the figures.
 */
import autocannon from 'autocannon'

import { summarise, type LoadJob } from './stats'

process.once('message', (job: LoadJob) => {
  void run(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
  )
})

function once(job: LoadJob, durationSeconds: number): Promise<{ latencies: number[]; result: autocannon.Result }> {
  let next = 0
  const latencies: number[] = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.baseUrl,
        connections: job.connections,
        duration: durationSeconds,
        // Each request takes the next path in the rotation, whatever connection sends it.
        requests: [
          {
            setupRequest: (request) => {
              const n = next++
              const path = job.paths[n % job.paths.length]!
              return { ...request, path: job.unique ? path.replaceAll('{n}', String(n)) : path }
            },
          },
        ],
        headers: { accept: 'application/json' },
      },
      (error, result) => (error ? reject(error) : resolve({ latencies, result })),
    )
    // autocannon's summary has no p95; keep every response time to compute exact percentiles.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

/**
 * Every path of the rotation once, before anything is timed: a run of a few seconds would
 * otherwise measure the first (cold) read of most of its 500 slugs, on every target alike.
 */
async function readEveryPathOnce(job: LoadJob): Promise<void> {
  const queue = [...new Set(job.paths)]
  const reader = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const response = await fetch(new URL(path, job.baseUrl), { headers: { accept: 'application/json' } })
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: job.connections }, reader))
}

async function run(job: LoadJob) {
  // Warm-up: JIT, connection pools, PostgreSQL's buffer cache and (for the CMS) its response cache.
  if (!job.unique) await readEveryPathOnce(job)
  if (job.warmupSeconds > 0) await once(job, job.warmupSeconds)
  const { latencies, result } = await once(job, job.durationSeconds)
  return summarise(latencies, result)
}
