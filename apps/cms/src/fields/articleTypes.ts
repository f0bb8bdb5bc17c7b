import { ARTICLE_TYPES as ARTICLE_TYPE_VALUES, type ArticleType } from '@clinic/workflow'

const LABELS: Record<ArticleType, string> = {
  'research-summary': 'Research summary',
  'condition-guide': 'Condition guide',
  'lifestyle-post': 'Lifestyle post',
}

export const ARTICLE_TYPES = ARTICLE_TYPE_VALUES.map((value) => ({ value, label: LABELS[value] }))
