import { useSuspenseQuery } from '@tanstack/react-query'

import { conditionsQuery } from '../../cms/queries'
import { ConditionList } from '../../components/ConditionList'
import { useCms } from '../../data/CmsContext'

export default function ConditionsPage() {
  const { data: conditions } = useSuspenseQuery(conditionsQuery(useCms()))
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>Conditions we write about</h1>
        <p className="lede">An overview of each condition and the research summaries about it.</p>
      </header>
      <ConditionList conditions={conditions} headingLevel={2} />
    </>
  )
}
