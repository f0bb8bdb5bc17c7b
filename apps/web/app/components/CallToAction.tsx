import type { SiteSetting } from '@clinic/shared-types'

import { Link } from '../router/Link'
import { telHref } from './ContactDetails'

/** The clinic's invitation, worded in the CMS; the button opens the packet form, the phone number calls. */
export function CallToAction({ settings }: { settings: SiteSetting }) {
  const { heading, text, buttonLabel } = settings.callToAction
  const phoneHref = telHref(settings.phone)
  return (
    <section aria-labelledby="cta-heading" className="call-to-action">
      <h2 id="cta-heading">{heading}</h2>
      <p>{text}</p>
      <p className="call-to-action__actions">
        <Link className="button" to="/information-packet">
          {buttonLabel}
        </Link>
        {phoneHref ? (
          <span>
            or call <a href={phoneHref}>{settings.phone}</a>
          </span>
        ) : null}
      </p>
      <p>
        <Link to="/newsletter">Or sign up for our newsletter</Link>
      </p>
    </section>
  )
}
