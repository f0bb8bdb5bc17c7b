/** Lexical editor state as Payload stores rich text: one paragraph per argument, or any nodes given. */
const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

export const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

export const paragraph = (...children: object[]) => ({ ...base, type: 'paragraph', textFormat: 0, children })

export function lexicalRoot(...children: object[]) {
  return { root: { ...base, type: 'root', children: children as { type: string; version: number }[] } }
}

export function lexicalDocument(...paragraphs: string[]) {
  return lexicalRoot(...paragraphs.map((value) => paragraph(text(value))))
}
