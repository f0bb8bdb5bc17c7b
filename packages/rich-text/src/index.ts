export { bullets, heading, lexicalDocument, paragraph, type Block, type LexicalDocument } from './build'
export { lexicalNodes } from './nodes'
export { lexicalToPlainText } from './plainText'
