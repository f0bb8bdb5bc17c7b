import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../../src/auth/roles'

export interface TestUser {
  id: number
  email: string
  password: string
  roles: Role[]
}

export async function createUser(payload: Payload, roles: Role[]): Promise<TestUser> {
  const email = `${roles.join('-') || 'nobody'}-${randomBytes(3).toString('hex')}@example.test`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Test ${roles.join(' ')}`, roles },
    overrideAccess: true,
  })
  return { id: user.id, email, password, roles }
}
