import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../access/adminFieldOnly'
import { admins } from '../../access/admins'
import { ROLE_LABELS, ROLES } from '../../auth/roles'
import { env } from '../../env'
import { adminOrOwnerField } from './access/adminOrOwnerField'
import { adminsOrSelf } from './access/adminsOrSelf'
import { canAccessAdmin } from './access/canAccessAdmin'
import { signedInPeople } from './access/signedInPeople'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { refuseStaleSessions } from './hooks/refuseStaleSessions'
import { refuseKeyRequestsByNonAdmins, restrictApiKeys } from './hooks/restrictApiKeys'

// Plugins (src/plugins): list size cap, literal like search.
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    // Read-only keys for marketing's tools (see hooks/restrictApiKeys).
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Seconds; the session cookie expires with the token (env.ts: SESSION_LIFETIME_SECONDS).
    tokenExpiration: env.sessionLifetimeSeconds,
    cookies: {
      sameSite: 'Lax',
      // In production the session cookie is never sent over plain http (env.ts: SESSION_COOKIE_SECURE).
      secure: env.secureCookies,
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
    // Colleagues' names for everyone signed in; e-mail, roles and keys field by field below.
    read: signedInPeople,
    update: adminsOrSelf,
    // Payload lets any signed-in user (an API key included) unlock accounts, which voided the
    // lockout: a guesser's accomplice could unlock after every 5 guesses.
    unlock: admins,
  },
  hooks: {
    beforeOperation: [refuseKeyRequestsByNonAdmins],
    beforeChange: [firstUserIsAdmin, restrictApiKeys],
    afterMe: [refuseStaleSessions],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    // Payload's own auth fields, merged with these: e-mail and API-key state are private to the
    // owner and admins (access/signedInPeople lets colleagues list accounts for their names).
    {
      name: 'email',
      type: 'email',
      required: true,
      access: { read: adminOrOwnerField },
    },
    {
      name: 'enableAPIKey',
      type: 'checkbox',
      access: { read: adminOrOwnerField },
    },
    {
      // Payload offers "Generate new API key" to anyone who can open the admin, and our hook
      // (hooks/restrictApiKeys) then refused it with a bare "Failed to update the API key":
      // only admins issue keys, so only admins are shown the control (Payload hides it from
      // anyone without update access to these fields).
      name: 'apiKey',
      type: 'text',
      access: { create: adminFieldOnly, update: adminFieldOnly, read: () => false },
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
        read: adminOrOwnerField,
        create: adminFieldOnly,
        update: adminFieldOnly,
      },
      admin: {
        description: 'Only admins can change roles. A person may hold several.',
      },
    },
  ],
}
