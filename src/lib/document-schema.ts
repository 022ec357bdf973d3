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

/** A full calendar date, YYYY-MM-DD, for the dates of a version of the text. */
const fullDate = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be a date, YYYY-MM-DD` });

/** When a text of the document was adopted (通过, or the amending decision's date) and entered into force (施行). */
const versionDates = {
  adopted: fullDate('adopted'),
  inForce: fullDate('inForce'),
};

/**
 * An earlier text of the document (a law as adopted, before an amendment): its dates, its own
 * slice of a raw source, and its own segments, whose ids are that text's anchors
 * (documents/<slug>/versions/<adopted>/#id). `correspondence` overrides the derived matching of
 * its articles to the next text's (src/lib/versions/match.ts) where the text does not allow
 * deriving it: `{ from: [ids here], to: [ids in the next text] }`, `from: []` for an added,
 * `to: []` for a deleted article.
 */
const versionSchema = z.strictObject({
  ...versionDates,
  /** The title as printed in this text, when it differs from the document's. */
  title: z.strictObject({ zh: nonEmpty('versions.title.zh'), en: oneLine('versions.title.en') }).optional(),
  source: z.strictObject({
    raw: nonEmpty('versions.source.raw').refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', {
      error: (issue) => `versions.source.raw must be a file name in content/sources/, without folders: ${JSON.stringify(issue.input)}`,
    }),
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  }),
  correspondence: z.array(z.strictObject({ from: z.array(z.string()), to: z.array(z.string()) })).optional(),
  segments: z.array(segmentSchema).min(1, { error: 'a version needs at least one segment' }),
});

export type VersionData = z.infer<typeof versionSchema>;

/** ISO 8601 calendar date, possibly partial: 2020, 2020-07 or 2020-07-01. */
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
    published: fullDate('published').nullable(),
    /**
     * complete (default): every segment of a published document is translated. partial: a
     * published document may have segments with `translation: none`, shown in Chinese only.
     */
    translation: z.enum(['complete', 'partial']).default('complete'),
    /**
     * The dates of the text in `segments` (the current text, as last amended). Required when
     * the document has earlier `versions`.
     */
    currentVersion: z.strictObject(versionDates).optional(),
    /** Earlier texts of the document, oldest first (see versionSchema). */
    versions: z.array(versionSchema).optional(),
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
    for (const p of versionProblems(doc)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    if (doc.date.inferred && published && doc.date.basis.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['date', 'basis'], message: 'an inferred date must say why (date.basis)' });
    }
  })
  // The version that citations name: the latest of first publication and every revision.
  .transform((doc) => ({ ...doc, revised: lastRevised(doc.published, doc.segments) }));

export type DocumentData = z.infer<typeof documentSchema>;

/**
 * The rules of `versions` and `currentVersion`: every earlier text is a sound tree, the texts are
 * in order (each adopted and in force after the one before, in force no earlier than adopted),
 * and every id a `correspondence` names exists in its text or the next.
 */
function versionProblems(doc: {
  status: string;
  translation: string;
  currentVersion?: { adopted: string; inForce: string } | undefined;
  versions?: VersionData[] | undefined;
  segments: readonly { id: string }[];
}): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const versions = doc.versions ?? [];
  if (versions.length === 0) return out;
  if (!doc.currentVersion) {
    out.push({
      path: ['currentVersion'],
      message: 'a document with earlier versions needs the dates of its current text (currentVersion: { adopted, inForce })',
    });
    return out;
  }
  const requireEnglish = doc.status === 'published' && doc.translation === 'complete';
  const texts = [
    ...versions.map((v) => ({ ...v, where: 'versions' })),
    { ...doc.currentVersion, segments: doc.segments, where: 'currentVersion' },
  ];
  versions.forEach((v, i) => {
    const at = ['versions', i];
    for (const p of checkSegments(v.segments, requireEnglish))
      out.push({ path: [...at, 'segments'], message: `version ${v.adopted}, segment ${p.segment}: ${p.message}` });
    const next = texts[i + 1];
    if (next && !(v.adopted < next.adopted))
      out.push({
        path: [...at, 'adopted'],
        message: `version ${v.adopted} must be adopted before the text after it (${next.adopted}); versions are listed oldest first`,
      });
    if (next && !(v.inForce < next.inForce))
      out.push({
        path: [...at, 'inForce'],
        message: `version ${v.adopted} must enter into force before the text after it (${next.inForce})`,
      });
    const here = new Set(v.segments.map((s) => s.id));
    const there = new Set((next?.segments ?? []).map((s) => s.id));
    (v.correspondence ?? []).forEach((c, k) => {
      for (const id of c.from)
        if (!here.has(id))
          out.push({
            path: [...at, 'correspondence', k],
            message: `version ${v.adopted}: correspondence names ${id}, which is not a segment of this version`,
          });
      for (const id of c.to)
        if (!there.has(id))
          out.push({
            path: [...at, 'correspondence', k],
            message: `version ${v.adopted}: correspondence names ${id}, which is not a segment of the next text (${next?.adopted ?? '?'})`,
          });
      if (c.from.length === 0 && c.to.length === 0)
        out.push({ path: [...at, 'correspondence', k], message: `version ${v.adopted}: a correspondence needs ids in from or to` });
    });
  });
  texts.forEach((v, i) => {
    if (v.inForce < v.adopted)
      out.push({
        path: [v.where, ...(v.where === 'versions' ? [i] : []), 'inForce'],
        message: `the text adopted ${v.adopted} cannot enter into force before it is adopted (${v.inForce})`,
      });
  });
  return out;
}
