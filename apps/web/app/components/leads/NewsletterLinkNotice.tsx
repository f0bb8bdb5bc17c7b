/** What the CMS's confirm and unsubscribe links report when they send the reader here (`?newsletter=…`). */
const NOTICES: Record<string, { tone: 'success' | 'problem'; text: string }> = {
  confirmed: { tone: 'success', text: 'Your subscription is confirmed. Thank you — the next newsletter will reach you by e-mail.' },
  unsubscribed: { tone: 'success', text: 'You have been unsubscribed. You will not receive the newsletter any more.' },
  expired: {
    tone: 'problem',
    text: 'That confirmation link has expired. Please sign up again below and we will send you a new one.',
  },
  invalid: {
    tone: 'problem',
    text: 'That link is not valid (it may have been used already). If you still want the newsletter, please sign up again below.',
  },
}

export function NewsletterLinkNotice({ status }: { status: string | null }) {
  const notice = status && Object.hasOwn(NOTICES, status) ? NOTICES[status] : undefined
  if (!notice) return null
  return (
    <div role="status" className={`form-status form-status--${notice.tone}`} data-newsletter={status}>
      <p>{notice.text}</p>
    </div>
  )
}
