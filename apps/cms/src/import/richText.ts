import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { FlattenedField, PayloadRequest, RichTextField } from 'payload'

/** A Lexical node as stored (the converter's output), read and rewritten here only by shape. */
interface StoredNode {
  type: string
  children?: StoredNode[]
  pending?: { src?: string }
  [key: string]: unknown
}

export interface BodyConversion {
  /** The body as the articles' editor stores it. */
  body: { root: StoredNode }
  /** Images of the HTML that are not in Media (left out of the body). */
  missingImages: string[]
}

const editorConfigs = new WeakMap<object, SanitizedServerEditorConfig>()

/** The articles' body editor as configured (src/fields/richText.ts), with every feature it has. */
function articleBodyEditorConfig(req: PayloadRequest): SanitizedServerEditorConfig {
  const config = req.payload.config
  let editorConfig = editorConfigs.get(config)
  if (!editorConfig) {
    const fields: FlattenedField[] = req.payload.collections.articles.config.flattenedFields
    const body = fields.find((field) => field.name === 'body')
    if (body?.type !== 'richText') throw new Error('The articles collection has no rich-text body field.')
    editorConfig = editorConfigFactory.fromField({ field: body as RichTextField })
    editorConfigs.set(config, editorConfig)
  }
  return editorConfig
}

/**
 * Converts an imported body's clean HTML (from @clinic/legacy-import, which already kept only what
 * the editor has and only safe links) with Payload's own converter and the articles' editor
 * config, so the nodes are exactly those the editor writes. Images become upload nodes of the
 * Media documents `mediaBySrc` names; an image not there is left out and reported.
 */
export async function articleBodyFromHtml(
  req: PayloadRequest,
  html: string,
  mediaBySrc: ReadonlyMap<string, number>,
): Promise<BodyConversion> {
  // Loaded on the first WordPress import only, not with every CMS start.
  const { JSDOM } = await import('jsdom')
  const state = convertHTMLToLexical({ editorConfig: articleBodyEditorConfig(req), html, JSDOM }) as unknown as { root: StoredNode }
  const missingImages: string[] = []
  const rewrite = (nodes: StoredNode[]): StoredNode[] =>
    nodes.flatMap((node) => {
      if (node.type === 'upload') {
        const src = node.pending?.src ?? ''
        const media = mediaBySrc.get(src)
        if (media === undefined) {
          missingImages.push(src)
          return []
        }
        // A stored upload node, as the editor writes one when an image is chosen from Media.
        const { pending: _pending, ...rest } = node
        return [{ ...rest, version: 3, relationTo: 'media', value: media, fields: {} }]
      }
      return [node.children ? { ...node, children: rewrite(node.children) } : node]
    })
  state.root.children = rewrite(state.root.children ?? [])
  return { body: state, missingImages }
}
