/** Payload's status line and publish buttons give way to the workflow panel (PublishControls.tsx). */
export const ONE_PUBLISH_CONTROL = {
  Status: '/collections/Articles/components/PublishControls#ThePanelInstead',
  PublishButton: '/collections/Articles/components/PublishControls#ThePanelInstead',
  UnpublishButton: '/collections/Articles/components/PublishControls#ThePanelInstead',
} as const
