export type PageItem = number | 'gap'

/** The page numbers worth a link: first, last, and the current one with its neighbours; gaps between. */
export function pageWindow(current: number, total: number): PageItem[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b)
  const items: PageItem[] = []
  for (const page of wanted) {
    const previous = items.at(-1)
    if (typeof previous === 'number' && page - previous > 1) items.push(page - previous === 2 ? previous + 1 : 'gap')
    items.push(page)
  }
  return items
}
