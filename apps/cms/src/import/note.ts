import type { ImportedPage } from '@clinic/legacy-import'

/** "Imported from current-site-1.txt (page 3, lines 91–117) on 2026-11-22; title and excerpt were derived — check them." */
export function importNote(page: ImportedPage, fileName: string, now: Date): string {
  const derived = [page.titleDerived ? 'title' : null, page.excerptDerived ? 'excerpt' : null].filter(Boolean)
  const where = page.wordpress
    ? `WordPress ${page.wordpress.postType} ${page.wordpress.postId}, ${page.wordpress.oldUrl}${page.wordpress.publishedAt ? `, first published ${page.wordpress.publishedAt.slice(0, 10)}` : ''}${page.wordpress.creator ? ` by ${page.wordpress.creator}` : ''}`
    : `page ${page.index + 1}, lines ${page.firstLine}–${page.lastLine}`
  const head =
    `Imported from ${fileName} (${where}) on ${now.toISOString().slice(0, 10)}` +
    (derived.length > 0
      ? `; ${derived.join(' and ')} ${derived.length > 1 ? 'were' : 'was'} derived — check ${derived.length > 1 ? 'them' : 'it'}.`
      : '.')
  return page.flags.length > 0 ? `${head}\n${page.flags.map((flag) => `• ${flag}`).join('\n')}` : head
}
