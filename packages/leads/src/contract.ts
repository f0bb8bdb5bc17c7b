/**
 * The public form contract shared by the CMS (which enforces it) and the site (which can show the
 * same limits and wording). Field names here are the names the site posts.
 */
export const LEAD_KINDS = ['information-packet', 'newsletter'] as const
export type LeadKind = (typeof LEAD_KINDS)[number]

export const PREFERRED_CONTACT = ['email', 'phone'] as const
export type PreferredContact = (typeof PREFERRED_CONTACT)[number]

/** Every field a submission may carry; anything else is ignored. */
export const SUBMISSION_FIELDS = [
  'kind',
  'name',
  'email',
  'phone',
  'condition',
  'preferredContact',
  'message',
  'consent',
  'sourcePage',
] as const
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number]

/**
 * Visually hidden on the site and left empty by people; bots that fill every input fill it too.
 * A submission with a value here is answered like a success and stored nowhere.
 */
export const HONEYPOT_FIELD = 'website'

/** Form posts only: the page on the site to send the visitor back to. */
export const RETURN_TO_FIELD = 'returnTo'

export const LEAD_LIMITS = {
  nameMaxLength: 100,
  emailMaxLength: 254,
  phoneMaxLength: 30,
  phoneMinDigits: 7,
  phoneMaxDigits: 15,
  messageMaxLength: 2000,
  sourcePageMaxLength: 300,
} as const

/**
 * What the visitor agrees to by ticking the box. The CMS stores the wording for the kind that was
 * submitted (never text sent by the browser), so the record shows exactly what was consented to;
 * the site should show these same words next to the checkbox.
 */
export const CONSENT_TEXT: Readonly<Record<LeadKind, string>> = {
  'information-packet':
    'I agree that the clinic may store the details I entered and contact me about my request by my preferred contact method.',
  newsletter: 'I agree to receive the clinic’s newsletter by e-mail. I can unsubscribe at any time with the link in every newsletter.',
}

/** Which fields each form asks for; the others are ignored for that kind. */
export const FIELDS_BY_KIND: Readonly<Record<LeadKind, readonly SubmissionField[]>> = {
  'information-packet': ['kind', 'name', 'email', 'phone', 'condition', 'preferredContact', 'message', 'consent', 'sourcePage'],
  newsletter: ['kind', 'email', 'consent', 'sourcePage'],
}
