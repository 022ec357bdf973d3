/**
 * Provenance: proves that a document's published Chinese text is its raw source with only
 * layout debris removed, and counts what was removed. Walking the raw text and the published
 * text side by side, every raw character must either be the next published character or be
 * debris (U+FFFD, a space, a line break); anything else is a fidelity error.
 */

export interface CleaningReport {
  /** U+FFFD replacement characters (where the OCR lost a paragraph indent). */
  replacementChars: number;
  /** Spaces removed (inside Chinese text, between Chinese and digits). */
  spaces: number;
  /** Line breaks joined (wrapped lines, column breaks, paragraph breaks turned into segments). */
  lineBreaks: number;
  /** Blank lines in the raw text (column breaks and paragraph gaps). */
  blankLines: number;
}

export type AlignResult =
  { ok: true; report: CleaningReport } | { ok: false; rawLine: number; published: string; raw: string; message: string };

const DEBRIS = new Set(['\uFFFD', ' ', '\u3000', '\t', '\r', '\n']);

/**
 * Aligns a raw source slice with the published text (the concatenation of the document's
 * title and segments in page order). Returns counts of removed debris, or where they diverge.
 */
export function alignSource(raw: string, published: string): AlignResult {
  const report: CleaningReport = { replacementChars: 0, spaces: 0, lineBreaks: 0, blankLines: 0 };
  let r = 0;
  let p = 0;
  let line = 1;
  while (r < raw.length || p < published.length) {
    const rc = raw[r];
    const pc = published[p];
    if (rc !== undefined && rc === pc) {
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
