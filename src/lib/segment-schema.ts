/**
 * The schema of one segment, a node of the document tree (docs/structure.md), and the types the
 * rest of the code reads from it (z.infer, no hand-written twins). Apart from the document schema
 * so that the tree and its checks (segments.ts, structure/) can use the types without importing
 * the document schema that runs them.
 */
import { z } from 'astro/zod';
import { NODE_KIND_NAMES, TRANSLATION_STATUSES } from './structure/kinds.ts';

/** A trimmed string that must not be empty, with a message naming the field. */
export const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` });

const note = z.strictObject({ on: nonEmpty('note.on'), text: nonEmpty('note.text') });

/**
 * A node of the document tree (docs/structure.md), stored flat in reading order: `parent` names
 * the enclosing node. `number` and `printed` are data written at import, never parsed from the id.
 */
export const segmentSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(NODE_KIND_NAMES).default('paragraph'),
  /** The id of the enclosing node; absent at the top level. */
  parent: z.string().optional(),
  /** Integer ordinal: 第二十一条 → 21, the second 款 → 2, （三） → 3. */
  number: z.number().int().positive().optional(),
  /** The number as printed at the start of `zh`: 第二十一条, （三）, 一、. */
  printed: z.string().min(1).optional(),
  zh: z.string(),
  en: z.string(),
  /** How far the English is; default: translated, or none when `en` is empty. */
  translation: z.enum(TRANSLATION_STATUSES).optional(),
  notes: z.array(note).optional(),
  /**
   * Revisions of this segment's English after publication, oldest first: when, why (one line),
   * and the English it replaced. The record a history view and citations of earlier versions read.
   */
  revisions: z
    .array(
      z.strictObject({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a revision date is YYYY-MM-DD' }),
        reason: nonEmpty('revision reason'),
        previous: z.string().optional(),
      }),
    )
    .optional(),
  /** For pull quotes: the id of the segment whose sentence the quote repeats. */
  repeats: z.string().optional(),
});

export type Segment = z.infer<typeof segmentSchema>;
export type TranslatorNote = z.infer<typeof note>;
