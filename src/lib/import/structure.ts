/**
 * From paragraph blocks to articles: titles, page furniture and attributions.
 *
 * A newspaper page holds several articles and things that are not body text: illustration
 * captions, pull quotes (a sentence of the body set large), and source attributions at the end of
 * an article. These must become labelled segments, not paragraphs, or the translation would carry
 * a caption in the middle of an article, or a sentence twice. The rules are deliberately about
 * shape (length, punctuation, a credit in brackets, repeated text), not about wording, so that
 * they hold for any article.
 */
import type { ReportBuilder } from './report.ts';
import type { Block } from './block.ts';
import { concatBlocks, firstLine, lastLine, lineAt, lineCount, sliceBlock } from './block.ts';
import { charLength, endsSentence, isHan, lastChar } from './chars.ts';
import type { RepeatQuery, WorkCounter } from './repeats.ts';
import { RepeatIndex } from './repeats.ts';

/** What a piece of an article is. */
export type Role = 'paragraph' | 'caption' | 'pullquote' | 'attribution';

/** A block with its role in an article. `repeats` is the body text a pull quote repeats. */
export interface Piece {
  readonly role: Role;
  readonly block: Block;
  readonly repeats?: string;
}

/** One article of the page. `title` is null when the text has no recognisable title. */
export interface Article {
  readonly title: Block | null;
  readonly pieces: readonly Piece[];
}

/**
 * An illustration credit at the end of a short block: "下基层（新华社发 徐骏/作）",
 * "（新华社记者 李贺 摄）", "新华社记者 李贺 摄". The credit is what makes a short line a caption.
 */
export const CREDIT_AT_END =
  /(?:（[^（）]*?(?:\/\s*[作摄绘图]|\s摄|供图|制图|新华社发)[^（）]*）|(?:记者|通讯员|摄影)\s*[\p{Script=Han}·]{2,5}(?:\s+[\p{Script=Han}·]{2,5})*\s*摄)$/u;

/** A source attribution closing an article: "（据民政部网站）", "（来源：人民日报）". */
const ATTRIBUTION_AT_END = /（(?:据|来源[:：]|稿件来源[:：]|转自|摘自)[^（）]{1,40}）$/u;

/** A section heading ("一、总体要求", "（一）", "第二章"): short and unpunctuated, but not a title. */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.．、]|第[一二三四五六七八九十百\d]+[章节条])/u;

/** True when a block is an illustration caption: short, standalone, ending in a credit. */
export function isCaption(b: Block): boolean {
  return lineCount(b) <= 3 && charLength(b.text) <= 80 && CREDIT_AT_END.test(b.text);
}

/**
 * True when a block has the shape of a title: at most three lines and 50 characters, Chinese,
 * no sentence punctuation inside and none at the end (a title may contain a comma but never ends
 * in one), and not a numbered section heading.
 */
export function isTitleLike(b: Block): boolean {
  const t = b.text;
  return (
    lineCount(b) <= 3 &&
    charLength(t) <= 50 &&
    Array.from(t).some(isHan) &&
    !/[。！？；!?]/u.test(t) &&
    !'，、：；,:;'.includes(lastChar(t)) &&
    !endsSentenceStrict(t) &&
    !HEADING.test(t)
  );
}

/** Like endsSentence, but a closing bracket alone does not count (titles may end in "（试行）"). */
function endsSentenceStrict(t: string): boolean {
  return endsSentence(t) && !'）)'.includes(lastChar(t));
}

