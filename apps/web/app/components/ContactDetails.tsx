import type { SiteSetting } from '@clinic/shared-types'

/** "(727) 456-8968" → "tel:+17274568968"; undefined when the number has too few digits to dial. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return undefined
  return phone.trim().startsWith('+') ? `tel:+${digits}` : `tel:${digits.length === 10 ? `+1${digits}` : digits}`
}

export function ContactDetails({ settings }: { settings: SiteSetting }) {
  const { street, city, region, postalCode } = settings.address ?? {}
  const locality = [city, [region, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const phoneHref = telHref(settings.phone)
  return (
    <address className="contact-details">
      <p>
        Phone: {phoneHref ? <a href={phoneHref}>{settings.phone}</a> : settings.phone}
        <br />
        E-mail: <a href={`mailto:${settings.email}`}>{settings.email}</a>
      </p>
      {street || locality ? (
        <p>
          {street ? (
            <>
              {street}
              <br />
            </>
          ) : null}
          {locality}
        </p>
      ) : null}
    </address>
  )
}
