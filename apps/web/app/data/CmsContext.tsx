import { createContext, useContext, type ReactNode } from 'react'

import type { CmsClient } from '../cms/client'

const CmsContext = createContext<CmsClient | null>(null)

export function CmsProvider({ client, children }: { client: CmsClient; children: ReactNode }) {
  return <CmsContext.Provider value={client}>{children}</CmsContext.Provider>
}

/** The CMS client for components' queries (the same keys the loaders filled). */
export function useCms(): CmsClient {
  const client = useContext(CmsContext)
  if (!client) throw new Error('useCms needs a <CmsProvider> above it (see root.tsx).')
  return client
}
