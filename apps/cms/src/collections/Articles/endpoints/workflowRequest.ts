import { z } from 'zod'

import { WORKFLOW_ACTIONS } from '@clinic/workflow'

/** Longer than any review comment or justification; a bound so one request cannot store megabytes. */
const MAX_TEXT = 10_000

const text = z.string().max(MAX_TEXT, `at most ${MAX_TEXT.toLocaleString('en-US')} characters`)

const commentRequest = z.object({
  action: z.literal('comment'),
  comment: z.string({ error: 'Write a comment first.' }).trim().min(1, 'Write a comment first.').pipe(text),
})

// The finding key and justification are judged by the workflow's own rules (claimAcceptanceRefusal),
// which say what is missing in the reviewer's words.
const acceptClaimRequest = z.object({
  action: z.literal('accept_claim'),
  findingKey: z.string().max(200).default(''),
  justification: text.default(''),
})

// publishAt is judged by the workflow's scheduling rules (scheduleRefusal), in its words.
const transitionRequest = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  comment: text.nullish(),
  publishAt: z.string().max(100).nullish(),
})

const workflowRequest = z.discriminatedUnion('action', [commentRequest, acceptClaimRequest, transitionRequest])

/** What the admin's buttons (and any API client) send to POST /api/<collection>/:id/workflow. */
export type WorkflowRequest = z.input<typeof workflowRequest>
export type ParsedWorkflowRequest = z.output<typeof workflowRequest>

/** The body, or the reason it is refused, naming the field ("comment: at most 10,000 characters"). */
export function parseWorkflowRequest(body: unknown): { request: ParsedWorkflowRequest } | { refusal: string } {
  const action = body && typeof body === 'object' ? (body as { action?: unknown }).action : undefined
  if (action !== 'comment' && action !== 'accept_claim' && !(WORKFLOW_ACTIONS as readonly unknown[]).includes(action)) {
    return { refusal: `“${String(action)}” isn't a workflow action.` }
  }
  const parsed = workflowRequest.safeParse(body)
  if (parsed.success) return { request: parsed.data }
  const issue = parsed.error.issues[0]!
  if (issue.message === 'Write a comment first.') return { refusal: issue.message }
  return { refusal: `${issue.path.join('.') || 'body'}: ${issue.message}` }
}
