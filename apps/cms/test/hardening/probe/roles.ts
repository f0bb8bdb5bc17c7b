/** Who the probe acts as. `apiKey` is marketing's read-only key; the others sign in (or don't). */
export const PROBE_ROLES = ['anonymous', 'apiKey', 'editor', 'reviewer', 'publisher', 'marketing', 'admin'] as const
export type ProbeRole = (typeof PROBE_ROLES)[number]

export const TRANSPORTS = ['rest', 'local'] as const
export type Transport = (typeof TRANSPORTS)[number]

/** The CMS roles each probe role's account holds (anonymous holds none). */
export const CMS_ROLES: Record<Exclude<ProbeRole, 'anonymous'>, ('admin' | 'editor' | 'medical-reviewer' | 'publisher' | 'marketing')[]> = {
  apiKey: ['marketing'],
  editor: ['editor'],
  reviewer: ['medical-reviewer'],
  publisher: ['publisher'],
  marketing: ['marketing'],
  admin: ['admin'],
}
