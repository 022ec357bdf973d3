/**
 * The draft document model: what the importer knows about one article, and only that.
 *
 * Metadata the page does not print (the issuing bodies, the full date, the publication) is left
 * for the editor: a draft says null or "" rather than guessing, because a guess that looks like a
 * fact is worse than a gap. What the page does print (a date phrase, an attribution) is copied.
 */
import type { Article } from './structure.ts';
import type { Segment } from './segments.ts';
import type { ReportBuilder } from './report.ts';
import { firstLine, lastLine } from './block.ts';
import { assignSegments } from './segments.ts';

/** The document types an import can tell apart (the schema's `type`). */
export type DraftType = 'news-report' | 'regulation' | 'notice';

/** One imported document. */
export interface DraftDocument {
  /** What the text is: a report (the seed's genre), a law or regulation, or a notice. */
  readonly type: DraftType;
  /** The title as printed (wrapped lines joined), or "" when none was found. */
  readonly title: string;
  readonly segments: readonly Segment[];
  /** First and last raw line of the document (title to last piece). */
  readonly lines: readonly [number, number];
  /** The attribution printed with the text, without its brackets ("据民政部网站"), or null. */
  readonly attribution: string | null;
  /** A date phrase printed in the opening paragraph ("7月1日下午", "近日"), or null. */
  readonly datePrinted: string | null;
}

/**
 * Date phrases of news leads: a full or partial date with an optional part of day, or the vague
 * words reports use instead ("近日", "日前"). Only the first paragraph is searched, where the
 * dateline of a report is; a later "7月1日" is usually the date of something else.
 */
const DATE_PHRASE = new RegExp(
  [
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上|晚间|中午|早上|凌晨|傍晚|晚)?',
    '(?:[〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚间|中午|早上|凌晨|傍晚|晚)?',
    '\\d{4}年\\d{1,2}月',
    '近日|日前|昨天|昨日|今天|今日|前不久',
  ].join('|'),
  'u',
);

/** A paragraph that is only a date: the date line under a notice's signature. */
export const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/u;

/** The first date phrase in a text, verbatim, or null. */
export function findDatePhrase(text: string): string | null {
  return DATE_PHRASE.exec(text)?.[0] ?? null;
}

/**
 * Build the draft documents from the page's articles: segments with ids, the line range, the
 * attribution text and the printed date phrase (from the opening paragraph, else a date line among
 * the last two paragraphs, as under a notice's signature).
 */
export function buildDocuments(articles: readonly Article[], report: ReportBuilder): DraftDocument[] {
  return articles.map((a) => {
    const segments = assignSegments(a, report);
    const starts = [a.title ? firstLine(a.title) : Infinity, ...a.pieces.map((p) => firstLine(p.block))];
    const ends = [a.title ? lastLine(a.title) : 0, ...a.pieces.map((p) => lastLine(p.block))];
    const attr = segments.find((s) => s.kind === 'attribution');
    const body = segments.filter((s) => s.kind === 'paragraph' || s.kind === 'point' || s.kind === 'measure');
    const opening = body[0];
    // Reports print the date in the lead; notices in a line of its own under the signature.
    const dateLine = body.slice(-2).find((s) => DATE_LINE.test(s.zh));
    return {
      type: 'news-report',
      title: a.title?.text ?? '',
      segments,
      lines: [Math.min(...starts), Math.max(...ends)],
      attribution: attr === undefined ? null : attr.zh.replace(/^（|）$/gu, ''),
      datePrinted: (opening === undefined ? null : findDatePhrase(opening.zh)) ?? dateLine?.zh ?? null,
    };
  });
}
