import { ROLE_NAMES_IN_SENTENCES } from './roles'
import type { Transition } from './transition'
import { joinInWords } from './wording'

/** "an editor or an admin": admins can act on every row but a medical sign-off, so refusals name them last. */
export function whoMay(transition: Transition): string {
  const roles = transition.medicalSignOff ? transition.roles : [...transition.roles, 'admin' as const]
  return joinInWords(roles.map((role) => ROLE_NAMES_IN_SENTENCES[role]), 'or')
}
