import { getPayload, type FlattenedField, type SanitizedConfig } from 'payload'

/** What the guard needs to know of one field to tell a value it can hold from a database error. */
export interface FieldKind {
  kind: 'id' | 'text' | 'number' | 'date' | 'choice' | 'relationship' | 'checkbox' | 'other'
  /** For choice fields: every value it can hold. */
  choices?: readonly string[]
  /** For relationships to one collection: that collection, for one-hop paths. */
  relationTo?: string
}

/** Per collection slug, per top-level field name. */
export type FieldKinds = Readonly<Record<string, Readonly<Record<string, FieldKind>>>>

function kindOf(field: FlattenedField): FieldKind {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    case 'number':
      return { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'select':
    case 'radio':
      return { kind: 'choice', choices: field.options.map((option) => (typeof option === 'string' ? option : option.value)) }
    case 'relationship':
    case 'upload':
      return { kind: 'relationship', relationTo: typeof field.relationTo === 'string' ? field.relationTo : undefined }
    default:
      return { kind: 'other' }
  }
}

let cached: Promise<FieldKinds> | undefined

/**
 * Read once from the running config, so the guard knows each field as the collections define it
 * (its type, its options, `_status` where drafts are on) without a second list to keep in step.
 */
export function fieldKindsOf(config: SanitizedConfig | Promise<SanitizedConfig>): Promise<FieldKinds> {
  cached ??= (async () => {
    const payload = await getPayload({ config })
    const result: Record<string, Record<string, FieldKind>> = {}
    for (const [slug, { config: collection }] of Object.entries(payload.collections)) {
      const fields: Record<string, FieldKind> = {}
      for (const field of collection.flattenedFields) fields[field.name] = kindOf(field)
      if (collection.versions?.drafts) fields._status = { kind: 'choice', choices: ['draft', 'published'] }
      fields.id = { kind: 'id' }
      result[slug] = fields
    }
    return result
  })()
  return cached
}
