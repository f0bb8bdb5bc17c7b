export { recognizeIdentifier, type IdentifierKind, type RecognizedIdentifier } from './identify'
export { mapPubmedArticle, parsePubmedArticleSet, parseEsearchIds, pmidFromIdConverter, refSourceDate, type LookedUpFields, type LookedUpRecord } from './pubmed'
export { mapCrossrefWork, initialsOf, type CrossrefRecord } from './crossref'
export {
  STATUS_OF_NOTICE,
  STATUS_SEVERITY,
  type NoticeKind,
  type RetractionInfo,
  type RetractionNotice,
  type RetractionStatus,
} from './retraction'
