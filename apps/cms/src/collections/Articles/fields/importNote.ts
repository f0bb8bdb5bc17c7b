import type { Field, FieldAccess } from 'payload'

import { staffFieldOnly } from '../../../access/staffFieldOnly'

/** Written by the legacy-site importer (src/import) alone: a local-API call without a user. */
const importerOnly: FieldAccess = ({ req }) => !req.user

/**
 * Where an imported article came from and what an editor must check ("Imported from
 * current-site-1.txt (page 3, lines 91–117) on 2026-11-22; title and excerpt were derived — check
 * them."), and the page's fingerprint, by which a second import of the same page is skipped.
 */
export const importFields: Field[] = [
  {
    name: 'importNote',
    type: 'textarea',
    access: { read: staffFieldOnly, create: importerOnly, update: importerOnly },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.importNote) },
  },
  {
    name: 'importFingerprint',
    type: 'text',
    index: true,
    hidden: true,
  },
]
