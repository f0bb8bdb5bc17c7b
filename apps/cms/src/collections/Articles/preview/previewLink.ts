import type { GeneratePreviewURL } from 'payload'

import { isStaff } from '../../../auth/hasRole'
import { siteUrls } from '../../../endpoints/feeds/siteUrls'
import { mintPreviewToken } from './previewToken'

/**
 * The edit view's "Preview" button: the draft on the real site, through a freshly signed link.
 * Payload computes it on the server for the signed-in editor when the edit view renders.
 */
export const articlePreviewLink: GeneratePreviewURL = (doc, { req }) => {
  const id = typeof doc.id === 'number' ? doc.id : Number(doc.id)
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  if (!isStaff(req.user) || !Number.isInteger(id) || !slug) return null
  return siteUrls.articlePreview(slug, mintPreviewToken(id))
}
