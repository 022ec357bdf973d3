/**
 * The `--json` view of an import: the parsed structure as plain data, for scripts and for checking
 * an import before writing anything. Segments are a flat list in reading order; a paragraph's
 * inline points follow its lead and name it as `parent`.
 */
import type { ImportResult } from './index.ts';
import type { Change, Warning } from './report.ts';
import type { SegmentKind } from './segments.ts';

/** One segment in the JSON view. */
export interface JsonSegment {
  readonly id: string;
  readonly kind: SegmentKind;
  readonly text: string;
  readonly lines: readonly [number, number];
  readonly parent?: string;
  readonly repeats?: string;
}

/** The JSON view of a whole import. */
export interface JsonImport {
  readonly documents: ReadonlyArray<{
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
      title: d.title,
      lines: d.lines,
      attribution: d.attribution,
      datePrinted: d.datePrinted,
      segments: d.segments.flatMap((s): JsonSegment[] => [
        { id: s.id, kind: s.kind, text: s.zh, lines: s.lines, ...(s.repeats === undefined ? {} : { repeats: s.repeats }) },
        ...(s.points ?? []).map((p) => ({ id: p.id, kind: p.kind, text: p.zh, lines: p.lines, parent: s.id })),
      ]),
    })),
    warnings: result.report.warnings,
    changes: result.report.changes,
  };
}
