import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

/** One clinic, one set of details: a second document (a create or a duplicate) would compete for the site. */
export const keepOneClinicProfile: CollectionBeforeOperationHook<'clinic-profile'> = async ({ operation, req }) => {
  if (operation !== 'create') return
  const { totalDocs } = await req.payload.count({ collection: 'clinic-profile', req, overrideAccess: true })
  if (totalDocs > 0) {
    throw new ValidationError(
      {
        collection: 'clinic-profile',
        errors: [{ path: 'clinicName', message: 'The clinic profile already exists: edit it instead of adding another.' }],
        req,
      },
      req.t,
    )
  }
}
