import { type CheckboxField, type FieldHook, slugField as payloadSlugField, type RowField, type TextField } from 'payload'

import { staffFieldOnly } from '../access/staffFieldOnly'
import { slugify } from './slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A typed slug is tidied rather than refused; an emptied one keeps the address it had, or is made
 * from the source field. Runs before validation: Payload validates a row's fields side by side with
 * their beforeChange hooks, so its own generation (a beforeChange hook on the flag) may come after
 * the slug was judged empty.
 */
const fillSlug =
  (useAsSlug: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[useAsSlug] ?? originalDoc?.[useAsSlug]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * A unique URL slug made from another field unless the editor types one: Payload's `slugField`
 * (its admin control offers to make the slug from the title) with the clinic's slugify, which drops
 * accents and apostrophes.
 *
 * The slug is made once, on create. Payload's hidden `generateSlug` flag would make it again from
 * the title on a later save while the flag is on; nobody may turn it on after create, because a
 * new slug moves a published page, and moving a published page is a publisher's act that the
 * workflow checks (Articles/hooks/enforceWorkflow) before field hooks run.
 */
export function slugField(useAsSlug: string): RowField {
  return payloadSlugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined),
    // Drafts may be saved without one; publishing validates it (below).
    required: false,
    overrides: (row) => {
      const [generate, slug] = row.fields as [CheckboxField, TextField]
      // Bookkeeping, not content: visitors, keys and marketing never see it.
      generate.access = { read: staffFieldOnly, update: () => false }
      generate.admin = { ...generate.admin, description: `On until a slug is made from the ${useAsSlug}; set by the CMS only.` }
      slug.admin = { ...slug.admin, description: `Part of the page's address. Made from the ${useAsSlug} when left empty.` }
      slug.hooks = { ...slug.hooks, beforeValidate: [...(slug.hooks?.beforeValidate ?? []), fillSlug(useAsSlug)] }
      slug.validate = (value: string | null | undefined) => {
        if (!value) return 'A slug is required: give a title or type one.'
        if (!SLUG_PATTERN.test(value)) return 'Use only lowercase letters, digits and single hyphens.'
        return true
      }
      return row
    },
  })
}
