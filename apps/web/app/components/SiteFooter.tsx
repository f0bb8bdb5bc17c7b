import type { Disclaimer, SiteSetting } from '@clinic/shared-types'

import { ContactDetails } from './ContactDetails'
import { RichTextContent } from './richText/RichTextContent'
import { StayInTouch } from './StayInTouch'

export const SITE_DISCLAIMER_ID = 'site-disclaimer'

interface SiteFooterProps {
  settings: SiteSetting | undefined
  disclaimer: Disclaimer | null | undefined
}

/** Every page ends with the medical disclaimer and how to reach the clinic. */
export function SiteFooter({ settings, disclaimer }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {disclaimer ? (
          <section id={SITE_DISCLAIMER_ID} aria-labelledby="site-disclaimer-heading" className="site-disclaimer">
            <h2 id="site-disclaimer-heading">{disclaimer.title}</h2>
            <RichTextContent data={disclaimer.body} className="site-disclaimer__body" />
          </section>
        ) : null}
        {settings ? (
          <section aria-labelledby="contact-heading" className="site-contact">
            <h2 id="contact-heading">Contact {settings.clinicName}</h2>
            <ContactDetails settings={settings} />
          </section>
        ) : (
          <p className="site-contact">Our contact details cannot be shown right now. Please try again in a moment.</p>
        )}
        <StayInTouch />
      </div>
    </footer>
  )
}
