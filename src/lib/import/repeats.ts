/**
 * Finding which block a pull quote repeats, in time linear in the page.
 *
 * The plain way (every short block against every other block with `includes`) is quadratic: a
 * 17 MB page took two minutes and a 50 MB page did not finish. Instead, each distinct block text is
 * scanned once for a few short fixed-length pieces (K-grams) of the texts being looked for, and a
 * search only verifies the blocks that contain the rarest of its pieces. Identical block texts are
 * indexed once (a file pasted twice costs no more to search than once), and the answer for a text
 * is remembered. The result is exactly the plain search's: the first block, in page order, that is
 * longer than the quote and contains it.
 */

/** Counts the work of a search (texts verified with `includes`), so tests can check its growth. */
export interface WorkCounter {
  comparisons: number;
}

/** A repeat: the text repeated, the index of the block holding it, and whether it is only in part. */
export interface Repeat {
  readonly text: string;
  readonly index: number;
  readonly partial: boolean;
}

/** Length of the pieces, in UTF-16 units; every pattern is at least 7 characters long. */
const K = 6;
/** How many pieces of a pattern are indexed (spread over it); the rarest is used. */
const PIECES = 4;

function piecesOf(pattern: string): string[] {
  if (pattern.length <= K) return [pattern];
  const last = pattern.length - K;
  const at = new Set<number>();
  for (let p = 0; p < PIECES; p++) at.add(Math.round((last * p) / (PIECES - 1)));
  return [...at].map((p) => pattern.slice(p, p + K));
}

/** One search: a whole quote, and its long sentences for the partial match. */
export interface RepeatQuery {
  readonly text: string;
  readonly whole: string;
  readonly sentences: readonly string[];
}

/**
 * An index over `texts` (the blocks' texts, in page order) built for the given queries. `find`
 * answers a query with the first block longer than `query.text` that contains `query.whole`, or
 * failing that the first such block containing at least half of `query.sentences` (at least one).
 */
export class RepeatIndex {
  private readonly distinct: string[] = [];
  private readonly firstIndex: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly memo = new Map<string, Repeat | null>();
  private readonly work: WorkCounter;

  constructor(texts: readonly string[], queries: readonly RepeatQuery[], work: WorkCounter = { comparisons: 0 }) {
    this.work = work;
    const seen = new Set<string>();
    texts.forEach((t, i) => {
      if (seen.has(t)) return;
      seen.add(t);
      this.distinct.push(t);
      this.firstIndex.push(i);
    });
    for (const q of queries) for (const p of [q.whole, ...q.sentences]) for (const k of piecesOf(p)) this.postings.set(k, []);
    const lengths = new Set([...this.postings.keys()].map((k) => k.length));
    this.distinct.forEach((t, d) => {
      for (const len of lengths) {
        for (let p = 0; p + len <= t.length; p++) {
          const list = this.postings.get(t.slice(p, p + len));
          if (list !== undefined && list[list.length - 1] !== d) list.push(d);
        }
      }
    });
  }

  /** Distinct texts longer than `minLength` that contain `pattern`, in page order. */
  private holders(pattern: string, minLength: number): number[] {
    let best: number[] | undefined;
    for (const k of piecesOf(pattern)) {
      const list = this.postings.get(k) ?? [];
      if (best === undefined || list.length < best.length) best = list;
    }
    const out: number[] = [];
    for (const d of best ?? []) {
      const t = this.distinct[d] ?? '';
      if (t.length <= minLength) continue;
      this.work.comparisons++;
      if (t.includes(pattern)) out.push(d);
    }
    return out;
  }

  find(query: RepeatQuery): Repeat | null {
    const known = this.memo.get(query.text);
    if (known !== undefined) return known;
    const answer = this.search(query);
    this.memo.set(query.text, answer);
    return answer;
  }

  private search(query: RepeatQuery): Repeat | null {
    const n = query.text.length;
    const whole = this.holders(query.whole, n)[0];
    if (whole !== undefined) return { text: query.whole, index: this.firstIndex[whole] ?? -1, partial: false };
    // For each block holding any long sentence: which of the sentences (in their order) it holds.
    const found = new Map<number, number[]>();
    query.sentences.forEach((s, si) => {
      for (const d of this.holders(s, n)) {
        const list = found.get(d);
        if (list === undefined) found.set(d, [si]);
        else list.push(si);
      }
    });
    const enough = [...found.keys()].sort((a, b) => a - b).find((d) => (found.get(d)?.length ?? 0) * 2 >= query.sentences.length);
    if (enough === undefined) return null;
    const first = query.sentences[found.get(enough)?.[0] ?? 0] ?? '';
    return { text: first, index: this.firstIndex[enough] ?? -1, partial: true };
  }
}
