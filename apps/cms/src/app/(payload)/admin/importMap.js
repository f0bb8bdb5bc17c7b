import { WorkflowPanel as WorkflowPanel_283da4f7b42866f2289e91c01b0b179a } from '../../../collections/Articles/components/WorkflowPanel'
import { ReadingLevel as ReadingLevel_9de4a8f33d36ba9aaa8ccacc50837bb9 } from '../../../collections/Articles/components/ReadingLevel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { WorkflowHistory as WorkflowHistory_461fa85b569a8ed850ee6c2ab2926c4a } from '../../../collections/Articles/components/WorkflowHistory'
import { WorkflowListFilters as WorkflowListFilters_1d3e3bb712d14c9e4725c612b6dd15e5 } from '../../../collections/Articles/components/WorkflowListFilters'
import { ThePanelInstead as ThePanelInstead_2df041dcd0d5824553a5e1d7362c131b } from '../../../collections/Articles/components/PublishControls'
import { LookupCitation as LookupCitation_d9772e9ee21cde18599c7ea5936c6af2 } from '../../../collections/Citations/components/LookupCitation'
import { PasteCitation as PasteCitation_4978111d322982d48ef71d717f3cd7c0 } from '../../../collections/Citations/components/PasteCitation'
import { ExportCsvButton as ExportCsvButton_cb2082d061b1d95679000f79c9670906 } from '../../../collections/Leads/components/ExportCsvButton'
import { ResendButton as ResendButton_a0fb0fc03ab6af925609896905d9c60d } from '../../../collections/WebhookDeliveries/components/ResendButton'
import { ImportReportTable as ImportReportTable_a6e76c98cf22c52839d71fb0ddc40742 } from '../../../collections/LegacyImports/components/ImportReportTable'
import { ClinicIcon as ClinicIcon_68ab7a60966cf348f3d4ceba551cb358 } from '../../../branding/ClinicIcon'
import { ClinicLogo as ClinicLogo_5e843426a2bfd210c8c15916784e2d86 } from '../../../branding/ClinicLogo'
import { TrustAuditNavLink as TrustAuditNavLink_50700931a96d7c89104e01b14f7448d7 } from '../../../trust/TrustAuditNavLink'
import { EditorialDesk as EditorialDesk_860aff78ebaace1d98adb763a873ef18 } from '../../../desk/EditorialDesk'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TrustAuditView as TrustAuditView_a4b4c18e9ec4854caeb48e4642243d56 } from '../../../trust/TrustAuditView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  '/collections/Articles/components/WorkflowPanel#WorkflowPanel': WorkflowPanel_283da4f7b42866f2289e91c01b0b179a,
  '/collections/Articles/components/ReadingLevel#ReadingLevel': ReadingLevel_9de4a8f33d36ba9aaa8ccacc50837bb9,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell': RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalField': RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#LexicalDiffComponent': LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient': InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient': FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UploadFeatureClient': UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#BlockquoteFeatureClient': BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#LinkFeatureClient': LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#OrderedListFeatureClient': OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UnorderedListFeatureClient': UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#BoldFeatureClient': BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ItalicFeatureClient': ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#HeadingFeatureClient': HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ParagraphFeatureClient': ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/next/client#SlugField': SlugField_2b8867833a34864a02ddf429b0728a40,
  '/collections/Articles/components/WorkflowHistory#WorkflowHistory': WorkflowHistory_461fa85b569a8ed850ee6c2ab2926c4a,
  '/collections/Articles/components/WorkflowListFilters#WorkflowListFilters': WorkflowListFilters_1d3e3bb712d14c9e4725c612b6dd15e5,
  '/collections/Articles/components/PublishControls#ThePanelInstead': ThePanelInstead_2df041dcd0d5824553a5e1d7362c131b,
  '/collections/Citations/components/LookupCitation#LookupCitation': LookupCitation_d9772e9ee21cde18599c7ea5936c6af2,
  '/collections/Citations/components/PasteCitation#PasteCitation': PasteCitation_4978111d322982d48ef71d717f3cd7c0,
  '/collections/Leads/components/ExportCsvButton#ExportCsvButton': ExportCsvButton_cb2082d061b1d95679000f79c9670906,
  '/collections/WebhookDeliveries/components/ResendButton#ResendButton': ResendButton_a0fb0fc03ab6af925609896905d9c60d,
  '/collections/LegacyImports/components/ImportReportTable#ImportReportTable': ImportReportTable_a6e76c98cf22c52839d71fb0ddc40742,
  '/branding/ClinicIcon#ClinicIcon': ClinicIcon_68ab7a60966cf348f3d4ceba551cb358,
  '/branding/ClinicLogo#ClinicLogo': ClinicLogo_5e843426a2bfd210c8c15916784e2d86,
  '/trust/TrustAuditNavLink#TrustAuditNavLink': TrustAuditNavLink_50700931a96d7c89104e01b14f7448d7,
  '/desk/EditorialDesk#EditorialDesk': EditorialDesk_860aff78ebaace1d98adb763a873ef18,
  '@payloadcms/storage-s3/client#S3ClientUploadHandler': S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  '/trust/TrustAuditView#TrustAuditView': TrustAuditView_a4b4c18e9ec4854caeb48e4642243d56,
  '@payloadcms/next/rsc#CollectionCards': CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
}
