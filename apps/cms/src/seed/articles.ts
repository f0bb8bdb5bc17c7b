import type { Block } from '@clinic/rich-text'
import { bullets, heading, paragraph } from '@clinic/rich-text'
import type { DemoCitationKey } from './citations'

export interface DemoArticle {
  title: string
  excerpt: string
  citation: DemoCitationKey
  conditions: string[]
  status: 'published' | 'draft'
  body: Block[]
}

/** Summaries we wrote ourselves for the demo; careful wording, no promises. */
export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: 'A phase 2 trial of NurOwn cells in ALS',
    excerpt:
      'Researchers tested cells grown from each patient’s own bone marrow in 48 people with ALS. The treatment was generally well tolerated; the trial was too small to show whether it slows the disease.',
    citation: 'nurownAls',
    conditions: ['Amyotrophic lateral sclerosis (ALS)'],
    status: 'published',
    body: [
      paragraph(
        'Amyotrophic lateral sclerosis (ALS) gradually weakens the muscles people use to move, speak and breathe. Researchers have been asking whether cells that release protective growth factors could slow that process.',
      ),
      heading('What the researchers did'),
      paragraph(
        'In this randomized, placebo-controlled phase 2 trial, 48 participants received either mesenchymal cells from their own bone marrow, modified in the lab to secrete neurotrophic factors, or a placebo. The cells were given into the spinal fluid and into muscle.',
      ),
      heading('What they found'),
      bullets(
        'Side effects were mostly mild and short-lived, such as headache and back pain after the spinal procedure.',
        'Across the whole group, the decline in function was not significantly different from placebo.',
        'A subgroup whose disease was progressing quickly showed a slower decline over the first weeks, a finding that needs confirming.',
      ),
      heading('What it means'),
      paragraph(
        'This was an early trial designed mainly to check safety. Its results encouraged a larger phase 3 study; they do not show that the treatment works.',
      ),
    ],
  },
  {
    title: 'Donor bone-marrow cells for knee osteoarthritis: a randomized trial',
    excerpt:
      'In a small randomized trial of 30 people with knee osteoarthritis, those given donor bone-marrow stromal cells reported less pain after a year than those given hyaluronic acid.',
    citation: 'kneeOaAllogeneic',
    conditions: ['Knee osteoarthritis'],
    status: 'published',
    body: [
      paragraph(
        'Knee osteoarthritis is one of the most common causes of joint pain. This study compared a single injection of donor (allogeneic) bone-marrow stromal cells with an injection of hyaluronic acid, a common treatment.',
      ),
      heading('What the researchers did'),
      paragraph(
        'Thirty adults with long-standing knee pain were randomly assigned to one of the two injections and followed for a year, with pain scores and MRI measurements of cartilage quality.',
      ),
      heading('What they found'),
      paragraph(
        'People in the cell group reported more improvement in pain and function, and MRI suggested less cartilage deterioration. No serious treatment-related side effects were reported.',
      ),
      heading('What it means'),
      paragraph('The trial was small and short. Larger and longer studies are needed before drawing firm conclusions.'),
    ],
  },
  {
    title: 'Donor mesenchymal cells after chronic stroke: an early safety study',
    excerpt:
      'A phase 1/2 study gave a single intravenous dose of donor mesenchymal cells to 36 people months after a stroke. No serious safety problems were attributed to the cells.',
    citation: 'strokeMsc',
    conditions: ['Stroke'],
    status: 'draft',
    body: [
      paragraph(
        'Many people live with lasting weakness after a stroke. This early study looked mainly at safety when donor mesenchymal cells are given through a vein.',
      ),
      heading('What they found'),
      paragraph(
        'The infusion was generally well tolerated, and some measures of function improved over the following year. Without a control group, the study cannot show whether the cells caused the improvement.',
      ),
    ],
  },
]
