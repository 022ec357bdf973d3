/**
 * The schema of a Duizhao document (the frontmatter of content/documents/*.mdx). Strict: an
 * unknown field is an error, so a typo cannot silently drop data. See docs/content-format.md.
 */
import { z } from 'astro/zod';
import { checkSegments } from './segments.ts';
import { nonEmpty, segmentSchema } from './segment-schema.ts';

export { segmentSchema, type Segment, type TranslatorNote } from './segment-schema.ts';

export const DOCUMENT_TYPES = ['news-report', 'notice', 'regulation', 'speech', 'opinion', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const bilingual = z.strictObject({
  /** Simplified Chinese, as printed. */
  zh: nonEmpty('zh'),
  /** English; may be empty only in drafts (checked below). */
  en: z.string(),
});

/** ISO 8601 calendar date, possibly partial: 2020, 2020-07 or 2020-07-01. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'date.value must be YYYY, YYYY-MM or YYYY-MM-DD' });

export const documentSchema = z
  .strictObject({
    title: bilingual,
    /** The first words of the English title that in-text citations use, when the first four words mislead. */
    shortTitle: z.string().trim().min(1).optional(),
    /** The English title in sentence case (APA); capitals only where the words keep them. */
    sentenceTitle: z.string().trim().min(1).optional(),
    type: z.enum(DOCUMENT_TYPES),
    status: z.enum(['draft', 'published']),
    /** Issuing or reporting bodies, in the order printed. */
    bodies: z.array(
      z.strictObject({ zh: nonEmpty('body zh'), en: nonEmpty('body en'), role: z.enum(['issuing', 'reporting', 'convening']) }),
    ),
    /** The document a report is about, if any. */
    refersTo: bilingual.optional(),
    date: z.strictObject({
      value: isoDate.nullable(),
      printed: z.string().nullable(),
      /** True when any part of `value` is not printed on the page. */
      inferred: z.boolean(),
      /** Why the inferred parts are what they are. */
      basis: z.string(),
    }),
    source: z.strictObject({
      publication: z.string().nullable(),
      page: z.string().nullable(),
      attribution: z.string().nullable(),
      /** File name in content/sources/. */
      raw: nonEmpty('source.raw'),
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    }),
    translator: z.string(),
    /** The date the translation was last revised (YYYY-MM-DD): the version that citations name. */
    revised: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'revised must be the date of the last revision, YYYY-MM-DD' })
      .nullable(),
    /**
     * complete (default): every segment of a published document is translated. partial: a
     * published document may have segments with `translation: none`, shown in Chinese only.
     */
    translation: z.enum(['complete', 'partial']).default('complete'),
    segments: z.array(segmentSchema).min(1, { error: 'a document needs at least one segment' }),
  })
  .superRefine((doc, ctx) => {
    const published = doc.status === 'published';
    for (const p of checkSegments(doc.segments, published && doc.translation === 'complete')) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `segment ${p.segment}: ${p.message}` });
    }
    if (published && doc.title.en.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['title', 'en'], message: 'English title is empty in a published document' });
    }
    if (published && doc.date.value === null) {
      ctx.addIssue({ code: 'custom', path: ['date', 'value'], message: 'a published document needs a date (mark it inferred if it is)' });
    }
    if (published && doc.revised === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['revised'],
        message: 'a published translation needs the date of its last revision (revised: YYYY-MM-DD)',
      });
    }
    if (doc.date.inferred && published && doc.date.basis.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['date', 'basis'], message: 'an inferred date must say why (date.basis)' });
    }
  });

export type DocumentData = z.infer<typeof documentSchema>;
