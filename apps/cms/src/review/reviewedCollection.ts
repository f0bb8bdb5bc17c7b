import type { CollectionConfig, Field } from 'payload'

import { staff } from '../access/staff'
import { createArticles } from '../collections/Articles/access/createArticles'
import { deleteArticles } from '../collections/Articles/access/deleteArticles'
import { updateArticles } from '../collections/Articles/access/updateArticles'
import {
  changesSinceReviewEndpointFor,
  workflowActionEndpointFor,
  workflowStatusEndpointFor,
} from '../collections/Articles/endpoints/workflow'
import { ONE_PUBLISH_CONTROL } from '../collections/Articles/components/onePublishControl'
import { workflowFields, workflowHistoryField, workflowPanelField } from '../collections/Articles/fields/workflow'
import { captureSaveOptionsFor } from '../collections/Articles/hooks/captureSaveOptions'
import { enforceReviewFor } from '../collections/Articles/hooks/enforceWorkflow'
import { recordTransitionFor } from '../collections/Articles/hooks/recordTransition'
import { runClaimsCheckFor } from '../collections/Articles/hooks/runClaimsCheck'
import type { ReviewedCollection } from '../collections/Articles/workflow/reviewKinds'

/**
 * Puts a collection's public text under the editorial workflow the articles have (issue 14):
 * drafts, so an edit never changes what visitors read; the one choke point that decides every
 * save with @clinic/workflow's table, four eyes and the publish gates; the claims check; the trail;
 * the workflow panel and its endpoint. Visitors read only the published version (`read`).
 * Scheduling and e-mail notices stay with articles.
 */
export function withEditorialReview<T extends ReviewedCollection>(
  collection: CollectionConfig<T>,
  read: NonNullable<CollectionConfig['access']>['read'],
): CollectionConfig<T> {
  const slug = collection.slug as T
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    access: {
      ...collection.access,
      create: createArticles,
      update: updateArticles,
      delete: deleteArticles,
      read,
      readVersions: staff,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    admin: {
      ...collection.admin,
      components: { ...collection.admin?.components, edit: { ...collection.admin?.components?.edit, ...ONE_PUBLISH_CONTROL } },
    },
    endpoints: [
      ...(collection.endpoints || []),
      workflowStatusEndpointFor(slug),
      workflowActionEndpointFor(slug),
      changesSinceReviewEndpointFor(slug),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [captureSaveOptionsFor(slug), ...(hooks.beforeOperation ?? [])],
      beforeChange: [enforceReviewFor(slug), runClaimsCheckFor(slug), ...(hooks.beforeChange ?? [])],
      afterChange: [recordTransitionFor(slug), ...(hooks.afterChange ?? [])],
    },
    fields: [workflowPanelField, ...collection.fields, ...(workflowFields as Field[]), workflowHistoryField],
  }
}
