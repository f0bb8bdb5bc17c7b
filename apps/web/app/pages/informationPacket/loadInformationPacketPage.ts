import { conditionsQuery } from '../../cms/queries'
import { ensure, type LoadPage } from '../../data/pageData'

export const loadInformationPacketPage: LoadPage = async (queryClient, cms) => {
  // The form's condition list is the CMS's Conditions, the same entries the conditions page reads.
  await ensure(queryClient, conditionsQuery(cms))
  return {
    title: 'Request an information packet',
    description: 'Ask the clinic for an information packet about a condition; we contact you by e-mail or phone, as you prefer.',
  }
}
