/**
 * Data exports: each document as JSON (both scripts, translation, notes, glossary terms,
 * metadata), a corpus-wide index of the exports, and the glossary, so researchers can reuse the
 * texts. The search index is built from the same JSON (src/integrations/pagefind.ts), and the
 * TMX and plain-text exports (tmx.ts, plain-text.ts) are formatted from this model, so no export
 * can disagree with another.
 *
 * The shapes are described by JSON Schemas (src/lib/schema/*.schema.json, served under
 * data/schema/); each export names its schema in `$schema`.
 */
import type { AknDocument } from './akn.ts';
import type { DocumentData, DocumentType } from './document-schema.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { findRendering, findTerms, type Matcher } from './glossary.ts';
import { versionDates } from './history.ts';
import { relativeHref, routes, variantPath } from './paths.ts';
import { toTraditional } from './script.ts';
import { units, type SegmentKind, type TranslatorNote } from './segments.ts';
import type { TranslationStatus } from './structure/kinds.ts';
import { pinpoint } from './structure/pinpoint.ts';
import { buildTree } from './structure/tree.ts';
import type { Correspondence } from './versions/match.ts';
import { correspondences, timeline, type TextVersion } from './versions/timeline.ts';

/**
 * The version of the export shapes, "major.minor". A minor version adds optional fields only;
 * a major version removes or changes one. Readers should check the major version.
 */
export const EXPORT_SCHEMA_VERSION = '1.2';

/**
 * Whether the document has an Akoma Ntoso export: its FRBR identity needs the date of the Chinese
 * and of the English revision, which every published document has; a draft previewed without
 * them has none (the export would have to invent one).
 */
export function hasAkn(doc: Pick<ExportedDocument, 'date' | 'version'>): boolean {
  return doc.date.value !== null && doc.version !== null;
}

/** The Akoma Ntoso export's input, from the same model as every other export. */
export function aknInput(doc: ExportedDocument): AknDocument {
  return {
    slug: doc.slug,
    titleZh: doc.title.zh,
    titleEn: doc.title.en,
    type: doc.type,
    date: doc.date.value,
    dateInferred: doc.date.inferred,
    revised: doc.version,
    bodies: doc.bodies.map((b) => ({ zh: b.zh, en: b.en })),
    nodes: doc.segments.map((u) => ({
      id: u.id,
      kind: u.kind,
      parent: u.parent,
      number: u.number,
      printed: u.printed,
      zh: u.zh,
      en: u.en,
      translation: u.translation,
    })),
    url: doc.url,
  };
}

/** A text in simplified Chinese (as printed), traditional Chinese (OpenCC) and English. */
export interface Trilingual {
  zh: string;
  zhHant: string;
  en: string;
}

/** A glossary term found in a segment's Chinese text. */
export interface ExportedTerm {
  /** Glossary entry id (data/glossary.json, glossary/<id>/). */
  id: string;
  /** Headword, simplified, as matched in the segment's `zh`. */
  zh: string;
  zhHant: string;
  /** The glossary's preferred English rendering. */
  en: string;
  /**
   * The rendering as it occurs in this segment's English (an exact substring: the preferred
   * rendering or an accepted variant), or null where the translation uses none of them (a
   * waiver recorded with its reason in content/glossary/waivers.yaml).
   */
  rendered: string | null;
}

export interface ExportedUnit {
  id: string;
  kind: SegmentKind;
  /** The enclosing node (an article's chapter, a paragraph's article, an item's paragraph); absent at the top level. */
  parent?: string;
  /** Integer ordinal (第二十一条 → 21, the second 款 → 2, （三） → 3); absent for unnumbered kinds. */
  number?: number;
  /** The number as printed at the start of `zh`. */
  printed?: string;
  /** How far this segment's English is: none (Chinese only), draft, translated or reviewed. */
  translation: TranslationStatus;
  /** Where the segment is, as citations write it (src/lib/structure/pinpoint.ts). */
  pinpoint: { en: string; long: string; zh: string };
  /** For pull quotes: the id of the segment whose sentence the quote repeats. */
  repeats?: string;
  zh: string;
  zhHant: string;
  en: string;
  notes: TranslatorNote[];
  /** Glossary terms in `zh`, each once, in order of first occurrence. */
  terms: ExportedTerm[];
  /** Revisions of the English after publication, oldest first, with what each replaced (history.ts). */
  revisions?: { date: string; reason: string; previous?: string; previousNotes?: TranslatorNote[] }[];
}

