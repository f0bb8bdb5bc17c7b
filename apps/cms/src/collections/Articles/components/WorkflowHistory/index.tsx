'use client'

import { Button, toast } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useId, useState } from 'react'

import { formatDate, useWorkflowStatus } from '../workflowClient'
import './index.scss'

const baseClass = 'workflow-history'

/** The editorial trail (every transition: who, when, from, to, comment) and the comment thread. */
export const WorkflowHistory: UIFieldClientComponent = () => {
  const { id, status, send } = useWorkflowStatus()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const commentId = useId()
  if (!id || !status) return null

  async function post() {
    setBusy(true)
    const result = await send({ action: 'comment', comment })
    setBusy(false)
    if (result.ok) {
      setComment('')
      toast.success(result.message)
    } else toast.error(result.message)
  }

  return (
    <section className={baseClass} aria-labelledby={`${commentId}-title`}>
      <h3 id={`${commentId}-title`}>Editorial history and comments</h3>
      {status.trail.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ol className={`${baseClass}__trail`}>
          {status.trail.map((entry) => (
            <li key={entry.id} id={`comment-${entry.id}`} className={`${baseClass}__entry ${baseClass}__entry--${entry.action}`}>
              <div className={`${baseClass}__meta`}>
                <strong>{entry.actionLabel}</strong>
                {entry.from && entry.to && entry.from !== entry.to && (
                  <span>
                    {' '}
                    · {entry.from.replace('_', ' ')} → {entry.to.replace('_', ' ')}
                  </span>
                )}
                <span className={`${baseClass}__who`}>
                  {' '}
                  · {entry.actorName} · {formatDate(entry.createdAt, status.timeZone)}
                </span>
              </div>
              {entry.comment && <p className={`${baseClass}__comment`}>{entry.comment}</p>}
            </li>
          ))}
        </ol>
      )}
      {status.mayComment && (
        <div className={`${baseClass}__new`}>
          <label htmlFor={commentId}>Add a comment</label>
          <textarea
            id={commentId}
            rows={3}
            value={comment}
            aria-describedby={`${commentId}-hint`}
            onChange={(event) => setComment(event.target.value)}
          />
          <p id={`${commentId}-hint`} className={`${baseClass}__hint`}>
            Type @ and a colleague’s full name or e-mail address to e-mail them the comment; the author always hears of it.
          </p>
          <Button size="small" buttonStyle="secondary" disabled={busy || comment.trim() === ''} onClick={() => void post()}>
            Post comment
          </Button>
        </div>
      )}
    </section>
  )
}
