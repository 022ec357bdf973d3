/**
 * Data exports: each document as JSON (both scripts, translation, notes, metadata) and the
 * glossary, so researchers can reuse the texts and the search index is built from the same data.
 */
import type { DocumentData } from './document-schema.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { toTraditional } from './script.ts';
import { units } from './segments.ts';

export interface ExportedUnit {
  id: string;
  kind: string;
  parent?: string | undefined;
  zh: string;
  zhHant: string;
  en: string;
  notes: { on: string; text: string }[];
}

export interface ExportedDocument {
  slug: string;
  title: { zh: string; zhHant: string; en: string };
  type: string;
  bodies: DocumentData['bodies'];
  refersTo?: DocumentData['refersTo'];
  date: DocumentData['date'];
  source: DocumentData['source'];
  translator: string;
  segments: ExportedUnit[];
}

/** The export of one document: every unit in reading order, in both scripts with its translation. */
export function exportDocument(slug: string, d: DocumentData): ExportedDocument {
  return {
    slug,
    title: { zh: d.title.zh, zhHant: toTraditional(d.title.zh), en: d.title.en },
    type: d.type,
    bodies: d.bodies,
    refersTo: d.refersTo,
    date: d.date,
    source: d.source,
    translator: d.translator,
    segments: units(d.segments).map((u) => ({
      id: u.id,
      kind: u.kind,
      parent: u.parent,
      zh: u.zh,
      zhHant: toTraditional(u.zh),
      en: u.en,
      notes: u.notes,
    })),
  };
}

export interface ExportedGlossaryEntry extends GlossaryEntry {
  zhHant: string;
}

/** The glossary export: every entry with its traditional headword. */
export function exportGlossary(entries: readonly GlossaryEntry[]): ExportedGlossaryEntry[] {
  return entries.map((e) => ({ ...e, zhHant: toTraditional(e.zh) }));
}
