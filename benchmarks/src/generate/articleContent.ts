import { type Block, heading, lexicalDocument, paragraph } from '@clinic/rich-text'
import type { ArticleType } from '@clinic/workflow'

import { slugify } from '../../../apps/cms/src/fields/slugify'

import type { Random } from './random'
import { DESIGNS, FILLER_SENTENCES, INTERVENTIONS, LIFESTYLE_THEMES, OUTCOMES, TOPICS } from './vocabulary'

export interface ArticleContent {
  type: ArticleType
  title: string
  excerpt: string
  body: ReturnType<typeof lexicalDocument>
}

/** Each topic is drawn on its own with its share as the odds, so document frequencies match the vocabulary. */
export function drawTopics(random: Random): string[] {
  const topics = TOPICS.filter((topic) => random.chance(topic.share)).map((topic) => topic.phrase)
  return topics.length > 0 ? topics : ['regenerative medicine']
}

function titleFor(type: ArticleType, random: Random, condition: string, topic: string): string {
  switch (type) {
    case 'research-summary':
      return `${random.pick(INTERVENTIONS)} of ${topic} in ${condition}: ${random.pick(DESIGNS)}`
    case 'condition-guide':
      return `${condition}: what ${topic} research means for treatment options`
    case 'lifestyle-post':
      return `${random.pick(LIFESTYLE_THEMES)} and ${condition.toLowerCase()}: practical steps alongside ${topic}`
  }
}

function topicSentence(random: Random, topic: string, condition: string): string {
  const n = random.int(12, 480)
  const outcome = random.pick(OUTCOMES)
  return random.pick([
    `In ${n} people with ${condition}, treatment with ${topic} improved ${outcome} compared with standard care.`,
    `The study examined how ${topic} affects ${outcome} over ${random.int(3, 24)} months.`,
    `Earlier work suggested that ${topic} could reduce symptoms of ${condition}, but the evidence was limited.`,
    `About ${random.int(10, 70)}% of participants who received ${topic} reported better ${outcome}.`,
    `Researchers think ${topic} may act by changing the local environment of damaged tissue.`,
  ])
}

function paragraphText(random: Random, topics: string[], condition: string): string {
  const sentences: string[] = []
  const length = random.int(3, 5)
  for (let i = 0; i < length; i++) {
    sentences.push(random.chance(0.5) ? topicSentence(random, random.pick(topics), condition) : random.pick(FILLER_SENTENCES))
  }
  return sentences.join(' ')
}

const SECTION_HEADINGS: Record<ArticleType, readonly string[]> = {
  'research-summary': ['What the researchers did', 'What they found', 'What it means for patients', 'Limitations'],
  'condition-guide': ['What it is', 'How it is treated today', 'Where regenerative medicine fits', 'Questions to ask'],
  'lifestyle-post': ['Why it matters', 'Getting started', 'What the evidence says'],
}

/** Title, excerpt and a body of three or four headed sections (about 500–800 words), as editors write them. */
export function articleContent(random: Random, type: ArticleType, topics: string[], conditions: string[]): ArticleContent {
  const condition = conditions[0]!
  const title = titleFor(type, random, condition, topics[0]!)
  const excerpt = topicSentence(random, random.pick(topics), condition).slice(0, 300)
  const blocks: Block[] = []
  for (const section of SECTION_HEADINGS[type]) {
    blocks.push(heading(section))
    const paragraphs = random.int(1, 3)
    for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(paragraphText(random, topics, random.pick(conditions))))
  }
  return { type, title, excerpt, body: lexicalDocument(blocks) }
}

/** The CMS's own slug rule, with the article number to keep it unique. */
export function slugFor(title: string, n: number): string {
  return `${slugify(title).slice(0, 100).replace(/-+$/, '')}-${n}`
}
