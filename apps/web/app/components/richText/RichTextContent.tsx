import { RichText } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { safeConverters } from './converters'

type EditorState = ComponentProps<typeof RichText>['data']

/** Rich text from the CMS rendered as React elements (never as raw HTML), with our safe converters. */
export function RichTextContent({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <RichText
      data={data as EditorState}
      converters={safeConverters}
      className={className}
      // Editors' indents and alignment are layout; the page's typography decides that.
      disableIndent
      disableTextAlign
    />
  )
}
