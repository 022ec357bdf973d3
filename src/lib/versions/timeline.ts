/**
 * The texts of a document in time: each earlier version (`versions:`) and the current text
 * (`segments`, dated by `currentVersion`), oldest first, each with the period it was in force.
 * Pure; the pages list it, and "as in force on a date" is a look-up in it.
 */
import type { DocumentData } from '../document-schema.ts';
import type { Segment } from '../segment-schema.ts';
import { usDate } from '../csl-item.ts';
import { matchVersions, type Correspondence } from './match.ts';

export interface TextVersion {
  /** Position in the timeline, 0 for the oldest. */
  index: number;
  adopted: string;
  inForce: string;
  /** The last day in force (the day before the next text entered into force); null for the current text. */
  until: string | null;
  current: boolean;
  title: { zh: string; en: string };
  segments: readonly Segment[];
  /** The editor's overrides of the matching to the next text. */
  correspondence: readonly { from: readonly string[]; to: readonly string[] }[];
}

/** The day before an ISO date (YYYY-MM-DD). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

type Versioned = Pick<DocumentData, 'title' | 'segments' | 'versions' | 'currentVersion'>;

/** The document's texts, oldest first; empty when it has no earlier versions (then it has one text, undated). */
export function timeline(d: Versioned): TextVersion[] {
  const versions = d.versions ?? [];
  if (versions.length === 0 || !d.currentVersion) return [];
  const texts = [
    ...versions.map((v) => ({
      adopted: v.adopted,
      inForce: v.inForce,
      title: v.title ?? d.title,
      segments: v.segments,
      correspondence: v.correspondence ?? [],
    })),
    { adopted: d.currentVersion.adopted, inForce: d.currentVersion.inForce, title: d.title, segments: d.segments, correspondence: [] },
  ];
  return texts.map((v, index) => {
    const next = texts[index + 1];
    return { ...v, index, until: next ? dayBefore(next.inForce) : null, current: next === undefined };
  });
}

/** The text in force on a date (YYYY-MM-DD), or undefined before the first entered into force. */
export function inForceOn(texts: readonly TextVersion[], date: string): TextVersion | undefined {
  return texts.filter((v) => v.inForce <= date).at(-1);
}

/** The matching of each text's blocks to the next text's, per earlier text (by its adoption date). */
export function correspondences(texts: readonly TextVersion[]): Map<string, Correspondence[]> {
  const out = new Map<string, Correspondence[]>();
  texts.forEach((v, i) => {
    const next = texts[i + 1];
    if (next) out.set(v.adopted, matchVersions(v.segments, next.segments, v.correspondence));
  });
  return out;
}

/**
 * The English title as a citation names a text of an amended document: "…, as adopted June 25,
 * 2021" for the first text on record, "…, as amended April 26, 2024" for a later one.
 */
export function versionedTitle(title: string, v: TextVersion): string {
  return `${title}, ${v.index === 0 ? 'as adopted' : 'as amended'} ${usDate(v.adopted)}`;
}
