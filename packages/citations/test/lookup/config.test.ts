import { describe, expect, it } from 'vitest'
import { DEFAULT_LOOKUP_CONFIG, lookupConfigFromEnv } from '../../src/lookup/index'

describe('lookupConfigFromEnv', () => {
  it('takes the defaults with only NCBI_EMAIL set', () => {
    expect(lookupConfigFromEnv({ NCBI_EMAIL: 'editors@clinic.example' })).toStrictEqual({
      ok: true,
      config: { ...DEFAULT_LOOKUP_CONFIG, email: 'editors@clinic.example' },
    })
  })

  it('reads every variable', () => {
    const result = lookupConfigFromEnv({
      NCBI_EUTILS_URL: 'https://mirror.example/eutils',
      NCBI_IDCONV_URL: 'https://mirror.example/idconv/',
      CROSSREF_URL: 'https://crossref-mirror.example',
      NCBI_TOOL: 'clinic-cms-prod',
      NCBI_EMAIL: 'editors@clinic.example',
      NCBI_API_KEY: 'abc123',
      CITATION_LOOKUP_TIMEOUT_MS: '12000',
    })
    expect(result.ok && result.config).toStrictEqual({
      ...DEFAULT_LOOKUP_CONFIG,
      eutilsUrl: 'https://mirror.example/eutils',
      idconvUrl: 'https://mirror.example/idconv/',
      crossrefUrl: 'https://crossref-mirror.example',
      tool: 'clinic-cms-prod',
      email: 'editors@clinic.example',
      apiKey: 'abc123',
      timeoutMs: 12000,
      overallTimeoutMs: 30000,
    })
  })

  it('names every variable that is wrong, at once', () => {
    const result = lookupConfigFromEnv({ CROSSREF_URL: 'api.crossref.org', CITATION_LOOKUP_TIMEOUT_MS: 'fast' })
    expect(!result.ok && result.errors).toStrictEqual([
      'CROSSREF_URL must be an http(s):// address, not "api.crossref.org".',
      "NCBI_EMAIL must be set to an e-mail address NCBI can write to about this site's requests.",
      'CITATION_LOOKUP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000, not "fast".',
    ])
  })
})
