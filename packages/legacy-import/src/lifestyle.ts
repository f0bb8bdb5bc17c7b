import { LIFESTYLE_TOPICS, MIN_LIFESTYLE_MENTIONS, MIN_LIFESTYLE_MENTIONS_PER_1000_WORDS, MIN_LIFESTYLE_TOPICS } from './lifestyleTopics'

export interface LifestyleSignal {
  mentions: number
  topics: string[]
  perThousandWords: number
  /** Dense enough, and broad enough, for the page to be about everyday habits. */
  strong: boolean
}

export function lifestyleSignal(text: string): LifestyleSignal {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  let mentions = 0
  const topics: string[] = []
  for (const { topic, pattern } of LIFESTYLE_TOPICS) {
    const found = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].length
    if (found > 0) topics.push(topic)
    mentions += found
  }
  const perThousandWords = words === 0 ? 0 : (mentions * 1000) / words
  const strong =
    mentions >= MIN_LIFESTYLE_MENTIONS && topics.length >= MIN_LIFESTYLE_TOPICS && perThousandWords >= MIN_LIFESTYLE_MENTIONS_PER_1000_WORDS
  return { mentions, topics, perThousandWords, strong }
}
