import type { WorkflowAction } from './actions'
import type { Transition } from './transition'

/**
 * The whole editorial workflow, in one table. Every rule about who may move an
 * article where lives here; decide.ts and permissions.ts only read it.
 *
 * Medical sign-off (our decision): only a medical reviewer approves, never the author or an
 * editor of the text being approved, and an admin cannot stand in. An admin who must unblock
 * content uses the explicit override, whose reason stays in the trail.
 *
 * Ways back (our decision): unpublished and archived articles return to `draft`
 * via `reopen`, never straight to `published`. They were taken down for a reason
 * and their medical review may have lapsed, so they go through review again.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'in_review',
    roles: ['editor'],
    label: 'Submit for review',
    description: 'Send this draft to a medical reviewer.',
  },
  {
    action: 'request_changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['medical-reviewer'],
    requiresComment: true,
    label: 'Request changes',
    description: 'Send the article back to the editor with a comment saying what to change.',
  },
  {
    action: 'resubmit',
    from: ['changes_requested'],
    to: 'in_review',
    roles: ['editor'],
    label: 'Resubmit for review',
    description: 'Send the revised article back to the medical reviewer.',
  },
  {
    action: 'approve',
    from: ['in_review'],
    to: 'approved',
    roles: ['medical-reviewer'],
    recordsReview: true,
    medicalSignOff: true,
    confirm: 'Approve this version as its medical reviewer? Your name will be shown to visitors as the reviewer of exactly this text.',
    label: 'Approve',
    description: 'Confirm the article is medically accurate. Records you as reviewer and sets the next review date.',
  },
  {
    action: 'override_approve',
    from: ['in_review'],
    to: 'approved',
    // Admins only (admins are implicit in every row): for content no second reviewer can sign off.
    roles: [],
    requiresComment: true,
    recordsOverride: true,
    confirm:
      'Approve without a medical review? The trail and the trust audit will show an admin override, and the site will name no reviewer.',
    label: 'Approve by admin override',
    description:
      'Approve without a medical review, with a written reason kept in the trail. The site does not call it medically reviewed, and the trust audit lists it.',
  },
  {
    action: 'publish',
    from: ['approved'],
    to: 'published',
    roles: ['publisher'],
    clearsScheduledPublish: true,
    confirm: 'Publish this version now? Visitors will see it at once.',
    label: 'Publish now',
    description: 'Make the approved article live on the website now.',
  },
  {
    action: 'schedule',
    from: ['approved'],
    to: 'approved',
    roles: ['publisher'],
    requiresPublishAt: true,
    label: 'Schedule publishing',
    description: 'Publish the approved article automatically at a chosen date and time.',
  },
  {
    action: 'unschedule',
    from: ['approved'],
    to: 'approved',
    roles: ['publisher'],
    clearsScheduledPublish: true,
    label: 'Cancel scheduled publishing',
    description: 'Keep the article approved but stop it from being published automatically.',
  },
  {
    // A way back once approved (issue 18): the approval is withdrawn, any schedule dropped, and
    // the editor told what to change, as with a review's request.
    action: 'send_back',
    from: ['approved'],
    to: 'changes_requested',
    roles: ['medical-reviewer', 'publisher'],
    requiresComment: true,
    clearsScheduledPublish: true,
    label: 'Send back for changes',
    description:
      'Withdraw the approval and return the article to its editor with a comment saying what to change. Any scheduled publishing is cancelled.',
  },
  {
    action: 'unpublish',
    from: ['published'],
    to: 'unpublished',
    roles: ['publisher'],
    confirm: 'Take this off the site now? Visitors will no longer see it.',
    label: 'Unpublish',
    description: 'Take the article off the website. It can be reopened and reviewed again later.',
  },
  {
    action: 'archive',
    from: ['published', 'unpublished'],
    to: 'archived',
    roles: ['publisher'],
    confirm: 'Take this off the site and archive it? Visitors will no longer see it.',
    label: 'Archive',
    description: 'Take the article off the website and file it away.',
  },
  {
    action: 'reopen',
    from: ['unpublished', 'archived'],
    to: 'draft',
    roles: ['editor'],
    label: 'Reopen as draft',
    description: 'Turn the article back into a draft so it can be revised and reviewed again before going live.',
  },
]

/** The table row for an action. Every action has exactly one row (the tests enforce it). */
export function transitionFor(action: WorkflowAction, table: readonly Transition[] = TRANSITIONS): Transition | undefined {
  return table.find((transition) => transition.action === action)
}
