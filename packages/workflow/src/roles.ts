/** Roles a CMS user can hold; a user may hold several at once. */
export const ROLES = ['admin', 'editor', 'medical-reviewer', 'publisher', 'marketing'] as const

export type Role = (typeof ROLES)[number]

/**
 * How a role reads inside a sentence ("Only a medical reviewer or an admin can …"),
 * so refusal messages name who may act in plain English.
 */
export const ROLE_NAMES_IN_SENTENCES: Readonly<Record<Role, string>> = {
  admin: 'an admin',
  editor: 'an editor',
  'medical-reviewer': 'a medical reviewer',
  publisher: 'a publisher',
  marketing: 'marketing',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
