/**
 * Node by node, for tests that need shapes the block builder (./build.ts) does not make: links,
 * line breaks, nested lists, uploads, Payload blocks, hostile nodes. Same fields, versions and
 * nesting as Payload stores them.
 */
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

export const lexicalNodes = {
  text,
  paragraph: (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' }),
  heading: (tag: 'h2' | 'h3', ...children: unknown[]) => element('heading', children, { tag }),
  quote: (...children: unknown[]) => element('quote', children),
  link: (url: string, ...children: unknown[]) =>
    element('link', children, { id: 'link-1', fields: { url, newTab: true, linkType: 'custom' } }),
  linebreak: () => ({ type: 'linebreak', version: 1 }),
  list: (listType: 'bullet' | 'number', ...items: unknown[]) =>
    element('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' }),
  listItem: (value: number, ...children: unknown[]) => element('listitem', children, { value }),
  upload: () => ({ type: 'upload', version: 3, relationTo: 'media', value: '6650c0ffee', fields: null }),
  block: (fields: Record<string, unknown>) => ({ type: 'block', version: 2, format: '', fields }),
  root: (...children: unknown[]) => ({ root: element('root', children) }),
}
