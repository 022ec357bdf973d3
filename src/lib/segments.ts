/**
 * Segments are Duizhao's unit of reading and citing: a node of the document tree (an article, a
 * paragraph, an item, a heading, a piece of page furniture) with its English translation. The
 * frontmatter stores them flat in reading order, each naming its `parent`; the tree itself, the
 * kinds and how they nest are owned by src/lib/structure/. Types come from the zod schema.
 */
import { isBlank, type Segment, type TranslatorNote } from './segment-schema.ts';
import { NODE_KINDS, type NodeKind, type TranslationStatus } from './structure/kinds.ts';
import { checkTree } from './structure/tree.ts';

export type { Segment, TranslatorNote } from './segment-schema.ts';
export type SegmentKind = NodeKind;

/** One addressable unit, with defaults filled in, in reading order. */
export interface Unit {
  id: string;
  kind: SegmentKind;
  zh: string;
  en: string;
  notes: TranslatorNote[];
  /** The enclosing node's id; undefined at the top level. */
  parent?: string | undefined;
  number?: number | undefined;
  printed?: string | undefined;
  translation: TranslationStatus;
}

/** A segment's translation status: as written, or derived from whether it has English. */
export function translationStatus(s: Pick<Segment, 'en' | 'translation'>): TranslationStatus {
  return s.translation ?? (isBlank(s.en) ? 'none' : 'translated');
}

/** Every addressable unit of a document in reading order. */
export function units(segments: readonly Segment[]): Unit[] {
  return segments.map((s) => ({
    id: s.id,
    kind: s.kind,
    zh: s.zh,
    en: s.en,
    notes: s.notes ?? [],
    parent: s.parent,
    number: s.number,
    printed: s.printed,
    translation: translationStatus(s),
  }));
}

/** A problem found in a document's segments, addressed by segment id. */
export interface SegmentProblem {
  segment: string;
  message: string;
}

/** What a segment id looks like: lowercase letters, digits and single hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Checks the rules the schema alone cannot express: ids well-formed and unique, the tree sound
 * (structure/tree.ts), no empty Chinese, no empty English where a translation is required,
 * translation status agreeing with the English, notes anchored in their segment's text, pull
 * quotes that really repeat the segment they name. `requireEnglish`: a published document whose
 * translation is complete.
 */
export function checkSegments(segments: readonly Segment[], requireEnglish: boolean): SegmentProblem[] {
  const problems: SegmentProblem[] = [];
  const seen = new Set<string>();
  const hasChildren = new Set(segments.flatMap((s) => (s.parent === undefined ? [] : [s.parent])));
  for (const s of segments) {
    if (!ID_PATTERN.test(s.id)) {
      problems.push({ segment: s.id, message: 'id must be lowercase letters, digits and single hyphens, starting with a letter' });
    }
    if (seen.has(s.id)) problems.push({ segment: s.id, message: 'duplicate id' });
    seen.add(s.id);
    // A paragraph's lead may be empty when the paragraph starts with its first point.
    if (!hasChildren.has(s.id) && isBlank(s.zh)) problems.push({ segment: s.id, message: 'Chinese part is empty' });
    const status = translationStatus(s);
    const english = !isBlank(s.en);
    if (status === 'none' && english) {
      problems.push({ segment: s.id, message: 'translation: none, but the segment has English (say draft, translated or reviewed)' });
    }
    if (status !== 'none' && !english && !isBlank(s.zh)) {
      problems.push({ segment: s.id, message: `translation: ${status}, but the English part is empty` });
    }
    // Page furniture and records (a printed table of contents) may stay untranslated in a partial document only.
    if (requireEnglish && !english && !isBlank(s.zh)) {
      problems.push({ segment: s.id, message: 'English part is empty (missing translation in a published document)' });
    }
    for (const note of s.notes ?? []) {
      if (!s.zh.includes(note.on)) {
        problems.push({ segment: s.id, message: `translator's note is on “${note.on}”, which is not in the segment's Chinese text` });
      }
    }
    if (s.repeats !== undefined && !NODE_KINDS[s.kind].furniture) {
      problems.push({ segment: s.id, message: '`repeats` is for pull quotes only' });
    }
  }
  for (const s of segments) {
    if (s.repeats === undefined) continue;
    const target = segments.find((t) => t.id === s.repeats);
    if (!target) problems.push({ segment: s.id, message: `repeats unknown segment “${s.repeats}”` });
    else if (!subtreeChinese(segments, target.id).includes(s.zh)) {
      problems.push({ segment: s.id, message: `text does not occur in segment “${s.repeats}”, which it claims to repeat` });
    }
  }
  problems.push(...checkTree(segments));
  return problems;
}

/** The Chinese of a node and everything inside it, as printed. */
export function subtreeChinese(segments: readonly Segment[], id: string): string {
  const inside = new Set([id]);
  let out = '';
  for (const s of segments) {
    if (s.id === id || (s.parent !== undefined && inside.has(s.parent))) {
      inside.add(s.id);
      out += s.zh;
    }
  }
  return out;
}
