import type { WorkflowState } from './states'

export interface ContentEditOutcome {
  /** The state the edited content is saved in. */
  nextState: WorkflowState
  /**
   * True when the edit becomes a new working draft and the previously published version
   * must stay live until the new one is approved and published (Drupal content-moderation
   * style; in Payload: save the edit as a draft version, don't touch the published one).
   */
  publishedVersionStaysLive: boolean
  /** A pending scheduled publish must be dropped: it was for the version the reviewer approved. */
  cancelsScheduledPublish: boolean
  /** What to tell the editor, or null when nothing changes for them. */
  notice: string | null
}

/**
 * What an edit to the article's content (not a workflow action) does to its state.
 * The principle: whatever a medical reviewer signed off must not change unseen.
 */
export function stateAfterContentEdit(current: WorkflowState): ContentEditOutcome {
  return CONTENT_EDIT_OUTCOMES[current]
}

const unchanged = (state: WorkflowState): ContentEditOutcome => ({
  nextState: state,
  publishedVersionStaysLive: false,
  cancelsScheduledPublish: false,
  notice: null,
})

const CONTENT_EDIT_OUTCOMES: Readonly<Record<WorkflowState, ContentEditOutcome>> = {
  draft: unchanged('draft'),
  in_review: unchanged('in_review'),
  changes_requested: unchanged('changes_requested'),
  approved: {
    nextState: 'in_review',
    publishedVersionStaysLive: false,
    cancelsScheduledPublish: true,
    notice: 'You changed approved content, so it has gone back to medical review (any scheduled publishing was cancelled).',
  },
  published: {
    nextState: 'draft',
    publishedVersionStaysLive: true,
    cancelsScheduledPublish: false,
    notice: 'Your changes were saved as a new draft. The published version stays live until the new one is reviewed and published.',
  },
  // Neither is live, and the only way back to the site is "Reopen as draft" and a fresh review,
  // so edits here can't reach readers unreviewed.
  unpublished: unchanged('unpublished'),
  archived: unchanged('archived'),
}
