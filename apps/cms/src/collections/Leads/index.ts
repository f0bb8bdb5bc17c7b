import type { CollectionConfig } from 'payload'

import { LEAD_KINDS, LEAD_LIMITS, PREFERRED_CONTACT } from '@clinic/leads'

import { hasRole } from '../../auth/hasRole'
import { adminsOnlyField, leadsAdmins, leadsTeam, neverField, nobody } from './access'
import { confirmEndpoint } from './endpoints/confirm'
import { exportCsvEndpoint } from './endpoints/exportCsv'
import { submitEndpoint } from './endpoints/submit'
import { unsubscribeEndpoints } from './endpoints/unsubscribe'
import { trackHandled } from './hooks/trackHandled'
import { leadSettings } from './settings'

// Fail at start-up, not on a visitor's submission, when a LEADS_* or TRUST_PROXY value is wrong.
// (The endpoints read the settings again on each request.)
leadSettings()

const KIND_LABELS: Record<(typeof LEAD_KINDS)[number], string> = {
  'information-packet': 'Information packet',
  newsletter: 'Newsletter',
}

const isNewsletter = (data: { kind?: string } | undefined) => data?.kind === 'newsletter'
const isPacket = (data: { kind?: string } | undefined) => data?.kind === 'information-packet'

/**
 * What visitors send through the site's forms: information-packet requests and newsletter
 * sign-ups. Health-related personal data: only admin and marketing, signed in, ever see it
 * (see access.ts); visitors only submit through POST /api/leads/submit. All fields are plain text
 * and the admin shows them as text. The public contract is in README.md beside this file.
 */
// Plugins (src/plugins): list size cap, literal like search.
export const Leads: CollectionConfig<'leads'> = {
  slug: 'leads',
  labels: { singular: 'Lead', plural: 'Leads' },
  admin: {
    useAsTitle: 'email',
    // A newsletter sign-up's confirmation shows in the list, not only on the lead (issue 18).
    defaultColumns: ['kind', 'name', 'email', 'condition', 'status', 'newsletterStatus', 'createdAt'],
    listSearchableFields: ['email', 'name'],
    group: 'Patients',
    description: 'Information-packet requests and newsletter sign-ups from the site. Deleted automatically after the retention period.',
    hidden: ({ user }) => !hasRole(user as { roles?: string[] } | null, 'admin', 'marketing'),
    components: {
      beforeListTable: ['/collections/Leads/components/ExportCsvButton#ExportCsvButton'],
    },
  },
  access: {
    create: nobody,
    read: leadsTeam,
    // Leads have no versions; without this Payload would let any signed-in user ask for them.
    readVersions: nobody,
    update: leadsTeam,
    delete: leadsAdmins,
  },
  defaultSort: '-createdAt',
  endpoints: [submitEndpoint, confirmEndpoint, ...unsubscribeEndpoints, exportCsvEndpoint],
  hooks: {
    beforeChange: [trackHandled],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: LEAD_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          access: { update: neverField },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'new',
          options: [
            { value: 'new', label: 'New' },
            { value: 'handled', label: 'Handled' },
          ],
          admin: { description: 'Mark a request handled once someone has answered it.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'handledBy',
          type: 'relationship',
          relationTo: 'users',
          access: { update: neverField },
          admin: { readOnly: true, condition: (data) => data?.status === 'handled' },
        },
        {
          name: 'handledAt',
          type: 'date',
          access: { update: neverField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => data?.status === 'handled' },
        },
      ],
    },
    {
      name: 'name',
      type: 'text',
      maxLength: LEAD_LIMITS.nameMaxLength,
      access: { update: adminsOnlyField },
      admin: { condition: isPacket },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          required: true,
          index: true,
          access: { update: adminsOnlyField },
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: LEAD_LIMITS.phoneMaxLength,
          access: { update: adminsOnlyField },
          admin: { condition: isPacket },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'condition',
          type: 'relationship',
          relationTo: 'conditions',
          access: { update: adminsOnlyField },
          admin: { condition: isPacket },
        },
        {
          name: 'preferredContact',
          type: 'select',
          options: PREFERRED_CONTACT.map((value) => ({ value, label: value === 'email' ? 'E-mail' : 'Phone' })),
          access: { update: adminsOnlyField },
          admin: { condition: isPacket },
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: LEAD_LIMITS.messageMaxLength,
      access: { update: adminsOnlyField },
      admin: { condition: isPacket },
    },
    {
      type: 'collapsible',
      label: 'Newsletter subscription',
      admin: { condition: isNewsletter },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'newsletterStatus',
              type: 'select',
              index: true,
              options: [
                { value: 'pending', label: 'Waiting for confirmation' },
                { value: 'confirmed', label: 'Confirmed' },
                { value: 'unsubscribed', label: 'Unsubscribed' },
              ],
              access: { update: adminsOnlyField },
              admin: { description: 'Only confirmed addresses may receive the newsletter.' },
            },
            { name: 'confirmedAt', type: 'date', access: { update: neverField }, admin: { readOnly: true } },
            { name: 'unsubscribedAt', type: 'date', access: { update: neverField }, admin: { readOnly: true } },
          ],
        },
        // The hash of the single-use confirmation link's token; never shown or returned.
        { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
      ],
    },
    {
      type: 'collapsible',
      label: 'Consent and origin',
      admin: { initCollapsed: true },
      fields: [
        { name: 'consent', type: 'checkbox', required: true, access: { update: neverField }, admin: { readOnly: true } },
        {
          name: 'consentText',
          type: 'textarea',
          required: true,
          access: { update: neverField },
          admin: { readOnly: true, description: 'The wording the visitor agreed to.' },
        },
        {
          name: 'consentedAt',
          type: 'date',
          required: true,
          access: { update: neverField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'sourcePage',
          type: 'text',
          access: { update: neverField },
          admin: { readOnly: true, description: 'The site page the form was sent from.' },
        },
        {
          name: 'clientKey',
          type: 'text',
          index: true,
          access: { read: adminsOnlyField, update: neverField },
          admin: {
            readOnly: true,
            description: 'A keyed hash of the sender’s network address, to spot abuse. The address itself is never stored.',
          },
        },
      ],
    },
  ],
}
