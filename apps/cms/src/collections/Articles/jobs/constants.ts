/** The scheduled-publish task's slug, as stored in payload-jobs. */
export const PUBLISH_SCHEDULED_TASK = 'publishScheduledArticle'
