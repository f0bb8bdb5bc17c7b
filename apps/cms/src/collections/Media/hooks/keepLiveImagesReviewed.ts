import { type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, ValidationError } from 'payload'

/** What visitors read of an image: its description, its caption and the picture itself. */
const SHOWN = ['alt', 'caption', 'filename'] as const

const REASON =
  'This image is on the site in published content, which a medical reviewer approved as it is. Upload a new image and put it in place of this one as a reviewed change.'

/**
 * An image that published content shows was reviewed with that content (issue 14): changing its
 * text or its picture would change the live page without a review, so it is refused, naming the
 * field; so is deleting it. Images not on the site are edited freely.
 */
export const keepLiveImagesReviewed: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || originalDoc?.onSite !== true) return data
  const changed = SHOWN.filter((field) => field in data && (data[field] ?? null) !== (originalDoc[field] ?? null))
  if (req.file) changed.push('filename')
  if (changed.length === 0) return data
  throw new ValidationError(
    {
      collection: 'media',
      errors: [...new Set(changed)].map((field) => ({ path: field === 'filename' ? 'file' : field, message: REASON })),
      req,
    },
    req.t,
  )
}

export const keepLiveImagesOnSite: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const image = await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (image?.onSite === true) {
    throw new ValidationError(
      {
        collection: 'media',
        errors: [
          {
            path: 'id',
            message: REASON.replace(
              'Upload a new image and put it in place of this one as a reviewed change.',
              'Take it out of that content first, as a reviewed change.',
            ),
          },
        ],
        req,
      },
      req.t,
    )
  }
}
