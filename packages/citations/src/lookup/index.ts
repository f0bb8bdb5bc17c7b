export { recognizeIdentifier, type IdentifierKind, type RecognizedIdentifier } from './identify'
export { LookupError, SERVICE_NAMES, type LookupErrorCode, type LookupService } from './errors'
export {
  DEFAULT_LOOKUP_CONFIG,
  NCBI_REQUESTS_PER_SECOND,
  CROSSREF_REQUESTS_PER_SECOND,
  lookupConfigFromEnv,
  type LookupConfig,
  type LookupEnv,
  type ConfigResult,
} from './config'
export { TokenBucket, systemClock, type Clock } from './rateLimit'
export { retryAfterMilliseconds, backoffMilliseconds, defaultHttpDependencies, type HttpDependencies } from './http'
export {
  mapPubmedArticle,
  parsePubmedArticleSet,
  parseEsearchIds,
  pmidFromIdConverter,
  refSourceDate,
  type LookedUpFields,
  type LookedUpRecord,
} from './pubmed'
export { mapCrossrefWork, initialsOf, type CrossrefRecord } from './crossref'
export {
  STATUS_OF_NOTICE,
  STATUS_SEVERITY,
  type NoticeKind,
  type RetractionInfo,
  type RetractionNotice,
  type RetractionStatus,
} from './retraction'
export { diffCitation, COMPARED_FIELDS, type FieldDifference, type FieldDifferenceKind } from './diff'
export { createCitationLookup, serviceUrl, type CitationLookup, type LookupResult, type LookupSource } from './client'
