/**
 * Condition guides and lifestyle posts end with a call to action: a paragraph that gives a phone
 * number or an e-mail address, or asks the reader to call, contact or book. It is how the importer
 * knows where such a page ends (nothing else marks it) and it is kept as the body's last paragraph.
 */

/** North American numbers as the site writes them: "(727) 456-8968", "727-456-8968", "+1 727 456 8968". */
const PHONE_NUMBER = /(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])/
const EMAIL_ADDRESS = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i

/**
 * Invitations to get in touch. Each names the clinic ("us", "our team") or a booking, so that
 * "contact their physician" or "speak with your doctor" in an article does not end it.
 */
export const CALL_TO_ACTION_PHRASES: readonly RegExp[] = [
  /\bcall (?:us|our (?:office|clinic|team|care coordinators?)|today)\b/i,
  /\bcontact (?:us|our (?:office|clinic|team|care coordinators?|staff))\b/i,
  /\b(?:schedule|book|request|arrange) (?:a|an|your) (?:free |no-cost )?(?:consultation|appointment|evaluation|visit|call)\b/i,
  /\breach out to (?:us|our (?:office|clinic|team))\b/i,
  /\bget in touch with (?:us|our (?:office|clinic|team))\b/i,
]

/**
 * Words that continue an argument. A page never starts with one, so a call-to-action-like paragraph
 * followed by "However, …" is in the middle of a page, not at its end.
 */
const CONTINUATION_START =
  /^(?:however|but|and|also|additionally|in addition|furthermore|moreover|therefore|thus|as a result|for example|for instance|still|meanwhile|otherwise|that said)\b/i

export function isCallToAction(paragraph: string): boolean {
  if (PHONE_NUMBER.test(paragraph) || EMAIL_ADDRESS.test(paragraph)) return true
  return CALL_TO_ACTION_PHRASES.some((phrase) => phrase.test(paragraph))
}

export function continuesPreviousParagraph(line: string): boolean {
  return CONTINUATION_START.test(line)
}
