/** Where the services live and how the client treats them; every field has a default but `email`. */
export interface LookupConfig {
  /** E-utilities base, e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils (no trailing slash needed). */
  eutilsUrl: string
  /** PMC ID Converter API endpoint, e.g. https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/ */
  idconvUrl: string
  /** Crossref REST API base, e.g. https://api.crossref.org */
  crossrefUrl: string
  /** Sent to NCBI as `tool` (and in Crossref's User-Agent) so NCBI can reach whoever runs it. */
  tool: string
  /** Sent to NCBI as `email` and to Crossref as `mailto`; NCBI asks every caller for one. */
  email: string
  /** Optional NCBI API key: raises NCBI's limit from 3 to 10 requests per second. */
  apiKey?: string
  /** Deadline for one request, in milliseconds. */
  timeoutMs: number
  /** Deadline for a whole lookup (every request and wait), in milliseconds. */
  overallTimeoutMs: number
  /** How many times a 429 is retried before the editor is told the service is throttling. */
  maxRetries: number
}

export const DEFAULT_LOOKUP_CONFIG: Omit<LookupConfig, 'email'> = {
  eutilsUrl: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  idconvUrl: 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/',
  crossrefUrl: 'https://api.crossref.org',
  tool: 'clinic-cms',
  timeoutMs: 8000,
  overallTimeoutMs: 20000,
  maxRetries: 2,
}

/** NCBI's published limits: 3 requests per second without a key, 10 with one. */
export const NCBI_REQUESTS_PER_SECOND = { withoutKey: 3, withKey: 10 } as const
/**
 * Crossref asks "polite" callers (with a mailto) to stay within its advertised limit; the public
 * pool allowed 50/s when this was written and now advertises fewer, so 5/s keeps an editor's
 * lookups well inside any of them.
 */
export const CROSSREF_REQUESTS_PER_SECOND = 5

export type LookupEnv = Readonly<Record<string, string | undefined>>

export type ConfigResult = { ok: true; config: LookupConfig } | { ok: false; errors: string[] }

/**
 * Reads the CMS's environment: NCBI_EUTILS_URL, NCBI_IDCONV_URL, CROSSREF_URL, NCBI_TOOL,
 * NCBI_EMAIL (required), NCBI_API_KEY, CITATION_LOOKUP_TIMEOUT_MS. Every problem is reported at
 * once, naming the variable.
 */
export function lookupConfigFromEnv(env: LookupEnv): ConfigResult {
  const errors: string[] = []
  const url = (name: string, fallback: string): string => {
    const value = env[name]?.trim()
    if (!value) return fallback
    if (!/^https?:\/\/[^\s]+$/i.test(value)) errors.push(`${name} must be an http(s):// address, not "${value}".`)
    return value
  }
  const eutilsUrl = url('NCBI_EUTILS_URL', DEFAULT_LOOKUP_CONFIG.eutilsUrl)
  const idconvUrl = url('NCBI_IDCONV_URL', DEFAULT_LOOKUP_CONFIG.idconvUrl)
  const crossrefUrl = url('CROSSREF_URL', DEFAULT_LOOKUP_CONFIG.crossrefUrl)
  const email = env.NCBI_EMAIL?.trim() ?? ''
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push("NCBI_EMAIL must be set to an e-mail address NCBI can write to about this site's requests.")
  }
  let timeoutMs = DEFAULT_LOOKUP_CONFIG.timeoutMs
  const timeoutText = env.CITATION_LOOKUP_TIMEOUT_MS?.trim()
  if (timeoutText) {
    if (/^\d+$/.test(timeoutText) && Number(timeoutText) >= 100 && Number(timeoutText) <= 120000) timeoutMs = Number(timeoutText)
    else errors.push(`CITATION_LOOKUP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000, not "${timeoutText}".`)
  }
  const config: LookupConfig = {
    ...DEFAULT_LOOKUP_CONFIG,
    eutilsUrl,
    idconvUrl,
    crossrefUrl,
    tool: env.NCBI_TOOL?.trim() || DEFAULT_LOOKUP_CONFIG.tool,
    email,
    timeoutMs,
    // A lookup may wait out one Retry-After and retry: more than one request's deadline.
    overallTimeoutMs: Math.max(DEFAULT_LOOKUP_CONFIG.overallTimeoutMs, timeoutMs * 2.5),
  }
  const apiKey = env.NCBI_API_KEY?.trim()
  if (apiKey) config.apiKey = apiKey
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config }
}
