import type { Payload } from 'payload'

import { looksLikeZip, readExportArchive } from './exportArchive'
import { importLegacyExport, type ImportOptions } from './importLegacyExport'
import type { ImportReport } from './types'

/**
 * Imports one uploaded file: the site's text export, a WordPress export (.xml), or a zip of a
 * WordPress export with its `wp-content/uploads` folder, whose images then come into Media
 * (read from the archive, never fetched from the addresses in the export).
 */
export async function importExportFile(
  payload: Payload,
  options: Omit<ImportOptions, 'text'> & { data: Uint8Array },
): Promise<ImportReport> {
  const { data, ...rest } = options
  if (!looksLikeZip(data)) return importLegacyExport(payload, { ...rest, text: new TextDecoder('utf-8').decode(data) })
  const archive = await readExportArchive(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  if (!archive.ok)
    return { ok: false, fileName: options.fileName, importedAt: (options.now ?? new Date()).toISOString(), error: archive.error }
  try {
    return await importLegacyExport(payload, { ...rest, text: archive.text, uploadsDir: archive.uploadsDir ?? rest.uploadsDir })
  } finally {
    await archive.dispose()
  }
}
