import { randomBytes } from 'node:crypto'

/** A lead as the admin reads it over REST (depth 1: the condition populated). */
export interface StoredLead {
  id: number
  kind: string
  name?: string | null
  email: string
  phone?: string | null
  message?: string | null
  preferredContact?: string | null
  condition?: { slug?: string | null } | number | null
  newsletterStatus?: string | null
  consent: boolean
  consentText?: string | null
  sourcePage?: string | null
}

/** An address no other test uses, so the CMS's duplicate window never joins two tests. */
export const uniqueEmail = (label: string) => `${label}.${randomBytes(4).toString('hex')}@example.org`

/**
 * The leads stored for one e-mail address, read as the seeded admin signed in (a session: leads
 * are refused to API keys and to everyone else).
 */
export async function leadsFor(cmsUrl: string, admin: { email: string; password: string }, email: string): Promise<StoredLead[]> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!login.ok || !token) throw new Error(`The admin could not sign in: ${login.status}`)
  const query = new URLSearchParams({ 'where[email][equals]': email.toLowerCase(), depth: '1', limit: '10' })
  const response = await fetch(`${cmsUrl}/api/leads?${query}`, { headers: { Authorization: `JWT ${token}` } })
  if (!response.ok) throw new Error(`Reading leads answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { docs: StoredLead[] }).docs
}
