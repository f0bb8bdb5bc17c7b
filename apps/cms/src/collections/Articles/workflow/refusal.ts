import { APIError } from 'payload'

/**
 * The workflow said no. Public, so REST clients and the admin's toast show the sentence as is.
 * 403 when the person may not take the action at all, 400 when the article isn't ready for it
 * (wrong state, missing comment, unmet publish gates).
 */
export class WorkflowRefusal extends APIError {
  constructor(
    message: string,
    readonly kind: 'forbidden' | 'not-ready',
    readonly gates?: readonly { gate: string; message: string }[],
  ) {
    super(message, kind === 'forbidden' ? 403 : 400, gates ? { gates } : undefined, true)
    this.name = 'WorkflowRefusal'
  }
}

export function isWorkflowRefusal(error: unknown): error is WorkflowRefusal {
  return error instanceof WorkflowRefusal || (error instanceof Error && error.name === 'WorkflowRefusal')
}
