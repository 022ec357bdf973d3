/**
 * The schema of a Duizhao document (the frontmatter of content/documents/*.mdx). Strict: an
 * unknown field is an error, so a typo cannot silently drop data. See docs/content-format.md.
 */
import { z } from 'astro/zod';
import { checkHistory, lastRevised } from './history.ts';
import { checkSegments } from './segments.ts';
import { isBlank, nonEmpty, oneLine, prose, segmentSchema } from './segment-schema.ts';

export { segmentSchema, type Segment, type TranslatorNote } from './segment-schema.ts';

export const DOCUMENT_TYPES = ['news-report', 'notice', 'regulation', 'speech', 'opinion', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A title in both languages; one line each, since titles go into citations and records. */
const bilingual = (what: string) =>
  z.strictObject({
    /** Simplified Chinese, as printed. */
    zh: nonEmpty(`${what}.zh`),
    /** English; may be empty only in drafts (checked below). */
    en: oneLine(`${what}.en`),
  });

/** A name in content/sources/, nothing else: the provenance check reads the file it names. */
const sourceFileName = nonEmpty('source.raw').refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', {
  error: (issue) => `source.raw must be a file name in content/sources/, without folders: ${JSON.stringify(issue.input)}`,
});

/** ISO 8601 calendar date, possibly partial: 2020, 2020-07 or 2020-07-01. */
const isoDay = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be a date, YYYY-MM-DD` });

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'date.value must be YYYY, YYYY-MM or YYYY-MM-DD' });

export const documentSchema = z
  .strictObject({
    title: bilingual('title'),
    /** The first words of the English title that in-text citations use, when the first four words mislead. */
    shortTitle: nonEmpty('shortTitle').optional(),
    /** The English title in sentence case (APA); capitals only where the words keep them. */
    sentenceTitle: nonEmpty('sentenceTitle').optional(),
    type: z.enum(DOCUMENT_TYPES),
    status: z.enum(['draft', 'published']),
    /** Issuing or reporting bodies, in the order printed. */
    bodies: z.array(
      z.strictObject({ zh: nonEmpty('body zh'), en: nonEmpty('body en'), role: z.enum(['issuing', 'reporting', 'convening']) }),
    ),
    /** The document a report is about, if any. */
    refersTo: bilingual('refersTo').optional(),
    date: z.strictObject({
      value: isoDate.nullable(),
      printed: oneLine('date.printed').nullable(),
      /** True when any part of `value` is not printed on the page. */
      inferred: z.boolean(),
      /** Why the inferred parts are what they are. */
      basis: prose('date.basis'),
    }),
    source: z.strictObject({
      publication: oneLine('source.publication').nullable(),
      page: oneLine('source.page').nullable(),
      attribution: oneLine('source.attribution').nullable(),
      /** File name in content/sources/. */
      raw: sourceFileName,
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    }),
    /** Who translated it; may be empty only in drafts (checked below). */
    translator: oneLine('translator'),
    /**
     * The date the translation was first published (YYYY-MM-DD). The date of its last revision,
     * `revised`, is derived from this and the segments' revisions (history.ts), never typed.
     */
    published: isoDay('published').nullable(),
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
    if (published && isBlank(doc.title.en)) {
      ctx.addIssue({ code: 'custom', path: ['title', 'en'], message: 'English title is empty in a published document' });
    }
    if (published && isBlank(doc.translator)) {
      ctx.addIssue({ code: 'custom', path: ['translator'], message: 'translator must not be empty in a published document' });
    }
    if (published && doc.date.value === null) {
      ctx.addIssue({ code: 'custom', path: ['date', 'value'], message: 'a published document needs a date (mark it inferred if it is)' });
    }
    if (published && doc.published === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: 'a published translation needs the date it was first published (published: YYYY-MM-DD)',
      });
    }
    for (const p of checkHistory(doc.published, doc.segments)) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `segment ${p.segment}: ${p.message}` });
    }
    if (doc.date.inferred && published && doc.date.basis.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['date', 'basis'], message: 'an inferred date must say why (date.basis)' });
    }
  })
  // The version that citations name: the latest of first publication and every revision.
  .transform((doc) => ({ ...doc, revised: lastRevised(doc.published, doc.segments) }));

export type DocumentData = z.infer<typeof documentSchema>;
