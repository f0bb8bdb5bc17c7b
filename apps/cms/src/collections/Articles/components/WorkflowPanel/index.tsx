'use client'

import { STATE_LABELS, stateAfterContentEdit } from '@clinic/workflow'
import { Button, toast, useFormModified } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'

import { clinicWallTimeToInstant } from '../../../../clinicTime'
import type { ActionOffer, FindingView } from '../../workflow/status'
import { ChangesSinceReview } from '../ChangesSinceReview'
import { formatDate, useWorkflowStatus, WORKFLOW_CHANGED } from '../workflowClient'
import './index.scss'

/** How each status reads next to the paper; a correction is for the editor to check the summary against. */
const PAPER_STATUS_WORDS = {
  retracted: 'retracted',
  corrected: 'corrected — check the summary against the correction',
  concern: 'expression of concern',
} as const

const baseClass = 'workflow-panel'

/**
 * The article's place in the editorial workflow, in the sidebar: its state, the actions this
 * user may take (as buttons calling POST /api/articles/:id/workflow), what still stops it being
 * published, and the claims check's findings with where and why.
 */
export const WorkflowPanel: UIFieldClientComponent = () => {
  const { id, status, loadError, send } = useWorkflowStatus()
  const modified = useFormModified()
  const [pending, setPending] = useState<ActionOffer | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // What the last action did, shown until the next one.
  const [notice, setNotice] = useState<string | null>(null)
  const router = useRouter()
  const [, startRefresh] = useTransition()

  if (!id) {
    return (
      <div className={baseClass}>
        <h3 className={`${baseClass}__title`}>Workflow</h3>
        <p>Save a draft to start the editorial workflow.</p>
      </div>
    )
  }
  if (!status) {
    return (
      <div className={baseClass}>
        <h3 className={`${baseClass}__title`}>Workflow</h3>
        <p role={loadError ? 'alert' : 'status'}>{loadError ?? 'Loading…'}</p>
      </div>
    )
  }

  async function run(request: Parameters<typeof send>[0]) {
    setBusy(true)
    setError(null)
    const result = await send(request)
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      toast.error(result.message)
      return
    }
    setPending(null)
    setNotice(result.message)
    window.dispatchEvent(new Event(WORKFLOW_CHANGED))
    // The panel already shows the new status (the action's answer carries it). The form must
    // show what the workflow saved too (review fields, a new draft): re-render the view on the
    // server and hand the form its new state, without reloading the page (issue 18).
    startRefresh(() => router.refresh())
  }

  const start = (offer: ActionOffer) => {
    setError(null)
    // Anything visitors notice, or that puts a name on record, is confirmed first (issue 18).
    if (offer.requiresComment || offer.requiresPublishAt || offer.confirm) setPending(offer)
    else void run({ action: offer.action })
  }
  // What saving the form now would do to the workflow: an approved text goes back to review.
  const saveOutcome = stateAfterContentEdit(status.state)
  const saveWarning =
    saveOutcome.nextState === status.state
      ? null
      : saveOutcome.publishedVersionStaysLive
        ? 'Saving starts a working draft: visitors keep reading the published version until the change is reviewed and published.'
        : `Saving sends this ${STATE_LABELS[status.state].toLowerCase()} text back to ${saveOutcome.nextState === 'in_review' ? 'medical review' : STATE_LABELS[saveOutcome.nextState].toLowerCase()}: a medical reviewer must approve it again${saveOutcome.cancelsScheduledPublish ? ', and any scheduled publishing is cancelled' : ''}.`
  const blocked = status.actions.filter((offer) => offer.blockedBy)
  // What the reviewer asked for, beside "Changes requested" rather than at the foot of the page.
  const latestRequest =
    status.state === 'changes_requested'
      ? [...status.trail].reverse().find((entry) => (entry.action === 'request_changes' || entry.action === 'send_back') && entry.comment)
      : undefined

  return (
    <div className={baseClass} data-state={status.state}>
      <h3 className={`${baseClass}__title`}>Workflow</h3>
      <p className={`${baseClass}__state`}>
        <span className={`${baseClass}__badge ${baseClass}__badge--${status.state}`} data-testid="workflow-state">
          {status.stateLabel}
        </span>
        {status.live && (
          <span className={`${baseClass}__live`}>
            {status.state === 'published' ? 'Live on the site' : 'A published version is live; this is its working draft'}
          </span>
        )}
      </p>
      {latestRequest && (
        <p className={`${baseClass}__request`} data-testid="workflow-latest-request">
          {latestRequest.actorName} asked on {formatDate(latestRequest.createdAt, status.timeZone)}: “{latestRequest.comment}”
        </p>
      )}
      {notice && (
        <p className={`${baseClass}__notice`} role="status">
          {notice}
        </p>
      )}

      {status.review.reviewerName && (
        <p className={`${baseClass}__review`}>
          Reviewed by {status.review.reviewerName} on {formatDate(status.review.reviewedAt, status.timeZone)}. Next review due{' '}
          {formatDate(status.review.nextReviewDue, status.timeZone)}
          {status.review.overdue && <strong className={`${baseClass}__overdue`}> (overdue)</strong>}.
        </p>
      )}
      {status.scheduledPublishAt && (
        <p className={`${baseClass}__schedule`}>Scheduled to publish {formatDate(status.scheduledPublishAt, status.timeZone)}.</p>
      )}

      {modified && saveWarning && (
        <p className={`${baseClass}__warning`} role="alert" data-testid="workflow-save-warning">
          {saveWarning}
        </p>
      )}
      {status.actions.length > 0 && (
        <div className={`${baseClass}__actions`}>
          {modified && <p className={`${baseClass}__hint`}>Save your changes before taking a workflow action.</p>}
          {status.actions.map((offer) => (
            <Button
              key={offer.action}
              buttonStyle={
                offer.action === 'publish' || offer.action === 'approve' || offer.action === 'submit' || offer.action === 'resubmit'
                  ? 'primary'
                  : 'secondary'
              }
              size="small"
              disabled={busy || modified || offer.blockedBy !== null}
              tooltip={offer.blockedBy ?? offer.description}
              aria-describedby={offer.blockedBy ? `workflow-blocked-${offer.action}` : undefined}
              onClick={() => start(offer)}
              className={`${baseClass}__action`}
              id={`workflow-action-${offer.action}`}
            >
              {offer.label}
            </Button>
          ))}
        </div>
      )}
      {blocked.map((offer) => (
        <p
          key={offer.action}
          id={`workflow-blocked-${offer.action}`}
          className={`${baseClass}__blocked`}
          data-testid={`workflow-blocked-${offer.action}`}
        >
          {offer.label}: {offer.blockedBy}
        </p>
      ))}
      {status.nextSteps.length > 0 && <p className={`${baseClass}__next`}>Next: {status.nextSteps.join('; ')}.</p>}
      {pending && (
        <ActionForm
          offer={pending}
          timeZone={status.timeZone}
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={(extra) => void run({ action: pending.action, ...extra })}
        />
      )}
      {error && (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      )}

      {status.gates.length > 0 && (
        <div className={`${baseClass}__gates`}>
          <h4>Before it can be published</h4>
          <ul>
            {status.gates.map((gate) => (
              <li key={gate.gate} data-gate={gate.gate}>
                {gate.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {status.paperNotices.length > 0 && (
        <div className={`${baseClass}__paper-notices`}>
          <h4>Notices on the cited papers</h4>
          <ul>
            {status.paperNotices.map((paper) => (
              <li key={paper.citationId} data-paper-status={paper.status}>
                {paper.label}: {PAPER_STATUS_WORDS[paper.status]}
                {paper.notices.map((notice) => (
                  <span key={notice.url}>
                    {' — '}
                    <a href={notice.url} target="_blank" rel="noopener noreferrer">
                      {notice.label}
                    </a>
                    {notice.date ? ` (${notice.date})` : ''}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}

      <ChangesSinceReview timeZone={status.timeZone} />

      <Findings
        findings={status.findings}
        mayAccept={status.mayAcceptFindings}
        busy={busy}
        onAccept={(findingKey, justification) => void run({ action: 'accept_claim', findingKey, justification })}
      />
    </div>
  )
}

function ActionForm({
  offer,
  timeZone,
  busy,
  onCancel,
  onConfirm,
}: {
  offer: ActionOffer
  timeZone: string
  busy: boolean
  onCancel: () => void
  onConfirm: (extra: { comment?: string; publishAt?: string }) => void
}) {
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const commentId = useId()
  const dateId = useId()
  // Entered as the clinic's clock reads, whatever the browser's zone (issue 18).
  const publishInstant = publishAt === '' ? null : clinicWallTimeToInstant(publishAt, timeZone)
  const ready = (!offer.requiresComment || comment.trim() !== '') && (!offer.requiresPublishAt || publishInstant !== null)
  return (
    <div className={`${baseClass}__form`} role="group" aria-label={`Confirm: ${offer.label}`}>
      {offer.confirm && (
        <p className={`${baseClass}__confirm`} data-testid="workflow-confirm-question">
          {offer.confirm}
        </p>
      )}
      {offer.requiresComment && (
        <>
          <label htmlFor={commentId}>What should the editor change?</label>
          <textarea id={commentId} rows={4} value={comment} onChange={(event) => setComment(event.target.value)} />
        </>
      )}
      {offer.requiresPublishAt && (
        <>
          <label htmlFor={dateId}>Publish at (clinic time, {timeZone})</label>
          <input id={dateId} type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
          {publishInstant && (
            <p className={`${baseClass}__hint`} data-testid="workflow-publish-at-preview">
              Publishes {formatDate(publishInstant, timeZone)}.
            </p>
          )}
        </>
      )}
      <div className={`${baseClass}__form-buttons`}>
        <Button
          size="small"
          id={`workflow-confirm-${offer.action}`}
          disabled={busy || !ready}
          onClick={() =>
            onConfirm({
              ...(offer.requiresComment ? { comment } : {}),
              ...(offer.requiresPublishAt && publishInstant ? { publishAt: publishInstant } : {}),
            })
          }
        >
          {offer.label}
        </Button>
        <Button size="small" buttonStyle="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  )
}

function Findings({
  findings,
  mayAccept,
  busy,
  onAccept,
}: {
  findings: FindingView[]
  mayAccept: boolean
  busy: boolean
  onAccept: (findingKey: string, justification: string) => void
}) {
  const [accepting, setAccepting] = useState<string | null>(null)
  const [justification, setJustification] = useState('')
  if (findings.length === 0) return <p className={`${baseClass}__claims-ok`}>Claims check: nothing risky found.</p>
  const open = findings.filter((finding) => !finding.accepted).length
  return (
    <div className={`${baseClass}__claims`}>
      <h4>
        Claims check: {open} open finding{open === 1 ? '' : 's'}
        {findings.length > open ? `, ${findings.length - open} accepted` : ''}
      </h4>
      <ul>
        {findings.map((finding) => (
          <li key={finding.key} className={finding.accepted ? `${baseClass}__finding--accepted` : `${baseClass}__finding`}>
            <p>
              <strong>{finding.label}</strong> — “{finding.match}” in the {finding.fieldName}
            </p>
            <blockquote>{finding.context}</blockquote>
            <p className={`${baseClass}__why`}>{finding.why}</p>
            <p className={`${baseClass}__suggestion`}>Instead: {finding.suggestion}</p>
            {finding.accepted ? (
              <p className={`${baseClass}__accepted`}>
                Accepted by {finding.accepted.acceptedByName ?? 'a reviewer'}: {finding.accepted.justification}
              </p>
            ) : mayAccept && accepting !== finding.key ? (
              <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => setAccepting(finding.key)}>
                Accept with justification
              </Button>
            ) : null}
            {accepting === finding.key && (
              <div className={`${baseClass}__form`}>
                <label htmlFor={`justify-${finding.key}`}>Why is this acceptable?</label>
                <textarea
                  id={`justify-${finding.key}`}
                  rows={3}
                  value={justification}
                  onChange={(event) => setJustification(event.target.value)}
                />
                <div className={`${baseClass}__form-buttons`}>
                  <Button size="small" disabled={busy || justification.trim() === ''} onClick={() => onAccept(finding.key, justification)}>
                    Accept finding
                  </Button>
                  <Button size="small" buttonStyle="secondary" onClick={() => setAccepting(null)}>
                    Cancel
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
