import { lexicalToPlainText } from '@clinic/rich-text'

export interface CitedPaper {
  title?: string | null
  authors?: { name?: string | null }[] | null
}

export interface SearchableArticle {
  title?: string | null
  excerpt?: string | null
  body?: unknown
}

/** The text an article is found by: its own words first, then each cited paper's title and authors. */
export function searchTextOf(article: SearchableArticle, citedPapers: CitedPaper[]): string {
  const paperLines = citedPapers.flatMap((paper) => [
    paper.title ?? '',
    (paper.authors ?? []).map((author) => author.name ?? '').join(', '),
  ])
  return [article.title ?? '', article.excerpt ?? '', lexicalToPlainText(article.body), ...paperLines]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}
