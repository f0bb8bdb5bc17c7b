import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staffFieldOnly } from '../../access/staffFieldOnly'
import { DEFAULT_CLINIC_TIME_ZONE, isTimeZone } from '../../clinicTime'
import { admins } from '../../access/admins'
import { onlyReviewedClinicProfile } from './hooks/onlyReviewedClinicProfile'
import { refuseRiskyClaims } from './hooks/refuseRiskyClaims'

/**
 * Every clinic detail the site shows comes from here, never from code. Its public copy is written
 * only by publishing a reviewed version of *Clinic profile* (collections/ClinicProfile), so the
 * admin shows it read-only with a pointer there.
 */
// Plugins (src/plugins): response cache.
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  access: {
    read: anyone,
    update: admins,
  },
  hooks: {
    beforeValidate: [onlyReviewedClinicProfile, refuseRiskyClaims],
  },
  admin: {
    group: 'Admin',
    description: 'What the site shows about the clinic, as last published from Content → Clinic profile (reviewed there).',
  },
  fields: [
    ...readOnlyInAdmin([
      { name: 'clinicName', type: 'text', required: true },
      { name: 'tagline', type: 'text' },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', required: true },
          { name: 'email', type: 'email', required: true },
        ],
      },
      {
        name: 'address',
        type: 'group',
        fields: [
          { name: 'street', type: 'text' },
          {
            type: 'row',
            fields: [
              { name: 'city', type: 'text' },
              { name: 'region', type: 'text' },
              { name: 'postalCode', type: 'text' },
              { name: 'country', type: 'text', defaultValue: 'US' },
            ],
          },
        ],
      },
      {
        name: 'callToAction',
        type: 'group',
        fields: [
          { name: 'heading', type: 'text', required: true },
          { name: 'text', type: 'textarea', required: true },
          { name: 'buttonLabel', type: 'text', required: true, defaultValue: 'Request information packet' },
        ],
      },
    ]),
    {
      // How the admin reads and takes in times (clinicTime/); not shown to visitors, so an admin sets it here.
      name: 'timeZone',
      label: 'Time zone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_CLINIC_TIME_ZONE,
      // Staff's setting, not copy for visitors: public reads of the settings leave it out.
      access: { read: staffFieldOnly },
      validate: (value: unknown) => (isTimeZone(value) ? true : 'Enter an IANA time zone name, such as America/New_York or Europe/London.'),
      admin: {
        description:
          'The clinic’s time zone (an IANA name, e.g. America/New_York). The admin shows every date and time in it, names it, and reads the times people enter (a scheduled publish) in it.',
      },
    },
  ],
}

/** The admin shows the published clinic profile without inviting an edit the server would refuse. */
function readOnlyInAdmin(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row') return { ...field, fields: readOnlyInAdmin(field.fields) }
    return { ...field, admin: { ...field.admin, readOnly: true } } as Field
  })
}
