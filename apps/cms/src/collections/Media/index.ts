import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Access, CollectionConfig } from 'payload'

import { staff } from '../../access/staff'
import { staffFieldOnly } from '../../access/staffFieldOnly'
import { isStaff } from '../../auth/hasRole'
import { readSetting } from '../../envTable'
import { keepLiveImagesOnSite, keepLiveImagesReviewed } from './hooks/keepLiveImagesReviewed'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Staff see every upload; visitors and keys only images that published content shows (onSite.ts). */
const staffOrShownOnSite: Access = ({ req: { user } }) => (isStaff(user) ? true : { onSite: { equals: true } })

// Plugins (src/plugins): response cache, list size cap, literal like search.
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Content' },
  access: {
    create: staff,
    delete: staff,
    read: staffOrShownOnSite,
    update: staff,
  },
  hooks: {
    beforeChange: [keepLiveImagesReviewed],
    beforeDelete: [keepLiveImagesOnSite],
  },
  upload: {
    staticDir: readSetting('mediaDir') ?? path.resolve(dirname, '../../../media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    {
      // Kept by the workflow's publishing (onSite.ts), never by a save.
      name: 'onSite',
      label: 'On the site',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { read: staffFieldOnly, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Shown by published content: its text and picture change only through a reviewed change of that content.',
      },
    },
  ],
}
