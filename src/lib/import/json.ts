/**
 * The `--json` view of an import: the parsed structure as plain data, for scripts and for checking
 * an import before writing anything. Segments are a flat list in reading order, each naming its
 * enclosing segment as `parent` (docs/structure.md); a report paragraph's inline points follow
 * its lead.
 */
import type { ImportResult } from './index.ts';
import type { DraftType } from './document.ts';
import type { Change, Warning } from './report.ts';
import type { Segment, SegmentKind } from './segments.ts';

/** One segment in the JSON view. */
export interface JsonSegment {
  readonly id: string;
  readonly kind: SegmentKind;
  readonly text: string;
  readonly lines: readonly [number, number];
  readonly parent?: string;
  readonly number?: number;
  readonly printed?: string;
  readonly repeats?: string;
}

/** A segment followed by its inline points, flat, each with its own fields only. */
export function flatSegments(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((s) => {
    const { points, ...own } = s;
    return [own, ...(points ?? []).map((p) => ({ ...p, parent: p.parent ?? s.id }))];
  });
}

function jsonSegment(s: Segment): JsonSegment {
  return {
    id: s.id,
    kind: s.kind,
    text: s.zh,
    lines: s.lines,
    ...(s.parent === undefined ? {} : { parent: s.parent }),
    ...(s.number === undefined ? {} : { number: s.number }),
    ...(s.printed === undefined ? {} : { printed: s.printed }),
    ...(s.repeats === undefined ? {} : { repeats: s.repeats }),
  };
}

/** The JSON view of a whole import. */
export interface JsonImport {
  readonly documents: ReadonlyArray<{
    readonly type: DraftType;
    readonly title: string;
    readonly lines: readonly [number, number];
    readonly attribution: string | null;
    readonly datePrinted: string | null;
    readonly segments: readonly JsonSegment[];
  }>;
  readonly warnings: readonly Warning[];
  readonly changes: readonly Change[];
}

/** Flatten an import result into the JSON view. */
export function toJson(result: ImportResult): JsonImport {
  return {
    documents: result.documents.map((d) => ({
      type: d.type,
      title: d.title,
      lines: d.lines,
      attribution: d.attribution,
      datePrinted: d.datePrinted,
      segments: flatSegments(d.segments).map(jsonSegment),
    })),
    warnings: result.report.warnings,
    changes: result.report.changes,
  };
}
