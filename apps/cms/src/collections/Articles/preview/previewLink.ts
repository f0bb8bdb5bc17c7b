import type { GeneratePreviewURL } from 'payload'

import { isStaff } from '../../../auth/hasRole'
import { env } from '../../../env'
import type { PreviewKind } from './previewToken'

/**
 * The edit view's "Preview" button: the CMS's open-preview endpoint, which mints a fresh signed
 * link when it is clicked and redirects to the draft on the real site. (A token minted when the
 * edit view rendered expired ten minutes later, and the button gave a 404 from then on.)
 */
export const previewLinkFor =
  (kind: PreviewKind): GeneratePreviewURL =>
  (doc, { req }) => {
    const id = typeof doc.id === 'number' ? doc.id : Number(doc.id)
    const slug = typeof doc.slug === 'string' ? doc.slug : ''
    if (!isStaff(req.user) || !Number.isInteger(id) || !slug) return null
    return `${env.serverUrl.replace(/\/$/, '')}/api/${kind}/${id}/open-preview`
  }

export const articlePreviewLink = previewLinkFor('articles')
