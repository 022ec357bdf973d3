/**
 * From cleaned lines to paragraph blocks: undoing the column wrapping.
 *
 * A printed column wraps every paragraph at the same width, so the shape of the lines says where
 * paragraphs end: a paragraph's first line is indented, its last line is usually short and ends a
 * sentence, and the OCR or the layout may leave a blank line after it. Blank lines also appear at
 * column and page breaks, which fall anywhere, even mid-word; a blank line after a line that does
 * not end a sentence is therefore a column break, not a paragraph break. Text copied from a web
 * page is often not wrapped at all (one paragraph per line), which is detected and handled as such.
 *
 * What counts as evidence is measured on the text itself (the modal line width, whether blank
 * lines or indents reliably mark paragraph ends), so the same rules work for any column width.
 */
import type { CleanLine } from './clean.ts';
import type { ReportBuilder, Warning } from './report.ts';
import type { Block, LineStart, StartReason } from './block.ts';
import { emWidth, endsSentence, firstChar, isDigit, isLatinish, lastChar } from './chars.ts';
import { CREDIT_AT_END } from './structure.ts';

/** What the line shapes say about the layout of the text. */
export interface Layout {
  /** Lines are wrapped at a column width (false: one paragraph per line). */
  readonly wrapped: boolean;
  /** Modal line width in ems. */
  readonly width: number;
  /** How far below the width a line may stop and still count as full. */
  readonly tolerance: number;
  /** Paragraph ends are reliably followed by a blank line. */
  readonly blankSeparates: boolean;
  /** Paragraph starts are reliably indented. */
  readonly indentMarks: boolean;
}

interface ContentLine extends CleanLine {
  /** Blank lines between this line and the previous content line. */
  readonly blanksBefore: number;
  readonly em: number;
}

function contentLines(lines: readonly CleanLine[]): ContentLine[] {
  const out: ContentLine[] = [];
  let blanks = 0;
  for (const l of lines) {
    if (l.blank) {
      blanks++;
      continue;
    }
    out.push({ ...l, blanksBefore: out.length === 0 ? 0 : blanks, em: emWidth(l.text) });
    blanks = 0;
  }
  return out;
}

/**
 * Measure the layout: the column width is the modal (rounded) line width, ties going to the wider
 * width because short lines are the exceptions. The text is wrapped when at least half its lines
 * are about that wide and at least a quarter are that wide without ending a sentence (lines cut
 * mid-sentence by the column); one-paragraph-per-line text has lines of every length, and those of
 * similar length end a sentence. Blank lines (or indents) "mark" paragraphs when at
 * least 80% of the short sentence-final lines, the evident paragraph ends, are followed by one.
 */
