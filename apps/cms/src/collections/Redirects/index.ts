import type { CollectionConfig } from 'payload'

import { editorsOrAdmins } from './access/editorsOrAdmins'
import { readPublishedTargets } from './access/readPublishedTargets'
import { validateRedirect } from './hooks/validateRedirect'

/**
 * Old addresses (the previous site's, a renamed page's) and where each now leads. The site answers
 * an address it has no page for with a 301 to the target (apps/web/server/redirects.ts). A target
 * is an article or a condition by reference, so it follows renames and never leaks a draft, or a
 * plain site path (/research) for pages that are not documents.
 */
// Plugins (src/plugins): response cache, list size cap, literal like search.
export const Redirects: CollectionConfig<'redirects'> = {
  slug: 'redirects',
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'toType', 'toArticle', 'toCondition', 'toPath', 'updatedAt'],
    group: 'Content',
    description: 'Old addresses that lead to a page of this site. A redirect to a draft applies once it is published.',
  },
  access: {
    read: readPublishedTargets,
    create: editorsOrAdmins,
    update: editorsOrAdmins,
    delete: editorsOrAdmins,
  },
  defaultPopulate: { from: true },
  hooks: { beforeValidate: [validateRedirect] },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The old address: a path (/2019/05/knee-study/) or a full URL; stored as its path.' },
    },
    {
      name: 'toType',
      label: 'Leads to',
      type: 'select',
      required: true,
      defaultValue: 'article',
      options: [
        { value: 'article', label: 'An article' },
        { value: 'condition', label: 'A condition' },
        { value: 'path', label: 'Another page of the site' },
      ],
    },
    {
      name: 'toArticle',
      label: 'Article',
      type: 'relationship',
      relationTo: 'articles',
      admin: { condition: (data) => data?.toType === 'article' },
    },
    {
      name: 'toCondition',
      label: 'Condition',
      type: 'relationship',
      relationTo: 'conditions',
      admin: { condition: (data) => data?.toType === 'condition' },
    },
    {
      name: 'toPath',
      label: 'Path',
      type: 'text',
      admin: {
        condition: (data) => data?.toType === 'path',
        description: 'A page of this site that is not an article or condition, e.g. /research.',
      },
    },
  ],
}
