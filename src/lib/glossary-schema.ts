/** The schema of a glossary entry (content/glossary/terms.yaml). */
import { z } from 'astro/zod';

/**
 * A fixed list: what a reader looks a term up as. `legal-term` is only for terms a law defines;
 * the categories are grouped and labelled on the glossary page (i18n dictionaries, keys category.*).
 */
export const TERM_CATEGORIES = [
  'institution',
  'organisation',
  'office-title',
  'person',
  'place',
  'party-term',
  'political-formula',
  'policy-instrument',
  'administrative-term',
  'legal-term',
  'economic-term',
  'social-term',
] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

export const glossaryEntrySchema = z.strictObject({
  /** Slug from toneless pinyin; the entry's anchor and URL. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must be a lowercase ascii slug' }),
  /** Headword in simplified Chinese, matched literally in the texts. */
  zh: z.string().trim().min(1),
  /** Hanyu Pinyin with tone marks. */
  pinyin: z.string().trim().min(1),
  /** Preferred English rendering. */
  en: z.string().trim().min(1),
  /**
   * Other accepted renderings, each a rendering of the whole term: the terminology check refuses
   * a single generic word and anything also listed in `avoid` (src/lib/terminology.ts).
   */
  variants: z.array(z.string().trim().min(1)).default([]),
  /** Renderings the entry rejects (its note says why): data, so no variant can contradict them. */
  avoid: z.array(z.string().trim().min(1)).default([]),
  category: z.enum(TERM_CATEGORIES),
  definition: z.string().trim().min(1),
  notes: z.string().optional(),
  related: z.array(z.string()).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryExceptionSchema = z.strictObject({
  /** Entry id. */
  term: z.string(),
  /** A longer Chinese string inside which the headword must not be annotated. */
  context: z.string().min(1),
  reason: z.string().min(1),
});
export type GlossaryException = z.infer<typeof glossaryExceptionSchema>;