export function analyseLayout(lines: readonly CleanLine[]): Layout {
  const content = contentLines(lines);
  const counts = new Map<number, number>();
  for (const l of content) counts.set(Math.round(l.em), (counts.get(Math.round(l.em)) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  const tolerance = Math.max(1, Math.round(width * 0.15));
  const nearLines = content.filter((l) => Math.abs(l.em - width) <= tolerance);
  const nearInterior = nearLines.filter((l) => !endsSentence(l.text)).length;
  const wrapped = nearLines.length / content.length >= 0.5 && nearInterior >= Math.max(1, content.length / 4);

  let ends = 0;
  let blankAfter = 0;
  let indentAfter = 0;
  content.forEach((l, i) => {
    const next = content[i + 1];
    if (next === undefined || l.em >= width - tolerance || !endsSentence(l.text)) return;
    ends++;
    if (next.blanksBefore > 0) blankAfter++;
    if (next.indent) indentAfter++;
  });
  return {
    wrapped,
    width,
    tolerance,
    blankSeparates: ends >= 2 && blankAfter / ends >= 0.8,
    indentMarks: ends >= 2 && indentAfter / ends >= 0.8,
  };
}

type Decision =
  | { readonly kind: 'join'; readonly doubt?: string }
  | { readonly kind: 'column-break'; readonly doubt?: string }
  | { readonly kind: 'paragraph'; readonly reason: StartReason; readonly doubt?: string };

/**
 * True when the content lines from `i` have the shape of a title or a caption: a line ending in an
 * illustration credit, or one to three lines without sentence-final punctuation followed by an
 * indented line. Used where a blank line after a full sentence-final line could be either a column
 * break or the end of an article.
 */
function titleOrCaptionAhead(content: readonly ContentLine[], i: number): boolean {
  const first = content[i];
  if (first === undefined) return false;
  if (CREDIT_AT_END.test(first.text)) return true;
  for (let k = i; k < Math.min(content.length, i + 3); k++) {
    const l = content[k];
    if (l === undefined || endsSentence(l.text)) return false;
    if (content[k + 1]?.indent === true) return true;
  }
  return false;
}

/**
 * Decide what the boundary between content lines `a` and `b` is (`aStartsBlock`: `a` is the first
 * line of its block; `ahead`: lines from `b` on look like a title or caption; `bContinues`: the
 * line after `b` follows it directly, without blank or indent). The rules, in order:
 * an indent starts a paragraph. A blank line after a short line is a paragraph break (columns are
 * filled to the bottom, so a column never ends on a short line); after a full line that does not
 * end a sentence it is a column break; after a full line that ends a sentence it is ambiguous and
 * decided by how this text marks paragraphs. Without a blank line, a short sentence-final line
 * ends a paragraph, and so does a change from a wide (spanning) line to a full column-width line
 * that the column goes on from (a title set across columns, followed by body text; `bContinues`
 * tells that `b` is not itself the last line of the wide block). A block's first line counts
 * as full 2 em earlier, for the indent. Where the evidence is weak the decision carries a doubt,
 * which becomes a warning if it matters.
 */
function decide(a: ContentLine, b: ContentLine, layout: Layout, aStartsBlock: boolean, ahead: boolean, bContinues: boolean): Decision {
  // A paragraph's first line is set 2 em in; OCR usually drops the indent, not the shortening.
  const full = a.em >= layout.width - layout.tolerance - (aStartsBlock ? 2 : 0);
  const sentence = endsSentence(a.text);
  if (b.indent) return { kind: 'paragraph', reason: 'indented first line' };
  if (b.blanksBefore > 0) {
    if (!full) {
      return sentence
        ? { kind: 'paragraph', reason: 'blank line after a sentence end' }
        : {
            kind: 'paragraph',
            reason: 'blank line after a short line',
            doubt: 'short line without sentence-final punctuation before a blank line: taken as the end of a paragraph',
          };
    }
    if (!sentence) return { kind: 'column-break' };
    if (layout.indentMarks && !ahead) {
      return {
        kind: 'column-break',
        doubt:
          'blank line after a full line ending a sentence, and the next line is not indented as paragraphs here are: taken as a column break',
      };
    }
    return {
      kind: 'paragraph',
      reason: 'blank line after a sentence end',
      doubt: 'the line before the blank fills the column: the blank line may be a column break that fell at a sentence end',
    };
  }
  const bFull = b.em >= layout.width - layout.tolerance && b.em <= layout.width + layout.tolerance;
  if (a.em > layout.width * 1.4 + 1 && bFull && bContinues && !/[，、；：]$/u.test(a.text)) {
    return {
      kind: 'paragraph',
      reason: 'column width changes',
      doubt: 'a wide line followed by a column-width line: taken as separate blocks',
    };
  }
  if (!full && sentence) {
    if (layout.indentMarks && !ahead)
      return { kind: 'join', doubt: 'short line ending a sentence, but the next line is not indented: joined' };
    return { kind: 'paragraph', reason: 'short last line above' };
  }
  if (full && sentence && !layout.blankSeparates && !layout.indentMarks) {
    return { kind: 'join', doubt: 'line fills the column and ends a sentence: joined, but it may end a paragraph' };
  }
  if (!full && !sentence) return { kind: 'join', doubt: 'short line without sentence-final punctuation joined to the next line' };
  return { kind: 'join' };
}

/**
 * The separator for joining two wrapped lines: nothing in Chinese text, one space between Latin
 * words (a word is never wrapped without a hyphen, and a hyphen at a line end is kept as printed).
 */
export function joinSeparator(before: string, after: string): '' | ' ' {
  const a = lastChar(before);
  const b = firstChar(after);
  if (!isLatinish(a) || !isLatinish(b)) return '';
  if (a === '-' || a === '/' || (isDigit(a) && isDigit(b))) return '';
  return ' ';
}

interface Draft {
  text: string;
  map: LineStart[];
  start: StartReason;
  doubts: Warning[];
  startDoubt: Warning | null;
}

/**
 * Assemble paragraph blocks from cleaned lines and report every join and break with its reason.
 * Returns the blocks and the measured layout (the layout decides how later stages read them).
 */
export function buildBlocks(lines: readonly CleanLine[], report: ReportBuilder): { blocks: Block[]; layout: Layout } {
  const layout = analyseLayout(lines);
  const content = contentLines(lines);
  const blocks: Draft[] = [];
  const open = (l: ContentLine, start: StartReason, doubt?: string): void => {
    blocks.push({
      text: l.text,
      map: [{ line: l.no, offset: 0 }],
      start,
      doubts: [],
      startDoubt: doubt === undefined ? null : { line: l.no, message: doubt },
    });
  };
  const first = content[0];
  if (first === undefined) return { blocks: [], layout };
  open(first, 'start of text');
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1];
    const b = content[i];
    const cur = blocks[blocks.length - 1];
    if (a === undefined || b === undefined || cur === undefined) continue;
    if (!layout.wrapped) {
      report.change(b.no, 'paragraph-break', 'one paragraph per line (the text is not wrapped)');
      open(b, 'one paragraph per line');
      continue;
    }
    const next = content[i + 1];
    const bContinues = next !== undefined && next.blanksBefore === 0 && !next.indent;
    const d = decide(a, b, layout, cur.map.length === 1, titleOrCaptionAhead(content, i), bContinues);
    if (d.kind === 'paragraph') {
      report.change(b.no, 'paragraph-break', `${d.reason}${d.reason === 'short last line above' ? ` (L${a.no})` : ''}`);
      open(b, d.reason, d.doubt);
      continue;
    }
    const sep = joinSeparator(cur.text, b.text);
    if (d.kind === 'column-break') {
      const blanks = `${b.blanksBefore} blank line${b.blanksBefore > 1 ? 's' : ''}`;
      const where = endsSentence(a.text) ? 'after a full line ending a sentence' : 'inside a sentence';
      report.change(
        b.no,
        'column-break',
        `${blanks} ${where} ("…${Array.from(a.text).slice(-3).join('')}|${Array.from(b.text).slice(0, 3).join('')}…"): column or page break, joined${sep ? ' with a space' : ''}`,
      );
    } else {
      report.change(b.no, 'join', sep ? 'joined with a space (Latin words)' : 'joined without space');
    }
    if (sep === '' && lastChar(a.text) === '-' && /^[a-z]/.test(b.text)) {
      cur.doubts.push({ line: b.no, message: 'hyphen at the end of the line kept: check whether it is a hyphenation' });
    }
    if (d.doubt !== undefined) cur.doubts.push({ line: a.no, message: d.doubt });
    cur.map.push({ line: b.no, offset: cur.text.length + sep.length });
    cur.text += sep + b.text;
  }
  return { blocks, layout };
}
