/**
 * What lifestyle posts are about: everyday habits rather than a disease or a paper. A page that
 * ends in a call to action and uses these words densely is a lifestyle post; a condition guide
 * uses them only in passing ("symptoms can disrupt sleep").
 */
export interface LifestyleTopic {
  topic: string
  /** Global and case-insensitive: every mention counts. */
  pattern: RegExp
}

export const LIFESTYLE_TOPICS: readonly LifestyleTopic[] = [
  {
    topic: 'diet',
    pattern:
      /\b(?:diets?|dietary|nutrition(?:al)?|eat(?:ing)?|foods?|meals?|recipes?|vegetables?|fruits?|whole grains?|snacks?|hydrat(?:e|ed|ion)|omega-3s?|anti-inflammatory foods?)\b/gi,
  },
  {
    topic: 'exercise',
    pattern:
      /\b(?:exercis(?:e|es|ing)|workouts?|walks?|walking|stretch(?:es|ing)?|yoga|tai chi|swimming|strength training|physical activity|fitness)\b/gi,
  },
  { topic: 'sleep', pattern: /\b(?:sleep(?:ing)?|naps?|bedtime|insomnia)\b/gi },
  {
    // "oxidative stress" is biochemistry, not a lifestyle topic; research summaries use it a lot.
    topic: 'stress',
    pattern: /\b(?<!oxidative )(?:stress(?:ful)?|relax(?:ation|ing)?|meditat(?:e|ion|ing)|mindful(?:ness)?|breathing exercises?)\b/gi,
  },
  {
    topic: 'habits',
    pattern: /\b(?:habits?|daily routines?|lifestyle|wellness|well-being|self-care|healthy weight|weight loss|smoking|alcohol)\b/gi,
  },
]

/** A lifestyle post mentions its topics at least this often per 1,000 words… */
export const MIN_LIFESTYLE_MENTIONS_PER_1000_WORDS = 10
/** …at least this often in all… */
export const MIN_LIFESTYLE_MENTIONS = 5
/** …and touches at least this many topics (a post on sleep also talks about routines or stress). */
export const MIN_LIFESTYLE_TOPICS = 2
