// The API the CMS's importer (persisting, CLI, admin upload) codes against.
export type { ConditionCategory, ImportedPage, PageCondition, PageKind, ParseExportResult } from './types'
export { parseLegacyExport } from './parseExport'

// Conditions: the data and the matcher, also usable on their own (e.g. to suggest conditions for a new article).
export { KNOWN_CONDITIONS, type KnownCondition } from './conditions/knownConditions'
export { findConditions, type ConditionMention, type FindConditionsOptions, type FoundConditions } from './conditions/find'

// Lexical editor state, in the CMS's node shapes.

// Building blocks, exported for the CMS's own checks and messages.
export { fingerprint, normaliseForFingerprint } from './fingerprint'
export { MAX_EXPORT_LENGTH } from './validateInput'
export { MAX_EXCERPT_LENGTH } from './excerpt'
export { MAX_TITLE_LENGTH } from './titles'
export { CHROME_PHRASES, type ChromeKind, type ChromePhrases } from './chromePhrases'

// WordPress exports (WXR): the same pages, read from a WordPress site's export.
export { parseWordPressExport } from './wxr/parseWxr'
export { looksLikeWordPressExport } from './wxr/detect'
export type { WordPressImage, WordPressOrigin } from './types'
