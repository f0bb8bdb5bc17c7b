import type { JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { safeHref } from '../../lib/safeHref'
import { internalHref } from './internalHref'

interface LinkFields {
  linkType?: 'custom' | 'internal'
  url?: string
  newTab?: boolean
  doc?: { relationTo?: string; value?: unknown }
}

interface MediaDoc {
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
}

function renderLink(fields: LinkFields, children: ReactNode) {
  const href = fields.linkType === 'internal' ? internalHref(fields.doc) : safeHref(fields.url)
  // A link we will not follow keeps its words and loses only the link.
  if (!href) return <span>{children}</span>
  const external = /^https?:/.test(href)
  return (
    <a href={href} {...(fields.newTab && external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  )
}

/**
 * Payload's JSX converters with every way for CMS content to reach the page as markup or script
 * closed: links and autolinks are checked (see safeHref), images must be images from the CMS with
 * their alt text, and a node type we do not know renders its text only, never an "unknown node".
 */
export const safeConverters: JSXConvertersFunction = ({ defaultConverters }) => {
  const converters: JSXConverters = {
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => renderLink(node.fields as LinkFields, nodesToJSX({ nodes: node.children })),
    autolink: ({ node, nodesToJSX }) => renderLink(node.fields as LinkFields, nodesToJSX({ nodes: node.children })),
    upload: ({ node }) => {
      const media = (node as { value?: unknown }).value as MediaDoc | number | undefined
      const src = typeof media === 'object' ? safeHref(media?.url) : undefined
      if (!src || typeof media !== 'object' || !media?.mimeType?.startsWith('image/')) return null
      return <img src={src} alt={media.alt ?? ''} width={media.width ?? undefined} height={media.height ?? undefined} loading="lazy" />
    },
    // Payload's list item writes value="n" on every <li>, which HTML allows only inside an <ol> and
    // which the list's own numbering already gives: plain items are rendered without it.
    listitem: (args) => {
      const item = args.node as { checked?: boolean; children: unknown[] }
      const fallback = defaultConverters.listitem
      if (typeof item.checked === 'boolean' && typeof fallback === 'function') return fallback(args)
      return <li>{args.nodesToJSX({ nodes: item.children as never })}</li>
    },
    unknown: ({ node, nodesToJSX }) => {
      const children = (node as { children?: unknown }).children
      return Array.isArray(children) ? <>{nodesToJSX({ nodes: children })}</> : null
    },
    blocks: {},
    inlineBlocks: {},
  }
  return converters
}
