/**
 * Enumerators of Chinese policy prose: "一是……二是……", "（一）", "1.", "（1）", "第一，", "第一条".
 *
 * Enumerated points are what readers cite ("the third measure"), so each becomes an addressable
 * segment. An enumerator only counts where a sentence or clause can start (the start of the
 * paragraph, or after 。；：！？), and inline points only count as a run numbered 1, 2, 3 … in
 * order; this keeps ordinary words such as "统一是" or "第一次" from being read as points.
 */

/** Parse a Chinese numeral up to 999 ("三" 3, "十二" 12, "二十" 20, "一百零五" 105), or an Arabic one. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const d = digits[ch];
    if (d !== undefined) current = d;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return null;
  }
  const n = total + current;
  return n > 0 ? n : null;
}

/** A family of enumerators: the pattern (numeral in group 1) and where it may occur. */
export interface Family {
  readonly name: string;
  readonly pattern: RegExp;
  /** Whether the family is recognised inside a paragraph (第X条 is only a paragraph start: inline it is a cross-reference). */
  readonly inline: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';

/** The recognised families, most specific first. */
export const FAMILIES: readonly Family[] = [
  { name: '一是', pattern: new RegExp(`(${CN})是`, 'u'), inline: true },
  { name: '（一）', pattern: new RegExp(`（(${CN})）`, 'u'), inline: true },
  { name: '（1）', pattern: /[（(](\d{1,2})[）)]/u, inline: true },
  { name: '1.', pattern: /(\d{1,2})[.．、](?!\d)/u, inline: true },
  { name: '第一，', pattern: new RegExp(`第(${CN})[，,、]`, 'u'), inline: true },
  { name: '第一条', pattern: /第([一二三四五六七八九十百零〇]{1,6})条/u, inline: false },
];

/** An enumerator found in a text. */
export interface Enumerator {
  readonly family: Family;
  /** The enumerator as printed, e.g. "三是", "（二）". */
  readonly label: string;
  readonly n: number;
  readonly offset: number;
}

/** Characters after which a point may start inside a paragraph. */
const BOUNDARY = '。；：！？;:!?';

/** The enumerator a text starts with, if any. */
export function leadingEnumerator(text: string): Enumerator | null {
  for (const family of FAMILIES) {
    const m = new RegExp(`^(?:${family.pattern.source})`, 'u').exec(text);
    const n = m?.[1] === undefined ? null : parseNumeral(m[1]);
    if (n !== null && m !== null) return { family, label: m[0], n, offset: 0 };
  }
  return null;
}

/**
 * Inline points of a paragraph: the first run of enumerators of one family, numbered consecutively
 * from `from` (1 for a lead paragraph, or the number after a leading enumerator), each at a clause
 * start. Returns the enumerators in order, or [] when there is no run of the required length
 * (`min`: 2 for a lead paragraph, since a lone "一是" is not a list; 1 to continue a leading one).
 */
export function inlineEnumerators(text: string, from = 1, min = 2, only?: Family): Enumerator[] {
  for (const family of only === undefined ? FAMILIES : [only]) {
    if (!family.inline) continue;
    const all: Enumerator[] = [];
    for (const m of text.matchAll(new RegExp(family.pattern.source, 'gu'))) {
      const prev = text.slice(0, m.index).trimEnd().slice(-1);
      if (m.index === 0 || !BOUNDARY.includes(prev)) continue;
      const n = m[1] === undefined ? null : parseNumeral(m[1]);
      if (n !== null) all.push({ family, label: m[0], n, offset: m.index });
    }
    const run: Enumerator[] = [];
    let want = from;
    for (const e of all) {
      if (e.n === want && (run.length === 0 || e.offset > (run[run.length - 1]?.offset ?? 0))) {
        run.push(e);
        want++;
      }
    }
    if (run.length >= min) return run;
  }
  return [];
}
