import { ROLES, type Role } from '@clinic/workflow'

export { ROLES, type Role }

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  'medical-reviewer': 'Medical reviewer',
  publisher: 'Publisher',
  marketing: 'Marketing',
}

/** Roles that work on content in the admin and may see drafts. Marketing only reads what is published. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'editor', 'medical-reviewer', 'publisher']
