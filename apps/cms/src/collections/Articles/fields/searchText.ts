import type { TextareaField } from 'payload'

/**
 * Everything a visitor's search should find an article by, as plain text: title, excerpt, body and
 * the cited papers' titles and authors. Written by the `buildSearchText` hook (and re-written when a
 * cited paper changes); PostgreSQL derives the weighted `search_vector` column and its GIN index from
 * it (see ../search/searchVectorColumn.ts). Hidden: it is an index, not content, and never leaves the
 * server in an API response.
 */
export const searchTextField: TextareaField = {
  name: 'searchText',
  type: 'textarea',
  hidden: true,
  admin: { readOnly: true },
}
