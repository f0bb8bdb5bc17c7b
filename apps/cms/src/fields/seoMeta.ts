import type { GroupField } from 'payload'

/** Search engines cut titles around 60 characters and descriptions around 155. */
export const META_TITLE_MAX_LENGTH = 70
export const META_DESCRIPTION_MAX_LENGTH = 160

/**
 * What search results and shared links show for a page. Both are optional: the site falls back to
 * the page's own title and excerpt (or summary), so only pages that need different wording fill
 * them in. Plain fields rather than @payloadcms/plugin-seo, whose newest 3.90 release (3.90.1)
 * does not match this Payload (3.90.2) and whose generate buttons would only copy those fallbacks.
 */
export function seoMetaField({ fallback }: { fallback: string }): GroupField {
  return {
    name: 'meta',
    label: 'Search and sharing',
    type: 'group',
    admin: {
      description: `How this page appears in search results and link previews. Leave empty to use ${fallback}.`,
    },
    fields: [
      { name: 'title', label: 'Meta title', type: 'text', maxLength: META_TITLE_MAX_LENGTH },
      { name: 'description', label: 'Meta description', type: 'textarea', maxLength: META_DESCRIPTION_MAX_LENGTH },
    ],
  }
}
