import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import yauzl from 'yauzl'

import { MAX_IMPORTED_IMAGE_BYTES } from './media'

/** What an archive may hold, checked against the sizes its directory declares (and yauzl checks those against the data). */
export const ARCHIVE_LIMITS = {
  entries: 20_000,
  /** The export itself. */
  exportBytes: 50 * 1024 * 1024,
  /** Everything written to disk, images included. */
  totalBytes: 1024 * 1024 * 1024,
}
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/i
/** The uploads folder inside the archive: `wp-content/uploads/…` or `uploads/…`, at any depth. */
const UPLOADS_PART = /(?:^|\/)(?:wp-content\/)?uploads\/(.+)$/

export type ExportArchive =
  { ok: true; text: string; exportName: string; uploadsDir: string | undefined; dispose(): Promise<void> } | { ok: false; error: string }

/** Whether a file is a zip archive, by its first bytes. */
export const looksLikeZip = (data: Uint8Array) =>
  data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04

/**
 * Reads a zip of a WordPress site's move: its export (the one `.xml` outside the uploads folder)
 * and its `wp-content/uploads` images, written to a temporary folder the import reads images
 * from (dispose() removes it). Only image files under `uploads/` are written, never links or
 * anything else; names that leave the archive's root (absolute, `..`) make yauzl refuse the file;
 * the limits above keep a small archive from unpacking into a huge one.
 */
export async function readExportArchive(data: Buffer): Promise<ExportArchive> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true })
  } catch (error) {
    return { ok: false, error: `The zip archive could not be read (${(error as Error).message}).` }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'clinic-import-'))
  const dispose = () => rm(dir, { recursive: true, force: true })
  const refuse = async (error: string): Promise<ExportArchive> => {
    zip.close()
    await dispose()
    return { ok: false, error }
  }
  const exports: { name: string; text: string }[] = []
  let entries = 0
  let written = 0
  let images = 0
  try {
    for await (const entry of zip.eachEntry()) {
      entries += 1
      if (entries > ARCHIVE_LIMITS.entries) return await refuse(`The zip archive holds more than ${ARCHIVE_LIMITS.entries} files.`)
      const name = entry.fileName
      if (name.endsWith('/')) continue
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000
      if (mode !== 0 && mode !== 0o100000) continue // links, devices: never followed or written
      if (entry.isEncrypted()) return await refuse(`The zip archive holds an encrypted file (${name}).`)
      const uploaded = UPLOADS_PART.exec(name)
      if (uploaded && IMAGE_FILE.test(name)) {
        if (entry.uncompressedSize > MAX_IMPORTED_IMAGE_BYTES) continue // reported by the import as not found
        written += entry.uncompressedSize
        if (written > ARCHIVE_LIMITS.totalBytes)
          return await refuse(`The zip archive unpacks to more than ${ARCHIVE_LIMITS.totalBytes / 1024 / 1024} MB.`)
        const target = path.join(dir, 'uploads', uploaded[1]!)
        await mkdir(path.dirname(target), { recursive: true })
        await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { flags: 'wx' }))
        images += 1
      } else if (!uploaded && name.toLowerCase().endsWith('.xml') && !path.posix.basename(name).startsWith('.')) {
        if (entry.uncompressedSize > ARCHIVE_LIMITS.exportBytes)
          return await refuse(`The export ${name} is larger than ${ARCHIVE_LIMITS.exportBytes / 1024 / 1024} MB.`)
        const chunks: Buffer[] = []
        for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
        exports.push({ name, text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) })
      }
    }
  } catch (error) {
    return refuse(`The zip archive could not be read (${(error as Error).message}).`)
  }
  if (exports.length !== 1)
    return refuse(
      exports.length === 0
        ? 'The zip archive holds no WordPress export (.xml) outside its uploads folder.'
        : `The zip archive holds ${exports.length} exports (${exports.map((file) => file.name).join(', ')}): put one in each archive.`,
    )
  return {
    ok: true,
    text: exports[0]!.text,
    exportName: path.posix.basename(exports[0]!.name),
    uploadsDir: images > 0 ? path.join(dir, 'uploads') : undefined,
    dispose,
  }
}