/** Split text into sentences after 。！？ (keeping the punctuation). */
export function sentences(t: string): string[] {
  return t
    .split(/(?<=[。！？!?])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The search for repeated text, if block `b` could be a pull quote. A pull quote repeats one or
 * more sentences verbatim; the whole quote must occur in another, longer block, or failing that
 * at least half of its sentences of 8+ characters must (reported as a warning because the quote
 * may have been edited). See repeats.ts for how the search stays linear.
 */
function repeatQuery(b: Block): RepeatQuery | null {
  // A title quoted in the body ("《关于……的通知》") repeats text too, but a pull quote is sentences.
  if (charLength(b.text) > 200 || charLength(b.text) < 8 || isTitleLike(b)) return null;
  return {
    text: b.text,
    whole: b.text.replace(/[。！？!?]$/u, ''),
    sentences: sentences(b.text).filter((s) => charLength(s) >= 8),
  };
}

/**
 * Group blocks into articles and label each piece. Order of recognition: captions (a credit is
 * unambiguous), pull quotes (need the whole page to compare against), then titles: a run of one
 * or two title-shaped blocks followed by a real paragraph starts a new article. Captions and pull
 * quotes stay in the article they are printed in (a pull quote repeating another article is
 * flagged, not moved). Attributions are split off the end of each article's last paragraph. Doubts
 * recorded while joining lines become warnings only for blocks that end up as ordinary paragraphs.
 */
export function findArticles(blocks: readonly Block[], report: ReportBuilder, work?: WorkCounter): Article[] {
  const role: Array<Role | 'title'> = blocks.map(() => 'paragraph');
  const repeatOf = new Map<number, { text: string; index: number }>();
  const queries = blocks.map((b) => (isCaption(b) ? null : repeatQuery(b)));
  const repeats = new RepeatIndex(
    blocks.map((b) => b.text),
    queries.filter((q) => q !== null),
    work,
  );

  blocks.forEach((b, i) => {
    if (isCaption(b)) {
      role[i] = 'caption';
      report.change(firstLine(b), 'caption', `"${b.text}" is an illustration caption (ends in a credit)`);
      return;
    }
    const q = queries[i];
    const r = q === null || q === undefined ? null : repeats.find(q);
    if (r !== null) {
      const target = blocks[r.index];
      role[i] = 'pullquote';
      repeatOf.set(i, r);
      report.change(
        firstLine(b),
        'pullquote',
        `L${firstLine(b)}–${lastLine(b)} repeat text of the paragraph at L${target ? firstLine(target) : 0}: pull quote`,
      );
      if (r.partial)
        report.warn(firstLine(b), 'pull quote only partly repeats the body text; check it is a pull quote and not a paragraph');
    }
  });

  // Titles: runs of title-shaped blocks directly followed by a paragraph.
  const titles = new Map<number, Block>(); // index of the first block of the title -> merged title block
  const skip = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (role[i] !== 'paragraph' || !isTitleLike(blocks[i] as Block)) continue;
    let j = i;
    while (j + 1 < blocks.length && role[j + 1] === 'paragraph' && isTitleLike(blocks[j + 1] as Block)) j++;
    const next = blocks[j + 1];
    if (next === undefined || role[j + 1] !== 'paragraph') {
      i = j;
      continue;
    }
    const start = Math.max(i, j - 1); // at most two blocks (a kicker or a wrapped title)
    for (let k = i; k < start; k++)
      report.warn(
        firstLine(blocks[k] as Block),
        'title-shaped line before a title kept as a paragraph; check whether it is a kicker or subtitle',
      );
    let title = blocks[start] as Block;
    if (j > start) {
      title = concatBlocks(title, blocks[j] as Block);
      report.warn(
        firstLine(title),
        `title assembled from two blocks (L${firstLine(blocks[start] as Block)} and L${firstLine(blocks[j] as Block)}); check it is one title, not a title and a kicker or subtitle`,
      );
    }
    titles.set(start, title);
    for (let k = start; k <= j; k++) {
      role[k] = 'title';
      if (k > start) skip.add(k);
    }
    i = j;
  }

  // Articles.
  const articles: Array<{ title: Block | null; pieces: Piece[] }> = [];
  blocks.forEach((b, i) => {
    if (skip.has(i)) return;
    const title = titles.get(i);
    if (title !== undefined) {
      articles.push({ title, pieces: [] });
      report.change(firstLine(title), 'document', `document ${articles.length} starts: "${title.text}"`);
      report.change(
        firstLine(title),
        'title',
        `L${firstLine(title)}–${lastLine(title)} taken as the title (short, unpunctuated, followed by a paragraph)`,
      );
      return;
    }
    if (articles.length === 0) {
      articles.push({ title: null, pieces: [] });
      report.change(firstLine(b), 'document', 'document 1 starts (no title found)');
      report.warn(firstLine(b), 'no title found before the first paragraph; the document has an empty title');
    }
    const r = role[i];
    const rep = repeatOf.get(i);
    const piece: Piece =
      rep !== undefined
        ? { role: 'pullquote', block: b, repeats: rep.text }
        : { role: r === 'title' ? 'paragraph' : (r ?? 'paragraph'), block: b };
    (articles[articles.length - 1] as { pieces: Piece[] }).pieces.push(piece);
  });

  // Furniture stays where it is printed: a document must be a contiguous run of the raw file
  // (its Chinese text is checked against source.lines), so nothing is moved between articles.
  // Both looked up once per pull quote: maps, not scans, keep a long page linear.
  const articleIndex = new Map<Block, number>();
  articles.forEach((a, ai) => a.pieces.forEach((p) => articleIndex.has(p.block) || articleIndex.set(p.block, ai)));
  const articleOf = (b: Block): number => articleIndex.get(b) ?? -1;
  const blockIndex = new Map<Block, number>();
  blocks.forEach((b, i) => blockIndex.has(b) || blockIndex.set(b, i));
  articles.forEach((a, ai) => {
    a.pieces.forEach((p, pi) => {
      if (p.role === 'caption') {
        report.warn(
          firstLine(p.block),
          `caption attached to the article it follows ("${a.title?.text ?? ''}"); check the illustration belongs to it`,
        );
      }
      if (p.role !== 'pullquote') return;
      const target = blocks[repeatOf.get(blockIndex.get(p.block) ?? -1)?.index ?? -1];
      const ti = target === undefined ? -1 : articleOf(target);
      if (ti >= 0 && ti !== ai) {
        const { repeats: _, ...rest } = p;
        a.pieces[pi] = rest;
        report.warn(
          firstLine(p.block),
          `pull quote printed with article ${ai + 1} repeats article ${ti + 1}; kept where printed: move or drop it by hand`,
        );
      }
    });
  });

  // Attributions at the end of each article's last paragraph.
  for (const a of articles) {
    let k = -1;
    a.pieces.forEach((p, i) => {
      if (p.role === 'paragraph') k = i;
    });
    const last = a.pieces[k];
    if (last === undefined) continue;
    const m = ATTRIBUTION_AT_END.exec(last.block.text);
    if (m === null) continue;
    const attr = sliceBlock(last.block, m.index);
    report.change(lineAt(last.block, m.index), 'attribution', `"${attr.text}" split off the last paragraph as the source attribution`);
    if (m.index === 0) a.pieces.splice(k, 1, { role: 'attribution', block: attr });
    else a.pieces.splice(k, 1, { role: 'paragraph', block: sliceBlock(last.block, 0, m.index) }, { role: 'attribution', block: attr });
  }

  // Doubts about joins and breaks matter only inside ordinary paragraphs.
  for (const a of articles) {
    a.pieces.forEach((p, i) => {
      if (p.role !== 'paragraph') return;
      for (const d of p.block.doubts) report.warn(d.line, d.message);
      const prev = a.pieces[i - 1];
      if (p.block.startDoubt !== null && prev?.role === 'paragraph') report.warn(p.block.startDoubt.line, p.block.startDoubt.message);
      // A salutation ("各区民政局：") ends in a colon and is a paragraph of its own.
      if (!endsSentence(p.block.text) && lastChar(p.block.text) !== '：')
        report.warn(lastLine(p.block), 'paragraph ends without sentence-final punctuation; check the paragraph break (or a title/heading)');
    });
  }
  return articles;
}
