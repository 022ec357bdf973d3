/**
 * A block is a run of text assembled from one or more source lines, with a map from text offsets
 * back to raw line numbers. Every later stage (titles, points, attributions) cuts blocks into
 * smaller pieces, and each piece must still know which raw lines it came from, for the report, the
 * warnings and `source.lines`.
 */
import type { Warning } from './report.ts';

/** Where in the block's text each source line's content begins. */
export interface LineStart {
  readonly line: number;
  readonly offset: number;
}

/** Why a block starts where it does (reported as the paragraph-break reason). */
export type StartReason =
  | 'start of text'
  | 'indented first line'
  | 'blank line after a sentence end'
  | 'blank line after a short line'
  | 'short last line above'
  | 'column width changes'
  | 'one paragraph per line'
  | 'split';

/** A run of text with its provenance. */
export interface Block {
  readonly text: string;
  readonly map: readonly LineStart[];
  readonly start: StartReason;
  /** Doubts about a join inside the block, raised only if the block ends up an ordinary paragraph. */
  readonly doubts: readonly Warning[];
  /** Doubt about the break before the block, raised only if it separates two ordinary paragraphs. */
  readonly startDoubt: Warning | null;
}

/** First raw line of a block. */
export function firstLine(b: Block): number {
  return b.map[0]?.line ?? 0;
}

/** Last raw line of a block. */
export function lastLine(b: Block): number {
  return b.map[b.map.length - 1]?.line ?? 0;
}

/** Number of source lines in a block. */
export function lineCount(b: Block): number {
  return b.map.length;
}

/** Raw line number of the character at `offset` in the block's text. */
export function lineAt(b: Block, offset: number): number {
  let line = firstLine(b);
  for (const s of b.map) {
    if (s.offset <= offset) line = s.line;
    else break;
  }
  return line;
}

/**
 * The part of a block between two text offsets, trimmed, with its line map cut to match. Used to
 * split off attributions and enumerated points without losing their line numbers.
 */
export function sliceBlock(b: Block, start: number, end: number = b.text.length): Block {
  const raw = b.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const from = start + lead;
  const to = from + text.length;
  const map: LineStart[] = [{ line: lineAt(b, from), offset: 0 }];
  for (const s of b.map) if (s.offset > from && s.offset < to) map.push({ line: s.line, offset: s.offset - from });
  const inRange = (w: Warning): boolean => w.line >= (map[0]?.line ?? 0) && w.line <= (map[map.length - 1]?.line ?? 0);
  return {
    text,
    map,
    start: start === 0 ? b.start : 'split',
    doubts: b.doubts.filter(inRange),
    startDoubt: start === 0 ? b.startDoubt : null,
  };
}

/** Concatenate blocks (used to merge a title broken into two blocks). */
export function concatBlocks(a: Block, b: Block, sep = ''): Block {
  const base = a.text.length + sep.length;
  return {
    text: a.text + sep + b.text,
    map: [...a.map, ...b.map.map((s) => ({ line: s.line, offset: s.offset + base }))],
    start: a.start,
    doubts: [...a.doubts, ...b.doubts],
    startDoubt: a.startDoubt,
  };
}
