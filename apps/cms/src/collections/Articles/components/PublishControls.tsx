'use client'

/**
 * One state and one publish control (issue 18): the sidebar's workflow panel shows the state and
 * offers Publish now, Schedule publishing and Unpublish to those who may, with their confirmations
 * and the reasons a control is disabled. Payload's own status line and Publish/Unpublish buttons
 * were a second, contradicting set ("Status: Draft" beside "Approved"; a publish that then failed),
 * so they render nothing. Whatever publishes still goes through the workflow hook on the server.
 */
export function ThePanelInstead() {
  return null
}
