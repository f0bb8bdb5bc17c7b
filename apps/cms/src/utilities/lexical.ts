/**
 * Builds Lexical editor state (as Payload's rich text stores it) from plain blocks, for seed data,
 * imports and tests. One copy: the legacy-site importer's (@clinic/legacy-import), so imported
 * bodies and the CMS's own have the same node shapes.
 */
export { bullets, heading, lexicalDocument, paragraph, type Block } from '@clinic/legacy-import'
