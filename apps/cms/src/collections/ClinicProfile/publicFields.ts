/** The clinic profile the site shows, copied to the site settings when a reviewed version is published. */
export const CLINIC_PROFILE_FIELDS = ['clinicName', 'tagline', 'phone', 'email', 'address', 'callToAction'] as const

/** Set on the request while a reviewed publish writes the site settings (globals/SiteSettings refuses other writers). */
export const PUBLISHING_CLINIC_PROFILE = 'publishingClinicProfile'