export interface ExportedBody extends Trilingual {
  role: DocumentData['bodies'][number]['role'];
}

export interface ExportedDocument {
  $schema: string;
  schemaVersion: string;
  slug: string;
  /** Canonical URL of the reading page (simplified script). */
  url: string;
  /** Canonical URL of the reading page in traditional script. */
  urlHant: string;
  title: Trilingual;
  type: DocumentType;
  bodies: ExportedBody[];
  refersTo?: Trilingual;
  date: { value: string | null; printed: string | null; inferred: boolean; basis: string };
  source: { publication: string | null; page: string | null; attribution: string | null; raw: string; lines: [number, number] };
  translator: string;
  /**
   * The version of the translation: the date of its last revision (YYYY-MM-DD), as citations
   * name it. Null only in a draft previewed with DUIZHAO_DRAFTS.
   */
  version: string | null;
  /** The date the translation was first published (YYYY-MM-DD); null only in a draft preview. */
  published: string | null;
  /**
   * Every version of the translation, oldest first, with the address that cites it
   * (documents/<slug>/v/<date>/): the last is `version`.
   */
  translationVersions: { date: string; url: string }[];
  /** Every addressable unit (segment or point) in reading order. */
  segments: ExportedUnit[];
  /** For an amended document: the dates of the current text (the one in `segments`). */
  currentVersion?: { adopted: string; inForce: string };
  /** For an amended document: its earlier texts, oldest first. */
  versions?: ExportedVersion[];
}

/** What an export needs besides the document: the glossary matcher and where the site lives. */
export interface ExportContext {
  matcher: Matcher;
  /** Absolute URL of the site root, base included, ending in "/" (see siteRoot). */
  root: string;
}

/**
 * The absolute URL of the site root from Astro's `site` and `base` (e.g. "/duizhao/" or
 * "/duizhao"): the same URL the reading page gives as its canonical address.
 */
export function siteRoot(site: string, base: string): string {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(path, site).href;
}

/** Site-relative paths of a document's exports and reading pages (pages are directory paths). */
export function documentPaths(slug: string) {
  return {
    json: routes.documentData(slug, 'json'),
    tmx: routes.documentData(slug, 'tmx'),
    /** Akoma Ntoso 3.0: the Chinese expression and its English translation (akn.ts). */
    akn: { zho: routes.documentData(slug, 'zho.akn.xml'), eng: routes.documentData(slug, 'eng.akn.xml') },
    text: {
      'zh-Hans': routes.documentData(slug, 'zh-Hans.txt'),
      'zh-Hant': routes.documentData(slug, 'zh-Hant.txt'),
      en: routes.documentData(slug, 'en.txt'),
    },
    page: routes.document(slug),
    pageHant: variantPath({ ui: 'en', script: 'hant' }, routes.document(slug)),
  } as const;
}

export const GLOSSARY_PATH = 'data/glossary.json';
export const DOCUMENT_SCHEMA_PATH = 'data/schema/document.schema.json';
export const INDEX_SCHEMA_PATH = 'data/schema/index.schema.json';

function trilingual(t: { zh: string; en: string }): Trilingual {
  return { zh: t.zh, zhHant: toTraditional(t.zh), en: t.en };
}

/** The glossary terms of a unit: each term once, first occurrence first, with its rendering here. */
function unitTerms(zh: string, en: string, matcher: Matcher): ExportedTerm[] {
  const out: ExportedTerm[] = [];
  for (const m of findTerms(zh, matcher)) {
    const entry = matcher.entries.get(m.term);
    if (!entry || out.some((t) => t.id === entry.id)) continue;
    const r = findRendering(en, entry);
    out.push({ id: entry.id, zh: entry.zh, zhHant: toTraditional(entry.zh), en: entry.en, rendered: r ? en.slice(r.start, r.end) : null });
  }
  return out;
}

