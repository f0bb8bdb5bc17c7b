import { conditionsQuery } from '../../cms/queries'
import { ensure, type LoadPage } from '../../data/pageData'

export const loadConditionsPage: LoadPage = async (queryClient, cms) => {
  await ensure(queryClient, conditionsQuery(cms))
  return {
    title: 'Conditions we write about',
    description: 'The conditions our research summaries cover, each with an overview and the research about it.',
    subject: { kind: 'collection', trail: [{ name: 'Conditions', path: '/conditions' }] },
  }
}
