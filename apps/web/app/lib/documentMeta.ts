import type { PageMeta } from '../data/pageData'
import { pageTitle } from './pageTitle'

function setMeta(attribute: 'name' | 'property', key: string, content: string | undefined) {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`)
  if (content === undefined) {
    element?.remove()
    return
  }
  if (!element) {
    element = document.createElement('meta')
    element.setAttribute(attribute, key)
    document.head.append(element)
  }
  element.content = content
}

/** After a client-side navigation: the same title and description the server would have sent. */
export function applyDocumentMeta(meta: PageMeta, siteName: string | undefined, indexable: boolean) {
  document.title = pageTitle(meta, siteName)
  setMeta('name', 'description', meta.description)
  setMeta('name', 'robots', indexable ? undefined : 'noindex')
  setMeta('property', 'og:title', meta.title)
  setMeta('property', 'og:description', meta.description)
  setMeta('property', 'og:type', meta.kind ?? 'website')
  setMeta('name', 'twitter:title', meta.title)
  setMeta('name', 'twitter:description', meta.description)
  updateCanonical(meta, indexable)
}

/** The server wrote the first page's canonical link with the site's public address; later pages keep that address. */
function updateCanonical(meta: PageMeta, indexable: boolean) {
  const link = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]')
  if (!link) return
  const url = indexable ? new URL(meta.canonicalPath ?? location.pathname, link.href).href : undefined
  if (url) link.href = url
  setMeta('property', 'og:url', url)
}
