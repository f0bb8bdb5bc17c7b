import { researchJsonFeed } from './jsonFeed'
import { researchRss } from './rss'
import { sitemap } from './sitemap'

export const feedEndpoints = [researchRss, researchJsonFeed, sitemap]
