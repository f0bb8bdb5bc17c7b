import type { CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '@clinic/shared-types'

/** Marking a lead handled records who and when; marking it new again clears both. */
export const trackHandled: CollectionBeforeChangeHook<Lead> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status === undefined || data.status === originalDoc?.status) return data
  if (data.status === 'handled') {
    return { ...data, handledBy: req.user?.id ?? null, handledAt: new Date().toISOString() }
  }
  return { ...data, handledBy: null, handledAt: null }
}
