/**
 * The schema of one segment, a node of the document tree (docs/structure.md), and the types the
 * rest of the code reads from it (z.infer, no hand-written twins). Apart from the document schema
 * so that the tree and its checks (segments.ts, structure/) can use the types without importing
 * the document schema that runs them.
 */
import { z } from 'astro/zod';
import { NODE_KIND_NAMES, TRANSLATION_STATUSES } from './structure/kinds.ts';

/** Spaces and invisible characters (zero-width, bidi marks and controls, word joiners, BOM). */
const INVISIBLE = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text made only of spaces and invisible characters counts as empty. */
export const isBlank = (text: string) => text.replace(INVISIBLE, '') === '';

/** C0 and C1 controls (tab and line feed too), DEL, and the line and paragraph separators. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Bidi embeddings, overrides and isolates: they reorder what a reader sees, and what is copied. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Where the first match of `pattern` is in `text`, for a message: "U+000A at character 6". */
function found(text: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(text);
  return m ? `${codePoint(m[0])} at character ${String(m.index + 1)}` : undefined;
}

/** Checks free text: no bidi overrides or isolates anywhere; no line break or control character when `oneLine`. */
const clean =
  (what: string, oneLine: boolean) =>
  (text: string, ctx: z.RefinementCtx): void => {
    const control = oneLine ? found(text, CONTROL) : undefined;
    if (control) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} must be one line, without control characters: ${control} (it goes into citations and records, where it would break them)`,
      });
    }
    const bidi = found(text, BIDI_CONTROL);
    if (bidi) ctx.addIssue({ code: 'custom', message: `${what} has a bidi control character, ${bidi}, which reorders what readers see` });
  };

/** A one-line string (titles, names, places): no line breaks, control or bidi characters. */
export const oneLine = (what: string) => z.string().superRefine(clean(what, true));

/** A one-line string that must not be blank (spaces and invisible characters only), with messages naming the field. */
export const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      if (isBlank(text)) ctx.addIssue({ code: 'custom', message: `${what} must not be empty` });
      else clean(what, true)(text, ctx);
    });

/** Running text of several lines (a segment's English): only bidi controls are refused. */
export const prose = (what: string) => z.string().superRefine(clean(what, false));

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
  en: prose('en'),
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
        /** The English this revision replaced; absent when the English did not change. */
        previous: z.string().optional(),
        /** The translator's notes this revision replaced; absent when the notes did not change. */
        previousNotes: z.array(note).optional(),
      }),
    )
    .optional(),
  /** For pull quotes: the id of the segment whose sentence the quote repeats. */
  repeats: z.string().optional(),
});

export type Segment = z.infer<typeof segmentSchema>;
export type Revision = NonNullable<Segment['revisions']>[number];
export type TranslatorNote = z.infer<typeof note>;
