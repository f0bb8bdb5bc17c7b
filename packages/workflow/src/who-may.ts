import { ROLE_NAMES_IN_SENTENCES } from './roles'
import type { Transition } from './transition'
import { joinInWords } from './wording'

/** "an editor or an admin": admins can always act, so refusals always name them last. */
export function whoMay(transition: Transition): string {
  return joinInWords([...transition.roles, 'admin' as const].map((role) => ROLE_NAMES_IN_SENTENCES[role]), 'or')
}