/** Every unit of a text in reading order, in both scripts with its translation, pinpoint and terms. */
function exportUnits(segments: readonly DocumentData['segments'][number][], matcher: Matcher): ExportedUnit[] {
  const tree = buildTree(segments);
  const repeats = new Map(segments.flatMap((s) => (s.repeats === undefined ? [] : [[s.id, s.repeats] as const])));
  const revisionsOf = new Map(segments.map((s) => [s.id, s.revisions ?? []]));
  return units(segments).map((u) => {
    const repeated = repeats.get(u.id);
    const revisions = revisionsOf.get(u.id) ?? [];
    const node = tree.byId.get(u.id);
    const at = node ? pinpoint(node) : undefined;
    return {
      id: u.id,
      kind: u.kind,
      ...(u.parent !== undefined ? { parent: u.parent } : {}),
      ...(u.number !== undefined ? { number: u.number } : {}),
      ...(u.printed !== undefined ? { printed: u.printed } : {}),
      translation: u.translation,
      pinpoint: { en: at?.text ?? u.id, long: at?.long ?? u.id, zh: at?.zh ?? '' },
      ...(repeated !== undefined ? { repeats: repeated } : {}),
      zh: u.zh,
      zhHant: toTraditional(u.zh),
      en: u.en,
      notes: u.notes.map((n) => ({ on: n.on, text: n.text })),
      terms: unitTerms(u.zh, u.en, matcher),
      ...(revisions.length > 0
        ? {
            revisions: revisions.map((r) => ({
              date: r.date,
              reason: r.reason,
              ...(r.previous !== undefined ? { previous: r.previous } : {}),
              ...(r.previousNotes !== undefined ? { previousNotes: r.previousNotes.map((n) => ({ on: n.on, text: n.text })) } : {}),
            })),
          }
        : {}),
    };
  });
}

/** An earlier text of an amended document, as exported. */
export interface ExportedVersion {
  adopted: string;
  inForce: string;
  /** The last day this text was in force. */
  until: string;
  /** Canonical URL of its reading page. */
  url: string;
  title: Trilingual;
  source: { raw: string; lines: [number, number] };
  /** Its units, with its own ids (its own anchors). */
  segments: ExportedUnit[];
  /** Which of its blocks became which of the next text's (src/lib/versions/match.ts), in the next text's order. */
  changes: Correspondence[];
}

/** The versions part of a document export: the current text's dates and every earlier text. */
function versionsExport(slug: string, d: DocumentData, texts: TextVersion[], { matcher, root }: ExportContext) {
  const matched = correspondences(texts);
  const current = texts.at(-1) as TextVersion;
  return {
    currentVersion: { adopted: current.adopted, inForce: current.inForce },
    versions: texts.slice(0, -1).map((v, i): ExportedVersion => {
      const source = d.versions?.[i]?.source ?? d.source;
      return {
        adopted: v.adopted,
        inForce: v.inForce,
        until: v.until ?? v.inForce,
        url: new URL(routes.documentText(slug, v.adopted), root).href,
        title: trilingual(v.title),
        source: { raw: source.raw, lines: [source.lines[0], source.lines[1]] },
        segments: exportUnits(v.segments, matcher),
        changes: matched.get(v.adopted) ?? [],
      };
    }),
  };
}

/** The export of one document: every unit in reading order, in both scripts with its translation. */
export function exportDocument(slug: string, d: DocumentData, { matcher, root }: ExportContext): ExportedDocument {
  const paths = documentPaths(slug);
  const versioned = timeline(d);
  return {
    $schema: new URL(DOCUMENT_SCHEMA_PATH, root).href,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    slug,
    url: new URL(paths.page, root).href,
    urlHant: new URL(paths.pageHant, root).href,
    title: trilingual(d.title),
    type: d.type,
    bodies: d.bodies.map((b) => ({ ...trilingual(b), role: b.role })),
    ...(d.refersTo ? { refersTo: trilingual(d.refersTo) } : {}),
    // Fields picked one by one: the export's shape is its schema's, not the content format's.
    date: { value: d.date.value, printed: d.date.printed, inferred: d.date.inferred, basis: d.date.basis },
    source: {
      publication: d.source.publication,
      page: d.source.page,
      attribution: d.source.attribution,
      raw: d.source.raw,
      lines: [d.source.lines[0], d.source.lines[1]],
    },
    translator: d.translator,
    version: d.revised,
    published: d.published,
    translationVersions: versionDates(d.published, d.segments).map((date) => ({
      date,
      url: new URL(routes.documentVersion(slug, date), root).href,
    })),
    segments: exportUnits(d.segments, matcher),
    ...(versioned.length > 0 ? versionsExport(slug, d, versioned, { matcher, root }) : {}),
  };
}

