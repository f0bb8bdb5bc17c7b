/** What the CMS's preview endpoint says about the draft's review (apps/cms …/endpoints/preview.ts). */
export interface PreviewReviewState {
  reviewState: string
  reviewStateLabel: string
  medicallyReviewed: boolean
}

/**
 * Above a draft shown through a preview link: this is not what visitors read, and whether a
 * medical reviewer has approved this text yet. The byline names a reviewer only when they approved
 * this very text, so this is where an unreviewed draft says what is pending.
 */
export function PreviewBanner({ preview }: { preview: PreviewReviewState }) {
  return (
    <div className="preview-banner" role="note" aria-label="Preview">
      <p>
        <strong>Preview — not published.</strong> Visitors do not see this version.{' '}
        {preview.medicallyReviewed
          ? 'A medical reviewer approved this text; it is waiting to be published.'
          : `Not yet medically reviewed: the draft is ${preview.reviewStateLabel.toLowerCase()}.`}
      </p>
    </div>
  )
}
