import type { CollectionBeforeChangeHook } from 'payload'

import { formatShortLabel } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

/** The admin's title for a citation: "Xia Y et al., Front Immunol 2023". */
export const setLabel: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const label = formatShortLabel({
    authors: (merged.authors ?? []).map((author) => author.name),
    journal: merged.journal ?? '',
    year: merged.year ?? 0,
  })
  return { ...data, label }
}