export interface IndexEntry {
  slug: string;
  title: Trilingual;
  type: DocumentType;
  bodies: ExportedBody[];
  date: { value: string | null; inferred: boolean };
  /** The date of the translation's last revision (see ExportedDocument.version). */
  version: string | null;
  /** Number of addressable units: the length of the document export's `segments`. */
  segmentCount: number;
  url: string;
  /** Links relative to data/index.json. */
  /** `akn` only where the document has an Akoma Ntoso export (hasAkn). */
  exports: { json: string; tmx: string; akn?: { zho: string; eng: string }; text: { 'zh-Hans': string; 'zh-Hant': string; en: string } };
  /** Reading pages by script, relative to data/index.json. */
  pages: { hans: string; hant: string };
}

export interface ExportIndex {
  $schema: string;
  schemaVersion: string;
  /** Absolute URL of the site the links resolve against when the index is read on its own. */
  site: string;
  /** Links relative to data/index.json. */
  glossary: string;
  documentSchema: string;
  documents: IndexEntry[];
}

/**
 * A link from data/index.json to a site-relative path. Files under data/ are named from data/
 * ("documents/x.json"); pages go through relativeHref, so they name index.html and open from
 * file:// too.
 */
function fromIndex(path: string): string {
  return path.startsWith('data/') ? path.slice('data/'.length) : relativeHref('data/', path);
}

/** The corpus index: every exported document, in the order given (the site's: newest first). */
export function exportIndex(docs: readonly ExportedDocument[], root: string): ExportIndex {
  return {
    $schema: new URL(INDEX_SCHEMA_PATH, root).href,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    site: root,
    glossary: fromIndex(GLOSSARY_PATH),
    documentSchema: fromIndex(DOCUMENT_SCHEMA_PATH),
    documents: docs.map((doc) => {
      const p = documentPaths(doc.slug);
      return {
        slug: doc.slug,
        title: doc.title,
        type: doc.type,
        bodies: doc.bodies,
        date: { value: doc.date.value, inferred: doc.date.inferred },
        version: doc.version,
        segmentCount: doc.segments.length,
        url: doc.url,
        exports: {
          json: fromIndex(p.json),
          tmx: fromIndex(p.tmx),
          ...(hasAkn(doc) ? { akn: { zho: fromIndex(p.akn.zho), eng: fromIndex(p.akn.eng) } } : {}),
          text: { 'zh-Hans': fromIndex(p.text['zh-Hans']), 'zh-Hant': fromIndex(p.text['zh-Hant']), en: fromIndex(p.text.en) },
        },
        pages: { hans: fromIndex(p.page), hant: fromIndex(p.pageHant) },
      };
    }),
  };
}

export interface ExportedGlossaryEntry extends GlossaryEntry {
  zhHant: string;
}

/** The glossary export: every entry with its traditional headword. */
export function exportGlossary(entries: readonly GlossaryEntry[]): ExportedGlossaryEntry[] {
  return entries.map((e) => ({ ...e, zhHant: toTraditional(e.zh) }));
}

/**
 * A schema as served: with its `$id`, the URL the exports name in `$schema`. The committed files
 * (src/lib/schema/) have no `$id`, since the URL depends on where the site is built for
 * (DUIZHAO_SITE, DUIZHAO_BASE).
 */
export function servedSchema(schema: Record<string, unknown>, path: string, root: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: new URL(path, root).href, ...rest };
}
