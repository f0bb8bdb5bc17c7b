interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/** Every JS file a module needs (its own chunk and, transitively, what it imports), in load order. */
export function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key]
  if (!chunk || seen.has(key)) return []
  seen.add(key)
  return [chunk.file, ...(chunk.imports ?? []).flatMap((imported) => chunkFiles(manifest, imported, seen))]
}

/**
 * <link rel="modulepreload"> tags for a page's code, so it downloads with the HTML, not after it
 * (what the entry itself imports, Vite already preloads from index.html).
 */
export function modulePreloadTags(manifest: Manifest, pageModule: string | undefined): string {
  if (!pageModule) return ''
  const inEntry = new Set(chunkFiles(manifest, 'index.html'))
  return chunkFiles(manifest, pageModule)
    .filter((file) => !inEntry.has(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('')
}
