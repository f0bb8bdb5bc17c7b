import { getPayload, type FlattenedField, type SanitizedConfig } from 'payload'

/** Per collection (and global) slug, per top-level field name, the values the field can hold. */
export type EnumFields = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>

function choicesOf(fields: readonly FlattenedField[]): Record<string, string[]> {
  const choices: Record<string, string[]> = {}
  for (const field of fields) {
    if (field.type !== 'select' && field.type !== 'radio') continue
    choices[field.name] = field.options.map((option) => (typeof option === 'string' ? option : option.value))
  }
  return choices
}

let cached: Promise<EnumFields> | undefined

/**
 * Read once from the running config, so the guard knows every choice field as the collections
 * define it (select and radio options, and `_status` where drafts are on) without a second list.
 */
export function enumFieldsOf(config: SanitizedConfig | Promise<SanitizedConfig>): Promise<EnumFields> {
  cached ??= (async () => {
    const payload = await getPayload({ config })
    const result: Record<string, Record<string, string[]>> = {}
    for (const [slug, { config: collection }] of Object.entries(payload.collections)) {
      result[slug] = { ...choicesOf(collection.flattenedFields), ...(collection.versions?.drafts ? { _status: ['draft', 'published'] } : {}) }
    }
    return result
  })()
  return cached
}
