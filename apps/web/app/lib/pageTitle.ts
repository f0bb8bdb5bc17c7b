import type { PageMeta } from '../data/pageData'

/** "Article title · Clinic" (the clinic's own pages just "Clinic"). */
export function pageTitle(meta: PageMeta, siteName: string | undefined): string {
  return siteName && meta.title !== siteName ? `${meta.title} · ${siteName}` : meta.title
}
