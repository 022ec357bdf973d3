/**
 * From cleaned lines to the units of a law or a notice: one unit per printed paragraph, heading,
 * item or formal line.
 *
 * Laws and notices are printed one unit to a paragraph: every article, 款, item （一）, sub-item 1.,
 * heading and formal part starts a new line. Copied from a web page (or saved flat) the text holds
 * one unit per line; from an OCR'd column, the lines are wrapped and each unit's first line is
 * indented, unless the OCR lost the indent. Then the structure itself decides: a line that starts
 * with the next article number (第十一条 after 第十条), the next item or a chapter heading, after a
 * line that ends a sentence, starts a unit; a line that starts with some other 第N条 continues a
 * cross-reference ("依照本条例\n第十条的规定"). The report's paragraph rules (paragraphs.ts) are not
 * used: they look for titles and captions, which a law does not have.
 */
import type { CleanLine } from './clean.ts';
import type { Block } from './block.ts';
import type { Layout } from './paragraphs.ts';
import type { ReportBuilder } from './report.ts';
import { emWidth, lastChar } from './chars.ts';
import { parseNumeral } from './enumerators.ts';
import { joinSeparator } from './paragraphs.ts';

const CN = '[一二三四五六七八九十百零〇两]+';

/** 第十二条, 第十五条之一 at the start of a text; group 1 the number, 2 the 之 number, 3 the space after. */
export const ARTICLE_START = new RegExp(`^第(${CN})条(?:之(${CN}))?([ \\u3000]?)`, 'u');
/** 第一编, 第二分编, 第三章, 第一节 at the start of a text (group 1 number, 2 the unit). */
export const DIVISION_START = new RegExp(`^第(${CN})(分编|编|章|节)`, 'u');
/** （三） at the start of a text. */
export const ITEM_START = new RegExp(`^（(${CN})）`, 'u');
/** 1. 1． 1、 at the start of a text (not a decimal such as 1.5). */
export const SUBITEM_START = /^(\d{1,2})[.．、](?!\d)/u;

/** Characters that end a clause after which a new unit may start: 。；：！？ and a closing bracket. */
const UNIT_END = '。；：！？）';

/** A division heading line: 第一章　总则, short and without sentence punctuation. */
export function isDivisionHeading(text: string): boolean {
  return DIVISION_START.test(text) && Array.from(text).length <= 40 && !/[。；，]/u.test(text);
}

/** The numbers a wrapped law expects next, so that a line start can be checked against them. */
interface Expect {
  article: number;
  item: number;
  subitem: number;
}

/** What a line start could begin, judged against what is expected next. */
function startKind(text: string, exp: Expect): { fits: boolean; what: string } | null {
  const a = ARTICLE_START.exec(text);
  if (a !== null) {
    const n = parseNumeral(a[1] ?? '') ?? 0;
    const fits = a[2] === undefined ? n === exp.article + 1 : n === exp.article;
    return { fits, what: `第${a[1] ?? ''}条${a[2] === undefined ? '' : `之${a[2]}`}` };
  }
  if (isDivisionHeading(text)) return { fits: true, what: 'heading' };
  const i = ITEM_START.exec(text);
  if (i !== null) return { fits: parseNumeral(i[1] ?? '') === exp.item + 1, what: i[0] };
  const s = SUBITEM_START.exec(text);
  if (s !== null && exp.item > 0) return { fits: Number(s[1]) === exp.subitem + 1, what: s[0] };
  return null;
}

/** Update the expected numbers once a unit starting with `text` is accepted. */
function advance(text: string, exp: Expect): void {
  const a = ARTICLE_START.exec(text);
  if (a !== null) {
    exp.article = parseNumeral(a[1] ?? '') ?? exp.article;
    exp.item = 0;
    exp.subitem = 0;
    return;
  }
  const i = ITEM_START.exec(text);
  if (i !== null) {
    exp.item = parseNumeral(i[1] ?? '') ?? exp.item;
    exp.subitem = 0;
    return;
  }
  const s = SUBITEM_START.exec(text);
  if (s !== null && exp.item > 0) {
    exp.subitem = Number(s[1]);
    return;
  }
  // A new 款 (or a heading) restarts the item numbering.
  exp.item = 0;
  exp.subitem = 0;
}

/**
 * The column width in ems, indents included: the most common width of a line, ties going to the
 * wider. The report pipeline measures lines without their indent, which in a law (many short
 * one-line 款, each indented) makes the first-line width the mode; here the indent counts.
 */
