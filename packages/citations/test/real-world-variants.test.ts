import { describe, expect, it } from 'vitest'
import { parseCitation, type Citation } from '../src/index'

interface Variant {
  /** What the variant exercises. */
  name: string
  text: string
  expected: Citation
  /** Codes of the warnings, in order. */
  warnings: string[]
}

/**
 * PubMed citations as editors paste them. Records marked "real" are written from real PubMed
 * records; records marked "format" reproduce PubMed's exact format for a case whose real record
 * is not quoted (their identifiers are illustrative). Every field of every result is checked.
 */
const variants: Variant[] = [
  {
    name: 'group author, erratum note, DOI with parentheses (real)',
    text: 'GBD 2017 Disease and Injury Incidence and Prevalence Collaborators. Global, regional, and national incidence, prevalence, and years lived with disability for 354 diseases and injuries for 195 countries and territories, 1990-2017: a systematic analysis for the Global Burden of Disease Study 2017. Lancet. 2018 Nov 10;392(10159):1789-1858. doi: 10.1016/S0140-6736(18)32279-7. Epub 2018 Nov 8. Erratum in: Lancet. 2019 Jun 22;393(10190):e44. PMID: 30496104; PMCID: PMC6227754.',
    expected: {
      authors: ['GBD 2017 Disease and Injury Incidence and Prevalence Collaborators'],
      title: 'Global, regional, and national incidence, prevalence, and years lived with disability for 354 diseases and injuries for 195 countries and territories, 1990-2017: a systematic analysis for the Global Burden of Disease Study 2017',
      journal: 'Lancet', year: 2018, month: 11, day: 10, volume: '392', issue: '10159', pages: '1789-1858',
      doi: '10.1016/s0140-6736(18)32279-7', pmid: '30496104', pmcid: 'PMC6227754', epubDate: '2018-11-08',
    },
    warnings: ['note-ignored'],
  },
  {
    name: 'group author first, people after a semicolon (real)',
    text: 'RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR, Mafham M, Bell JL, Linsell L, Staplin N, Brightling C, Ustianowski A, Elmahi E, Prudon B, Green C, Felton T, Chadwick D, Rege K, Fegan C, Chappell LC, Faust SN, Jaki T, Jeffery K, Montgomery A, Rowan K, Juszczak E, Baillie JK, Haynes R, Landray MJ. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/NEJMoa2021436. Epub 2020 Jul 17. PMID: 32678530; PMCID: PMC7383595.',
    expected: {
      authors: ['RECOVERY Collaborative Group', 'Horby P', 'Lim WS', 'Emberson JR', 'Mafham M', 'Bell JL', 'Linsell L', 'Staplin N', 'Brightling C', 'Ustianowski A', 'Elmahi E', 'Prudon B', 'Green C', 'Felton T', 'Chadwick D', 'Rege K', 'Fegan C', 'Chappell LC', 'Faust SN', 'Jaki T', 'Jeffery K', 'Montgomery A', 'Rowan K', 'Juszczak E', 'Baillie JK', 'Haynes R', 'Landray MJ'],
      title: 'Dexamethasone in Hospitalized Patients with Covid-19',
      journal: 'N Engl J Med', year: 2021, month: 2, day: 25, volume: '384', issue: '8', pages: '693-704',
      doi: '10.1056/nejmoa2021436', pmid: '32678530', pmcid: 'PMC7383595', epubDate: '2020-07-17',
    },
    warnings: [],
  },
  {
    name: 'people then a group author after a semicolon, accented name, DOI ending in X (real)',
    text: 'Le Blanc K, Frassoni F, Ball L, Locatelli F, Roelofs H, Lewis I, Lanino E, Sundberg B, Bernardo ME, Remberger M, Dini G, Egeler RM, Bacigalupo A, Fibbe W, Ringdén O; Developmental Committee of the European Group for Blood and Marrow Transplantation. Mesenchymal stem cells for treatment of steroid-resistant, severe, acute graft-versus-host disease: a phase II study. Lancet. 2008 May 10;371(9624):1579-86. doi: 10.1016/S0140-6736(08)60690-X. PMID: 18468541.',
    expected: {
      authors: ['Le Blanc K', 'Frassoni F', 'Ball L', 'Locatelli F', 'Roelofs H', 'Lewis I', 'Lanino E', 'Sundberg B', 'Bernardo ME', 'Remberger M', 'Dini G', 'Egeler RM', 'Bacigalupo A', 'Fibbe W', 'Ringdén O', 'Developmental Committee of the European Group for Blood and Marrow Transplantation'],
      title: 'Mesenchymal stem cells for treatment of steroid-resistant, severe, acute graft-versus-host disease: a phase II study',
      journal: 'Lancet', year: 2008, month: 5, day: 10, volume: '371', issue: '9624', pages: '1579-86',
      doi: '10.1016/s0140-6736(08)60690-x', pmid: '18468541',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'title containing a full stop, year-only date, PubMed\'s own odd "Prockop Dj" (real)',
    text: 'Dominici M, Le Blanc K, Mueller I, Slaper-Cortenbach I, Marini F, Krause D, Deans R, Keating A, Prockop Dj, Horwitz E. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-7. doi: 10.1080/14653240600855905. PMID: 16923606.',
    expected: {
      authors: ['Dominici M', 'Le Blanc K', 'Mueller I', 'Slaper-Cortenbach I', 'Marini F', 'Krause D', 'Deans R', 'Keating A', 'Prockop Dj', 'Horwitz E'],
      title: 'Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement',
      journal: 'Cytotherapy', year: 2006, volume: '8', issue: '4', pages: '315-7',
      doi: '10.1080/14653240600855905', pmid: '16923606',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'single author, abbreviated page range (real)',
    text: 'Prockop DJ. Marrow stromal cells as stem cells for nonhematopoietic tissues. Science. 1997 Apr 4;276(5309):71-4. doi: 10.1126/science.276.5309.71. PMID: 9082988.',
    expected: {
      authors: ['Prockop DJ'], title: 'Marrow stromal cells as stem cells for nonhematopoietic tissues',
      journal: 'Science', year: 1997, month: 4, day: 4, volume: '276', issue: '5309', pages: '71-4',
      doi: '10.1126/science.276.5309.71', pmid: '9082988',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'Epub date after the DOI (real)',
    text: 'Takahashi K, Yamanaka S. Induction of pluripotent stem cells from mouse embryonic and adult fibroblast cultures by defined factors. Cell. 2006 Aug 25;126(4):663-76. doi: 10.1016/j.cell.2006.07.024. Epub 2006 Aug 10. PMID: 16904174.',
    expected: {
      authors: ['Takahashi K', 'Yamanaka S'],
      title: 'Induction of pluripotent stem cells from mouse embryonic and adult fibroblast cultures by defined factors',
      journal: 'Cell', year: 2006, month: 8, day: 25, volume: '126', issue: '4', pages: '663-76',
      doi: '10.1016/j.cell.2006.07.024', pmid: '16904174', epubDate: '2006-08-10',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'Epub date before the DOI, hyphenated Polish surname (real record, older order)',
    text: 'Musiał-Wysocka A, Kot M, Majka M. The Pros and Cons of Mesenchymal Stem Cell-Based Therapies. Cell Transplant. 2019 Jul;28(7):801-812. Epub 2019 Apr 24. doi: 10.1177/0963689719837897. PMID: 31018669; PMCID: PMC6719501.',
    expected: {
      authors: ['Musiał-Wysocka A', 'Kot M', 'Majka M'], title: 'The Pros and Cons of Mesenchymal Stem Cell-Based Therapies',
      journal: 'Cell Transplant', year: 2019, month: 7, volume: '28', issue: '7', pages: '801-812',
      doi: '10.1177/0963689719837897', pmid: '31018669', pmcid: 'PMC6719501', epubDate: '2019-04-24',
    },
    warnings: [],
  },
  {
    name: 'Epub ahead of print: no volume, issue or pages yet (format)',
    text: 'Kim HJ, Park JS, Lee SY. Umbilical cord blood-derived mesenchymal stem cells for cartilage repair in the knee: a two-year follow-up. Knee Surg Sports Traumatol Arthrosc. 2024 Mar 5. doi: 10.1002/ksa.12345. Epub ahead of print. PMID: 38441234.',
    expected: {
      authors: ['Kim HJ', 'Park JS', 'Lee SY'],
      title: 'Umbilical cord blood-derived mesenchymal stem cells for cartilage repair in the knee: a two-year follow-up',
      journal: 'Knee Surg Sports Traumatol Arthrosc', year: 2024, month: 3, day: 5,
      doi: '10.1002/ksa.12345', pmid: '38441234', epubDate: '2024-03-05',
    },
    warnings: ['ahead-of-print', 'missing-pmcid'],
  },
  {
    name: 'Epub ahead of print with an Elsevier PII where the pages go (format)',
    text: 'Ortiz LA, Weiss DJ. Cell therapy for lung disease: where are we now? Lancet. 2024 Mar 5:S0140-6736(24)00345-6. doi: 10.1016/S0140-6736(24)00345-6. Epub ahead of print. PMID: 38460525.',
    expected: {
      authors: ['Ortiz LA', 'Weiss DJ'], title: 'Cell therapy for lung disease: where are we now?',
      journal: 'Lancet', year: 2024, month: 3, day: 5, pages: 'S0140-6736(24)00345-6',
      doi: '10.1016/s0140-6736(24)00345-6', pmid: '38460525', epubDate: '2024-03-05',
    },
    warnings: ['ahead-of-print', 'missing-pmcid'],
  },
  {
    name: 'old-style "[Epub ahead of print]" without DOI, "[PubMed - as supplied by publisher]" after the PMID (format)',
    // PubMed's old summaries put no full stop after the bracket.
    text: 'Garcia-Olmo D, Herreros D. Adipose-derived stem cells in the treatment of complex perianal fistula. Dis Colon Rectum. 2009 Jan 5. [Epub ahead of print] PMID: 19131234 [PubMed - as supplied by publisher]',
    expected: {
      authors: ['Garcia-Olmo D', 'Herreros D'], title: 'Adipose-derived stem cells in the treatment of complex perianal fistula',
      journal: 'Dis Colon Rectum', year: 2009, month: 1, day: 5, pmid: '19131234', epubDate: '2009-01-05',
    },
    warnings: ['ahead-of-print', 'missing-doi', 'missing-pmcid'],
  },
  {
    name: 'eCollection after the DOI (real)',
    text: 'Xia Y, Zhu J, Yang R, Wang H, Li Y, Fu C. Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges. Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. eCollection 2023. PMID: 36911700; PMCID: PMC9999104.',
    expected: {
      authors: ['Xia Y', 'Zhu J', 'Yang R', 'Wang H', 'Li Y', 'Fu C'],
      title: 'Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges',
      journal: 'Front Immunol', year: 2023, month: 2, day: 24, volume: '14', pages: '1141601',
      doi: '10.3389/fimmu.2023.1141601', pmid: '36911700', pmcid: 'PMC9999104',
    },
    warnings: [],
  },
  {
    name: 'numbered search result ending in "Free PMC article." (real)',
    text: '1. Yuan X, Sun L. Stem Cell Therapy in Lupus. Rheumatol Immunol Res. 2022 Jul 6;3(2):61-68. doi: 10.2478/rir-2022-0011. eCollection 2022 Jun. PMID: 36465325; PMCID: PMC9524813. Free PMC article.',
    expected: {
      authors: ['Yuan X', 'Sun L'], title: 'Stem Cell Therapy in Lupus', journal: 'Rheumatol Immunol Res',
      year: 2022, month: 7, day: 6, volume: '3', issue: '2', pages: '61-68',
      doi: '10.2478/rir-2022-0011', pmid: '36465325', pmcid: 'PMC9524813',
    },
    warnings: [],
  },
  {
    name: 'e-number article instead of pages (real)',
    text: 'Ullah I, Subbarao RB, Rho GJ. Human mesenchymal stem cells - current trends and future prospective. Biosci Rep. 2015 Apr 28;35(2):e00191. doi: 10.1042/BSR20150025. PMID: 25797907; PMCID: PMC4413017.',
    expected: {
      authors: ['Ullah I', 'Subbarao RB', 'Rho GJ'], title: 'Human mesenchymal stem cells - current trends and future prospective',
      journal: 'Biosci Rep', year: 2015, month: 4, day: 28, volume: '35', issue: '2', pages: 'e00191',
      doi: '10.1042/bsr20150025', pmid: '25797907', pmcid: 'PMC4413017',
    },
    warnings: [],
  },
  {
    name: 'letter-prefixed article number "eaba6884", three-initial author (real)',
    text: 'Levy O, Kuai R, Siren EMJ, Bhere D, Milton Y, Nissar N, De Biasio M, Heinelt M, Reeve B, Abdi R, Alturki M, Fallatah M, Almalik A, Alhasan AH, Shah K, Karp JM. Shattering barriers toward clinically meaningful MSC therapies. Sci Adv. 2020 Jul 22;6(30):eaba6884. doi: 10.1126/sciadv.aba6884. PMID: 32832666; PMCID: PMC7439491.',
    expected: {
      authors: ['Levy O', 'Kuai R', 'Siren EMJ', 'Bhere D', 'Milton Y', 'Nissar N', 'De Biasio M', 'Heinelt M', 'Reeve B', 'Abdi R', 'Alturki M', 'Fallatah M', 'Almalik A', 'Alhasan AH', 'Shah K', 'Karp JM'],
      title: 'Shattering barriers toward clinically meaningful MSC therapies',
      journal: 'Sci Adv', year: 2020, month: 7, day: 22, volume: '6', issue: '30', pages: 'eaba6884',
      doi: '10.1126/sciadv.aba6884', pmid: '32832666', pmcid: 'PMC7439491',
    },
    warnings: [],
  },
  {
    name: 'volume that is a year, article number, no issue (format)',
    text: 'Chen L, Qu J, Xiang C. The multi-functional roles of menstrual blood-derived stem cells in regenerative medicine. Oxid Med Cell Longev. 2021 Jan 5;2021:6617432. doi: 10.1155/2021/6617432. PMID: 33505583; PMCID: PMC7806231.',
    expected: {
      authors: ['Chen L', 'Qu J', 'Xiang C'], title: 'The multi-functional roles of menstrual blood-derived stem cells in regenerative medicine',
      journal: 'Oxid Med Cell Longev', year: 2021, month: 1, day: 5, volume: '2021', pages: '6617432',
      doi: '10.1155/2021/6617432', pmid: '33505583', pmcid: 'PMC7806231',
    },
    warnings: [],
  },
  {
    name: 'season instead of a month (format)',
    text: 'Jones BQ, Smith RT. Regenerative injection therapy for chronic low back pain. Iowa Orthop J. 2020 Winter;40(1):71-78. PMID: 32742211; PMCID: PMC7368516.',
    expected: {
      authors: ['Jones BQ', 'Smith RT'], title: 'Regenerative injection therapy for chronic low back pain',
      journal: 'Iowa Orthop J', year: 2020, volume: '40', issue: '1', pages: '71-78',
      pmid: '32742211', pmcid: 'PMC7368516',
    },
    warnings: ['season-date', 'missing-doi'],
  },
  {
    name: 'two-month range "Jul-Aug" (format)',
    text: 'Patel AN, Genovese J. Potential clinical applications of adult human mesenchymal stem cell (Prochymal) therapy. Stem Cells Cloning. 2011 Jul-Aug;4:61-72. doi: 10.2147/SCCAA.S11991. PMID: 24198531; PMCID: PMC3781758.',
    expected: {
      authors: ['Patel AN', 'Genovese J'], title: 'Potential clinical applications of adult human mesenchymal stem cell (Prochymal) therapy',
      journal: 'Stem Cells Cloning', year: 2011, month: 7, volume: '4', pages: '61-72',
      doi: '10.2147/sccaa.s11991', pmid: '24198531', pmcid: 'PMC3781758',
    },
    warnings: ['date-range'],
  },
  {
    name: 'range across two years "Dec-2020 Jan" (format)',
    text: 'Rossi F, Bianchi G. Platelet-rich plasma in tendon healing. Muscles Ligaments Tendons J. 2019 Dec-2020 Jan;9(4):512-519. doi: 10.32098/mltj.04.2019.05. PMID: 32015876.',
    expected: {
      authors: ['Rossi F', 'Bianchi G'], title: 'Platelet-rich plasma in tendon healing',
      journal: 'Muscles Ligaments Tendons J', year: 2019, month: 12, volume: '9', issue: '4', pages: '512-519',
      doi: '10.32098/mltj.04.2019.05', pmid: '32015876',
    },
    warnings: ['date-range', 'missing-pmcid'],
  },
  {
    name: 'day range of a double issue (format)',
    text: 'Horwitz EM, Prockop DJ. Bone marrow stromal cells for holiday reading. Lancet. 1997 Dec 20-27;350(9094):1827-30. doi: 10.1016/S0140-6736(97)09012-0. PMID: 9428256.',
    expected: {
      authors: ['Horwitz EM', 'Prockop DJ'], title: 'Bone marrow stromal cells for holiday reading',
      journal: 'Lancet', year: 1997, month: 12, day: 20, volume: '350', issue: '9094', pages: '1827-30',
      doi: '10.1016/s0140-6736(97)09012-0', pmid: '9428256',
    },
    warnings: ['date-range', 'missing-pmcid'],
  },
  {
    name: 'supplement issue with S-prefixed pages (format)',
    text: 'Murphy MB, Moncivais K, Caplan AI. Mesenchymal stem cells: environmentally responsive therapeutics for regenerative medicine. BMC Musculoskelet Disord. 2018 Dec 20;19(Suppl 2):S1-S10. doi: 10.1186/s12891-018-2345-7. PMID: 30567890; PMCID: PMC6301234.',
    expected: {
      authors: ['Murphy MB', 'Moncivais K', 'Caplan AI'],
      title: 'Mesenchymal stem cells: environmentally responsive therapeutics for regenerative medicine',
      journal: 'BMC Musculoskelet Disord', year: 2018, month: 12, day: 20, volume: '19', issue: 'Suppl 2', pages: 'S1-S10',
      doi: '10.1186/s12891-018-2345-7', pmid: '30567890', pmcid: 'PMC6301234',
    },
    warnings: [],
  },
  {
    name: 'supplement written into the volume: "65 Suppl 12", no issue (format)',
    text: 'Ballenger JC. Clinical guidelines for establishing remission in patients with depression and anxiety. J Clin Psychiatry. 2004;65 Suppl 12:5-10. PMID: 15315471.',
    expected: {
      authors: ['Ballenger JC'], title: 'Clinical guidelines for establishing remission in patients with depression and anxiety',
      journal: 'J Clin Psychiatry', year: 2004, volume: '65 Suppl 12', pages: '5-10', pmid: '15315471',
    },
    warnings: ['missing-doi', 'missing-pmcid'],
  },
  {
    name: 'supplement with number inside the issue: "12(Suppl 1)" (format)',
    text: 'Wang Y, Chen X, Cao W, Shi Y. Plasticity of mesenchymal stem cells in immunomodulation. Stem Cell Res Ther. 2021 Nov 2;12(Suppl 1):567. doi: 10.1186/s13287-021-02612-1. PMID: 34724974; PMCID: PMC8561384.',
    expected: {
      authors: ['Wang Y', 'Chen X', 'Cao W', 'Shi Y'], title: 'Plasticity of mesenchymal stem cells in immunomodulation',
      journal: 'Stem Cell Res Ther', year: 2021, month: 11, day: 2, volume: '12', issue: 'Suppl 1', pages: '567',
      doi: '10.1186/s13287-021-02612-1', pmid: '34724974', pmcid: 'PMC8561384',
    },
    warnings: [],
  },
  {
    name: 'issue without a volume and an "Update in:" note, Cochrane style (format)',
    text: 'Smith TO, Hing CB. Autologous chondrocyte implantation for cartilage defects in the knee. Cochrane Database Syst Rev. 2008 Apr 16;(2):CD003323. doi: 10.1002/14651858.CD003323.pub2. Update in: Cochrane Database Syst Rev. 2012 Jan 18;1:CD003323. PMID: 18425892.',
    expected: {
      authors: ['Smith TO', 'Hing CB'], title: 'Autologous chondrocyte implantation for cartilage defects in the knee',
      journal: 'Cochrane Database Syst Rev', year: 2008, month: 4, day: 16, issue: '2', pages: 'CD003323',
      doi: '10.1002/14651858.cd003323.pub2', pmid: '18425892',
    },
    warnings: ['note-ignored', 'missing-pmcid'],
  },
  {
    name: 'part issue "Pt 4" (format)',
    text: 'Keirstead HS, Nistor G. Human embryonic stem cell-derived oligodendrocyte progenitors remyelinate the injured spinal cord. Brain. 2002 Apr;125(Pt 4):872-81. doi: 10.1093/brain/awf084. PMID: 11912119.',
    expected: {
      authors: ['Keirstead HS', 'Nistor G'],
      title: 'Human embryonic stem cell-derived oligodendrocyte progenitors remyelinate the injured spinal cord',
      journal: 'Brain', year: 2002, month: 4, volume: '125', issue: 'Pt 4', pages: '872-81',
      doi: '10.1093/brain/awf084', pmid: '11912119',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'retraction and erratum notes that look like citations themselves (real)',
    text: 'Wakefield AJ, Murch SH, Anthony A, Linnell J, Casson DM, Malik M, Berelowitz M, Dhillon AP, Thomson MA, Harvey P, Valentine A, Davies SE, Walker-Smith JA. Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children. Lancet. 1998 Feb 28;351(9103):637-41. doi: 10.1016/s0140-6736(97)11096-0. Retraction in: Lancet. 2010 Feb 6;375(9713):445. Erratum in: Lancet. 2004 Mar 6;363(9411):750. PMID: 9500320.',
    expected: {
      authors: ['Wakefield AJ', 'Murch SH', 'Anthony A', 'Linnell J', 'Casson DM', 'Malik M', 'Berelowitz M', 'Dhillon AP', 'Thomson MA', 'Harvey P', 'Valentine A', 'Davies SE', 'Walker-Smith JA'],
      title: 'Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children',
      journal: 'Lancet', year: 1998, month: 2, day: 28, volume: '351', issue: '9103', pages: '637-41',
      doi: '10.1016/s0140-6736(97)11096-0', pmid: '9500320',
    },
    warnings: ['retraction-notice', 'note-ignored', 'missing-pmcid'],
  },
  {
    name: 'retraction note carrying its own DOI, which must not replace the paper\'s (real record, note DOI added)',
    text: 'Obokata H, Wakayama T, Sasai Y, Kojima K, Vacanti MP, Niwa H, Yamato M, Vacanti CA. Stimulus-triggered fate conversion of somatic cells into pluripotency. Nature. 2014 Jan 30;505(7485):641-7. doi: 10.1038/nature12968. Retraction in: Nature. 2014 Jul 3;511(7507):112. doi: 10.1038/nature13598. PMID: 24476887.',
    expected: {
      authors: ['Obokata H', 'Wakayama T', 'Sasai Y', 'Kojima K', 'Vacanti MP', 'Niwa H', 'Yamato M', 'Vacanti CA'],
      title: 'Stimulus-triggered fate conversion of somatic cells into pluripotency',
      journal: 'Nature', year: 2014, month: 1, day: 30, volume: '505', issue: '7485', pages: '641-7',
      doi: '10.1038/nature12968', pmid: '24476887',
    },
    warnings: ['retraction-notice', 'missing-pmcid'],
  },
  {
    name: '"Comment in:" and "Erratum in:" notes after the Epub date (format)',
    text: 'Vega A, Martín-Ferrero MA, Del Canto F, Alberca M, García V, Munar A, Orozco L, Soler R, Fuertes JJ, Huguet M, Sánchez A, García-Sancho J. Treatment of Knee Osteoarthritis With Allogeneic Bone Marrow Mesenchymal Stem Cells: A Randomized Controlled Trial. Transplantation. 2015 Aug;99(8):1681-90. doi: 10.1097/TP.0000000000000678. Epub 2015 Mar 26. Comment in: Transplantation. 2015 Aug;99(8):1545. Erratum in: Transplantation. 2016 Jul;100(7):e45. PMID: 25822648.',
    expected: {
      authors: ['Vega A', 'Martín-Ferrero MA', 'Del Canto F', 'Alberca M', 'García V', 'Munar A', 'Orozco L', 'Soler R', 'Fuertes JJ', 'Huguet M', 'Sánchez A', 'García-Sancho J'],
      title: 'Treatment of Knee Osteoarthritis With Allogeneic Bone Marrow Mesenchymal Stem Cells: A Randomized Controlled Trial',
      journal: 'Transplantation', year: 2015, month: 8, volume: '99', issue: '8', pages: '1681-90',
      doi: '10.1097/tp.0000000000000678', pmid: '25822648', epubDate: '2015-03-26',
    },
    warnings: ['note-ignored', 'note-ignored', 'missing-pmcid'],
  },
  {
    name: 'translated title in square brackets (format)',
    text: 'Müller-Schmidt A, Weber K. [Stem cell therapy in orthopaedics]. Orthopade. 2012 Jul;41(7):540-5. doi: 10.1007/s00132-012-1924-5. PMID: 22760521.',
    expected: {
      authors: ['Müller-Schmidt A', 'Weber K'], title: '[Stem cell therapy in orthopaedics]',
      journal: 'Orthopade', year: 2012, month: 7, volume: '41', issue: '7', pages: '540-5',
      doi: '10.1007/s00132-012-1924-5', pmid: '22760521',
    },
    warnings: ['translated-title', 'missing-pmcid'],
  },
  {
    name: 'title ending in a question mark, no full stop before the journal (format)',
    text: 'Sipp D, Turner L. Stem cell clinics: hope or hype? Cell Stem Cell. 2017 Jan 5;20(1):16-18. doi: 10.1016/j.stem.2016.12.011. PMID: 28061350.',
    expected: {
      authors: ['Sipp D', 'Turner L'], title: 'Stem cell clinics: hope or hype?',
      journal: 'Cell Stem Cell', year: 2017, month: 1, day: 5, volume: '20', issue: '1', pages: '16-18',
      doi: '10.1016/j.stem.2016.12.011', pmid: '28061350',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'title ending in an exclamation mark (real)',
    text: 'Caplan AI. Mesenchymal Stem Cells: Time to Change the Name! Stem Cells Transl Med. 2017 Jun;6(6):1445-1451. doi: 10.1002/sctm.17-0051. Epub 2017 Apr 28. PMID: 28452204; PMCID: PMC5689741.',
    expected: {
      authors: ['Caplan AI'], title: 'Mesenchymal Stem Cells: Time to Change the Name!',
      journal: 'Stem Cells Transl Med', year: 2017, month: 6, volume: '6', issue: '6', pages: '1445-1451',
      doi: '10.1002/sctm.17-0051', pmid: '28452204', pmcid: 'PMC5689741', epubDate: '2017-04-28',
    },
    warnings: [],
  },
  {
    name: 'title with "(MSCs). A review", a question inside it and a parenthesised journal (format)',
    text: 'Nowak P, Kowalski J. Mesenchymal stromal cells (MSCs). A review of their use in orthopaedics: what next? And why? Life (Basel). 2022 Mar 10;12(3):402. doi: 10.3390/life12030402. PMID: 35330153; PMCID: PMC8955162.',
    expected: {
      authors: ['Nowak P', 'Kowalski J'], title: 'Mesenchymal stromal cells (MSCs). A review of their use in orthopaedics: what next? And why?',
      journal: 'Life (Basel)', year: 2022, month: 3, day: 10, volume: '12', issue: '3', pages: '402',
      doi: '10.3390/life12030402', pmid: '35330153', pmcid: 'PMC8955162',
    },
    warnings: [],
  },
  {
    name: 'curly quotes and non-breaking spaces from a website (real)',
    text: 'Bianco\u00a0P. \u201cMesenchymal\u201d stem cells. Annu Rev Cell Dev Biol. 2014;30:677-704.\u00a0doi:\u00a010.1146/annurev-cellbio-100913-013132. Epub 2014 Aug\u00a018. PMID:\u00a025150008.',
    expected: {
      authors: ['Bianco P'], title: '"Mesenchymal" stem cells', journal: 'Annu Rev Cell Dev Biol', year: 2014,
      volume: '30', pages: '677-704', doi: '10.1146/annurev-cellbio-100913-013132', pmid: '25150008', epubDate: '2014-08-18',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: '"et al." ending a shortened author list (real record, shortened)',
    text: 'Xia Y, Zhu J, Yang R, et al. Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges. Front Immunol. 2023 Feb 24;14:1141601. doi: 10.3389/fimmu.2023.1141601. PMID: 36911700; PMCID: PMC9999104.',
    expected: {
      authors: ['Xia Y', 'Zhu J', 'Yang R'],
      title: 'Mesenchymal stem cells in the treatment of spinal cord injury: Mechanisms, current advances and future challenges',
      journal: 'Front Immunol', year: 2023, month: 2, day: 24, volume: '14', pages: '1141601',
      doi: '10.3389/fimmu.2023.1141601', pmid: '36911700', pmcid: 'PMC9999104',
    },
    warnings: ['authors-truncated'],
  },
  {
    name: 'old paper with no DOI and no PMCID (real)',
    text: 'Owen M. Marrow stromal stem cells. J Cell Sci Suppl. 1988;10:63-76. PMID: 3077943.',
    expected: {
      authors: ['Owen M'], title: 'Marrow stromal stem cells', journal: 'J Cell Sci Suppl', year: 1988,
      volume: '10', pages: '63-76', pmid: '3077943',
    },
    warnings: ['missing-doi', 'missing-pmcid'],
  },
  {
    name: 'DOI only, no PMID or PMCID (format)',
    text: 'Lee JW, Gupta N. Mesenchymal stem cell therapy for acute respiratory distress syndrome. Am J Respir Cell Mol Biol. 2023 May;68(5):481-489. doi: 10.1165/rcmb.2022-0316TR.',
    expected: {
      authors: ['Lee JW', 'Gupta N'], title: 'Mesenchymal stem cell therapy for acute respiratory distress syndrome',
      journal: 'Am J Respir Cell Mol Biol', year: 2023, month: 5, volume: '68', issue: '5', pages: '481-489',
      doi: '10.1165/rcmb.2022-0316tr',
    },
    warnings: ['missing-pmid', 'missing-pmcid'],
  },
  {
    name: 'group author alone (real)',
    text: 'World Medical Association. World Medical Association Declaration of Helsinki: ethical principles for medical research involving human subjects. JAMA. 2013 Nov 27;310(20):2191-4. doi: 10.1001/jama.2013.281053. PMID: 24141714.',
    expected: {
      authors: ['World Medical Association'],
      title: 'World Medical Association Declaration of Helsinki: ethical principles for medical research involving human subjects',
      journal: 'JAMA', year: 2013, month: 11, day: 27, volume: '310', issue: '20', pages: '2191-4',
      doi: '10.1001/jama.2013.281053', pmid: '24141714',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'names with particles, an apostrophe and a generational suffix (format)',
    text: "van der Kooy D, O'Brien T, De Luca M, Roberts WC Jr. Stem cells in the adult heart. Circ Res. 2010 Oct 15;107(8):939-41. doi: 10.1161/CIRCRESAHA.110.229000. PMID: 20947826.",
    expected: {
      authors: ['van der Kooy D', "O'Brien T", 'De Luca M', 'Roberts WC Jr'], title: 'Stem cells in the adult heart',
      journal: 'Circ Res', year: 2010, month: 10, day: 15, volume: '107', issue: '8', pages: '939-41',
      doi: '10.1161/circresaha.110.229000', pmid: '20947826',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'line breaks and tabs inside the pasted text, "Source:" lead-in (real)',
    text: 'Source:\tYuan X, Sun L. Stem Cell Therapy\nin Lupus. Rheumatol Immunol Res.\r\n2022 Jul 6;3(2):61-68. doi: 10.2478/rir-2022-0011.\nPMID: 36465325; PMCID: PMC9524813.\n',
    expected: {
      authors: ['Yuan X', 'Sun L'], title: 'Stem Cell Therapy in Lupus', journal: 'Rheumatol Immunol Res',
      year: 2022, month: 7, day: 6, volume: '3', issue: '2', pages: '61-68',
      doi: '10.2478/rir-2022-0011', pmid: '36465325', pmcid: 'PMC9524813',
    },
    warnings: [],
  },
  {
    name: 'DOI as a doi.org URL, identifiers without spaces after the colon (real record, pasted form)',
    text: 'Sivandzade F, Cucullo L. Regenerative Stem Cell Therapy for Neurodegenerative Diseases: An Overview. Int J Mol Sci. 2021 Feb 22;22(4):2153. https://doi.org/10.3390/ijms22042153. PMID:33671500; PMCID:PMC7926761.',
    expected: {
      authors: ['Sivandzade F', 'Cucullo L'], title: 'Regenerative Stem Cell Therapy for Neurodegenerative Diseases: An Overview',
      journal: 'Int J Mol Sci', year: 2021, month: 2, day: 22, volume: '22', issue: '4', pages: '2153',
      doi: '10.3390/ijms22042153', pmid: '33671500', pmcid: 'PMC7926761',
    },
    warnings: [],
  },
  {
    name: 'upper-case "DOI:" and an NIHMSID after the PMCID (format)',
    text: 'Pittenger MF, Discher DE, Péault BM, Phinney DG, Hare JM, Caplan AI. Mesenchymal stem cell perspective: cell biology to clinical progress. NPJ Regen Med. 2019 Dec 2;4:22. DOI: 10.1038/s41536-019-0083-6. PMID: 31815001; PMCID: PMC6889290; NIHMSID: NIHMS1063456.',
    expected: {
      authors: ['Pittenger MF', 'Discher DE', 'Péault BM', 'Phinney DG', 'Hare JM', 'Caplan AI'],
      title: 'Mesenchymal stem cell perspective: cell biology to clinical progress',
      journal: 'NPJ Regen Med', year: 2019, month: 12, day: 2, volume: '4', pages: '22',
      doi: '10.1038/s41536-019-0083-6', pmid: '31815001', pmcid: 'PMC6889290',
    },
    warnings: [],
  },
  {
    name: 'en dashes in the date range and page range from a word processor (format)',
    text: 'Kim N, Cho SG. Clinical applications of mesenchymal stem cells. Korean J Intern Med. 2013 Jul–Aug;28(4):387–402. doi: 10.3904/kjim.2013.28.4.387. PMID: 23864795; PMCID: PMC3712145.',
    expected: {
      authors: ['Kim N', 'Cho SG'], title: 'Clinical applications of mesenchymal stem cells',
      journal: 'Korean J Intern Med', year: 2013, month: 7, volume: '28', issue: '4', pages: '387-402',
      doi: '10.3904/kjim.2013.28.4.387', pmid: '23864795', pmcid: 'PMC3712145',
    },
    warnings: ['date-range'],
  },
  {
    name: 'title with "vs." and an Epub date giving only the month (format)',
    text: 'Hernigou P, Auregan JC. Bone marrow concentrate vs. microfracture for knee cartilage defects: a matched comparison. Int Orthop. 2020 Jun;44(6):1045-1052. doi: 10.1007/s00264-020-04512-0. Epub 2020 Mar. PMID: 32170434.',
    expected: {
      authors: ['Hernigou P', 'Auregan JC'],
      title: 'Bone marrow concentrate vs. microfracture for knee cartilage defects: a matched comparison',
      journal: 'Int Orthop', year: 2020, month: 6, volume: '44', issue: '6', pages: '1045-1052',
      doi: '10.1007/s00264-020-04512-0', pmid: '32170434', epubDate: '2020-03',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'volume without issue or pages, year-only (format)',
    text: 'Galipeau J. Mesenchymal stromal cells for graft-versus-host disease: a trilogy. Biol Blood Marrow Transplant. 2020;26. doi: 10.1016/j.bbmt.2020.01.001. PMID: 31953234.',
    expected: {
      authors: ['Galipeau J'], title: 'Mesenchymal stromal cells for graft-versus-host disease: a trilogy',
      journal: 'Biol Blood Marrow Transplant', year: 2020, volume: '26', doi: '10.1016/j.bbmt.2020.01.001', pmid: '31953234',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'Elsevier article with an "e"-suffixed page range containing full stops (format)',
    text: 'Shah K, Zhao AG, Sumer H. New Approaches to Treat Osteoarthritis with Mesenchymal Stem Cells. Am J Obstet Gynecol. 2019 Jan;220(1):100.e1-100.e9. doi: 10.1016/j.ajog.2018.10.012. Epub 2018 Oct 11. PMID: 30316752.',
    expected: {
      authors: ['Shah K', 'Zhao AG', 'Sumer H'], title: 'New Approaches to Treat Osteoarthritis with Mesenchymal Stem Cells',
      journal: 'Am J Obstet Gynecol', year: 2019, month: 1, volume: '220', issue: '1', pages: '100.e1-100.e9',
      doi: '10.1016/j.ajog.2018.10.012', pmid: '30316752', epubDate: '2018-10-11',
    },
    warnings: ['missing-pmcid'],
  },
  {
    name: 'a title sentence that is only a year, before the real date (format)',
    text: 'Brown A, Green B. Stem cell medicine. 2019. The year in review. Stem Cells Transl Med. 2020 Jan;9(1):1-3. doi: 10.1002/sctm.19-0401. PMID: 31876342; PMCID: PMC6954711.',
    expected: {
      authors: ['Brown A', 'Green B'], title: 'Stem cell medicine. 2019. The year in review',
      journal: 'Stem Cells Transl Med', year: 2020, month: 1, volume: '9', issue: '1', pages: '1-3',
      doi: '10.1002/sctm.19-0401', pmid: '31876342', pmcid: 'PMC6954711',
    },
    warnings: [],
  },
]

describe('parseCitation on real-world PubMed citation variants', () => {
  it('covers at least thirty variants', () => {
    expect(variants.length).toBeGreaterThanOrEqual(30)
  })

  it.each(variants)('$name', ({ text, expected, warnings }) => {
    const result = parseCitation(text)
    if (!result.ok) expect.fail(`expected a citation, got errors: ${JSON.stringify(result.errors)}`)
    expect(result.citation).toStrictEqual(expected)
    expect(result.warnings.map((warning) => warning.code)).toStrictEqual(warnings)
  })
})
