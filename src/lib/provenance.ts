/**
 * Provenance: proves that a document's published Chinese text is its raw source with only
 * layout debris removed, and counts what was removed. Walking the raw text and the published
 * text side by side, every raw character must either be the next published character or be
 * debris (U+FFFD, a space, a line break, or a whole line with nothing readable in it, such as a
 * page number); anything else is a fidelity error.
 */
import { isDebrisLine } from './import/clean.ts';

export interface CleaningReport {
  /** U+FFFD replacement characters (where the OCR lost a paragraph indent). */
  replacementChars: number;
  /** Spaces removed (inside Chinese text, between Chinese and digits). */
  spaces: number;
  /** Line breaks joined (wrapped lines, column breaks, paragraph breaks turned into segments). */
  lineBreaks: number;
  /** Blank lines in the raw text (column breaks and paragraph gaps). */
  blankLines: number;
  /**
   * Whole lines of layout debris removed (a page number “- 7 -”, a rule): lines with nothing
   * readable in them, which the importer drops with a warning. Listed, so the page can show them.
   */
  debrisLines: string[];
}

export type AlignResult =
  { ok: true; report: CleaningReport } | { ok: false; rawLine: number; published: string; raw: string; message: string };

const DEBRIS = new Set(['\uFFFD', ' ', '\u3000', '\t', '\r', '\n']);

/** The raw line starting at `r`, without its line break, when `r` starts a line. */
function lineAt(raw: string, r: number): string | undefined {
  if (r > 0 && raw[r - 1] !== '\n') return undefined;
  const end = raw.indexOf('\n', r);
  return raw.slice(r, end < 0 ? raw.length : end).replace(/\r$/, '');
}

/**
 * Aligns a raw source slice with the published text (the concatenation of the document's
 * title and segments in page order). Returns counts of removed debris, or where they diverge.
 * `firstLine` is the line of the raw file the slice starts at, so a divergence is reported at
 * the line an editor opens in the raw file, not counted from the document's first line.
 */
export function alignSource(raw: string, published: string, firstLine = 1): AlignResult {
  const report: CleaningReport = { replacementChars: 0, spaces: 0, lineBreaks: 0, blankLines: 0, debrisLines: [] };
  let r = 0;
  let p = 0;
  let line = firstLine;
  while (r < raw.length || p < published.length) {
    const rc = raw[r];
    const pc = published[p];
    // A whole line of layout debris (a page number), unless the published text has it here.
    const whole = lineAt(raw, r);
    const bare = whole?.replace(/[\s\u3000]/g, '') ?? '';
    if (whole !== undefined && bare !== '' && isDebrisLine(bare) && !published.startsWith(bare, p)) {
      report.debrisLines.push(whole.trim());
      r += whole.length + (raw[r + whole.length] === '\r' ? 1 : 0);
      continue;
    }
    if (rc !== undefined && rc === pc) {
      if (rc === '\n') line += 1; // a line break the published text keeps (a printed table of contents)
      r += 1;
      p += 1;
      continue;
    }
    if (rc !== undefined && DEBRIS.has(rc)) {
      if (rc === '\uFFFD') report.replacementChars += 1;
      else if (rc === '\n') {
        report.lineBreaks += 1;
        line += 1;
        if (raw[r + 1] === '\n') report.blankLines += 1;
      } else if (rc !== '\r') report.spaces += 1;
      r += 1;
      continue;
    }
    return {
      ok: false,
      rawLine: line,
      raw: raw.slice(r, r + 12),
      published: published.slice(p, p + 12),
      message:
        pc === undefined
          ? `raw line ${line}: source text “${raw.slice(r, r + 12)}” is missing from the published text`
          : `raw line ${line}: published text “${published.slice(p, p + 12)}” differs from the source “${raw.slice(r, r + 12)}”`,
    };
  }
  return { ok: true, report };
}

/** Returns lines [first, last] (1-based, inclusive) of a text. */
export function lineRange(text: string, first: number, last: number): string {
  return text
    .split('\n')
    .slice(first - 1, last)
    .join('\n');
}
