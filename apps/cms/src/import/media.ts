import { open, realpath, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { WordPressImage } from '@clinic/legacy-import'
import type { PayloadRequest } from 'payload'

/** The largest image the import reads from the uploads folder. */
export const MAX_IMPORTED_IMAGE_BYTES = 20 * 1024 * 1024

/** What became of one image of a WordPress post. */
export type ImageOutcome =
  { kind: 'created' | 'reused'; image: WordPressImage; mediaId: number } | { kind: 'skipped'; image: WordPressImage; reason: string }

/** Media files written during an import, so a failed import can remove them (its rows roll back). */
export interface MediaLedger {
  created: { filename: string; sizes: string[] }[]
}

/** The image types Media accepts, told by their first bytes (never by the name or the old server's word). */
function sniffImageType(head: Buffer): string | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif'
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp'
  if (head.subarray(4, 12).toString('latin1') === 'ftypavif') return 'image/avif'
  return null
}

/**
 * Where an image lives under the WordPress uploads folder: its attachment's file
 * (`_wp_attached_file`, e.g. 2008/06/canola2.jpg) or the part of its address after
 * `/wp-content/uploads/` (or `/uploads/`). Null when neither names a file inside the folder.
 */
export function uploadsRelativePath(image: WordPressImage): string | null {
  let relative = image.localFile
  if (!relative) {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(image.url, 'http://old-site.invalid/').pathname)
    } catch {
      return null
    }
    const match = /\/(?:wp-content\/)?uploads\/(.+)$/.exec(pathname)
    relative = match?.[1]
  }
  if (!relative) return null
  const segments = relative.split(/[\\/]+/).filter(Boolean)
  if (segments.length === 0 || segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\0'))) return null
  return segments.join('/')
}

/** The Media file name an imported image gets: stable, so a second import finds it instead of adding it again. */
export function importedMediaFilename(relative: string): string {
  return `wp-${relative.replace(/\//g, '-')}`.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 180)
}

/**
 * Reads one image from the uploads folder: only a regular file inside the folder (also after
 * following links), at most MAX_IMPORTED_IMAGE_BYTES, of an image type Media accepts.
 */
async function readUploadedImage(uploadsDir: string, relative: string): Promise<{ data: Buffer; mimetype: string } | string> {
  const root = await realpath(uploadsDir)
  let file: string
  try {
    file = await realpath(path.join(root, relative))
  } catch {
    return `not found in the uploads folder (${relative})`
  }
  if (!file.startsWith(root + path.sep)) return `outside the uploads folder (${relative})`
  const handle = await open(file, 'r')
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return `not a file (${relative})`
    if (stats.size > MAX_IMPORTED_IMAGE_BYTES)
      return `larger than ${MAX_IMPORTED_IMAGE_BYTES / 1024 / 1024} MB (${relative}, ${Math.ceil(stats.size / 1024 / 1024)} MB)`
    const data = await handle.readFile()
    const mimetype = sniffImageType(data.subarray(0, 16))
    if (!mimetype) return `not a JPEG, PNG, WebP, AVIF or GIF image (${relative})`
    return { data, mimetype }
  } finally {
    await handle.close()
  }
}

/**
 * Brings a WordPress post's images into Media from the site's uploads folder on this machine
 * (never over the network: an export names addresses anyone could have written, so fetching them
 * would let a file make the server request any address). An image with alt text becomes a Media
 * document (or the one an earlier import made of the same file); one without alt text is left
 * out, because Media requires alt text and a made-up one would reach visitors.
 */
export async function importImages(
  req: PayloadRequest,
  images: readonly WordPressImage[],
  uploadsDir: string | undefined,
  ledger: MediaLedger,
): Promise<ImageOutcome[]> {
  const outcomes: ImageOutcome[] = []
  for (const image of images) {
    if (!uploadsDir) {
      outcomes.push({ kind: 'skipped', image, reason: 'no uploads folder was given' })
      continue
    }
    const relative = uploadsRelativePath(image)
    if (!relative) {
      outcomes.push({ kind: 'skipped', image, reason: 'its address names no file of the uploads folder' })
      continue
    }
    if (!image.alt) {
      outcomes.push({ kind: 'skipped', image, reason: `Media requires alt text (file ${relative})` })
      continue
    }
    const filename = importedMediaFilename(relative)
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs[0]) {
      outcomes.push({ kind: 'reused', image, mediaId: docs[0].id })
      continue
    }
    const read = await readUploadedImage(uploadsDir, relative)
    if (typeof read === 'string') {
      outcomes.push({ kind: 'skipped', image, reason: read })
      continue
    }
    const media = await req.payload.create({
      collection: 'media',
      data: { alt: image.alt, ...(image.caption ? { caption: image.caption } : {}) },
      file: { data: read.data, mimetype: read.mimetype, name: filename, size: read.data.length },
      overrideAccess: true,
      req,
    })
    ledger.created.push({
      filename: media.filename ?? filename,
      sizes: Object.values(media.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : [])),
    })
    outcomes.push({ kind: 'created', image, mediaId: media.id })
  }
  return outcomes
}

/** Removes the files of Media created by an import whose transaction was rolled back (local disk only). */
export async function removeImportedFiles(req: PayloadRequest, ledger: MediaLedger): Promise<void> {
  const staticDir = req.payload.collections.media.config.upload?.staticDir
  if (!staticDir) return
  for (const { filename, sizes } of ledger.created) {
    for (const name of [filename, ...sizes]) await unlink(path.join(staticDir, name)).catch(() => undefined)
  }
  ledger.created = []
}

/** The line an import note and report give each image. */
export function imageFlag(outcome: ImageOutcome): string {
  const { image } = outcome
  const what = `${image.featured ? 'Featured image' : 'Image'} ${image.url}`
  if (outcome.kind !== 'skipped')
    return outcome.kind === 'created'
      ? `${what} imported into Media (${outcome.mediaId}) with alt text "${image.alt}": check it.`
      : `${what} is already in Media (${outcome.mediaId}), used again.`
  const alt = image.alt ? ` — alt text "${image.alt}"` : ' — needs alt text'
  return `Image not imported: ${image.url}${image.featured ? ' (featured image)' : ''}${alt}; ${outcome.reason}. Upload it to Media and add it by hand.`
}
