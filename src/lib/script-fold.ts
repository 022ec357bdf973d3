/**
 * Which queries need folding from traditional to simplified before they are searched.
 *
 * The index holds simplified Chinese only (search-records.ts); the search page folds a query with
 * opencc-js t2cn (109 KB, 52 KB gzip). Most Chinese queries are already simplified, and t2cn
 * leaves them as they are. So the build lists every Han character that t2cn changes on its own
 * (about 4,200), and the page loads t2cn only for a query with one of them. Pure and
 * dependency-free: the build computes the list with OpenCC, the page only decodes and tests it.
 */

/** The code point ranges of HAN_CHAR (han-runs.ts): every character a query can be folded on. */
export const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3007, 0x3007],
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

/** The Han code points that `convert` changes when given alone, ascending. */
export function changedCodePoints(convert: (text: string) => string): number[] {
  const out: number[] = [];
  for (const [from, to] of HAN_RANGES) {
    for (let c = from; c <= to; c += 1) {
      const s = String.fromCodePoint(c);
      if (convert(s) !== s) out.push(c);
    }
  }
  return out;
}

// Ascending code points as gaps, each gap a base-32 varint over 64 URL-safe ASCII characters:
// the first 32 end a number, the last 32 carry 5 more bits. Most gaps are below 32: one character.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const MORE = 'ghijklmnopqrstuvwxyz0123456789-_';

/** Encodes ascending, distinct code points compactly (about one ASCII character each). */
export function encodeCodePoints(points: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const p of points) {
    if (!Number.isInteger(p) || p <= last) throw new Error(`encodeCodePoints: ${p} is not above ${last}`);
    let gap = p - last;
    last = p;
    let tail = DIGITS[gap % 32] ?? '';
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      tail = (MORE[gap % 32] ?? '') + tail;
      gap = Math.floor(gap / 32);
    }
    out += tail;
  }
  return out;
}

/** Decodes encodeCodePoints' output; throws on a character outside its alphabet. */
export function decodeCodePoints(text: string): Set<number> {
  const out = new Set<number>();
  let last = 0;
  let gap = 0;
  for (const ch of text.trim()) {
    const end = DIGITS.indexOf(ch);
    if (end >= 0) {
      last += gap * 32 + end;
      out.add(last);
      gap = 0;
      continue;
    }
    const more = MORE.indexOf(ch);
    if (more < 0) throw new Error(`decodeCodePoints: unexpected character ${JSON.stringify(ch)}`);
    gap = gap * 32 + more;
  }
  return out;
}

/** True when the text has a character that folding to simplified would change. */
export function needsFolding(text: string, changed: ReadonlySet<number>): boolean {
  for (const ch of text) if (changed.has(ch.codePointAt(0) ?? 0)) return true;
  return false;
}
