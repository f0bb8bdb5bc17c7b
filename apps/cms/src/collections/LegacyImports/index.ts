import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { hasRole } from '../../auth/hasRole'
import { readSetting } from '../../envTable'
import { runImport } from './runImport'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Admin → Imports → Create new: upload a plain-text export of the current site (.txt), a WordPress
 * export (.xml), or a zip of one with its wp-content/uploads folder. Saving runs the import
 * (src/import) in the same transaction as the record, so the record, its report and
 * every article it created are stored together or not at all; a file that is not a site export is
 * refused with the importer's message and nothing is stored. Admins only.
 */
// Plugins (src/plugins): list size cap, literal like search.
export const LegacyImports: CollectionConfig<'legacy-imports'> = {
  slug: 'legacy-imports',
  labels: { singular: 'Import', plural: 'Imports' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'summary', 'createdAt'],
    group: 'Admin',
    hidden: ({ user }) => !hasRole(user as { roles?: string[] } | null, 'admin'),
    description:
      'Upload a plain-text export of the current site (.txt), a WordPress export (.xml, Tools → Export), or a zip of that export with the site’s wp-content/uploads folder (its images then come into Media), to import its pages as articles in review.',
  },
  access: {
    create: admins,
    read: admins,
    update: () => false,
    delete: admins,
  },
  upload: {
    staticDir: path.join(readSetting('mediaDir') ?? path.resolve(dirname, '../../../media'), 'legacy-imports'),
    // A zip holds a WordPress export with its wp-content/uploads folder (src/import/exportArchive.ts).
    mimeTypes: ['text/plain', 'application/xml', 'text/xml', 'application/zip'],
  },
  hooks: {
    beforeChange: [runImport],
  },
  fields: [
    {
      name: 'summary',
      type: 'textarea',
      admin: { readOnly: true, condition: (data) => Boolean(data?.summary) },
    },
    {
      name: 'reportTable',
      type: 'ui',
      admin: { components: { Field: '/collections/LegacyImports/components/ImportReportTable#ImportReportTable' } },
    },
    {
      name: 'report',
      type: 'json',
      admin: { readOnly: true, hidden: true },
    },
  ],
}
