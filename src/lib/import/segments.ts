/**
 * From labelled article pieces to segments with stable ids.
 *
 * Ids follow the site's scheme (docs/content-format.md): ordinary paragraphs p1, p2 … in printed
 * order; enumerated points inside a paragraph pN-1, pN-2 … (the paragraph's text is then the
 * lead before the first point); a paragraph that is itself a numbered point gets mK from its own
 * number (so 三是 is m3 wherever it falls); furniture gets `source`, `caption`, `pullquote`. Ids are
 * assigned once, at import, and then live in the file; nothing recomputes them later.
 */
import type { ReportBuilder } from './report.ts';
import type { Article, Piece } from './structure.ts';
import type { Block } from './block.ts';
import { firstLine, lastLine, sliceBlock } from './block.ts';
import type { NodeKind } from '../structure/kinds.ts';
import { inlineEnumerators, leadingEnumerator } from './enumerators.ts';

/** Segment kinds: the one table of kinds (src/lib/structure/kinds.ts). */
export type SegmentKind = NodeKind;

/** One aligned unit of the document. `lines` is the raw-file line range, for provenance. */
export interface Segment {
  readonly id: string;
  readonly kind: SegmentKind;
  readonly zh: string;
  readonly lines: readonly [number, number];
  /** Id of the enclosing segment (docs/structure.md); absent at the top level. */
  readonly parent?: string;
  /** Integer ordinal as printed (第十二条 → 12, （三） → 3, 四是 → 4) or counted (款). */
  readonly number?: number;
  /** The number as printed at the start of `zh` (absent for counted nodes). */
  readonly printed?: string;
  /** Enumerated points inside a report paragraph (kind point, ids pN-k). */
  readonly points?: readonly Segment[];
  /** Pull quotes: id of the segment whose text is repeated. */
  readonly repeats?: string;
}

function seg(
  id: string,
  kind: SegmentKind,
  b: Block,
  extra: Partial<Pick<Segment, 'points' | 'repeats' | 'parent' | 'number' | 'printed'>> = {},
): Segment {
  return { id, kind, zh: b.text, lines: [firstLine(b), lastLine(b)], ...extra };
}

/** A segment's whole Chinese text as printed: lead, then points. */
function fullChinese(s: Segment): string {
  return s.zh + (s.points ?? []).map((p) => p.zh).join('');
}

/** Cut a block at the given offsets (the first piece starts at 0, ends at the first cut). */
function cut(b: Block, offsets: readonly number[]): Block[] {
  const bounds = [...offsets, b.text.length];
  return offsets.map((o, i) => sliceBlock(b, o, bounds[i + 1] ?? b.text.length));
}

/**
 * Assign ids to an article's pieces. Besides the id scheme above: a numbered paragraph that
 * carries the following numbers inline ("一是……。二是……") is split into one point per number;
 * an id that would repeat (a second list restarting at 一) gets a letter suffix (m1b) and a
 * warning; a pull quote's `repeats` names the top-level segment whose text (with its points)
 * contains the whole quote, as the site's checks require.
 */
export function assignSegments(article: Article, report: ReportBuilder): Segment[] {
  const out: Segment[] = [];
  const used = new Set<string>();
  const unique = (id: string, line: number): string => {
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
    for (const suffix of 'bcdefghijklmnopqrstuvwxyz') {
      if (!used.has(id + suffix)) {
        report.warn(line, `id ${id} already used in this document (a second numbered list?); this segment is ${id + suffix}`);
        used.add(id + suffix);
        return id + suffix;
      }
    }
    throw new Error(`too many segments with id ${id}`);
  };
  let p = 0;
  const pullquotes: Piece[] = [];

  for (const piece of article.pieces) {
    const b = piece.block;
    const line = firstLine(b);
    if (piece.role === 'caption') out.push(seg(unique('caption', line), 'caption', b));
    else if (piece.role === 'attribution') out.push(seg(unique('source', line), 'attribution', b));
    else if (piece.role === 'pullquote') {
      pullquotes.push(piece);
      out.push(seg(unique('pullquote', line), 'pullquote', b));
    } else {
      const lead = leadingEnumerator(b.text);
      if (lead !== null) {
        const more = inlineEnumerators(b.text, lead.n + 1, 1, lead.family);
        const parts = cut(b, [0, ...more.map((e) => e.offset)]);
        if (more.length > 0)
          report.warn(
            line,
            `numbered paragraph ${lead.label} also holds ${more.map((e) => e.label).join(', ')} inline: split into ${parts.length} points`,
          );
        parts.forEach((part, i) => {
          const e = i === 0 ? lead : (more[i - 1] ?? lead);
          const id = unique(`m${e.n}`, firstLine(part));
          report.change(firstLine(part), 'point', `${id}: paragraph starting with the enumerator ${e.label}`);
          // A report's numbered measures (一是… or （一） one to a paragraph) are kind measure.
          out.push(seg(id, 'measure', part, { number: e.n, printed: e.label }));
        });
        continue;
      }
      p++;
      const pid = unique(`p${p}`, line);
      const run = inlineEnumerators(b.text);
      if (run.length === 0) {
        out.push(seg(pid, 'paragraph', b, { number: p }));
        continue;
      }
      const [leadPart, ...pointParts] = cut(b, [0, ...run.map((e) => e.offset)]);
      const points = pointParts.map((part, i) => {
        const id = unique(`${pid}-${i + 1}`, firstLine(part));
        const e = run[i];
        report.change(firstLine(part), 'point', `${id}: inline point ${e?.label ?? ''} in ${pid}`);
        return seg(id, 'point', part, { parent: pid, ...(e === undefined ? {} : { number: e.n, printed: e.label }) });
      });
      out.push(seg(pid, 'paragraph', leadPart ?? b, { points, number: p }));
    }
  }

  // Resolve what each pull quote repeats, now that ids exist. The site checks that a pull quote's
  // whole text occurs in the top-level segment it names (lead and points together), so only such
  // a segment may be named; anything less is left to the editor.
  for (const pq of pullquotes) {
    const i = out.findIndex((s) => s.kind === 'pullquote' && s.zh === pq.block.text && s.repeats === undefined);
    const s = out[i];
    if (s === undefined || pq.repeats === undefined) continue; // undefined: already warned (other article)
    const target = out.find((o) => o.kind !== 'pullquote' && fullChinese(o).includes(s.zh));
    if (target === undefined) {
      report.warn(
        s.lines[0],
        'pull quote does not occur whole in one segment; `repeats` left unset: set it by hand (the build checks that the quote occurs in the segment named)',
      );
      continue;
    }
    out[i] = { ...s, repeats: target.id };
  }
  return out;
}