function columnWidth(lines: readonly CleanLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = Math.round(emWidth(l.text) + (l.indent ? 2 : 0));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return width;
}

/**
 * Is a law or notice wrapped? In a copy with one unit per line, every line but the title, headings
 * and formal lines ends a clause; in a wrapped column, many lines of column width stop mid-clause.
 * The report pipeline's measure alone is too easily swayed in a short text whose lines end in a
 * colon or semicolon (an article introducing its items), so both must agree.
 */
function isWrapped(content: readonly CleanLine[]): boolean {
  const width = columnWidth(content);
  const cut = content.filter((l) => !UNIT_END.includes(lastChar(l.text)) && emWidth(l.text) + (l.indent ? 2 : 0) >= width - 1.5);
  return cut.length >= Math.max(2, content.length / 4);
}

/**
 * Assemble the units of a law or notice from cleaned lines. One unit per line when the text is not
 * wrapped; otherwise lines are joined unless a unit evidently starts: an indent, a short line
 * above (the end of a paragraph, or a heading), or a structural start that fits the sequence after
 * a line that ends a clause. Every decision that rests on weak evidence is warned with its line.
 */
export function buildUnits(lines: readonly CleanLine[], measured: Layout, report: ReportBuilder): { units: Block[]; layout: Layout } {
  const content = lines.filter((l) => !l.blank);
  const layout = { ...measured, wrapped: measured.wrapped && isWrapped(content) };
  const units: Array<{ text: string; map: Array<{ line: number; offset: number }>; indent: boolean }> = [];
  const exp: Expect = { article: 0, item: 0, subitem: 0 };
  const open = (l: CleanLine): void => {
    units.push({ text: l.text, map: [{ line: l.no, offset: 0 }], indent: l.indent });
    advance(l.text, exp);
  };
  // Lines are filled to the column, short of it by at most one character that did not fit.
  const full = columnWidth(content) - 1.5;
  content.forEach((b, i) => {
    const cur = units[units.length - 1];
    const a = content[i - 1];
    if (cur === undefined || a === undefined) {
      open(b);
      return;
    }
    if (!layout.wrapped) {
      report.change(b.no, 'paragraph-break', 'one unit per line (the text is not wrapped)');
      open(b);
      return;
    }
    const start = startKind(b.text, exp);
    if (b.indent) {
      report.change(b.no, 'paragraph-break', 'indented first line');
      open(b);
      return;
    }
    // A unit's first line is set 2 em in (even when the OCR lost the indent), so it is full 2 em
    // earlier; a heading or title is short whichever way it is measured.
    // The title (the first unit) is centred, never indented.
    const aFirst = cur.map.length === 1 && (cur.indent || units.length > 1);
    const short = emWidth(a.text) + (aFirst ? 2 : 0) < full;
    if (short) {
      report.change(b.no, 'paragraph-break', `short last line above (L${a.no}); the indent of this line is lost`);
      open(b);
      return;
    }
    const clauseEnd = UNIT_END.includes(lastChar(a.text));
    if (start !== null && start.fits && clauseEnd) {
      report.change(b.no, 'paragraph-break', `${start.what} continues the sequence after a clause end (indent lost)`);
      report.warn(b.no, `line starts ${start.what} without an indent: taken as a new unit because it is next in sequence`);
      open(b);
      return;
    }
    if (start !== null && start.what !== 'heading') {
      const why = !start.fits ? 'it is not next in sequence' : 'the line above does not end a clause';
      report.warn(b.no, `possible start ${start.what} rejected (${why}): joined to the line above as running text`);
    } else if (clauseEnd && lastChar(a.text) === '。') {
      report.warn(a.no, 'line fills the column and ends a sentence; the next line is not indented: joined (check for a lost indent)');
    }
    const sep = joinSeparator(cur.text, b.text);
    report.change(b.no, 'join', sep ? 'joined with a space (Latin words)' : 'joined without space');
    cur.map.push({ line: b.no, offset: cur.text.length + sep.length });
    cur.text += sep + b.text;
  });
  return {
    layout,
    units: units.map((u, i) => ({
      text: u.text,
      map: u.map,
      start: i === 0 ? 'start of text' : layout.wrapped ? 'indented first line' : 'one paragraph per line',
      doubts: [],
      startDoubt: null,
    })),
  };
}
