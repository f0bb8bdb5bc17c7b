import { fixture, startReplayServer, type ReplayServer } from '../../../../packages/citations/test/lookup/replayServer'

export { fixture, type ReplayServer }

/**
 * The citations package's replay server (genuine NCBI and Crossref answers, 127.0.0.1, port 0),
 * and the CMS's lookup settings pointed at it. Call before startTestPayload: env.ts reads them
 * when the config loads.
 */
export async function startLookupReplay(timeoutMs = 1000): Promise<ReplayServer> {
  const server = await startReplayServer()
  process.env.NCBI_EUTILS_URL = `${server.url}/entrez/eutils`
  process.env.NCBI_IDCONV_URL = `${server.url}/tools/idconv/api/v1/articles/`
  process.env.CROSSREF_URL = server.url
  process.env.NCBI_EMAIL = 'editors@clinic.example'
  process.env.NCBI_TOOL = 'clinic-cms-test'
  process.env.CITATION_LOOKUP_TIMEOUT_MS = String(timeoutMs)
  return server
}

export const xml = (name: string) => ({ status: 200, body: fixture(name), contentType: 'text/xml' })
export const json = (name: string) => ({ status: 200, body: fixture(name) })
