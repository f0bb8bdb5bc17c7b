import { useSuspenseQuery } from '@tanstack/react-query'

import { conditionsQuery } from '../../cms/queries'
import { InformationPacketForm } from '../../components/leads/InformationPacketForm'
import { useCms } from '../../data/CmsContext'
import type { PageProps } from '../../router/types'

export default function InformationPacketPage({ search }: PageProps) {
  const { data: conditions } = useSuspenseQuery(conditionsQuery(useCms()))
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>Request an information packet</h1>
        <p className="lede">
          Tell us which condition you would like to know more about. We send you our information packet and answer your questions — by
          e-mail or phone, as you prefer. There is no obligation.
        </p>
      </header>
      <InformationPacketForm conditions={conditions} search={search} />
    </>
  )
}
