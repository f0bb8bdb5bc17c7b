/** Whether a file is XML (a WordPress export) rather than the plain-text export: its first characters say so. */
export function looksLikeWordPressExport(text: string): boolean {
  return /^\uFEFF?\s*<(?:\?xml|rss)\b/.test(text.slice(0, 200))
}
