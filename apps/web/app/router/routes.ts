import { readLibraryParams } from '../lib/libraryParams'
import { loadArticlePage } from '../pages/article/loadArticlePage'
import { loadArticlePreview } from '../pages/article/loadArticlePreview'
import { loadConditionPage } from '../pages/condition/loadConditionPage'
import { loadConditionPreview } from '../pages/condition/loadConditionPreview'
import { loadConditionsPage } from '../pages/conditions/loadConditionsPage'
import { loadHomePage } from '../pages/home/loadHomePage'
import { loadInformationPacketPage } from '../pages/informationPacket/loadInformationPacketPage'
import { loadLibraryPage } from '../pages/library/loadLibraryPage'
import { loadNewsletterPage } from '../pages/newsletter/loadNewsletterPage'
import { loadReviewerPage } from '../pages/reviewer/loadReviewerPage'
import type { PageRoute } from './types'

/** The site's pages. Only the entry points import this table; the router is handed it (resolvePage.ts). */
export const ROUTES: PageRoute[] = [
  {
    path: '/',
    load: () => loadHomePage,
    component: () => import('../pages/home/HomePage'),
    module: 'app/pages/home/HomePage.tsx',
  },
  {
    path: '/research',
    load: (_params, search) => loadLibraryPage(readLibraryParams(search)),
    component: () => import('../pages/library/LibraryPage'),
    module: 'app/pages/library/LibraryPage.tsx',
  },
  {
    path: '/research/:slug',
    load: (params) => loadArticlePage(params.slug!),
    component: () => import('../pages/article/ArticlePage'),
    module: 'app/pages/article/ArticlePage.tsx',
  },
  {
    // An editor's view of a draft: the article page, with the draft in place of the published text.
    path: '/preview/research/:slug',
    load: (params, search) => loadArticlePreview(params.slug!, search.get('token') ?? ''),
    component: () => import('../pages/article/ArticlePage'),
    module: 'app/pages/article/ArticlePage.tsx',
  },
  {
    path: '/conditions',
    load: () => loadConditionsPage,
    component: () => import('../pages/conditions/ConditionsPage'),
    module: 'app/pages/conditions/ConditionsPage.tsx',
  },
  {
    path: '/conditions/:slug',
    load: (params) => loadConditionPage(params.slug!),
    component: () => import('../pages/condition/ConditionPage'),
    module: 'app/pages/condition/ConditionPage.tsx',
  },
  {
    // An editor's view of a condition's draft: the condition page, with the draft in its place.
    path: '/preview/conditions/:slug',
    load: (params, search) => loadConditionPreview(params.slug!, search.get('token') ?? ''),
    component: () => import('../pages/condition/ConditionPage'),
    module: 'app/pages/condition/ConditionPage.tsx',
  },
  {
    path: '/reviewers/:slug',
    load: (params) => loadReviewerPage(params.slug!),
    component: () => import('../pages/reviewer/ReviewerPage'),
    module: 'app/pages/reviewer/ReviewerPage.tsx',
  },
  {
    path: '/information-packet',
    load: () => loadInformationPacketPage,
    component: () => import('../pages/informationPacket/InformationPacketPage'),
    module: 'app/pages/informationPacket/InformationPacketPage.tsx',
  },
  {
    path: '/newsletter',
    load: () => loadNewsletterPage,
    component: () => import('../pages/newsletter/NewsletterPage'),
    module: 'app/pages/newsletter/NewsletterPage.tsx',
  },
]
