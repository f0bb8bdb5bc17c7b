import type { FieldHook, TextField } from 'payload'

/** "Parkinson’s Disease & MSCs" → "parkinsons-disease-mscs" */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const fillFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A unique URL slug made from another field unless the editor types one. */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    // Not `required`: the hook fills it, so callers may omit it; `validate` still refuses an empty one.
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the page's address. Made from the ${sourceField} when left empty.`,
    },
    hooks: { beforeValidate: [fillFromSource(sourceField)] },
    validate: (value: string | null | undefined) => {
      if (!value) return 'A slug is required: give a title or type one.'
      if (!SLUG_PATTERN.test(value)) return 'Use only lowercase letters, digits and single hyphens.'
      return true
    },
  }
}
