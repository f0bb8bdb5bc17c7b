import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../access/adminFieldOnly'
import { admins } from '../../access/admins'
import { ROLE_LABELS, ROLES } from '../../auth/roles'
import { env } from '../../env'
import { adminsOrSelf } from './access/adminsOrSelf'
import { canAccessAdmin } from './access/canAccessAdmin'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { restrictApiKeys } from './hooks/restrictApiKeys'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    // Read-only keys for marketing's tools (see hooks/restrictApiKeys).
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      // Behind https (production) the session cookie is never sent over plain http.
      secure: env.serverUrl.startsWith('https://'),
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Admin',
  },
  access: {
    admin: canAccessAdmin,
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin, restrictApiKeys],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      access: {
        create: adminFieldOnly,
        update: adminFieldOnly,
      },
      admin: {
        description: 'Only admins can change roles. A person may hold several.',
      },
    },
  ],
}
