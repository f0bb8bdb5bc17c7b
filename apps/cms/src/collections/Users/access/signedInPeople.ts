import type { Access } from 'payload'

import { isApiKeyRequest } from '../../../auth/isApiKeyRequest'

/**
 * Everyone signed in to the admin sees who their colleagues are, by name: the author on an article,
 * who approved it, who handled a lead (issue 18: reviewers saw "Untitled - ID: 3"). What else an
 * account holds (e-mail, roles, API key) stays the admin's and the owner's, field by field
 * (access/adminOrOwnerField). API keys are for published content and never list staff.
 */
export const signedInPeople: Access = ({ req: { user } }) => Boolean(user) && !isApiKeyRequest(user)
