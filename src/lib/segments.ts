/**
 * Segments are Duizhao's unit of reading and citing: a paragraph (or a piece of page furniture)
 * of the source with its English translation. A paragraph that enumerates points (一是……二是……)
 * keeps its lead text in `zh`/`en` and each point as a child segment, so both the paragraph and
 * every point have their own permanent id.
 */

export const SEGMENT_KINDS = ['paragraph', 'point', 'attribution', 'caption', 'pullquote'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** A translator's note on one phrase of a segment's Chinese text. */
export interface TranslatorNote {
  /** The Chinese phrase the note explains, exactly as it occurs in the segment. */
  on: string;
  /** The note, in English. */
  text: string;
}

/** An enumerated point inside a paragraph. */
export interface Point {
  id: string;
  zh: string;
  en: string;
  notes?: TranslatorNote[] | undefined;
}

/** A paragraph or page-furniture segment as written in a document's frontmatter. */
export interface Segment {
  id: string;
  kind: SegmentKind;
  zh: string;
  en: string;
  notes?: TranslatorNote[] | undefined;
  points?: Point[] | undefined;
  /** For pull quotes: the id of the segment whose sentence the quote repeats. */
  repeats?: string | undefined;
}

/** One addressable unit (a segment or a point) with the ids around it, in reading order. */
export interface Unit {
  id: string;
  kind: SegmentKind;
  zh: string;
  en: string;
  notes: TranslatorNote[];
  /** The paragraph a point belongs to; undefined for top-level segments. */
  parent?: string | undefined;
}

/**
 * Lists every addressable unit of a document in reading order: each segment, then its points.
 * A paragraph with points contributes its lead (which may be empty) as its own unit.
 */
export function units(segments: readonly Segment[]): Unit[] {
  const out: Unit[] = [];
  for (const s of segments) {
    out.push({ id: s.id, kind: s.kind, zh: s.zh, en: s.en, notes: s.notes ?? [] });
    for (const p of s.points ?? []) {
      out.push({ id: p.id, kind: 'point', zh: p.zh, en: p.en, notes: p.notes ?? [], parent: s.id });
    }
  }
  return out;
}

/** The full Chinese text of a segment as printed: its lead followed by its points. */
export function segmentChinese(segment: Segment): string {
  return segment.zh + (segment.points ?? []).map((p) => p.zh).join('');
}

/** A problem found in a document's segments, addressed by segment id. */
export interface SegmentProblem {
  segment: string;
  message: string;
}

/** What a segment id looks like: lowercase letters, digits and single hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Checks the rules the schema alone cannot express: ids well-formed and unique, no empty
 * Chinese, no empty English in a published document, notes anchored in their segment's text,
 * pull quotes that really repeat the segment they name.
 */
export function checkSegments(segments: readonly Segment[], published: boolean): SegmentProblem[] {
  const problems: SegmentProblem[] = [];
  const seen = new Set<string>();
  const all = units(segments);
  for (const u of all) {
    if (!ID_PATTERN.test(u.id)) {
      problems.push({ segment: u.id, message: 'id must be lowercase letters, digits and single hyphens, starting with a letter' });
    }
    if (seen.has(u.id)) problems.push({ segment: u.id, message: 'duplicate id' });
    seen.add(u.id);
    const hasPoints = u.parent === undefined && (segments.find((s) => s.id === u.id)?.points?.length ?? 0) > 0;
    // A paragraph's lead may be empty when the paragraph starts with its first point.
    if (!hasPoints && u.zh.trim() === '') problems.push({ segment: u.id, message: 'Chinese part is empty' });
    if (published && u.en.trim() === '' && u.zh.trim() !== '') {
      problems.push({ segment: u.id, message: 'English part is empty (missing translation in a published document)' });
    }
    for (const note of u.notes) {
      if (!u.zh.includes(note.on)) {
        problems.push({ segment: u.id, message: `translator's note is on “${note.on}”, which is not in the segment's Chinese text` });
      }
    }
  }
  for (const s of segments) {
    if (s.repeats === undefined) continue;
    const target = segments.find((t) => t.id === s.repeats);
    if (!target) problems.push({ segment: s.id, message: `repeats unknown segment “${s.repeats}”` });
    else if (!segmentChinese(target).includes(s.zh)) {
      problems.push({ segment: s.id, message: `text does not occur in segment “${s.repeats}”, which it claims to repeat` });
    }
  }
  return problems;
}
